package org.xueji.enrollment.service.internal.excel;

import java.io.OutputStream;
import java.util.Set;
import org.xueji.platform.api.release.ReleaseField;

/**
 * Writes the national 学生基础信息 template as .xlsx: the empty template for schools to fill
 * in, or an export of records in the same layout. Streams (SXSSF), so 100,000 rows are fine.
 */
public final class TemplateWriter {

    /** Name of the sheet with the students. */
    public static final String DATA_SHEET = "学生基础信息";
    /** Name of the sheet explaining the codes. */
    public static final String CODE_SHEET = "代码说明";

    /** The empty template: header row and the code sheet. Does not close the stream. */
    public void writeTemplate(OutputStream out) {
        new StudentSheetWriter(out, NationalTemplate.COLUMNS, null).close();
    }

    /**
     * Starts an export (学籍号 first, then the template's columns). Add the students, then
     * {@link StudentSheetWriter#close() close} to write the file; {@link StudentSheetWriter#discard()
     * discard} on failure so no partial file is written.
     *
     * @param watermark written below the last student and in the page header and footer;
     *                  null or blank for none
     */
    public StudentSheetWriter open(OutputStream out, String watermark) {
        return new StudentSheetWriter(out, NationalTemplate.EXPORT_COLUMNS, watermark);
    }

    /** As {@link #open(OutputStream, String)}, writing only the columns of these field groups (R4). */
    public StudentSheetWriter open(OutputStream out, String watermark, Set<ReleaseField> fields) {
        return new StudentSheetWriter(out, NationalTemplate.exportColumns(fields), watermark);
    }
}
