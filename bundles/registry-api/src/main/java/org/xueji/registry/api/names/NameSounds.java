package org.xueji.registry.api.names;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Same-sounding names (同音): 张伟 and 章玮 are read alike. Tones are ignored, and a
 * character with several readings (多音字) matches any of them, because registrars type
 * a name from hearing it as often as from a document.
 * <p>Shared by the registry's duplicate check (D1) and class balancing (same-sounding names in
 * different classes); pinyin4j is embedded in registry-api.
 */
public final class NameSounds {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s·•・.]");
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    /** True when both names have the same length and each character pair can be read alike. */
    public static boolean soundAlike(String a, String b) {
        String x = compact(a);
        String y = compact(b);
        if (x.length() != y.length() || x.isEmpty()) {
            return false;
        }
        for (int i = 0; i < x.length(); i++) {
            char cx = x.charAt(i);
            char cy = y.charAt(i);
            if (cx != cy && !sharesReading(readings(cx), readings(cy))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sharesReading(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Readings by character: pinyin4j's look-up is slow and class balancing compares thousands of names. */
    private static final Map<Character, Set<String>> CACHE = new ConcurrentHashMap<>();

    /** The toneless readings of a character (unmodifiable); a non-Han character reads as itself. */
    public static Set<String> readings(char c) {
        return CACHE.computeIfAbsent(c, NameSounds::lookUp);
    }

    private static Set<String> lookUp(char c) {
        Set<String> result = new TreeSet<>();
        try {
            String[] pinyin = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (pinyin != null) {
                for (String p : pinyin) {
                    result.add(p);
                }
            }
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
        if (result.isEmpty()) {
            result.add(String.valueOf(c).toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(result);
    }

    /** Names compare without spaces and the middle dot of minority names (·). */
    public static String compact(String name) {
        return name == null ? "" : SEPARATORS.matcher(name).replaceAll("");
    }

    private NameSounds() {
    }
}
