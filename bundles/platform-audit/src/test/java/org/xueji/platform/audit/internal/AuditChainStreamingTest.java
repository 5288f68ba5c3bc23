package org.xueji.platform.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.platform.audit.internal.AuditChainTest.chain;
import static org.xueji.platform.audit.internal.AuditChainTest.with;

import java.util.Locale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.audit.AuditRecord;
import org.xueji.platform.api.audit.ChainBreak;
import org.xueji.platform.api.audit.ChainVerification;

/**
 * R7: the streaming verifier as the audit service drives it (it stops reading at the first
 * {@code false}), renumbered deletions and insertions of several rows, the head of an empty
 * chain, and rows cut to the column sizes.
 */
class AuditChainStreamingTest {

    @Test
    void r7_acceptSaysFalseAtTheFirstBrokenRowAndEverAfter() {
        List<AuditRecord> rows = chain(6);
        rows.set(3, with(rows.get(3), f -> {
            f[9] = "name: \"改\"";
            return f;
        }));
        AuditChain.Verifier v = new AuditChain.Verifier();
        assertThat(v.accept(rows.get(0))).isTrue();
        assertThat(v.accept(rows.get(1))).isTrue();
        assertThat(v.accept(rows.get(2))).isTrue();
        assertThat(v.broken()).isFalse();
        assertThat(v.lastId()).isEqualTo(3);
        assertThat(v.result()).isEqualTo(ChainVerification.intact(3));
        assertThat(v.accept(rows.get(3))).isFalse();
        assertThat(v.broken()).isTrue();
        assertThat(v.accept(rows.get(4))).isFalse();
        assertThat(v.lastId()).isEqualTo(3);
        assertThat(v.result()).isEqualTo(ChainVerification.broken(4, 4L, ChainBreak.CHANGED, "4"));
        // finish keeps the first break, whatever the head says
        assertThat(v.finish(6, rows.get(5).hash()).firstBrokenId()).isEqualTo(4L);
    }

    @Test
    void r7_eachKindOfBreakStopsTheStream() {
        List<AuditRecord> rows = chain(5);
        AuditChain.Verifier duplicate = new AuditChain.Verifier();
        duplicate.accept(rows.get(0));
        assertThat(duplicate.accept(rows.get(0))).isFalse();
        AuditChain.Verifier gap = new AuditChain.Verifier();
        assertThat(gap.accept(rows.get(1))).isFalse();
        assertThat(gap.result().reasonText(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 2 行之前有记录被删除（缺少第 1 行）");
        AuditChain.Verifier relinked = new AuditChain.Verifier();
        relinked.accept(rows.get(0));
        relinked.accept(rows.get(1));
        // row 3 resealed onto row 1: linked to the row two before
        AuditRecord slipped = AuditChain.seal(3, rows.get(0).hash(), Instant.parse("2026-09-01T00:00:03Z"), "x",
                null, null, null, "a", null, null, null, null);
        assertThat(relinked.accept(slipped)).isFalse();
        assertThat(relinked.result().firstBrokenId()).isEqualTo(2L);
        AuditChain.Verifier resealed = new AuditChain.Verifier();
        resealed.accept(rows.get(0));
        AuditRecord own = AuditChain.seal(2, "ab".repeat(32), Instant.parse("2026-09-01T00:00:02Z"), "x", null, null,
                null, "a", null, null, null, null);
        assertThat(resealed.accept(own)).isFalse();
        assertThat(resealed.result().reasonText(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 2 行之前有记录被删除或改写（与上一行的哈希链接不符）");
    }

    @Test
    void r7_aDeletionOfThreeRowsHiddenByRenumberingNamesTheOldPosition() {
        List<AuditRecord> rows = chain(30);
        rows.subList(16, 19).clear(); // rows 17–19 deleted
        for (int i = 16; i < rows.size(); i++) {
            rows.set(i, with(rows.get(i), f -> {
                f[0] = (Long) f[0] - 3;
                return f;
            }));
        }
        ChainVerification result = AuditChain.verify(rows.iterator());
        assertThat(result.firstBrokenId()).isEqualTo(17L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 17 行之前有记录被删除（原第 20 行被改编为第 17 行）");
    }

    @Test
    void r7_twoSealedRowsSlippedInWithTheLaterRowsRenumberedAreNamed() {
        List<AuditRecord> original = chain(20);
        List<AuditRecord> rows = new ArrayList<>(original.subList(0, 16));
        String previous = rows.get(15).hash();
        for (int id = 17; id <= 18; id++) {
            AuditRecord forged = AuditChain.seal(id, previous, Instant.parse("2026-09-01T01:00:00Z"), "intruder", null,
                    null, null, "student.delete", null, null, null, null);
            rows.add(forged);
            previous = forged.hash();
        }
        for (AuditRecord r : original.subList(16, 20)) {
            rows.add(with(r, f -> {
                f[0] = (Long) f[0] + 2;
                return f;
            }));
        }
        ChainVerification result = AuditChain.verify(rows.iterator());
        assertThat(result.firstBrokenId()).isEqualTo(17L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 17–18 行为插入的记录（原第 17 行被改编为第 19 行）");
        assertThat(result.rowsChecked()).isEqualTo(19);
    }

    @Test
    void r7_anEmptyChainWhoseHeadWasMovedIsReported() {
        ChainVerification moved = AuditChain.verify(List.<AuditRecord>of().iterator(), 0, "ab".repeat(32));
        assertThat(moved.firstBrokenId()).isEqualTo(1L);
        assertThat(moved.reasonText(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 1 行内容被修改（与链头记录的哈希不符）");
        List<AuditRecord> rows = chain(3);
        ChainVerification last = AuditChain.verify(rows.iterator(), 3, "cd".repeat(32));
        assertThat(last.reasonText(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 3 行内容被修改（与链头记录的哈希不符）");
        assertThat(AuditChain.verify(rows.iterator(), 3, rows.get(2).hash()).intact()).isTrue();
        assertThat(AuditChain.verify(rows.iterator(), 2, rows.get(1).hash()).reasonText(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("第 3 行为插入的记录（链头只记录到第 2 行）");
    }

    @Test
    void r7_textsAreCutToTheColumnSizeAndMarked() {
        assertThat(AuditChain.fit("abc", 3)).isEqualTo("abc");
        assertThat(AuditChain.fit("abcd", 3)).isEqualTo("ab…");
        assertThat(AuditChain.fit(null, 3)).isNull();
        // never inside a surrogate pair: 𠀀 (U+20000) is two UTF-16 units
        assertThat(AuditChain.fit("a𠀀bc", 3)).isEqualTo("a…");
        assertThat(AuditChain.fit("ab𠀀c", 4)).isEqualTo("ab…");
        AuditRecord long100 = AuditChain.seal(1, AuditChain.GENESIS, Instant.parse("2026-09-01T00:00:00Z"),
                "u".repeat(101), null, null, null, "a", null, null, null, null);
        assertThat(long100.username()).hasSize(100).endsWith("u…");
    }
}
