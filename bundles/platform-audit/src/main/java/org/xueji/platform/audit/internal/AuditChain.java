package org.xueji.platform.audit.internal;

import static org.xueji.platform.api.audit.ChainVerification.row;
import static org.xueji.platform.api.audit.ChainVerification.rows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Objects;
import org.xueji.platform.api.audit.AuditRecord;
import org.xueji.platform.api.audit.ChainBreak;
import org.xueji.platform.api.audit.ChainVerification;

/**
 * The hash chain of the audit trail (R7). Row {@code n} stores {@code hash(n) = SHA-256(
 * canonical text of row n, including hash(n-1))}; the first row links to {@link #GENESIS}.
 * Changing, deleting or inserting a row therefore breaks the chain at that row, and
 * {@link #verify} names the first broken row and why (in Chinese).
 * <p>
 * Pure: no OSGi, no JPA, no database.
 */
public final class AuditChain {

    /** The previous hash of row 1; also the initial {@code AUD_HEAD.LAST_HASH} (changelog). */
    public static final String GENESIS = "0".repeat(64);

    /** Version tag of the canonical text, so that a future format can coexist. */
    static final String FORMAT = "xueji-audit/1";

    /** Maximum stored lengths (columns of AUD_EVENT). */
    public static final int USERNAME_MAX = 100;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int ROLE_MAX = 40;
    public static final int ACTION_MAX = 100;
    public static final int TARGET_TYPE_MAX = 50;
    public static final int TARGET_ID_MAX = 100;
    public static final int CHANGES_MAX = 8000;
    public static final int CLIENT_ADDRESS_MAX = 100;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * A new row, as it will be stored: texts cleaned of control characters and cut to the
     * column sizes, time in milliseconds, sealed with its hash.
     */
    public static AuditRecord seal(long id, String previousHash, Instant time, String username, String displayName,
                                   String role, Long schoolId, String action, String targetType, String targetId,
                                   String changes, String clientAddress) {
        AuditRecord row = new AuditRecord(id, time.truncatedTo(ChronoUnit.MILLIS),
                fit(ChangesText.clean(Objects.requireNonNull(username, "username")), USERNAME_MAX),
                fit(ChangesText.clean(displayName), DISPLAY_NAME_MAX),
                fit(ChangesText.clean(role), ROLE_MAX), schoolId,
                fit(ChangesText.clean(Objects.requireNonNull(action, "action")), ACTION_MAX),
                fit(ChangesText.clean(targetType), TARGET_TYPE_MAX),
                fit(ChangesText.clean(targetId), TARGET_ID_MAX),
                changes == null || changes.isEmpty() ? null : fit(ChangesText.clean(changes), CHANGES_MAX),
                fit(ChangesText.clean(clientAddress), CLIENT_ADDRESS_MAX),
                previousHash, null);
        return withHash(row, hash(previousHash, row));
    }

    /** SHA-256 (lower-case hex) of the canonical text of the row's content, linked to {@code previousHash}. */
    public static String hash(String previousHash, AuditRecord row) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical(previousHash, row).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /**
     * One field a line, strings quoted and escaped: no two different rows have the same text.
     * {@code row.previousHash()} and {@code row.hash()} are ignored.
     */
    static String canonical(String previousHash, AuditRecord row) {
        return FORMAT
                + "\nid:" + row.id()
                + "\nprevious:" + text(previousHash)
                + "\ntime:" + (row.time() == null ? "null" : TIME.format(row.time()))
                + "\nusername:" + text(row.username())
                + "\ndisplayName:" + text(row.displayName())
                + "\nrole:" + text(row.role())
                + "\nschool:" + row.schoolId()
                + "\naction:" + text(row.action())
                + "\ntargetType:" + text(row.targetType())
                + "\ntargetId:" + text(row.targetId())
                + "\nchanges:" + text(row.changes())
                + "\nclient:" + text(row.clientAddress());
    }

    /** ISO-8601 in UTC with milliseconds, as hashed. */
    public static String isoTime(Instant time) {
        return TIME.format(time);
    }

    private static String text(String s) {
        return s == null ? "null" : ChangesText.quote(s);
    }

    /** Cuts to {@code max} UTF-16 units (the column size), never inside a surrogate pair, marking the cut. */
    static String fit(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }

    private static AuditRecord withHash(AuditRecord r, String hash) {
        return new AuditRecord(r.id(), r.time(), r.username(), r.displayName(), r.role(), r.schoolId(), r.action(),
                r.targetType(), r.targetId(), r.changes(), r.clientAddress(), r.previousHash(), hash);
    }

    /** Checks rows given in ID order from row 1; stops at the first broken row. */
    public static ChainVerification verify(Iterator<AuditRecord> rows) {
        Verifier verifier = new Verifier();
        while (rows.hasNext() && verifier.accept(rows.next())) {
            // keep going
        }
        return verifier.result();
    }

    /**
     * As {@link #verify(Iterator)}, and compares the end of the chain with the head
     * ({@code AUD_HEAD}): detects deleted newest rows and rows appended behind the head's back.
     */
    public static ChainVerification verify(Iterator<AuditRecord> rows, long headLastId, String headLastHash) {
        Verifier verifier = new Verifier();
        while (rows.hasNext() && verifier.accept(rows.next())) {
            // keep going
        }
        return verifier.finish(headLastId, headLastHash);
    }

    /**
     * Streaming verification: feed rows in ID order with {@link #accept}, then ask for the
     * {@link #result()} or compare with the head by {@link #finish}.
     */
    public static final class Verifier {

        /** How far back or forth a renumbered row's old position is searched. */
        private static final int RENUMBER_PROBE = 1_000;

        private long expectedId = 1;
        private String previousHash = GENESIS;
        private String beforePreviousHash;
        private long checked;
        private long lastId;
        private ChainVerification broken;

        /** @return {@code false} once a broken row was found (further rows are ignored) */
        public boolean accept(AuditRecord row) {
            if (broken != null) {
                return false;
            }
            checked++;
            long id = row.id();
            if (id < expectedId) {
                return fail(id, ChainBreak.INSERTED_OUT_OF_ORDER, row(id));
            }
            if (id > expectedId) {
                return fail(id, ChainBreak.DELETED_BEFORE, row(id), rows(expectedId, id - 1));
            }
            boolean linked = Objects.equals(previousHash, row.previousHash());
            boolean sealed = row.previousHash() != null && Objects.equals(hash(row.previousHash(), row), row.hash());
            if (linked && sealed) {
                beforePreviousHash = previousHash;
                previousHash = row.hash();
                lastId = id;
                expectedId++;
                return true;
            }
            if (linked) {
                return fail(id, ChainBreak.CHANGED, row(id));
            }
            if (beforePreviousHash != null && beforePreviousHash.equals(row.previousHash())) {
                // this row still links to the row two before: the row in between was slipped in
                return fail(id - 1, ChainBreak.INSERTED_BETWEEN, row(id - 1), row(id));
            }
            if (sealed) {
                return fail(id, ChainBreak.DELETED_OR_REWRITTEN_BEFORE, row(id));
            }
            // rows renumbered to hide a deletion or an insertion still carry their old position
            for (int shift = 1; shift <= RENUMBER_PROBE; shift++) {
                if (Objects.equals(hash(row.previousHash(), renumbered(row, id + shift)), row.hash())) {
                    return fail(id, ChainBreak.DELETED_RENUMBERED, row(id), row(id + shift));
                }
                if (id - shift >= 1 && Objects.equals(hash(row.previousHash(), renumbered(row, id - shift)), row.hash())) {
                    return fail(id - shift, ChainBreak.INSERTED_RENUMBERED, rows(id - shift, id - 1), row(id - shift),
                            row(id));
                }
            }
            return fail(id, ChainBreak.INSERTED, row(id));
        }

        /** Result of the rows fed so far, without comparing with the head. */
        public ChainVerification result() {
            return broken != null ? broken : ChainVerification.intact(checked);
        }

        /** Result after comparing the last row with the head of the chain. */
        public ChainVerification finish(long headLastId, String headLastHash) {
            if (broken != null) {
                return broken;
            }
            if (lastId < headLastId) {
                fail(lastId + 1, ChainBreak.DELETED_AT_END, rows(lastId + 1, headLastId), row(headLastId), row(lastId));
            } else if (lastId > headLastId) {
                fail(headLastId + 1, ChainBreak.INSERTED_AFTER_HEAD, row(headLastId + 1), row(headLastId));
            } else if (!Objects.equals(previousHash, headLastHash)) {
                fail(lastId == 0 ? 1 : lastId, ChainBreak.CHANGED_AGAINST_HEAD, row(lastId == 0 ? 1 : lastId));
            }
            return result();
        }

        /** ID of the last row that verified. */
        public long lastId() {
            return lastId;
        }

        public boolean broken() {
            return broken != null;
        }

        private boolean fail(long id, ChainBreak reason, String... args) {
            broken = ChainVerification.broken(checked, id, reason, args);
            return false;
        }

        private static AuditRecord renumbered(AuditRecord r, long id) {
            return new AuditRecord(id, r.time(), r.username(), r.displayName(), r.role(), r.schoolId(), r.action(),
                    r.targetType(), r.targetId(), r.changes(), r.clientAddress(), r.previousHash(), r.hash());
        }

    }

    private AuditChain() {
    }
}
