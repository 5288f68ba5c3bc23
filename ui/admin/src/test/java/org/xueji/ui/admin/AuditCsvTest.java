package org.xueji.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.audit.AuditRecord;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseStatus;

class AuditCsvTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static final DataRelease RELEASE = new DataRelease(7, "district-admin", "年度审计", "区纪委", "审计日志",
            null, "岳教函〔2026〕12号", false, DataReleaseStatus.APPROVED, "district-leader",
            Instant.parse("2026-03-01T00:00:00Z"), null, Instant.parse("2026-02-28T00:00:00Z"),
            Instant.parse("2026-03-08T00:00:00Z"), 1, 1);

    private static AuditRecord record(long id, String username, String changes) {
        return new AuditRecord(id, Instant.parse("2026-03-15T01:30:12Z"), username, "张三", "SCHOOL_REGISTRAR", 3L,
                "student.update", "student", "42", changes, "10.0.0.5", "prev" + id, "hash" + id);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void startsWithByteOrderMarkForExcel() {
        byte[] csv = AuditCsv.write(List.of(), id -> null, RELEASE.watermark(), SHANGHAI, ZH);
        assertThat(csv[0] & 0xFF).isEqualTo(0xEF);
        assertThat(csv[1] & 0xFF).isEqualTo(0xBB);
        assertThat(csv[2] & 0xFF).isEqualTo(0xBF);
    }

    @Test
    void writesHeaderRowsAndWatermarkAsLastLine() {
        // R4: every exported file carries the watermark naming its data-release request
        byte[] csv = AuditCsv.write(List.of(record(2, "registrar1", "{\"name\":[\"张三\",\"张叁\"]}"),
                record(1, "registrar1", null)), Map.of(3L, "第一小学")::get, RELEASE.watermark(), SHANGHAI, ZH);
        String[] lines = text(csv).substring(1).split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("编号,时间,用户名,人员,角色,学校,操作,对象类型,对象,变更,来源地址,哈希");
        assertThat(lines[1]).isEqualTo("2,2026-03-15 09:30:12,registrar1,张三,学籍管理员,第一小学,student.update,student,42,"
                + "\"{\"\"name\"\":[\"\"张三\"\",\"\"张叁\"\"]}\",10.0.0.5,hash2");
        assertThat(lines[2]).startsWith("1,2026-03-15 09:30:12,registrar1,");
        assertThat(lines[3]).isEqualTo(RELEASE.watermark());
        assertThat(lines[3]).contains("数据发布申请 #7").contains("岳教函〔2026〕12号");
        // nothing after the watermark but the record terminator
        assertThat(text(csv)).endsWith(RELEASE.watermark() + "\r\n");
    }

    @Test
    void watermarkStaysTheLastLineWhateverThePurposeHolds() {
        DataRelease odd = new DataRelease(8, "u", "统计,\n第二行", "接收方", "范围", null, "文号", false,
                DataReleaseStatus.APPROVED, null, null, null, null, null, 1, 0);
        String[] lines = text(AuditCsv.write(List.of(record(1, "a", "x")), id -> null, odd.watermark(), SHANGHAI, ZH))
                .split("\r\n");
        assertThat(lines[lines.length - 1]).startsWith("\"数据发布申请 #8").contains("统计, 第二行");
    }

    @Test
    void carriesAtMostTenThousandRows() {
        List<AuditRecord> many = new ArrayList<>();
        for (int i = 0; i < AuditCsv.MAX_ROWS + 5; i++) {
            many.add(record(i, "u", null));
        }
        String[] lines = text(AuditCsv.write(many, id -> null, RELEASE.watermark(), SHANGHAI, ZH)).split("\r\n");
        assertThat(lines).hasSize(AuditCsv.MAX_ROWS + 2);
        assertThat(lines[lines.length - 1]).isEqualTo(RELEASE.watermark());
    }

    @Test
    void refusesToWriteWithoutWatermark() {
        assertThatThrownBy(() -> AuditCsv.write(List.of(), id -> null, " ", SHANGHAI, ZH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditCsv.write(List.of(), id -> null, null, SHANGHAI, ZH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownSchoolAndRoleAreWrittenAsStored() {
        AuditRecord r = new AuditRecord(5, Instant.parse("2026-03-15T01:30:12Z"), "system:demo", null, "platform", 99L,
                "login.failed", null, null, null, null, null, null);
        List<String> cells = AuditCsv.cells(r, id -> null, SHANGHAI);
        assertThat(cells).containsExactly("5", "2026-03-15 09:30:12", "system:demo", "", "platform", "99",
                "login.failed", "", "", "", "", "");
    }

    @Test
    void englishHeaders() {
        String csv = text(AuditCsv.write(List.of(), id -> null, RELEASE.watermark(), SHANGHAI, Locale.ENGLISH));
        assertThat(csv).startsWith("\uFEFFNo.,Time,User name,Person,Role,School,Action,");
    }

    @Test
    void fileNameCarriesTheTime() {
        assertThat(AuditCsv.fileName(Instant.parse("2026-03-15T01:30:12Z"), SHANGHAI))
                .isEqualTo("audit-20260315-093012.csv");
    }
}
