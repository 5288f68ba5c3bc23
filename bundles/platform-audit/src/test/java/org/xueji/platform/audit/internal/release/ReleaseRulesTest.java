package org.xueji.platform.audit.internal.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseStatus;
import org.xueji.platform.api.release.ExportRequest;
import org.xueji.platform.api.release.NewDataRelease;
import org.xueji.platform.api.release.ReleaseField;
import org.xueji.platform.api.release.ReleaseScope;

@DisplayName("R4: data-release rules")
class ReleaseRulesTest {

    static final Instant NOW = Instant.parse("2026-10-01T02:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Actor ADMIN = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, null, "x");
    static final Actor REGISTRAR1 = Actor.of("registrar1", "学籍员", Role.SCHOOL_REGISTRAR, 1L, null, "x");

    static final byte[] PDF = "%PDF-1.7\n...".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};

    /** Grades 7 and 8, the basic and identity fields. */
    static final ReleaseScope SCOPE = ReleaseScope.of(java.util.Set.of(7, 8),
            java.util.EnumSet.of(ReleaseField.BASIC, ReleaseField.IDENTITY));

    static DataRelease release(DataReleaseStatus status, Long school, Instant validUntil, int downloads, int max) {
        return release(status, school, validUntil, downloads, max, SCOPE);
    }

    static DataRelease release(DataReleaseStatus status, Long school, Instant validUntil, int downloads, int max,
                               ReleaseScope scope) {
        return new DataRelease(12, "registrar1", "转学核查", "某某中学", "七年级学生名单", school, "岳教函〔2026〕12号", false,
                status, "district-leader", NOW.minusSeconds(3600), null, NOW.minusSeconds(7200), validUntil, max,
                downloads, scope);
    }

    static NewDataRelease request(String text, int max, int days, byte[] scan) {
        return new NewDataRelease(text, text, text, 1L, text, scan, "批文.pdf", max, days, SCOPE);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    @DisplayName("R4: a complete request is accepted")
    void validRequest() {
        assertThat(ReleaseRules.validate(request("核查", 1, 1, null))).isEmpty();
        assertThat(ReleaseRules.validate(request("核查", 100, 90, PDF))).isEmpty();
        assertThat(ReleaseRules.validate(request("核查", 3, 30, PNG))).isEmpty();
        assertThat(ReleaseRules.validate(request("核查", 3, 30, JPG))).isEmpty();
    }

    @Test
    @DisplayName("R4: text fields required, at most 200 characters, no control characters")
    void textFields() {
        assertThat(fields(ReleaseRules.validate(request(" ", 1, 1, null))))
                .containsExactly("purpose", "recipient", "dataScope", "approvalDocumentNumber");
        assertThat(fields(ReleaseRules.validate(request("长".repeat(201), 1, 1, null)))).hasSize(4);
        assertThat(ReleaseRules.validate(request("长".repeat(200), 1, 1, null))).isEmpty();
        assertThat(ReleaseRules.validate(request("a\u0007b", 1, 1, null))).hasSize(4)
                .allSatisfy(e -> assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("控制字符"));
        assertThat(ReleaseRules.validate(request("a\u202eb", 1, 1, null))).hasSize(4);
    }

    @Test
    @DisplayName("R4: downloads 1–100, validity 1–90 days")
    void ranges() {
        assertThat(fields(ReleaseRules.validate(request("x", 0, 0, null)))).containsExactly("maxDownloads", "validDays");
        assertThat(fields(ReleaseRules.validate(request("x", 101, 91, null))))
                .containsExactly("maxDownloads", "validDays");
        assertThat(ReleaseRules.validate(request("x", 101, 1, null)).get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("下载次数须在 1–100 次之间。");
    }

    @Test
    @DisplayName("R4: the scanned approval is PDF/JPG/PNG by its content, at most 5 MB")
    void scan() {
        byte[] exe = "MZ\u0090\u0000".getBytes();
        assertThat(fields(ReleaseRules.validate(request("x", 1, 1, exe)))).containsExactly("scannedApproval");
        byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        assertThat(ReleaseRules.validate(request("x", 1, 1, big)).get(0).message(Locale.SIMPLIFIED_CHINESE))
                .contains("5 MB");
        assertThat(ReleaseRules.validate(request("x", 1, 1, Arrays.copyOf(PDF, 5 * 1024 * 1024)))).isEmpty();
        assertThat(ReleaseRules.ScanType.of(PDF)).isEqualTo(ReleaseRules.ScanType.PDF);
        assertThat(ReleaseRules.ScanType.of(new byte[] {'%'})).isNull();
        assertThat(ReleaseRules.scanName("C:\\scans\\批文.pdf", ReleaseRules.ScanType.PDF)).isEqualTo("批文.pdf");
        assertThat(ReleaseRules.scanName(null, ReleaseRules.ScanType.PNG)).isEqualTo("approval.png");
    }

    @Test
    @DisplayName("R4: approved requests expire and get used up")
    void effectiveStatus() {
        Instant until = NOW.plusSeconds(60);
        assertThat(ReleaseRules.effectiveStatus(DataReleaseStatus.APPROVED, until, 0, 1, NOW))
                .isEqualTo(DataReleaseStatus.APPROVED);
        assertThat(ReleaseRules.effectiveStatus(DataReleaseStatus.APPROVED, until, 1, 1, NOW))
                .isEqualTo(DataReleaseStatus.USED_UP);
        assertThat(ReleaseRules.effectiveStatus(DataReleaseStatus.APPROVED, NOW, 0, 1, NOW))
                .isEqualTo(DataReleaseStatus.EXPIRED);
        assertThat(ReleaseRules.effectiveStatus(DataReleaseStatus.PENDING, null, 0, 1, NOW))
                .isEqualTo(DataReleaseStatus.PENDING);
        assertThat(ReleaseRules.effectiveStatus(DataReleaseStatus.REJECTED, null, 0, 1, NOW))
                .isEqualTo(DataReleaseStatus.REJECTED);
    }

    @Test
    @DisplayName("R4: usable only approved, unexpired, with downloads left, in the actor's scope")
    void usable() {
        Instant until = NOW.plusSeconds(60);
        assertThat(ReleaseRules.usable(REGISTRAR1, release(DataReleaseStatus.APPROVED, 1L, until, 0, 2), NOW)).isTrue();
        assertThat(ReleaseRules.usable(REGISTRAR1, release(DataReleaseStatus.APPROVED, 2L, until, 0, 2), NOW)).isFalse();
        assertThat(ReleaseRules.usable(REGISTRAR1, release(DataReleaseStatus.APPROVED, null, until, 0, 2), NOW))
                .isFalse();
        assertThat(ReleaseRules.usable(ADMIN, release(DataReleaseStatus.APPROVED, 2L, until, 0, 2), NOW)).isTrue();
        assertThat(ReleaseRules.usable(ADMIN, release(DataReleaseStatus.APPROVED, 2L, until, 2, 2), NOW)).isFalse();
        assertThat(ReleaseRules.usable(ADMIN, release(DataReleaseStatus.PENDING, 2L, null, 0, 2), NOW)).isFalse();
    }

    @Test
    @DisplayName("R4: an export is refused with the reason; district administrators are not exempt")
    void exportRefusalsSayWhy() {
        Instant until = NOW.plusSeconds(60);
        assertThatThrownBy(() -> ReleaseRules.checkExport(ADMIN, release(DataReleaseStatus.PENDING, 1L, null, 0, 1), 1L,
                NOW, ZONE)).hasMessage("数据发布申请 #12 尚未审批，审批通过后才能导出。");
        assertThatThrownBy(() -> ReleaseRules.checkExport(ADMIN, release(DataReleaseStatus.REJECTED, 1L, null, 0, 1),
                1L, NOW, ZONE)).hasMessageContaining("已被驳回");
        assertThatThrownBy(() -> ReleaseRules.checkExport(ADMIN, release(DataReleaseStatus.APPROVED, 1L,
                NOW.minusSeconds(1), 0, 1), 1L, NOW, ZONE)).hasMessage("数据发布申请 #12 已于 2026-10-01 09:59 过期，不能再导出。");
        assertThatThrownBy(() -> ReleaseRules.checkExport(ADMIN, release(DataReleaseStatus.APPROVED, 1L, until, 3, 3),
                1L, NOW, ZONE)).hasMessageContaining("下载次数已用完（3/3 次）");
        assertThatThrownBy(() -> ReleaseRules.checkExport(REGISTRAR1, release(DataReleaseStatus.APPROVED, 2L, until, 0,
                3), 2L, NOW, ZONE)).hasMessageContaining("属于其他学校");
        assertThatThrownBy(() -> ReleaseRules.checkExport(ADMIN, release(DataReleaseStatus.APPROVED, 1L, until, 0, 3),
                2L, NOW, ZONE)).hasMessageContaining("不能用于导出学校（编号 2）");
        assertThatThrownBy(() -> ReleaseRules.checkExport(ADMIN, release(DataReleaseStatus.APPROVED, 1L, until, 0, 3),
                (Long) null, NOW, ZONE)).hasMessageContaining("不能用于全区导出");
        assertThatCode(() -> ReleaseRules.checkExport(REGISTRAR1, release(DataReleaseStatus.APPROVED, 1L, until, 0,
                3), 1L, NOW, ZONE)).doesNotThrowAnyException();
        assertThatCode(() -> ReleaseRules.checkExport(ADMIN, release(DataReleaseStatus.APPROVED, null, until, 0, 3),
                5L, NOW, ZONE)).doesNotThrowAnyException();
        DomainException e = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> ReleaseRules.checkExport(ADMIN, release(DataReleaseStatus.PENDING, 1L, null, 0, 1), 1L, NOW, ZONE));
        assertThat(e.message(Locale.ENGLISH)).isEqualTo(
                "Data-release request #12 is not approved yet; exports are possible only after approval.");
    }

    @Test
    @DisplayName("R4: school actors never export another school's data, even with a district-wide release")
    void schoolActorScope() {
        Actor schoolActor = new Actor("r", "r", null, 1L, null, java.util.Set.of(
                org.xueji.platform.api.Permission.EXPORT_DATA), "x");
        DataRelease districtWide = release(DataReleaseStatus.APPROVED, null, NOW.plusSeconds(60), 0, 3);
        assertThatThrownBy(() -> ReleaseRules.checkExport(schoolActor, districtWide, 2L, NOW, ZONE))
                .hasMessageContaining("属于其他学校");
        assertThatThrownBy(() -> ReleaseRules.checkExport(schoolActor, release(DataReleaseStatus.APPROVED, 1L,
                NOW.plusSeconds(60), 0, 3), 2L, NOW, ZONE)).isInstanceOf(DomainException.class);
    }

    @Test
    @DisplayName("R4: requesters do not decide their own requests; decided requests stay decided")
    void decisions() {
        Actor leader = Actor.of("district-leader", "领导", Role.DISTRICT_LEADER, null, null, "x");
        assertThatCode(() -> ReleaseRules.checkDecision(leader, "registrar1", DataReleaseStatus.PENDING, 3))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ReleaseRules.checkDecision(leader, "district-leader", DataReleaseStatus.PENDING, 3))
                .hasMessage("不能审批自己提交的数据发布申请 #3。");
        assertThatThrownBy(() -> ReleaseRules.checkDecision(leader, "registrar1", DataReleaseStatus.APPROVED, 3))
                .hasMessage("数据发布申请 #3 已处理（已批准），不能再审批。");
        assertThat(AccessDeniedException.class).isAssignableTo(DomainException.class);
    }

    @Test
    @DisplayName("R4: the watermark names the request, its approval and purpose")
    void watermark() {
        assertThat(release(DataReleaseStatus.APPROVED, 1L, NOW, 0, 1).watermark())
                .contains("#12").contains("岳教函〔2026〕12号").contains("转学核查").contains("某某中学");
    }

    // ---- R4: the structured scope (issue 16 item 5) ------------------------------------

    static NewDataRelease scoped(ReleaseScope scope) {
        return new NewDataRelease("核查", "某单位", "名单", 1L, "文号", null, null, 1, 7, scope);
    }

    @Test
    @DisplayName("R4: a request names at least one grade (1–12) and at least one field group")
    void r4_scopeRequired() {
        assertThat(fields(ReleaseRules.validate(scoped(null)))).containsExactly("grades", "fields");
        assertThat(fields(ReleaseRules.validate(scoped(ReleaseScope.of(java.util.Set.of(), java.util.Set.of())))))
                .containsExactly("grades", "fields");
        assertThat(fields(ReleaseRules.validate(scoped(ReleaseScope.of(java.util.Set.of(7), java.util.Set.of())))))
                .containsExactly("fields");
        assertThat(fields(ReleaseRules.validate(scoped(ReleaseScope.of(java.util.Set.of(),
                java.util.Set.of(ReleaseField.BASIC)))))).containsExactly("grades");
        java.util.Set<ReleaseField> basic = java.util.Set.of(ReleaseField.BASIC);
        assertThat(ReleaseRules.validate(scoped(ReleaseScope.of(java.util.Set.of(1, 12), basic)))).isEmpty();
        List<FieldError> zero = ReleaseRules.validate(scoped(ReleaseScope.of(java.util.Set.of(0, 7), basic)));
        assertThat(fields(zero)).containsExactly("grades");
        assertThat(zero.get(0).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("年级须在 1–12 之间。");
        assertThat(fields(ReleaseRules.validate(scoped(ReleaseScope.of(java.util.Set.of(7, 13), basic)))))
                .containsExactly("grades");
    }

    @Test
    @DisplayName("R4: an export of a grade outside the approved grades is refused; inside, or no grade asked, passes")
    void r4_gradeOutsideScopeRefused() {
        DataRelease r = release(DataReleaseStatus.APPROVED, 1L, NOW.plusSeconds(60), 0, 1);
        assertThatThrownBy(() -> ReleaseRules.checkExport(REGISTRAR1, r, new ExportRequest("x", 1L, 9, null), NOW,
                ZONE)).hasMessage("数据发布申请 #12 只批准了 7,8 年级的数据，不能导出 9 年级。");
        assertThatThrownBy(() -> ReleaseRules.checkExport(REGISTRAR1, r, new ExportRequest("x", 1L, 6, null), NOW,
                ZONE)).isInstanceOf(DomainException.class);
        assertThatCode(() -> ReleaseRules.checkExport(REGISTRAR1, r, new ExportRequest("x", 1L, 7, null), NOW, ZONE))
                .doesNotThrowAnyException();
        assertThatCode(() -> ReleaseRules.checkExport(REGISTRAR1, r, new ExportRequest("x", 1L, 8, null), NOW, ZONE))
                .doesNotThrowAnyException();
        assertThatCode(() -> ReleaseRules.checkExport(REGISTRAR1, r, new ExportRequest("x", 1L, null, null), NOW,
                ZONE)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("R4: an export that needs field groups the approval does not cover is refused, naming them")
    void r4_fieldsOutsideScopeRefused() {
        DataRelease r = release(DataReleaseStatus.APPROVED, 1L, NOW.plusSeconds(60), 0, 1);
        assertThatThrownBy(() -> ReleaseRules.checkExport(REGISTRAR1, r, new ExportRequest("x", 1L, null,
                java.util.EnumSet.of(ReleaseField.BASIC, ReleaseField.GUARDIANS, ReleaseField.SPECIAL)), NOW, ZONE))
                .hasMessage("数据发布申请 #12 未批准此导出所需的字段（GUARDIANS,SPECIAL）。");
        assertThatCode(() -> ReleaseRules.checkExport(REGISTRAR1, r, new ExportRequest("x", 1L, null,
                java.util.EnumSet.of(ReleaseField.BASIC, ReleaseField.IDENTITY)), NOW, ZONE)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("R4: a release without a structured scope (made before scopes) is expired for exports and says why")
    void r4_releaseWithoutScope() {
        Instant until = NOW.plusSeconds(60);
        DataRelease old = release(DataReleaseStatus.APPROVED, 1L, until, 0, 3, null);
        assertThat(ReleaseRules.effectiveStatus(old, NOW)).isEqualTo(DataReleaseStatus.EXPIRED);
        assertThat(ReleaseRules.usable(REGISTRAR1, old, NOW)).isFalse();
        assertThatThrownBy(() -> ReleaseRules.checkExport(REGISTRAR1, old, 1L, NOW, ZONE))
                .hasMessage("数据发布申请 #12 没有写明年级和字段范围（旧申请），不能用于导出，请重新申请。");
        // shown as expired too when the stored state says so
        DataRelease oldExpired = release(DataReleaseStatus.EXPIRED, 1L, until, 0, 3, null);
        assertThatThrownBy(() -> ReleaseRules.checkExport(REGISTRAR1, oldExpired, 1L, NOW, ZONE))
                .hasMessageContaining("没有写明年级和字段范围");
        // pending and rejected old requests say that
        assertThatThrownBy(() -> ReleaseRules.checkExport(REGISTRAR1, release(DataReleaseStatus.PENDING, 1L, null, 0,
                3, null), 1L, NOW, ZONE)).hasMessageContaining("尚未审批");
        assertThatThrownBy(() -> ReleaseRules.checkExport(REGISTRAR1, release(DataReleaseStatus.REJECTED, 1L, null, 0,
                3, null), 1L, NOW, ZONE)).hasMessageContaining("已被驳回");
        assertThat(ReleaseRules.effectiveStatus(release(DataReleaseStatus.PENDING, 1L, null, 0, 3, null), NOW))
                .isEqualTo(DataReleaseStatus.PENDING);
        assertThat(ReleaseRules.effectiveStatus(release(DataReleaseStatus.APPROVED, 1L, until, 3, 3), NOW))
                .isEqualTo(DataReleaseStatus.USED_UP);
        assertThat(ReleaseRules.effectiveStatus(release(DataReleaseStatus.APPROVED, 1L, until, 2, 3), NOW))
                .isEqualTo(DataReleaseStatus.APPROVED);
    }

    @Test
    @DisplayName("R4: the stored form of a scope reads back; a missing half means no scope")
    void r4_scopeStoredForm() {
        assertThat(SCOPE.gradesText()).isEqualTo("7,8");
        assertThat(SCOPE.fieldsText()).isEqualTo("BASIC,IDENTITY");
        assertThat(ReleaseScope.parse("7, 8", "IDENTITY,BASIC")).isEqualTo(SCOPE);
        assertThat(ReleaseScope.parse(null, "BASIC")).isNull();
        assertThat(ReleaseScope.parse("7", " ")).isNull();
        assertThat(SCOPE.coversGrade(7)).isTrue();
        assertThat(SCOPE.coversGrade(9)).isFalse();
        assertThat(SCOPE.coversGrade(null)).as("a student without a class").isFalse();
        assertThat(SCOPE.covers(ReleaseField.IDENTITY)).isTrue();
        assertThat(SCOPE.covers(ReleaseField.ADDRESS)).isFalse();
    }
}
