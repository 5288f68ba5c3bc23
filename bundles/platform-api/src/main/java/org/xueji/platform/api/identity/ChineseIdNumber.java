package org.xueji.platform.api.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A valid resident ID number (居民身份证号码, GB 11643-1999), rule D1: 6-digit area code,
 * 8-digit birth date {@code yyyyMMdd}, 3-digit sequence (odd = male, even = female) and a
 * check character. Instances exist only for valid numbers; {@link #value()} is always the
 * 18-character form with an upper-case {@code X}.
 *
 * <p>{@link #toString()} returns the {@link #masked() masked} form so that a number never
 * reaches a log in full; use {@link #value()} where the full number is meant.
 */
public final class ChineseIdNumber {

    /** Length of a current ID number. */
    public static final int LENGTH = 18;
    /** Length of a legacy (first-generation) ID number, without check character. */
    public static final int LEGACY_LENGTH = 15;

    private final String value;
    private final LocalDate birthDate;

    private ChineseIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Reads an ID number as typed or imported, refusing birth dates after today (system clock).
     *
     * @see #parse(String, Clock)
     */
    public static ChineseIdNumber parse(String raw) {
        return parse(raw, Clock.systemDefaultZone());
    }

    /**
     * Reads an ID number as typed or imported (rule D1). Spaces anywhere are removed,
     * full-width digits and letters become ASCII, a lower-case {@code x} becomes {@code X},
     * and a legacy 15-digit number is upgraded to 18 characters ({@code 19} inserted before
     * the year, check character computed).
     *
     * @param clock gives "today" for the future-birth-date check
     * @throws InvalidIdentityException with the {@link IdentityMessages} key of the first
     *         problem found, in this order: {@code ID_EMPTY}, {@code ID_SCIENTIFIC_NOTATION},
     *         {@code ID_LENGTH}, {@code ID_CHARACTERS}, {@code ID_AREA_CODE},
     *         {@code ID_BIRTH_DATE_IMPOSSIBLE}, {@code ID_BIRTH_DATE_TOO_OLD},
     *         {@code ID_BIRTH_DATE_FUTURE}, {@code ID_CHECK_CHARACTER}
     */
    public static ChineseIdNumber parse(String raw, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        if (raw == null) {
            throw new InvalidIdentityException(IdentityMessages.ID_EMPTY);
        }
        String s = IdentityText.normalize(raw);
        if (s.isEmpty()) {
            throw new InvalidIdentityException(IdentityMessages.ID_EMPTY);
        }
        if (IdentityText.looksScientific(s)) {
            throw new InvalidIdentityException(IdentityMessages.ID_SCIENTIFIC_NOTATION, raw.strip());
        }
        s = s.replace('x', 'X');
        int length = IdentityText.length(s);
        if (length != LENGTH && length != LEGACY_LENGTH) {
            throw new InvalidIdentityException(IdentityMessages.ID_LENGTH, length);
        }
        int bad = IdentityText.firstInvalid(s, 0, IdentityText::isDigit);
        boolean finalX = length == LENGTH && bad == LENGTH - 1 && s.charAt(bad) == 'X';
        if (bad >= 0 && !finalX) {
            throw new InvalidIdentityException(IdentityMessages.ID_CHARACTERS,
                    IdentityText.codePointAt(s, bad), IdentityText.position(s, bad));
        }
        String first17 = length == LENGTH ? s.substring(0, 17) : s.substring(0, 6) + "19" + s.substring(6);
        String area = first17.substring(0, 6);
        if (!IdentityText.isProvince(area.substring(0, 2))) {
            throw new InvalidIdentityException(IdentityMessages.ID_AREA_CODE, area, area.substring(0, 2));
        }
        LocalDate birthDate = IdentityText.birthDate(first17.substring(6, 14), LocalDate.now(clock),
                IdentityText.DateKeys.ID);
        char expected = IdentityText.check(first17);
        if (length == LENGTH && s.charAt(17) != expected) {
            throw new InvalidIdentityException(IdentityMessages.ID_CHECK_CHARACTER,
                    String.valueOf(expected), String.valueOf(s.charAt(17)));
        }
        return new ChineseIdNumber(first17 + expected, birthDate);
    }

    /** Whether {@link #parse(String)} accepts the text. */
    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidIdentityException e) {
            return false;
        }
    }

    /**
     * The GB 11643-1999 check character of the first 17 digits: {@code "10X98765432"}
     * indexed by Σ digitᵢ·weightᵢ mod 11, weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2.
     *
     * @throws IllegalArgumentException unless exactly 17 ASCII digits are given
     */
    public static char checkCharacter(String first17Digits) {
        Objects.requireNonNull(first17Digits, "first17Digits");
        if (first17Digits.length() != 17 || !IdentityText.isDigits(first17Digits)) {
            throw new IllegalArgumentException("need exactly 17 digits, got \"" + first17Digits + "\"");
        }
        return IdentityText.check(first17Digits);
    }

    /**
     * Builds a valid number, e.g. for demo data: area code, birth date, sequence (odd = male,
     * even = female) and the computed check character.
     *
     * @param areaCode6 six digits whose first two are a province code
     * @param birthDate from 1900-01-01 up to today (system clock)
     * @param sequence3 0–999
     * @throws InvalidIdentityException {@code AREA_CODE_FORMAT}, {@code ID_AREA_CODE},
     *         {@code ID_BIRTH_DATE_TOO_OLD}, {@code ID_BIRTH_DATE_FUTURE} or {@code SEQUENCE_RANGE}
     * @throws NullPointerException if the area code or the birth date is null
     */
    public static ChineseIdNumber of(String areaCode6, LocalDate birthDate, int sequence3) {
        return new ChineseIdNumber(build(areaCode6, birthDate, sequence3, IdentityMessages.ID_AREA_CODE,
                IdentityText.DateKeys.ID), birthDate);
    }

    /** The 18 characters of an ID-style code (also used for J 学籍号), arguments checked. */
    static String build(String areaCode6, LocalDate birthDate, int sequence3, IdentityMessages provinceKey,
                        IdentityText.DateKeys dateKeys) {
        IdentityText.checkAreaCode(areaCode6, provinceKey);
        Objects.requireNonNull(birthDate, "birthDate");
        IdentityText.checkBirthDate(birthDate, LocalDate.now(Clock.systemDefaultZone()), dateKeys);
        IdentityText.checkSequence(sequence3);
        String first17 = areaCode6 + IdentityText.compact(birthDate) + String.format("%03d", sequence3);
        return first17 + IdentityText.check(first17);
    }

    /** The full 18-character number, upper-case {@code X}. Show it only to people allowed to see it. */
    public String value() {
        return value;
    }

    /** The 6-digit administrative area code (GB/T 2260) of the place of first registration. */
    public String areaCode() {
        return value.substring(0, 6);
    }

    /** The 2-digit province code, e.g. {@code 11} for Beijing. */
    public String provinceCode() {
        return value.substring(0, 2);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** From the 17th character: odd = {@link Sex#MALE}, even = {@link Sex#FEMALE}. */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Age in completed years (周岁) on the given day, as {@link Period} counts it (a person
     * born on 29 February turns a year older on 1 March in common years).
     *
     * @throws IllegalArgumentException if the day is before the birth date
     */
    public int ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException(date + " is before the birth date");
        }
        return Period.between(birthDate, date).getYears();
    }

    /** First 6 and last 4 characters, the rest as {@code *}: {@code 110105********002X} ({@link IdentityMask}). */
    public String masked() {
        return IdentityMask.idNumber(value);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ChineseIdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The {@link #masked()} form: never the full number, so logs stay clean. */
    @Override
    public String toString() {
        return masked();
    }
}
