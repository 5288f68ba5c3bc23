package org.xueji.platform.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.audit.AuditRecord;
import org.xueji.platform.api.audit.ChainVerification;

@DisplayName("R7: the audit hash chain")
class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");

    /** A correctly sealed chain of n rows. */
    static List<AuditRecord> chain(int n) {
        List<AuditRecord> rows = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditRecord row = AuditChain.seal(i, previous, T0.plusSeconds(i), "registrar" + (i % 3), "学籍员" + (i % 3),
                    "SCHOOL_REGISTRAR", (long) (i % 2 + 1), "student.update", "student", String.valueOf(100 + i),
                    "name: \"张" + i + "\" → \"李" + i + "\"", "10.0.0." + i);
            rows.add(row);
            previous = row.hash();
        }
        return rows;
    }

    static AuditRecord with(AuditRecord r, UnaryOperator<Object[]> change) {
        Object[] f = {r.id(), r.time(), r.username(), r.displayName(), r.role(), r.schoolId(), r.action(),
            r.targetType(), r.targetId(), r.changes(), r.clientAddress(), r.previousHash(), r.hash()};
        f = change.apply(f);
        return new AuditRecord((Long) f[0], (Instant) f[1], (String) f[2], (String) f[3], (String) f[4], (Long) f[5],
                (String) f[6], (String) f[7], (String) f[8], (String) f[9], (String) f[10], (String) f[11],
                (String) f[12]);
    }

    /** What someone with write access to the table and the algorithm can forge. */
    static AuditRecord reseal(AuditRecord r, long id, String previous) {
        return AuditChain.seal(id, previous, r.time(), r.username(), r.displayName(), r.role(), r.schoolId(),
                r.action(), r.targetType(), r.targetId(), r.changes(), r.clientAddress());
    }

    static ChainVerification verify(List<AuditRecord> rows) {
        return AuditChain.verify(rows.iterator());
    }

    static String head(List<AuditRecord> rows) {
        return rows.get(rows.size() - 1).hash();
    }

    @Test
    @DisplayName("R7: an intact chain verifies, every row checked")
    void intactChainVerifies() {
        List<AuditRecord> rows = chain(30);
        ChainVerification result = AuditChain.verify(rows.iterator(), 30, head(rows));
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(30);
        assertThat(result.firstBrokenId()).isNull();
    }

    @Test
    @DisplayName("R7: an empty trail matches the genesis head")
    void emptyChainVerifies() {
        ChainVerification result = AuditChain.verify(List.<AuditRecord>of().iterator(), 0, AuditChain.GENESIS);
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isZero();
    }

    @Test
    @DisplayName("R7: an edited row is detected and named (第 17 行内容被修改)")
    void editedRowDetected() {
        List<AuditRecord> rows = chain(30);
        rows.set(16, with(rows.get(16), f -> {
            f[9] = "name: \"张17\" → \"王17\"";
            return f;
        }));
        ChainVerification result = verify(rows);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(17L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 17 行内容被修改");
    }

    @Test
    @DisplayName("R7: every hashed field counts — a change of any one is detected")
    void everyFieldIsHashed() {
        for (int field = 0; field <= 10; field++) {
            if (field == 0) {
                continue; // the position: covered by the deletion/insertion tests
            }
            int index = field;
            List<AuditRecord> rows = chain(5);
            rows.set(2, with(rows.get(2), f -> {
                f[index] = switch (index) {
                    case 1 -> ((Instant) f[1]).plusMillis(1);
                    case 5 -> 99L;
                    default -> f[index] + "x";
                };
                return f;
            }));
            ChainVerification result = verify(rows);
            assertThat(result.firstBrokenId()).as("field %d", index).isEqualTo(3L);
            assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).as("field %d", index).contains("第 3 行内容被修改");
        }
    }

    @Test
    @DisplayName("R7: an edited row whose hash was recomputed breaks the link of the next row")
    void resealedEditDetectedAtNextRow() {
        List<AuditRecord> rows = chain(30);
        AuditRecord forged = reseal(with(rows.get(16), f -> {
            f[6] = "student.view";
            return f;
        }), 17, rows.get(15).hash());
        rows.set(16, forged);
        ChainVerification result = verify(rows);
        assertThat(result.firstBrokenId()).isEqualTo(18L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).contains("第 18 行之前有记录被删除或改写");
    }

    @Test
    @DisplayName("R7: a deleted row leaves a gap that is detected (第 18 行之前有记录被删除)")
    void deletedRowDetected() {
        List<AuditRecord> rows = chain(30);
        rows.remove(16); // row 17
        ChainVerification result = verify(rows);
        assertThat(result.firstBrokenId()).isEqualTo(18L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 18 行之前有记录被删除").contains("缺少第 17 行");
    }

    @Test
    @DisplayName("R7: a deleted first row is detected")
    void deletedFirstRowDetected() {
        List<AuditRecord> rows = chain(5);
        rows.remove(0);
        ChainVerification result = verify(rows);
        assertThat(result.firstBrokenId()).isEqualTo(2L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 2 行之前有记录被删除");
    }

    @Test
    @DisplayName("R7: a deletion hidden by renumbering the later rows is detected")
    void deletionWithRenumberingDetected() {
        List<AuditRecord> rows = chain(30);
        rows.remove(16);
        for (int i = 16; i < rows.size(); i++) {
            AuditRecord r = rows.get(i);
            rows.set(i, with(r, f -> {
                f[0] = (Long) f[0] - 1;
                return f;
            }));
        }
        ChainVerification result = verify(rows);
        assertThat(result.firstBrokenId()).isEqualTo(17L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 17 行之前有记录被删除").contains("原第 18 行");
    }

    @Test
    @DisplayName("R7: deleting the newest rows is detected against the chain head")
    void deletedNewestRowsDetected() {
        List<AuditRecord> rows = chain(30);
        String headHash = head(rows);
        rows.remove(29);
        rows.remove(28);
        ChainVerification result = AuditChain.verify(rows.iterator(), 30, headHash);
        assertThat(result.firstBrokenId()).isEqualTo(29L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 29–30 行记录被删除");
    }

    @Test
    @DisplayName("R7: a forged row slipped in (later rows renumbered) is named (第 17 行为插入的记录)")
    void insertedSealedRowDetected() {
        List<AuditRecord> rows = chain(30);
        AuditRecord forged = AuditChain.seal(17, rows.get(15).hash(), T0.plusSeconds(17), "district-admin", "区管理员",
                "DISTRICT_ADMIN", null, "login", "account", "district-admin", null, "10.0.0.99");
        List<AuditRecord> tampered = new ArrayList<>(rows.subList(0, 16));
        tampered.add(forged);
        for (AuditRecord r : rows.subList(16, 30)) {
            tampered.add(with(r, f -> {
                f[0] = (Long) f[0] + 1;
                return f;
            }));
        }
        ChainVerification result = AuditChain.verify(tampered.iterator(), 30, head(rows));
        assertThat(result.firstBrokenId()).isEqualTo(17L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 17 行为插入的记录");
    }

    @Test
    @DisplayName("R7: a forged row with a made-up hash is named as inserted")
    void insertedGarbageRowDetected() {
        List<AuditRecord> rows = chain(30);
        AuditRecord forged = with(rows.get(16), f -> {
            f[11] = "ab".repeat(32);
            f[12] = "cd".repeat(32);
            f[6] = "student.delete";
            return f;
        });
        List<AuditRecord> tampered = new ArrayList<>(rows.subList(0, 16));
        tampered.add(forged);
        tampered.addAll(rows.subList(17, 30));
        ChainVerification result = verify(tampered);
        assertThat(result.firstBrokenId()).isEqualTo(17L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 17 行为插入的记录");
    }

    @Test
    @DisplayName("R7: a duplicate position is named as inserted")
    void duplicatePositionDetected() {
        List<AuditRecord> rows = chain(30);
        List<AuditRecord> tampered = new ArrayList<>(rows.subList(0, 17));
        tampered.add(rows.get(16));
        tampered.addAll(rows.subList(17, 30));
        ChainVerification result = verify(tampered);
        assertThat(result.firstBrokenId()).isEqualTo(17L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 17 行为插入的记录");
    }

    @Test
    @DisplayName("R7: a row appended behind the head's back is named as inserted")
    void appendedBehindHeadDetected() {
        List<AuditRecord> rows = chain(30);
        String headHash = head(rows);
        rows.add(reseal(rows.get(29), 31, headHash));
        ChainVerification result = AuditChain.verify(rows.iterator(), 30, headHash);
        assertThat(result.firstBrokenId()).isEqualTo(31L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 31 行为插入的记录");
    }

    @Test
    @DisplayName("R7: the first broken row is named, not a later one")
    void firstBreakIsNamed() {
        List<AuditRecord> rows = chain(30);
        rows.set(24, with(rows.get(24), f -> {
            f[2] = "someone-else";
            return f;
        }));
        rows.set(9, with(rows.get(9), f -> {
            f[2] = "someone-else";
            return f;
        }));
        assertThat(verify(rows).firstBrokenId()).isEqualTo(10L);
    }

    @Test
    @DisplayName("sealing cleans control characters, cuts to the column sizes and keeps milliseconds")
    void sealNormalisesAsStored() {
        AuditRecord row = AuditChain.seal(1, AuditChain.GENESIS, Instant.parse("2026-09-01T08:00:00.123456789Z"),
                "evil\nuser", null, null, null, "a".repeat(300), null, null, "x".repeat(9000), null);
        assertThat(row.username()).isEqualTo("evil\\u000auser");
        assertThat(row.action()).hasSize(AuditChain.ACTION_MAX).endsWith("…");
        assertThat(row.changes()).hasSize(AuditChain.CHANGES_MAX);
        assertThat(row.time()).isEqualTo(Instant.parse("2026-09-01T08:00:00.123Z"));
        assertThat(AuditChain.isoTime(Instant.parse("2026-09-01T08:00:00Z"))).isEqualTo("2026-09-01T08:00:00.000Z");
        assertThat(row.hash()).matches("[0-9a-f]{64}").isEqualTo(AuditChain.hash(AuditChain.GENESIS, row));
    }

    @Test
    @DisplayName("the canonical text cannot be faked by field contents")
    void canonicalTextUnambiguous() {
        AuditRecord a = AuditChain.seal(1, AuditChain.GENESIS, T0, "u", "d\nrole:\"X\"", null, null, "a", null, null,
                null, null);
        AuditRecord b = AuditChain.seal(1, AuditChain.GENESIS, T0, "u", "d", "X", null, "a", null, null, null, null);
        assertThat(a.hash()).isNotEqualTo(b.hash());
        AuditRecord nullTarget = AuditChain.seal(1, AuditChain.GENESIS, T0, "u", null, null, null, "a", null, null,
                null, null);
        AuditRecord textNull = AuditChain.seal(1, AuditChain.GENESIS, T0, "u", null, null, null, "a", "null", null,
                null, null);
        assertThat(nullTarget.hash()).isNotEqualTo(textNull.hash());
    }
}
