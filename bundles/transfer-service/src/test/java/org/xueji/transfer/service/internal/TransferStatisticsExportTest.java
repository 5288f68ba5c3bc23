package org.xueji.transfer.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.transfer.service.internal.TransferFixture.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.testkit.ReleaseDouble;
import org.xueji.platform.testkit.TestWorkingDays;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.NewChange;
import org.xueji.transfer.api.StatisticsExport;

/**
 * Issue 14 item 6, R4: the monthly statistics exported as a spreadsheet or PDF. The aggregate counts
 * (per school and month) carry no personal row and need no data release; the rows of the decided
 * changes are added only after the release service approved one download of a release.
 */
@DisplayName("R4: monthly statistics export — aggregates free, change rows only under an approved data release")
class TransferStatisticsExportTest {

    TransferFixture f;
    ReleaseDouble releases = ReleaseDouble.approvingAll();
    long transferId;

    @BeforeEach
    void setUp() {
        f = new TransferFixture(TestWorkingDays.weekdays(2026));
        f.service.releases(releases);
        f.service.schoolNames(id -> "学校" + id);
        long s = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest r = f.service.submit(REGISTRAR_B, NewChange.transfer(s, SCHOOL_B, CLASS_B7, 7,
                LocalDate.of(2026, 10, 12), "随父母工作调动", transferEvidence()));
        f.service.decide(PRINCIPAL_B, r.id(), Decision.APPROVE, null);
        f.service.decide(PRINCIPAL_A, r.id(), Decision.APPROVE, null);
        f.service.decide(LEADER, r.id(), Decision.APPROVE, "同意");
        transferId = r.id();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void r4_aggregateCountsExportWithoutARelease() throws IOException {
        byte[] xlsx = f.service.exportStatistics(ADMIN, new StatisticsExport(2026, StatisticsExport.Format.XLSX, null));

        Map<String, String> parts = unzip(xlsx);
        assertThat(parts).containsKey("xl/worksheets/sheet1.xml").doesNotContainKey("xl/worksheets/sheet2.xml");
        String text = String.join("\n", parts.values());
        // school 1 sent one in October 2026, school 2 received one (hand-counted from the set-up)
        assertThat(text).contains("学校1", "学校2", "2026-10", "转入", "转出", "仅含汇总数");
        assertThat(releases.asked).isEmpty();
        assertThat(f.store.actions()).contains("transfer.export");

        byte[] pdf = f.service.exportStatistics(ADMIN, new StatisticsExport(2026, StatisticsExport.Format.PDF, null));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String page = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(page).contains("2026年学籍异动月度统计", "学校1", "学校2", "2026-10", "全年办结1项",
                    "仅含汇总数");
            assertThat(page).doesNotContain("异动明细");
        }
    }

    @Test
    void r4_changeRowsOnlyWithAnApprovedRelease() throws IOException {
        releases.refuseAll(true);
        long before = f.store.actions().stream().filter("transfer.export"::equals).count();
        assertThatThrownBy(() -> f.service.exportStatistics(ADMIN,
                new StatisticsExport(2026, StatisticsExport.Format.XLSX, 77L))).isInstanceOf(DomainException.class);
        // refused: nothing produced, no export audited
        assertThat(f.store.actions().stream().filter("transfer.export"::equals).count()).isEqualTo(before);

        releases.refuseAll(false);
        byte[] xlsx = f.service.exportStatistics(ADMIN, new StatisticsExport(2026, StatisticsExport.Format.XLSX, 77L));

        assertThat(releases.asked).hasSize(2);
        assertThat(releases.asked.get(1).export().kind()).isEqualTo("transfer-changes");
        Map<String, String> parts = unzip(xlsx);
        assertThat(parts).containsKey("xl/worksheets/sheet2.xml");
        String text = String.join("\n", parts.values());
        assertThat(text).contains("异动明细", "岳教函〔2026〕7号", "转学（区内）");
        assertThat(f.store.audit()).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("transfer.export");
            assertThat(String.valueOf(a.changes())).contains("release").contains("77");
        });
    }

    @Test
    void r1_aSchoolExportsItsOwnRowsOnlyAndTheReleaseIsAskedForItsSchool() throws IOException {
        String aggregate = String.join("\n", unzip(f.service.exportStatistics(REGISTRAR_A,
                new StatisticsExport(2026, StatisticsExport.Format.XLSX, null))).values());
        assertThat(aggregate).contains("学校1").doesNotContain("学校2"); // school B's month row is not school A's

        f.service.exportStatistics(REGISTRAR_A, new StatisticsExport(2026, StatisticsExport.Format.XLSX, 5L));
        assertThat(releases.asked.get(0).export().schoolId()).isEqualTo(SCHOOL_A);

        Actor thirdSchool = Actor.of("registrar-c", "学籍员丙", org.xueji.platform.api.Role.SCHOOL_REGISTRAR,
                SCHOOL_BIG, null, "t");
        String other = String.join("\n", unzip(f.service.exportStatistics(thirdSchool,
                new StatisticsExport(2026, StatisticsExport.Format.XLSX, 6L))).values());
        assertThat(other).doesNotContain("学校1").doesNotContain("学校2");
    }

    /** The parts of an xlsx file (read from a temporary file: the streamed writer's entries need the zip directory). */
    static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("stats", ".xlsx");
        try {
            java.nio.file.Files.write(file, bytes);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    try (var in = zip.getInputStream(e)) {
                        parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        return parts;
    }
}
