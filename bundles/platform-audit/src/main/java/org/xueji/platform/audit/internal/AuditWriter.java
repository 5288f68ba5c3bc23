package org.xueji.platform.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditRecord;

/**
 * The one append path of the audit trail (R7), in plain SQL on any EntityManager of the
 * shared DataSource — usually another module's, inside that module's transaction:
 * <ol>
 *   <li>{@code UPDATE AUD_HEAD SET LAST_ID = LAST_ID + 1}: the head row stays locked until
 *       the caller's transaction ends, so appenders take their turn and positions have no gaps
 *       (a rollback also rolls the head back);</li>
 *   <li>read the position, the previous hash and the previous head's seal from the head;</li>
 *   <li>insert the sealed row;</li>
 *   <li>{@code UPDATE AUD_HEAD SET LAST_HASH, HEAD_MAC}: the head's seal with the key kept
 *       outside the database ({@link HeadSeal}), but only when the previous head's seal was
 *       genuine. A head whose seal does not verify was written outside the application (rows
 *       rewritten and the hashes recomputed in SQL); sealing the next head would bless that
 *       rewrite, so the head stays unsealed and {@code xueji:audit-verify} keeps reporting it
 *       (and no anchor is exported). The write itself goes on: the district keeps working.</li>
 * </ol>
 * Append last in a transaction (after the change itself) to hold the head lock briefly.
 * <p>
 * Times travel as text ({@code CAST(? AS TIMESTAMP)} with UTC wall-clock time), so that
 * neither the JVM's time zone nor a unit's {@code hibernate.jdbc.time_zone} can shift what
 * is stored away from what was hashed.
 */
public final class AuditWriter {

    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

    /** Seals the head (position and hash) with the anchor key: AUD_HEAD.HEAD_MAC. */
    @FunctionalInterface
    public interface HeadSeal {
        String seal(long lastId, String lastHash);

        /**
         * Whether {@code mac} is this key's seal of the head (the seal is an HMAC: the same head
         * gives the same seal). The empty chain (position 0) needs none.
         */
        default boolean genuine(long lastId, String lastHash, String mac) {
            if (mac == null) {
                return lastId == 0;
            }
            return MessageDigest.isEqual(seal(lastId, lastHash).getBytes(StandardCharsets.US_ASCII),
                    mac.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(AuditWriter.class);

    private final Supplier<Instant> clock;
    private final HeadSeal seal;

    public AuditWriter(Supplier<Instant> clock, HeadSeal seal) {
        this.clock = Objects.requireNonNull(clock);
        this.seal = Objects.requireNonNull(seal);
    }

    public AuditRecord append(EntityManager em, AuditEvent event) {
        Objects.requireNonNull(event, "event");
        Actor actor = Objects.requireNonNull(event.actor(), "event.actor");
        int locked = em.createNativeQuery("UPDATE AUD_HEAD SET LAST_ID = LAST_ID + 1 WHERE ID = 1").executeUpdate();
        if (locked != 1) {
            throw new IllegalStateException("AUD_HEAD has no row 1: the audit schema is not initialised");
        }
        Object[] head = (Object[]) em.createNativeQuery("SELECT LAST_ID, LAST_HASH, HEAD_MAC FROM AUD_HEAD WHERE ID = 1")
                .getSingleResult();
        long id = ((Number) head[0]).longValue();
        String previousHash = (String) head[1];
        boolean previousSealed = seal.genuine(id - 1, previousHash, (String) head[2]);
        Long schoolId = event.schoolId() != null ? event.schoolId() : actor.schoolId();
        AuditRecord row = AuditChain.seal(id, previousHash, clock.get(), actor.username(), actor.displayName(),
                actor.role() == null ? null : actor.role().name(), schoolId, event.action(), event.targetType(),
                event.targetId(), ChangesText.of(event.changes()), actor.clientAddress());
        insert(em, row);
        if (previousSealed) {
            em.createNativeQuery("UPDATE AUD_HEAD SET LAST_HASH = ?, HEAD_MAC = ? WHERE ID = 1")
                    .setParameter(1, row.hash()).setParameter(2, seal.seal(id, row.hash())).executeUpdate();
        } else {
            // NULL as a literal (see insert); the position only, never the row's content
            em.createNativeQuery("UPDATE AUD_HEAD SET LAST_HASH = ?, HEAD_MAC = NULL WHERE ID = 1")
                    .setParameter(1, row.hash()).executeUpdate();
            if (head[2] != null) {
                // once: the next appends find the head unsealed (by this line), which needs no new alarm
                LOG.error("R7: the audit chain's head before row {} does not carry this installation's seal: rows "
                        + "were changed outside the application. The head stays unsealed; xueji:audit-verify reports "
                        + "the rows concerned", id);
            }
        }
        return row;
    }

    private static void insert(EntityManager em, AuditRecord row) {
        // NULL as a literal: a null bind parameter has no SQL type in a native query
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder("INSERT INTO AUD_EVENT (ID, EVENT_TIME, USERNAME, DISPLAY_NAME, ROLE, "
                + "SCHOOL_ID, ACTION, TARGET_TYPE, TARGET_ID, CHANGES, CLIENT_ADDRESS, PREVIOUS_HASH, HASH) VALUES (");
        sql.append(value(values, row.id())).append(", CAST(").append(value(values, sqlTime(row.time())))
                .append(" AS TIMESTAMP)");
        for (Object v : new Object[] {row.username(), row.displayName(), row.role(), row.schoolId(), row.action(),
                row.targetType(), row.targetId(), row.changes(), row.clientAddress(), row.previousHash(), row.hash()}) {
            sql.append(", ").append(value(values, v));
        }
        sql.append(')');
        Query insert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            insert.setParameter(i + 1, values.get(i));
        }
        if (insert.executeUpdate() != 1) {
            throw new IllegalStateException("audit row " + row.id() + " not inserted");
        }
    }

    private static String value(List<Object> values, Object v) {
        if (v == null) {
            return "NULL";
        }
        values.add(v);
        return "?";
    }

    /** UTC wall-clock time as SQL timestamp text. */
    public static String sqlTime(Instant time) {
        return SQL_TIME.format(LocalDateTime.ofInstant(time, ZoneOffset.UTC));
    }

    /**
     * Reads back {@code CAST(EVENT_TIME AS VARCHAR(…))}: {@code 2026-09-01 08:00:00.123}, with
     * as many fraction digits as the database prints (or none).
     */
    public static Instant parseSqlTime(Object text) {
        if (text == null) {
            return null;
        }
        String s = text.toString().trim().replace(' ', 'T');
        return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    }
}
