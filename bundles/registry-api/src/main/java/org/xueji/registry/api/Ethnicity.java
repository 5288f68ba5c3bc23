package org.xueji.registry.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** 民族 codes (GB 3304) used by the national collection form. */
public final class Ethnicity {

    private static final String[] NAMES = {"汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族",
        "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
        "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族",
        "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族",
        "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族",
        "赫哲族", "门巴族", "珞巴族", "基诺族"};

    private static final Map<String, String> BY_CODE = new LinkedHashMap<>();

    static {
        for (int i = 0; i < NAMES.length; i++) {
            BY_CODE.put(String.format("%02d", i + 1), NAMES[i]);
        }
        BY_CODE.put("97", "其他");
        BY_CODE.put("98", "外国血统中国籍人士");
    }

    /** Code → name, in code order. */
    public static Map<String, String> all() {
        return Map.copyOf(BY_CODE);
    }

    public static java.util.List<String> codes() {
        return java.util.List.copyOf(BY_CODE.keySet());
    }

    public static boolean isValidCode(String code) {
        return BY_CODE.containsKey(code);
    }

    public static String name(String code) {
        return BY_CODE.getOrDefault(code, code);
    }

    /** Accepts a code ("01") or a name ("汉族"); returns the code or null. */
    public static String toCode(String codeOrName) {
        if (codeOrName == null) {
            return null;
        }
        String t = codeOrName.strip();
        if (BY_CODE.containsKey(t)) {
            return t;
        }
        return BY_CODE.entrySet().stream().filter(e -> e.getValue().equals(t)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private Ethnicity() {
    }
}
