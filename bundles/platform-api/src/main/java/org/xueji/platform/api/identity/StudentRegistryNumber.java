package org.xueji.platform.api.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A student registry number (学籍号), rule D1. Three kinds, each 19 characters:
 * <ul>
 * <li>{@code G} + 18-character ID number: the permanent number;</li>
 * <li>{@code J} + ID-style code (area + birth date + sequence + check character) for
 *     students without an ID card;</li>
 * <li>{@code L} + area + birth date + 4 random digits: temporary (HK/Macau/Taiwan, foreign,
 *     unregistered students), replaced by a {@code G} number after the national checks.</li>
 * </ul>
 * {@link #toString()} is the value; note that for {@code G} this contains the full ID number.
 */
public final class StudentRegistryNumber {

    /** Length of every 学籍号, letter included. */
    public static final int LENGTH = 19;

    /** The kind of a 学籍号, given by its first letter. */
    public enum Kind {
        G("正式学籍号"),
        J("无身份证学生学籍号"),
        L("临时学籍号");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Chinese name of the kind. */
        public String label() {
            return label;
        }
    }

    private final String value;
    private final Kind kind;
    private final LocalDate birthDate;
    private final ChineseIdNumber idNumber;

    private StudentRegistryNumber(String value, Kind kind, LocalDate birthDate, ChineseIdNumber idNumber) {
        this.value = value;
        this.kind = kind;
        this.birthDate = birthDate;
        this.idNumber = idNumber;
    }

    /** The permanent number {@code "G" + id.value()}. */
    public static StudentRegistryNumber forIdNumber(ChineseIdNumber id) {
        Objects.requireNonNull(id, "id");
        return new StudentRegistryNumber("G" + id.value(), Kind.G, id.birthDate(), id);
    }

    /**
     * The number of a student without an ID card: {@code "J"} + area + birth date +
     * sequence + check character (computed as for an ID number).
     *
     * @param areaCode6 six digits whose first two are a province code
     * @param birthDate from 1900-01-01 up to today (system clock)
     * @param sequence3 0–999
     * @throws InvalidIdentityException {@code AREA_CODE_FORMAT}, {@code REGNO_AREA_CODE},
     *         {@code REGNO_BIRTH_DATE_TOO_OLD}, {@code REGNO_BIRTH_DATE_FUTURE} or {@code SEQUENCE_RANGE}
     */
    public static StudentRegistryNumber forStudentWithoutId(String areaCode6, LocalDate birthDate, int sequence3) {
        String code = ChineseIdNumber.build(areaCode6, birthDate, sequence3, IdentityMessages.REGNO_AREA_CODE,
                IdentityText.DateKeys.REGNO);
        return new StudentRegistryNumber("J" + code, Kind.J, birthDate, null);
    }

    /**
     * A temporary number: {@code "L"} + area + birth date {@code yyyyMMdd} + 4 random digits.
     *
     * @param areaCode6 six digits
     * @param birthDate from 1900-01-01 up to today (system clock)
     * @throws InvalidIdentityException {@code AREA_CODE_FORMAT}, {@code REGNO_BIRTH_DATE_TOO_OLD}
     *         or {@code REGNO_BIRTH_DATE_FUTURE}
     */
    public static StudentRegistryNumber temporary(String areaCode6, LocalDate birthDate, RandomGenerator random) {
        IdentityText.checkAreaCode(areaCode6, null);
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(random, "random");
        IdentityText.checkBirthDate(birthDate, LocalDate.now(Clock.systemDefaultZone()), IdentityText.DateKeys.REGNO);
        String value = "L" + areaCode6 + IdentityText.compact(birthDate) + String.format("%04d", random.nextInt(10_000));
        return new StudentRegistryNumber(value, Kind.L, birthDate, null);
    }

    /**
     * Reads a 学籍号 as typed or imported, refusing birth dates after today (system clock).
     *
     * @see #parse(String, Clock)
     */
    public static StudentRegistryNumber parse(String raw) {
        return parse(raw, Clock.systemDefaultZone());
    }

    /**
     * Reads a 学籍号 as typed or imported (rule D1). Spaces are removed, full-width
     * characters become ASCII, letters become upper case. A {@code G} number must be
     * followed by a valid 18-character ID number: its problems are reported with the
     * {@code ID_*} keys of {@link ChineseIdNumber#parse(String, Clock)}. {@code J} and
     * {@code L} numbers are checked here and refused with {@code REGNO_*} keys.
     *
     * @param clock gives "today" for the future-birth-date check
     * @throws InvalidIdentityException {@code REGNO_EMPTY}, {@code REGNO_MISSING_PREFIX},
     *         {@code REGNO_KIND}, {@code REGNO_LENGTH}, {@code REGNO_CHARACTERS},
     *         {@code REGNO_AREA_CODE}, {@code REGNO_BIRTH_DATE_*}, {@code REGNO_CHECK_CHARACTER},
     *         or for {@code G} any {@code ID_*} key
     */
    public static StudentRegistryNumber parse(String raw, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        if (raw == null) {
            throw new InvalidIdentityException(IdentityMessages.REGNO_EMPTY);
        }
        String s = upperAscii(IdentityText.normalize(raw));
        if (s.isEmpty()) {
            throw new InvalidIdentityException(IdentityMessages.REGNO_EMPTY);
        }
        int first = s.codePointAt(0);
        if (IdentityText.isDigit(first)) {
            int length = IdentityText.length(s);
            if (length == ChineseIdNumber.LENGTH || length == ChineseIdNumber.LEGACY_LENGTH) {
                throw new InvalidIdentityException(IdentityMessages.REGNO_MISSING_PREFIX, raw.strip());
            }
        }
        Kind kind = switch (first) {
            case 'G' -> Kind.G;
            case 'J' -> Kind.J;
            case 'L' -> Kind.L;
            default -> throw new InvalidIdentityException(IdentityMessages.REGNO_KIND,
                    new String(Character.toChars(first)));
        };
        int length = IdentityText.length(s);
        if (length != LENGTH) {
            throw new InvalidIdentityException(IdentityMessages.REGNO_LENGTH, kind.name(), length, LENGTH);
        }
        LocalDate today = LocalDate.now(clock);
        return switch (kind) {
            case G -> forIdNumber(ChineseIdNumber.parse(s.substring(1), clock));
            case J -> parseJ(s, today);
            case L -> parseL(s, today);
        };
    }

    private static StudentRegistryNumber parseJ(String s, LocalDate today) {
        int bad = IdentityText.firstInvalid(s, 1, IdentityText::isDigit);
        if (bad >= 0 && !(bad == LENGTH - 1 && s.charAt(bad) == 'X')) {
            throw invalidCharacter(s, bad);
        }
        String area = s.substring(1, 7);
        if (!IdentityText.isProvince(area.substring(0, 2))) {
            throw new InvalidIdentityException(IdentityMessages.REGNO_AREA_CODE, area, area.substring(0, 2));
        }
        LocalDate birthDate = IdentityText.birthDate(s.substring(7, 15), today, IdentityText.DateKeys.REGNO);
        char expected = IdentityText.check(s.substring(1, 18));
        if (s.charAt(18) != expected) {
            throw new InvalidIdentityException(IdentityMessages.REGNO_CHECK_CHARACTER,
                    String.valueOf(expected), String.valueOf(s.charAt(18)));
        }
        return new StudentRegistryNumber(s, Kind.J, birthDate, null);
    }

    private static StudentRegistryNumber parseL(String s, LocalDate today) {
        int bad = IdentityText.firstInvalid(s, 1, IdentityText::isDigit);
        if (bad >= 0) {
            throw invalidCharacter(s, bad);
        }
        LocalDate birthDate = IdentityText.birthDate(s.substring(7, 15), today, IdentityText.DateKeys.REGNO);
        return new StudentRegistryNumber(s, Kind.L, birthDate, null);
    }

    private static InvalidIdentityException invalidCharacter(String s, int index) {
        return new InvalidIdentityException(IdentityMessages.REGNO_CHARACTERS,
                IdentityText.codePointAt(s, index), IdentityText.position(s, index));
    }

    private static String upperAscii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return out.toString();
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

    /** The 19 characters, upper case. */
    public String value() {
        return value;
    }

    public Kind kind() {
        return kind;
    }

    /** The 6-digit area code (characters 2–7). */
    public String areaCode() {
        return value.substring(1, 7);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** Whether this is a permanent ({@code G}) number. */
    public boolean isPermanent() {
        return kind == Kind.G;
    }

    /** The ID number inside a {@code G} number; empty for {@code J} and {@code L}. */
    public Optional<ChineseIdNumber> idNumber() {
        return Optional.ofNullable(idNumber);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof StudentRegistryNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
