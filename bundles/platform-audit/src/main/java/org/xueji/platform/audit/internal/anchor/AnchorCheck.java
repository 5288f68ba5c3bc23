package org.xueji.platform.audit.internal.anchor;

import static org.xueji.platform.api.audit.ChainVerification.row;
import static org.xueji.platform.api.audit.ChainVerification.rows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xueji.platform.api.audit.AuditRecord;
import org.xueji.platform.api.audit.ChainBreak;
import org.xueji.platform.api.audit.ChainVerification;

/**
 * The part of verification that the database alone cannot give (R7): whoever can write the
 * database can rewrite a row and recompute every later hash and the head, and the plain
 * chain still verifies. Two things they cannot recompute without the {@link AnchorKey}:
 * <ul>
 *   <li>the head seal (AUD_HEAD.HEAD_MAC), renewed with every append;</li>
 *   <li>the anchors exported to files: row N had hash H.</li>
 * </ul>
 * Feed every row in chain order with {@link #accept}, then {@link #finish} with the plain
 * chain's result and the head. Pure: no database, no files.
 */
public final class AnchorCheck {

    private final AnchorKey key;
    /** Valid anchors by position (the newest anchor of a position wins; they agree if untouched). */
    private final TreeMap<Long, List<Anchor>> anchors = new TreeMap<>();
    private final List<String> forged = new ArrayList<>();
    private final Map<Long, String> seen = new HashMap<>();

    public AnchorCheck(AnchorKey key, List<AnchorFiles.Entry> files) {
        this.key = key;
        for (AnchorFiles.Entry f : files) {
            if (f.anchor() == null || !f.anchor().verifiesWith(key)) {
                forged.add(f.fileName());
            } else {
                anchors.computeIfAbsent(f.anchor().lastId(), id -> new ArrayList<>()).add(f.anchor());
            }
        }
    }

    /** Notes the hash of an anchored row. */
    public void accept(AuditRecord row) {
        if (anchors.containsKey(row.id())) {
            seen.put(row.id(), row.hash());
        }
    }

    /** Number of valid anchors read. */
    public int anchorCount() {
        return anchors.values().stream().mapToInt(List::size).sum();
    }

    /**
     * @param chain    the plain chain's result (rows and head in the database)
     * @param headId   AUD_HEAD.LAST_ID
     * @param headHash AUD_HEAD.LAST_HASH
     * @param headMac  AUD_HEAD.HEAD_MAC
     */
    public ChainVerification finish(ChainVerification chain, long headId, String headHash, String headMac) {
        if (!chain.intact()) {
            return chain;
        }
        long checked = chain.rowsChecked();
        long lastGood = 0;
        for (Map.Entry<Long, List<Anchor>> e : anchors.entrySet()) {
            long id = e.getKey();
            for (Anchor a : e.getValue()) {
                if (id > headId) {
                    return ChainVerification.broken(checked, headId + 1, ChainBreak.DELETED_AGAINST_ANCHOR,
                            rows(headId + 1, id), row(id), row(headId));
                }
                if (id > 0 && !a.lastHash().equals(seen.get(id))) {
                    return ChainVerification.broken(checked, lastGood + 1, ChainBreak.REWRITTEN_AGAINST_ANCHOR,
                            rows(lastGood + 1, id), row(id));
                }
            }
            lastGood = id;
        }
        if (headMac == null ? headId > 0 : !key.verifies(Anchor.headText(headId, headHash), headMac)) {
            long from = Math.min(lastGood + 1, Math.max(headId, 1));
            return ChainVerification.broken(checked, from, ChainBreak.REWRITTEN_AGAINST_HEAD_SEAL,
                    rows(from, Math.max(headId, from)));
        }
        if (!forged.isEmpty()) {
            return ChainVerification.broken(checked, Math.max(headId, 1), ChainBreak.ANCHOR_FILES_FORGED,
                    String.join(", ", forged));
        }
        return chain;
    }
}
