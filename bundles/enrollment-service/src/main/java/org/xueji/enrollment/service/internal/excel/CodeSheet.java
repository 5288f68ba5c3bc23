package org.xueji.enrollment.service.internal.excel;

import static org.xueji.enrollment.service.internal.excel.NationalTemplate.*;

import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.CodedValue;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.StudyMode;

/** The 代码说明 sheet: every code of the template with its label, and the expected formats. */
final class CodeSheet {

    private final SXSSFWorkbook workbook;
    private final CellStyle textStyle;
    private Sheet sheet;
    private int nextRow;

    CodeSheet(SXSSFWorkbook workbook, CellStyle textStyle) {
        this.workbook = workbook;
        this.textStyle = textStyle;
    }

    void write() {
        sheet = workbook.createSheet(TemplateWriter.CODE_SHEET);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        header();
        for (Sex sex : Sex.values()) {
            row(SEX.header(), sex.code(), sex.label());
        }
        row(BIRTH_DATE.header(), "", "8 位数字 年月日，如 20150301（也接受 2015-3-1、2015/3/1、2015年3月1日）");
        codes(ETHNICITY.header(), Codes.ethnicities());
        codes(NATIONALITY.header(), Codes.commonNationalities());
        row(NATIONALITY.header(), "", "其他国家和地区填三位字母代码（GB/T 2659）");
        codes(ID_TYPE.header(), IdDocumentType.class);
        row(ID_NUMBER.header(), "", "设为文本格式，勿让 Excel 存成数字；证件类型为“其他”时不填");
        codes(HOUSEHOLD_TYPE.header(), HouseholdType.class);
        row(ENTRY_YEAR_MONTH.header(), "", "6 位数字 年月，如 202109（也接受 2021-9、2021年9月）");
        codes(ENTRY_WAY.header(), EntryWay.class);
        codes(STUDY_MODE.header(), StudyMode.class);
        String flags = String.join("、", ONLY_CHILD.header(), PRESCHOOL.header(), MIGRANT.header(), ORPHAN.header(),
                MARTYR_CHILD.header(), INCLUSION.header());
        row(flags, "1", "是");
        row(flags, "0", "否（空白也按“否”）");
        codes(LEFT_BEHIND.header(), LeftBehindStatus.class);
        codes(DISABILITY.header(), DisabilityType.class);
        row(GRADE.header(), "", "1–12：一年级=1 … 六年级=6，初一（七年级）=7 … 初三=9，高一=10 … 高三=12");
        row(CLASS.header(), "", "班号，如 3（也接受 3班、(3)班、一年级(3)班）；尚未分班可不填");
    }

    private void header() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(nextRow++);
        String[] titles = {"列名", "代码", "名称或说明"};
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(style);
        }
        sheet.createFreezePane(0, 1);
    }

    private <E extends Enum<E> & CodedValue> void codes(String column, Class<E> type) {
        for (E value : type.getEnumConstants()) {
            row(column, value.code(), value.label());
        }
    }

    private void codes(String column, Map<String, String> labelsByCode) {
        labelsByCode.forEach((code, label) -> row(column, code, label));
    }

    private void row(String column, String code, String label) {
        Row row = sheet.createRow(nextRow++);
        String[] values = {column, code, label};
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
            row.getCell(i).setCellStyle(textStyle);
        }
    }
}
