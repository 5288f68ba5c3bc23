package org.xueji.enrollment.service.internal.excel;

import static org.xueji.enrollment.service.internal.excel.NationalTemplate.*;

import java.util.List;
import java.util.Map;
import org.xueji.platform.documents.spreadsheet.XlsxWriter;
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

    private final XlsxWriter xlsx;
    private XlsxWriter.Sheet sheet;

    CodeSheet(XlsxWriter xlsx) {
        this.xlsx = xlsx;
    }

    void write() {
        sheet = xlsx.sheet(TemplateWriter.CODE_SHEET);
        sheet.header(List.of("列名", "代码", "名称或说明"), new int[] {30, 10, 60});
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

    private <E extends Enum<E> & CodedValue> void codes(String column, Class<E> type) {
        for (E value : type.getEnumConstants()) {
            row(column, value.code(), value.label());
        }
    }

    private void codes(String column, Map<String, String> labelsByCode) {
        labelsByCode.forEach((code, label) -> row(column, code, label));
    }

    private void row(String column, String code, String label) {
        sheet.row(List.of(column, code, label));
    }
}
