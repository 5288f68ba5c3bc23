package org.xueji.classbalance.service.internal;

import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueji.classbalance.api.BalanceRun;
import org.xueji.classbalance.api.ClassBalanceMessages;
import org.xueji.classbalance.api.ResultExport;
import org.xueji.classbalance.api.RunPlacement;
import org.xueji.classbalance.api.RunStatus;
import org.xueji.classbalance.service.internal.entity.RunEntity;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.release.ExportRequest;
import org.xueji.platform.api.release.ReleaseField;
import org.xueji.platform.documents.spreadsheet.XlsxWriter;
import org.xueji.platform.persistence.ModuleSupport;

/**
 * R4: a confirmed run's result with full names (班级, 学生ID, 姓名, 性别 — the BASIC field group) as
 * .xlsx, headed in the asker's language. The data release is checked (school, grade, BASIC; one download used and audited by the
 * release service) before the run's rows are turned into a file; the file carries the release's
 * watermark. Permission and scope are checked by the caller.
 */
final class ResultExports {

    static final String KIND = "classbalance-result.xlsx";

    private final ModuleSupport support;

    ResultExports(ModuleSupport support) {
        this.support = support;
    }

    ResultExport export(Actor actor, long runId, long releaseId, DataReleaseService releases, Locale language) {
        RunEntity e = support.transactions().read(em -> ClassBalanceServiceImpl.load(em, actor, runId));
        if (!RunStatus.CONFIRMED.name().equals(e.status)) {
            throw new DomainException(ClassBalanceMessages.RUN_NOT_CONFIRMED, e.id);
        }
        DataRelease release = releases.authorizeExport(actor, releaseId, new ExportRequest(KIND, e.schoolId, e.grade,
                EnumSet.of(ReleaseField.BASIC)));
        BalanceRun run = RunViews.of(e, true);
        List<RunPlacement> rows = run.placements().stream().sorted(Comparator.comparingInt(RunPlacement::classNumber)
                .thenComparingLong(RunPlacement::studentId)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(out)) {
            XlsxWriter.Sheet sheet = xlsx.sheet(ClassBalanceMessages.EXPORT_SHEET.format(language)).header(List.of(
                    ClassBalanceMessages.EXPORT_COLUMN_CLASS.format(language),
                    ClassBalanceMessages.EXPORT_COLUMN_STUDENT_ID.format(language),
                    ClassBalanceMessages.EXPORT_COLUMN_NAME.format(language),
                    ClassBalanceMessages.EXPORT_COLUMN_SEX.format(language)),
                    new int[] {8, 12, 12, 6}).pageHeaderAndFooter(release.watermark());
            String male = ClassBalanceMessages.SEX_MALE.format(language);
            String female = ClassBalanceMessages.SEX_FEMALE.format(language);
            for (RunPlacement p : rows) {
                sheet.row(List.of(String.valueOf(p.classNumber()), String.valueOf(p.studentId()), p.name(),
                        p.male() ? male : female));
            }
            sheet.skip(1);
            sheet.row(List.of(release.watermark()));
        }
        support.change(em -> e, x -> AuditEvent.of(actor, ClassBalanceAuditActions.EXPORT, "balance-run", x.id,
                x.schoolId).withChanges(Map.of("release", release.id(), "rows", rows.size(), "grade", x.grade)));
        return new ResultExport(ClassBalanceMessages.EXPORT_FILE_NAME.format(language, String.valueOf(e.id)) + ".xlsx", out.toByteArray(), release.id(), rows.size());
    }
}
