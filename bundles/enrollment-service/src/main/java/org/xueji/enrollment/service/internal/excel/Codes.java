package org.xueji.enrollment.service.internal.excel;

import org.xueji.platform.documents.spreadsheet.CellText;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.xueji.registry.api.CodedValue;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Ethnicity;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.StudyMode;

/**
 * Coded values of the national template, read from a code or a label. Provinces' templates
 * and schools' habits differ, so a few common other wordings are accepted too; texts are
 * compared after NFKC so that full-width brackets and digits match.
 */
final class Codes {

    /** Accepted flag wordings; exported as 1 and 0. */
    private static final Map<String, Boolean> FLAGS = Map.ofEntries(
            Map.entry("1", true), Map.entry("是", true), Map.entry("Y", true), Map.entry("YES", true),
            Map.entry("TRUE", true), Map.entry("√", true),
            Map.entry("0", false), Map.entry("否", false), Map.entry("N", false), Map.entry("NO", false),
            Map.entry("FALSE", false), Map.entry("×", false));

    /** Wordings other than the official label, per constant. */
    private static final Map<Enum<?>, List<String>> OTHER_WORDINGS = Map.ofEntries(
            Map.entry(IdDocumentType.RESIDENT_ID, List.of("身份证", "居民身份证号")),
            Map.entry(HouseholdType.AGRICULTURAL, List.of("农业户口")),
            Map.entry(HouseholdType.NON_AGRICULTURAL, List.of("非农业户口")),
            Map.entry(StudyMode.DAY, List.of("走读生")),
            Map.entry(StudyMode.BOARDING, List.of("寄宿", "住宿", "住读")),
            Map.entry(EntryWay.EXAM, List.of("普通入学", "统一招生考试")),
            Map.entry(LeftBehindStatus.NONE, List.of("否", "非", "无", "非留守")),
            Map.entry(DisabilityType.NONE, List.of("否", "非残疾", "健全")),
            Map.entry(DisabilityType.VISUAL, List.of("视力")),
            Map.entry(DisabilityType.HEARING, List.of("听力")),
            Map.entry(DisabilityType.SPEECH, List.of("言语")),
            Map.entry(DisabilityType.PHYSICAL, List.of("肢体")),
            Map.entry(DisabilityType.INTELLECTUAL, List.of("智力")),
            Map.entry(DisabilityType.MENTAL, List.of("精神")),
            Map.entry(DisabilityType.MULTIPLE, List.of("多重")));

    /** Country and region names people write instead of the three-letter code. */
    private static final Map<String, String> NATIONALITIES = Map.of(
            "中国", "CHN", "中华人民共和国", "CHN", "中国香港", "HKG", "香港", "HKG",
            "中国澳门", "MAC", "澳门", "MAC", "中国台湾", "TWN", "台湾", "TWN");

    private Codes() {
    }

    /** The constant whose code, label or other wording is the text; null when none is. */
    static <E extends Enum<E> & CodedValue> E coded(Class<E> type, String text) {
        String t = key(text);
        for (E constant : type.getEnumConstants()) {
            if (key(constant.code()).equals(t) || key(constant.label()).equals(t)
                    || OTHER_WORDINGS.getOrDefault(constant, List.of()).stream().anyMatch(w -> key(w).equals(t))) {
                return constant;
            }
        }
        return null;
    }

    /** True for 是/1, false for 否/0, null when the text is neither. */
    static Boolean flag(String text) {
        return FLAGS.get(key(text).toUpperCase(Locale.ROOT));
    }

    /** The 2-digit 民族 code of a code (1 or 01), a name (汉族) or a short name (汉); null if none. */
    static String ethnicity(String text) {
        String t = key(text);
        if (t.matches("\\d")) {
            t = "0" + t; // Excel dropped the leading zero of a number
        }
        String code = Ethnicity.toCode(t);
        return code != null ? code : Ethnicity.toCode(t + "族");
    }

    /** The three-letter code of 国籍/地区: the code itself (any case) or a common name. */
    static String nationality(String text) {
        String t = key(text);
        return NATIONALITIES.getOrDefault(t, t.toUpperCase(Locale.ROOT));
    }

    /** "1 男、2 女" for messages and the code sheet. */
    static <E extends Enum<E> & CodedValue> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> c.code() + " " + c.label())
                .collect(Collectors.joining("、"));
    }

    static String flagChoices() {
        return "1 是、0 否";
    }

    static String ethnicityChoices() {
        return "两位代码或民族名称，如 01 或 汉族（全部代码见模板中的“代码说明”表）";
    }

    /** Code → label of every 民族, in code order. */
    static Map<String, String> ethnicities() {
        Map<String, String> all = new LinkedHashMap<>();
        Ethnicity.codes().stream().sorted().forEach(code -> all.put(code, Ethnicity.name(code)));
        return all;
    }

    /** The nationality codes listed in the code sheet (others are valid too). */
    static Map<String, String> commonNationalities() {
        Map<String, String> common = new LinkedHashMap<>();
        common.put("CHN", "中国");
        common.put("HKG", "中国香港");
        common.put("MAC", "中国澳门");
        common.put("TWN", "中国台湾");
        return common;
    }

    private static String key(String text) {
        return CellText.withoutSpaces(CellText.normalise(text));
    }
}
