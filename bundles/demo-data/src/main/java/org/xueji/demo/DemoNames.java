package org.xueji.demo;

import java.util.SplittableRandom;

/** Chinese names for the demo district: weighted surnames and given-name characters. */
final class DemoNames {

    /** Common surnames with rough relative frequencies (per mille, national/Hunan mix). */
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
        "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
        "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔",
        "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贺", "龙", "易", "文", "欧阳", "向", "颜", "戴", "夏", "邹"};
    private static final int[] SURNAME_WEIGHTS = {
        71, 70, 68, 58, 50, 31, 24, 22, 20, 20, 15, 15, 14, 13, 13, 12, 12, 11,
        11, 13, 10, 10, 10, 9, 11, 8, 8, 8, 10, 7, 9, 9, 8, 6, 6, 6,
        5, 5, 6, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3,
        3, 5, 3, 3, 3, 3, 3, 4, 5, 4, 3, 3, 1, 3, 2, 3, 3, 3};
    private static final int SURNAME_TOTAL;

    static {
        if (SURNAMES.length != SURNAME_WEIGHTS.length) {
            throw new IllegalStateException("surname table");
        }
        int t = 0;
        for (int w : SURNAME_WEIGHTS) {
            t += w;
        }
        SURNAME_TOTAL = t;
    }

    private static final String BOY = "浩宇轩子睿博文泽俊杰涛明辰昊然宸鑫磊晨航一嘉豪逸阳鹏天瑞佳凯思源哲宏志伟健毅锦程诚朗煜铭翔皓霖恒彬峻骏承奕";
    private static final String GIRL = "欣怡梓涵雨萱思佳诗琪婷晴妍可馨悦雅静梦彤语嘉欢菲瑶琳蕾玥薇露雪颖芷若心艺楠婉慧洁娜一子晨依沐";
    private static final String MAN = "建国军伟勇强平明华志海斌波涛辉刚峰林成文忠新亮杰磊鹏飞俊超斌兵锋";
    private static final String WOMAN = "丽芳娟敏静燕霞玲红艳梅琴英萍慧春兰秀华琳娜莉婷洁颖";
    private static final String OLD_MAN = "德福国庆春贵明生光荣正友清和长发满";
    private static final String OLD_WOMAN = "秀英桂兰凤珍玉淑华菊香翠娥美琼";

    static String surname(SplittableRandom rng) {
        int r = rng.nextInt(SURNAME_TOTAL);
        for (int i = 0; i < SURNAMES.length; i++) {
            r -= SURNAME_WEIGHTS[i];
            if (r < 0) {
                return SURNAMES[i];
            }
        }
        return SURNAMES[0];
    }

    /** A surname different from the given one (a mother's, a grandmother's). */
    static String otherSurname(SplittableRandom rng, String not) {
        String s = surname(rng);
        return s.equals(not) ? surname(rng) : s;
    }

    /** Given name of a child: two characters (80 %) or one. */
    static String childGiven(SplittableRandom rng, boolean male) {
        String chars = male ? BOY : GIRL;
        return given(rng, chars, rng.nextInt(100) < 80 ? 2 : 1);
    }

    /** Given name of an adult of parent age. */
    static String adultGiven(SplittableRandom rng, boolean male) {
        return given(rng, male ? MAN : WOMAN, rng.nextInt(100) < 65 ? 2 : 1);
    }

    /** Given name of a grandparent. */
    static String elderGiven(SplittableRandom rng, boolean male) {
        return given(rng, male ? OLD_MAN : OLD_WOMAN, rng.nextInt(100) < 70 ? 2 : 1);
    }

    /** A full adult name (head teachers). */
    static String adult(SplittableRandom rng, boolean male) {
        return surname(rng) + adultGiven(rng, male);
    }

    private static String given(SplittableRandom rng, String chars, int length) {
        char first = chars.charAt(rng.nextInt(chars.length()));
        if (length == 1) {
            return String.valueOf(first);
        }
        char second = chars.charAt(rng.nextInt(chars.length()));
        if (second == first && rng.nextInt(4) != 0) {
            second = chars.charAt(rng.nextInt(chars.length()));
        }
        return new String(new char[] {first, second});
    }

    private DemoNames() {
    }
}
