package org.xueji.platform.audit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditMessages;
import org.xueji.platform.api.audit.AuditQuery;
import org.xueji.platform.api.audit.AuditRecord;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.audit.ChainAnchor;
import org.xueji.platform.api.audit.ChainVerification;
import org.xueji.platform.audit.internal.anchor.AnchorCheck;
import org.xueji.platform.audit.internal.anchor.AuditAnchor;
import org.xueji.platform.persistence.Transactions;

/**
 * R7: the auditor's view of the trail (filters, newest first, paged), verification of the
 * hash chain, and events without a business transaction of their own.
 */
@Component(service = AuditService.class)
public class AuditServiceImpl implements AuditService {

    private static final Logger LOG = LoggerFactory.getLogger(AuditServiceImpl.class);

    /** Rows per read while verifying. */
    static final int CHUNK = 5_000;
    /** Largest page of the auditor view. */
    static final int MAX_LIMIT = 1_000;
    /** Longest case reference of a reseal (a document number such as 岳教审〔2026〕3号). */
    static final int CASE_REFERENCE_MAX = 100;

    private final Transactions tx;
    private final AuditWriter writer;
    private final AuditAnchor anchor;
    /** Rows per read while verifying (tests make it small). */
    int chunk = CHUNK;

    @Activate
    public AuditServiceImpl(@Reference(target = "(osgi.unit.name=xueji-audit)") EntityManagerFactory emf,
                            @Reference PlatformClock clock, @Reference AuditAnchor anchor) {
        this.tx = new Transactions(emf);
        this.anchor = anchor;
        this.writer = new AuditWriter(clock::now, anchor::sealHead);
    }

    @Override
    public void record(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        tx.run(em -> writer.append(em, event));
    }

    @Override
    public long count(Actor actor, AuditQuery query) {
        Long school = scope(actor, query, "audit.search");
        return tx.read(em -> AuditRows.count(em, orAll(query), school));
    }

    @Override
    public List<AuditRecord> search(Actor actor, AuditQuery query, int offset, int limit) {
        Long school = scope(actor, query, "audit.search");
        int safeOffset = Math.max(0, offset);
        int safeLimit = Math.max(1, Math.min(limit, MAX_LIMIT));
        return tx.read(em -> AuditRows.search(em, orAll(query), school, safeOffset, safeLimit));
    }

    @Override
    public ChainVerification verify(Actor actor) {
        requireDistrictAuditor(actor, "audit.verify");
        AnchorCheck anchors = anchor.check();
        ChainVerification result = scan(anchors).verdict();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rowsChecked", result.rowsChecked());
        details.put("intact", result.intact());
        details.put("anchors", anchors.anchorCount());
        if (!result.intact()) {
            putReason(details, result);
            LOG.warn("Audit chain broken: {}", result.reasonText(Locale.ENGLISH));
        }
        try {
            record(new AuditEvent(actor, "audit.verify", "audit-chain", null, null, details));
        } catch (RuntimeException e) {
            // rows forged behind the head take the positions new rows need: nothing can be
            // appended until they are dealt with, but the verdict must still reach the auditor
            if (result.intact()) {
                throw e;
            }
            LOG.error("Audit chain broken and the verification could not be recorded", e);
            return result.unrecorded();
        }
        return result;
    }

    /**
     * The verdict as an audit row keeps it: the message key and its arguments, no sentence. The
     * arguments are numbered ({@code reasonArgs: {1: "18", 2: "17"}}): a list of two would read as
     * a change from the first to the second ({@link ChangesText}).
     */
    private static void putReason(Map<String, Object> details, ChainVerification broken) {
        details.put("firstBrokenId", broken.firstBrokenId());
        details.put("reason", broken.reason().key());
        Map<String, String> numbered = new java.util.TreeMap<>();
        List<String> args = broken.reasonArgs();
        for (int i = 0; i < args.size(); i++) {
            numbered.put(String.valueOf(i + 1), args.get(i));
        }
        details.put("reasonArgs", numbered);
    }

    /**
     * One reading of the chain: every row from the first (the plain hash chain's verdict), the
     * head, and the anchor files; judged against the head's seal as it is or as it would be.
     */
    private record Scan(ChainVerification plainChain, AnchorCheck anchors, long headId, String headHash, String headMac) {

        /** The verdict on the chain as it stands. */
        ChainVerification verdict() {
            return anchors.finish(plainChain, headId, headHash, headMac);
        }

        /** The verdict were the head sealed now: tells a head whose seal alone is wrong from broken rows. */
        ChainVerification verdictWithSeal(String seal) {
            return anchors.finish(plainChain, headId, headHash, seal);
        }
    }

    private Scan scan(AnchorCheck anchors) {
        return tx.read(em -> {
            AuditChain.Verifier verifier = new AuditChain.Verifier();
            long cursor = 0;
            while (true) {
                // every row up to now, chunk by chunk in chain order
                while (true) {
                    List<AuditRecord> rows = AuditRows.chunk(em, cursor, chunk);
                    for (AuditRecord row : rows) {
                        if (!verifier.accept(row)) {
                            return new Scan(verifier.result(), anchors, 0, null, null);
                        }
                        anchors.accept(row);
                        cursor = row.id();
                    }
                    if (rows.size() < chunk) {
                        break;
                    }
                }
                // the head, read after the rows, covers every committed row read; if it is
                // further on, either rows were committed meanwhile or the newest were deleted
                Object[] head = AuditRows.head(em);
                long headId = (Long) head[0];
                if (cursor >= headId || AuditRows.chunk(em, cursor, 1).isEmpty()) {
                    String headHash = (String) head[1];
                    return new Scan(verifier.finish(headId, headHash), anchors, headId, headHash, (String) head[2]);
                }
            }
        });
    }

    @Override
    public ChainVerification resealHead(Actor actor, String caseReference) {
        requireDistrictAuditor(actor, "audit.reseal");
        String reference = caseReference == null ? "" : caseReference.strip();
        if (reference.isEmpty() || reference.length() > CASE_REFERENCE_MAX
                || reference.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException(List.of(new FieldError("caseReference", reference.isEmpty()
                    ? PlatformMessages.REQUIRED : reference.length() > CASE_REFERENCE_MAX
                    ? PlatformMessages.TOO_LONG : PlatformMessages.CONTROL_CHARACTERS, CASE_REFERENCE_MAX)));
        }
        Scan scan = scan(anchor.check());
        ChainVerification reported = scan.verdict();
        if (reported.intact()) {
            throw new DomainException(AuditMessages.CHAIN_INTACT);
        }
        // a broken plain chain never reaches the seal; otherwise judge the head as if sealed now
        if (!scan.plainChain().intact()
                || !scan.verdictWithSeal(anchor.sealHead(scan.headId(), scan.headHash())).intact()) {
            // rows deleted, changed without recomputing, or against an anchor: a new seal covers none of it
            throw new DomainException(AuditMessages.ROWS_BROKEN, String.valueOf(reported.firstBrokenId()));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        putReason(details, reported);
        details.put("caseReference", reference);
        tx.run(em -> {
            // the append leaves the head unsealed (its predecessor's seal does not verify); sealing
            // it here, with the row that says why, is the acknowledgement
            AuditRecord row = writer.append(em, new AuditEvent(actor, "audit.resealed", "audit-chain",
                    String.valueOf(reported.firstBrokenId()), null, details));
            em.createNativeQuery("UPDATE AUD_HEAD SET HEAD_MAC = ? WHERE ID = 1 AND LAST_ID = ?")
                    .setParameter(1, anchor.sealHead(row.id(), row.hash())).setParameter(2, row.id())
                    .executeUpdate();
        });
        LOG.warn("R7: audit chain head resealed by {} after the reported rewrite from row {} ({})",
                actor.username(), reported.firstBrokenId(), reference);
        // the proof, read again: the chain verifies with the new seal
        return scan(anchor.check()).verdict();
    }

    @Override
    public ChainAnchor anchor(Actor actor) {
        requireDistrictAuditor(actor, "audit.anchor");
        AuditAnchor.Exported e = anchor.export();
        ChainAnchor written = new ChainAnchor(e.anchor().lastId(), e.anchor().lastHash(), e.anchor().time(),
                e.fileName());
        record(new AuditEvent(actor, "audit.anchor", "audit-chain", String.valueOf(written.lastId()), null,
                Map.of("file", written.fileName())));
        return written;
    }

    /** The whole district's chain: a district-wide auditor's (or administrator's) task. */
    private void requireDistrictAuditor(Actor actor, String action) {
        guarded(actor, action, () -> {
            requireAuditor(actor);
            actor.requireSchool(null);
            return null;
        });
    }

    /** Checks the permission; returns the school a school-scoped actor is confined to. */
    private Long scope(Actor actor, AuditQuery query, String action) {
        return guarded(actor, action, () -> {
            requireAuditor(actor);
            if (actor.isDistrictWide()) {
                return null;
            }
            if (query != null && query.schoolId() != null) {
                actor.requireSchool(query.schoolId());
            }
            return actor.schoolId();
        });
    }

    private static void requireAuditor(Actor actor) {
        if (!actor.has(Permission.ADMINISTER_SYSTEM)) {
            actor.require(Permission.VIEW_AUDIT);
        }
    }

    /** A refused look at the trail is itself recorded (R7), then refused. */
    private <T> T guarded(Actor actor, String action, Supplier<T> check) {
        try {
            return check.get();
        } catch (AccessDeniedException denied) {
            try {
                record(new AuditEvent(actor, action + ".refused", "audit-trail", null, null,
                        Map.of("reason", denied.getMessage())));
            } catch (RuntimeException e) {
                denied.addSuppressed(e);
            }
            throw denied;
        }
    }

    private static AuditQuery orAll(AuditQuery query) {
        return query == null ? AuditQuery.all() : query;
    }
}
