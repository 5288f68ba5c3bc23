package org.xueji.platform.audit.internal.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditQuery;
import org.xueji.platform.api.audit.AuditRecord;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseStatus;
import org.xueji.platform.api.release.ExportRequest;
import org.xueji.platform.api.release.NewDataRelease;
import org.xueji.platform.api.release.ReleaseField;
import org.xueji.platform.api.release.ReleaseScope;
import java.util.EnumSet;
import java.util.Map;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.PendingFilter;
import org.xueji.platform.api.workflow.PendingStep;
import org.xueji.platform.audit.internal.AuditServiceImpl;
import org.xueji.platform.audit.internal.AuditTrailImpl;
import org.xueji.platform.persistence.DeniedAccess;
import org.xueji.platform.testkit.TestWorkingDays;
import org.xueji.platform.workflow.internal.Deadlines;
import org.xueji.platform.workflow.internal.Handlers;
import org.xueji.platform.workflow.internal.WorkflowEngine;
import org.xueji.platform.audit.internal.DerbyAudit;
import org.xueji.platform.audit.internal.TestClock;

@DisplayName("R4: data releases on Derby")
class DataReleaseDerbyTest {

    static final Actor ADMIN = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, null, "10.0.0.1");
    static final Actor LEADER = Actor.of("district-leader", "区领导", Role.DISTRICT_LEADER, null, null, "10.0.0.2");
    static final Actor AUDITOR = Actor.of("auditor", "审计员", Role.AUDITOR, null, null, "10.0.0.3");
    static final Actor REGISTRAR1 = Actor.of("registrar1", "学籍员甲", Role.SCHOOL_REGISTRAR, 1L, null, "10.1.1.1");
    static final Actor REGISTRAR2 = Actor.of("registrar2", "学籍员乙", Role.SCHOOL_REGISTRAR, 2L, null, "10.1.1.2");
    static final Actor PRINCIPAL1 = Actor.of("principal1", "校长甲", Role.PRINCIPAL, 1L, null, "10.1.1.4");
    static final Actor TEACHER1 = Actor.of("teacher1", "教师", Role.TEACHER, 1L, Set.of(1L), "10.1.1.3");
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    DerbyAudit db;
    TestClock clock;
    DataReleaseServiceImpl releases;
    AuditServiceImpl audit;
    WorkflowEngine workflow;

    @BeforeEach
    void setUp() {
        db = new DerbyAudit();
        clock = new TestClock(Instant.parse("2026-10-08T01:00:00Z"));
        audit = new AuditServiceImpl(db.emf, clock, db.anchor(clock));
        // R3: approvals go through the workflow, the release's update happens in its handler
        Handlers handlers = new Handlers();
        handlers.add(new DataReleaseWorkflow(db.emf, clock, db.anchor(clock)));
        workflow = new WorkflowEngine(db.dataSource, new AuditTrailImpl(clock, db.dataSource, db.anchor(clock)),
                new DeniedAccess(audit), clock, new Deadlines(TestWorkingDays.weekdays(2026), Map.of()), handlers);
        releases = new DataReleaseServiceImpl(db.emf, clock, workflow, workflow, db.anchor(clock));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static NewDataRelease request(Long school, int maxDownloads, int validDays) {
        return new NewDataRelease("转学核查", "岳麓区某中学", "七年级学生名单（姓名、学籍号、班级）", school, "岳教函〔2026〕12号",
                null, null, maxDownloads, validDays, SCOPE);
    }

    /** Grades 7 and 8, the basic and identity fields. */
    static final ReleaseScope SCOPE = ReleaseScope.of(Set.of(7, 8), EnumSet.of(ReleaseField.BASIC, ReleaseField.IDENTITY));

    List<AuditRecord> trail(String action) {
        return audit.search(AUDITOR, new AuditQuery(null, null, action, null, null, null, null), 0, 100);
    }

    @Test
    @DisplayName("R4/R1: a school user's export without a school filter is an export of their own school")
    void schoolUsersExportTheirSchoolWithoutAFilter() {
        DataRelease requested = releases.request(REGISTRAR1, request(1L, 1, 7));
        releases.approve(LEADER, requested.id(), "同意");
        DataRelease used = releases.authorizeExport(REGISTRAR1, requested.id(), "students.csv", null);
        assertThat(used.downloads()).isEqualTo(1);
        assertThat(trail("export").get(0).schoolId()).isEqualTo(1L);
    }

    @Test
    @DisplayName("R4: request → approve → export, each audited in its transaction, the watermark names the request")
    void fullFlow() {
        DataRelease requested = releases.request(REGISTRAR1, request(1L, 2, 7));
        assertThat(requested.status()).isEqualTo(DataReleaseStatus.PENDING);
        assertThat(requested.requester()).isEqualTo("registrar1");
        assertThat(requested.schoolId()).isEqualTo(1L);
        assertThat(requested.requestedAt()).isEqualTo(clock.now());
        assertThat(releases.usable(REGISTRAR1)).isEmpty();

        clock.advance(Duration.ofHours(1));
        DataRelease approved = releases.approve(LEADER, requested.id(), "同意");
        assertThat(approved.status()).isEqualTo(DataReleaseStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("district-leader");
        assertThat(approved.validUntil()).isEqualTo(clock.now().plus(Duration.ofDays(7)));
        assertThat(releases.usable(REGISTRAR1)).extracting(DataRelease::id).containsExactly(requested.id());
        assertThat(releases.usable(REGISTRAR2)).isEmpty();

        DataRelease used = releases.authorizeExport(REGISTRAR1, requested.id(), "students.csv", 1L);
        assertThat(used.downloads()).isEqualTo(1);
        assertThat(used.watermark()).contains("#" + requested.id()).contains("岳教函〔2026〕12号");

        AuditRecord export = trail("export").get(0);
        assertThat(export.username()).isEqualTo("registrar1");
        assertThat(export.targetType()).isEqualTo("data-release");
        assertThat(export.targetId()).isEqualTo(String.valueOf(requested.id()));
        assertThat(export.schoolId()).isEqualTo(1L);
        assertThat(export.changes()).contains("exportKind: \"students.csv\"").contains("downloads: 0 → 1")
                .contains("requestId: " + requested.id()).contains("school: 1");
        assertThat(trail("release.request")).hasSize(1);
        assertThat(trail("release.approve").get(0).changes()).contains("status: \"PENDING\" → \"APPROVED\"");

        releases.authorizeExport(REGISTRAR1, requested.id(), "students.csv", 1L);
        assertThatThrownBy(() -> releases.authorizeExport(REGISTRAR1, requested.id(), "students.csv", 1L))
                .isInstanceOf(DomainException.class).hasMessageContaining("下载次数已用完（2/2 次）");
        assertThat(releases.list(ADMIN).get(0).status()).isEqualTo(DataReleaseStatus.USED_UP);
        assertThat(trail("export")).hasSize(2);
        assertThat(trail("export.refused").get(0).changes()).contains("下载次数已用完");
        assertThat(audit.verify(AUDITOR).intact()).isTrue();
    }

    @Test
    @DisplayName("R4: exports are refused with the reason, district administrators included, and every refusal is audited")
    void exportRefusals() {
        assertThatThrownBy(() -> releases.authorizeExport(ADMIN, 999, "students.csv", 1L))
                .isInstanceOf(NotFoundException.class).hasMessage("数据发布申请 #999 不存在。");
        DataRelease pending = releases.request(ADMIN, request(1L, 1, 1));
        assertThatThrownBy(() -> releases.authorizeExport(ADMIN, pending.id(), "students.csv", 1L))
                .hasMessageContaining("尚未审批");
        DataRelease rejected = releases.request(REGISTRAR1, request(null, 1, 1));
        releases.reject(LEADER, rejected.id(), "用途不明确");
        assertThatThrownBy(() -> releases.authorizeExport(REGISTRAR1, rejected.id(), "students.csv", 1L))
                .hasMessageContaining("已被驳回");

        releases.approve(LEADER, pending.id(), null);
        assertThatThrownBy(() -> releases.authorizeExport(ADMIN, pending.id(), "students.csv", 2L))
                .hasMessageContaining("不能用于导出学校（编号 2）");
        assertThatThrownBy(() -> releases.authorizeExport(ADMIN, pending.id(), "students.csv", null))
                .hasMessageContaining("全区");
        assertThatThrownBy(() -> releases.authorizeExport(REGISTRAR2, pending.id(), "students.csv", 1L))
                .hasMessageContaining("属于其他学校");
        assertThatThrownBy(() -> releases.authorizeExport(PRINCIPAL1, pending.id(), "students.csv", 1L))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("EXPORT_DATA");
        assertThatThrownBy(() -> releases.authorizeExport(ADMIN, pending.id(), "students\n.csv", 1L))
                .isInstanceOf(ValidationException.class);

        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> releases.authorizeExport(ADMIN, pending.id(), "students.csv", 1L))
                .hasMessageContaining("过期");
        assertThat(releases.list(ADMIN)).filteredOn(r -> r.id() == pending.id())
                .extracting(DataRelease::status).containsExactly(DataReleaseStatus.EXPIRED);

        assertThat(trail("export")).isEmpty();
        assertThat(trail("export.refused")).hasSize(9)
                .allSatisfy(r -> assertThat(r.changes()).contains("reason: "));
        assertThat(audit.verify(AUDITOR).intact()).isTrue();
    }

    @Test
    @DisplayName("R4: only approvers decide, never their own request, only pending ones")
    void decisions() {
        DataRelease r = releases.request(REGISTRAR1, request(1L, 1, 1));
        assertThatThrownBy(() -> releases.approve(ADMIN, r.id(), null)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("APPROVE_DATA_RELEASE");
        assertThatThrownBy(() -> releases.reject(LEADER, r.id(), " ")).isInstanceOf(ValidationException.class);
        Actor approverWhoRequested = new Actor("registrar1", "学籍员甲", null, null, null,
                Set.of(Permission.APPROVE_DATA_RELEASE), "x");
        assertThatThrownBy(() -> releases.approve(approverWhoRequested, r.id(), null))
                .hasMessageContaining("不能审批自己提交的");
        releases.reject(LEADER, r.id(), "无批准文件");
        assertThatThrownBy(() -> releases.approve(LEADER, r.id(), null)).hasMessageContaining("已处理（已驳回）");
        assertThat(releases.list(LEADER).get(0).decisionNote()).isEqualTo("无批准文件");
        assertThat(trail("release.approve.refused")).hasSize(3);
        assertThat(trail("release.reject")).hasSize(1);
    }

    @Test
    @DisplayName("R1/R4: school requesters ask only for their school; a manipulated school id is refused and audited")
    void requestScope() {
        DataRelease own = releases.request(REGISTRAR1, request(null, 1, 1));
        assertThat(own.schoolId()).isEqualTo(1L);
        assertThatThrownBy(() -> releases.request(REGISTRAR1, request(2L, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        AuditRecord refused = trail("release.request.refused").get(0);
        assertThat(refused.schoolId()).isEqualTo(2L);
        assertThat(refused.username()).isEqualTo("registrar1");
        assertThatThrownBy(() -> releases.request(TEACHER1, request(1L, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> releases.request(REGISTRAR1, request(1L, 0, 91)))
                .isInstanceOf(ValidationException.class);
        DataRelease district = releases.request(ADMIN, request(null, 1, 1));
        assertThat(district.schoolId()).isNull();
    }

    @Test
    @DisplayName("R4: who sees which requests")
    void listScope() {
        DataRelease r1 = releases.request(REGISTRAR1, request(1L, 1, 1));
        DataRelease p1 = releases.request(PRINCIPAL1, request(1L, 1, 1));
        DataRelease r2 = releases.request(REGISTRAR2, request(2L, 1, 1));
        DataRelease a = releases.request(ADMIN, request(null, 1, 1));
        assertThat(releases.list(LEADER)).extracting(DataRelease::id).containsExactly(a.id(), r2.id(), p1.id(), r1.id());
        assertThat(releases.list(ADMIN)).hasSize(4);
        assertThat(releases.list(AUDITOR)).hasSize(4);
        assertThat(releases.list(REGISTRAR1)).extracting(DataRelease::id).containsExactly(p1.id(), r1.id());
        assertThat(releases.list(REGISTRAR2)).extracting(DataRelease::id).containsExactly(r2.id());
        Actor districtRequester = new Actor("planner", "规划科", null, null, null,
                Set.of(Permission.REQUEST_DATA_RELEASE), "x");
        releases.request(districtRequester, request(null, 1, 1));
        assertThat(releases.list(districtRequester)).hasSize(1);
        assertThatThrownBy(() -> releases.list(TEACHER1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("R4: the scanned approval is stored (not in the list), a non-image is refused")
    void scannedApproval() {
        NewDataRelease withScan = new NewDataRelease("核查", "某单位", "名单", 1L, "岳教函〔2026〕3号", PDF,
                "D:\\扫描\\批文.pdf", 1, 5, SCOPE);
        DataRelease r = releases.request(REGISTRAR1, withScan);
        assertThat(r.hasScannedApproval()).isTrue();
        assertThat(db.queryLong("SELECT LENGTH(SCAN) FROM REL_REQUEST WHERE ID = " + r.id())).isEqualTo(PDF.length);
        assertThat(db.queryString("SELECT SCAN_NAME FROM REL_REQUEST WHERE ID = " + r.id())).isEqualTo("批文.pdf");
        assertThat(db.queryString("SELECT SCAN_TYPE FROM REL_REQUEST WHERE ID = " + r.id())).isEqualTo("PDF");
        assertThat(trail("release.request").get(0).changes()).contains("批文.pdf (PDF, " + PDF.length + " 字节)");

        NewDataRelease fake = new NewDataRelease("核查", "某单位", "名单", 1L, "文号", "<html>".getBytes(), "x.pdf", 1, 5, SCOPE);
        assertThatThrownBy(() -> releases.request(REGISTRAR1, fake)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("PDF、JPG 或 PNG");
    }

    @Test
    @DisplayName("R4: concurrent exports never exceed the approved number of downloads")
    void concurrentExports() throws Exception {
        DataRelease r = releases.request(REGISTRAR1, request(1L, 5, 3));
        releases.approve(LEADER, r.id(), null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        int granted = 0;
        try {
            List<Future<Boolean>> attempts = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                attempts.add(pool.submit(() -> {
                    try {
                        releases.authorizeExport(REGISTRAR1, r.id(), "students.csv", 1L);
                        return true;
                    } catch (DomainException refused) {
                        return false;
                    }
                }));
            }
            for (Future<Boolean> f : attempts) {
                granted += f.get() ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        assertThat(granted).isEqualTo(5);
        assertThat(db.queryLong("SELECT DOWNLOADS FROM REL_REQUEST WHERE ID = " + r.id())).isEqualTo(5);
        assertThat(trail("export")).hasSize(5);
        assertThat(audit.verify(AUDITOR).intact()).isTrue();
    }

    @Test
    @DisplayName("R3/R4/R17: a release request waits in the bureau's 待办 inbox; deciding it there decides the release")
    void decidedThroughTheInbox() {
        DataRelease r = releases.request(REGISTRAR1, request(1L, 1, 7));
        assertThat(workflow.inbox(REGISTRAR1, PendingFilter.ALL)).isEmpty();
        assertThat(workflow.inbox(PRINCIPAL1, PendingFilter.ALL)).isEmpty();
        PendingStep line = workflow.inbox(LEADER, PendingFilter.ALL).get(0);
        assertThat(line.type()).isEqualTo("data-release");
        assertThat(line.subjectRef()).isEqualTo(String.valueOf(r.id()));
        assertThat(line.subject()).isEqualTo("转学核查");
        assertThat(line.schoolId()).isEqualTo(1L);
        // 2026-10-08 (Thursday) + 7 weekdays
        assertThat(line.deadline()).isEqualTo(java.time.LocalDate.of(2026, 10, 19));

        assertThatThrownBy(() -> workflow.decide(LEADER, line.requestId(), Decision.REJECT, null))
                .isInstanceOf(ValidationException.class);
        workflow.decide(LEADER, line.requestId(), Decision.APPROVE, "同意");
        DataRelease approved = releases.list(LEADER).get(0);
        assertThat(approved.status()).isEqualTo(DataReleaseStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("district-leader");
        assertThat(approved.decisionNote()).isEqualTo("同意");
        assertThat(approved.validUntil()).isEqualTo(clock.now().plus(Duration.ofDays(7)));
        assertThat(trail("release.approve")).hasSize(1);
        assertThat(trail("workflow.decide")).hasSize(1);
        assertThat(workflow.inbox(LEADER, PendingFilter.ALL)).isEmpty();
        // the release service refuses a second decision as before
        assertThatThrownBy(() -> releases.reject(LEADER, r.id(), "晚了")).hasMessageContaining("已处理（已批准）");
        assertThat(audit.verify(AUDITOR).intact()).isTrue();
    }

    // ---- R4: structured scope and single use (issue 16 item 5) ----------------------------

    @Test
    @DisplayName("R4: the approved scope (grades, field groups) is stored in structured form, listed and audited")
    void r4_scopeStoredListedAndAudited() {
        DataRelease r = releases.request(REGISTRAR1, request(1L, 1, 7));
        assertThat(db.queryString("SELECT SCOPE_GRADES FROM REL_REQUEST WHERE ID = " + r.id())).isEqualTo("7,8");
        assertThat(db.queryString("SELECT SCOPE_FIELDS FROM REL_REQUEST WHERE ID = " + r.id()))
                .isEqualTo("BASIC,IDENTITY");
        assertThat(releases.list(LEADER)).filteredOn(x -> x.id() == r.id()).singleElement()
                .satisfies(x -> assertThat(x.scope()).isEqualTo(SCOPE));
        assertThat(trail("release.request").get(0).changes()).contains("grades: \"7,8\"")
                .contains("fields: \"BASIC,IDENTITY\"");
    }

    @Test
    @DisplayName("R4: a request without grades or fields is refused and nothing is stored")
    void r4_requestWithoutScopeRefused() {
        NewDataRelease free = new NewDataRelease("转学核查", "某单位", "全部", 1L, "岳教函〔2026〕12号", null, null, 1, 7);
        assertThatThrownBy(() -> releases.request(REGISTRAR1, free)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(org.xueji.platform.api.FieldError::field)
                        .containsExactly("grades", "fields"));
        assertThat(db.queryLong("SELECT COUNT(*) FROM REL_REQUEST")).isZero();
    }

    @Test
    @DisplayName("R4: an export of a grade outside the approval is refused, audited, and uses no download")
    void r4_exportBeyondApprovedGradesRefused() {
        DataRelease r = releases.request(REGISTRAR1, request(1L, 1, 7));
        releases.approve(LEADER, r.id(), "同意");
        assertThatThrownBy(() -> releases.authorizeExport(REGISTRAR1, r.id(),
                new ExportRequest("students.csv", 1L, 9, null)))
                .isInstanceOf(DomainException.class).hasMessage("数据发布申请 #" + r.id() + " 只批准了 7,8 年级的数据，不能导出 9 年级。");
        assertThat(trail("export.refused")).hasSize(1);
        assertThat(db.queryLong("SELECT DOWNLOADS FROM REL_REQUEST WHERE ID = " + r.id())).isZero();
        // a grade inside the approval is served
        assertThat(releases.authorizeExport(REGISTRAR1, r.id(), new ExportRequest("students.csv", 1L, 8, null))
                .downloads()).isEqualTo(1);
        assertThat(trail("export").get(0).changes()).contains("grade: 8");
    }

    @Test
    @DisplayName("R4: an export that needs fields outside the approval (a 学籍登记表 needs every group) is refused")
    void r4_exportNeedingFieldsBeyondApprovalRefused() {
        DataRelease r = releases.request(REGISTRAR1, request(1L, 1, 7));
        releases.approve(LEADER, r.id(), "同意");
        assertThatThrownBy(() -> releases.authorizeExport(REGISTRAR1, r.id(), new ExportRequest("forms.zip", 1L, null,
                EnumSet.allOf(ReleaseField.class))))
                .hasMessage("数据发布申请 #" + r.id() + " 未批准此导出所需的字段（ADDRESS,GUARDIANS,ENROLMENT,SPECIAL）。");
        assertThat(db.queryLong("SELECT DOWNLOADS FROM REL_REQUEST WHERE ID = " + r.id())).isZero();
    }

    @Test
    @DisplayName("R4: a single-use approval serves one download; the second is refused")
    void r4_secondDownloadRefused() {
        DataRelease r = releases.request(REGISTRAR1, request(1L, 1, 7));
        releases.approve(LEADER, r.id(), "同意");
        releases.authorizeExport(REGISTRAR1, r.id(), "students.csv", 1L);
        assertThatThrownBy(() -> releases.authorizeExport(REGISTRAR1, r.id(), "students.csv", 1L))
                .hasMessage("数据发布申请 #" + r.id() + " 的下载次数已用完（1/1 次）。");
        assertThat(db.queryLong("SELECT DOWNLOADS FROM REL_REQUEST WHERE ID = " + r.id())).isEqualTo(1);
        assertThat(releases.usable(REGISTRAR1)).isEmpty();
    }

    @Test
    @DisplayName("R4: a release approved before scopes existed stays readable, counts as expired, and no export accepts it")
    void r4_oldReleaseWithoutScopeIsNotUsable() {
        DataRelease r = releases.request(REGISTRAR1, request(1L, 3, 7));
        releases.approve(LEADER, r.id(), "同意");
        // as the rows of before the 003-release-scope migration
        db.execute("UPDATE REL_REQUEST SET SCOPE_GRADES = NULL, SCOPE_FIELDS = NULL WHERE ID = " + r.id());
        assertThat(releases.list(REGISTRAR1)).filteredOn(x -> x.id() == r.id()).singleElement().satisfies(x -> {
            assertThat(x.scope()).isNull();
            assertThat(x.status()).isEqualTo(DataReleaseStatus.EXPIRED);
            assertThat(x.dataScope()).isEqualTo("七年级学生名单（姓名、学籍号、班级）");
        });
        assertThat(releases.usable(REGISTRAR1)).isEmpty();
        assertThatThrownBy(() -> releases.authorizeExport(REGISTRAR1, r.id(), "students.csv", 1L))
                .hasMessageContaining("没有写明年级和字段范围");
        assertThat(db.queryLong("SELECT DOWNLOADS FROM REL_REQUEST WHERE ID = " + r.id())).isZero();
    }
}
