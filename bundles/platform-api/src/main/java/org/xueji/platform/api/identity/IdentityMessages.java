package org.xueji.platform.api.identity;

import org.xueji.platform.api.MessageKey;

/**
 * Why an ID number, a 学籍号 or a sex code was refused. Texts are in
 * {@code messages.properties} (Chinese, the default) and {@code messages_en.properties}
 * next to this class; the comment on each constant lists its arguments.
 */
public enum IdentityMessages implements MessageKey {

    /** The ID number is empty. No arguments. */
    ID_EMPTY,
    /** Wrong length. {0} the number of characters given. */
    ID_LENGTH,
    /** A character that is not allowed. {0} the character, {1} its position (1-based). */
    ID_CHARACTERS,
    /** Wrong check character. {0} expected, {1} given. */
    ID_CHECK_CHARACTER,
    /** The province part of the area code does not exist. {0} the 6-digit area code, {1} its first two digits. */
    ID_AREA_CODE,
    /** The birth date does not exist (Feb 30, month 13 …). {0} the date as yyyy-MM-dd. */
    ID_BIRTH_DATE_IMPOSSIBLE,
    /** The birth date lies in the future. {0} the date as yyyy-MM-dd. */
    ID_BIRTH_DATE_FUTURE,
    /** The birth date lies before 1900-01-01. {0} the date as yyyy-MM-dd. */
    ID_BIRTH_DATE_TOO_OLD,
    /** The value looks like an Excel number in scientific notation that lost digits. {0} the value given. */
    ID_SCIENTIFIC_NOTATION,

    /** An area code given to build a number is not 6 digits. {0} the value given. */
    AREA_CODE_FORMAT,
    /** A sequence number given to build a number is outside 0–999. {0} the value given. */
    SEQUENCE_RANGE,

    /** The sex is empty. No arguments. */
    SEX_EMPTY,
    /** The sex is neither a code (1, 2) nor a label (男, 女). {0} the value given. */
    SEX_UNKNOWN,

    /** The 学籍号 is empty. No arguments. */
    REGNO_EMPTY,
    /** The 学籍号 starts with a letter other than G, J, L. {0} the first character. */
    REGNO_KIND,
    /** The 学籍号 looks like a bare ID number (the letter G is missing). {0} the value given. */
    REGNO_MISSING_PREFIX,
    /** Wrong length for the kind. {0} the kind letter, {1} the characters given, {2} the characters needed. */
    REGNO_LENGTH,
    /** A character that is not allowed. {0} the character, {1} its position in the 学籍号 (1-based). */
    REGNO_CHARACTERS,
    /** The province part of the area code does not exist. {0} the 6-digit area code, {1} its first two digits. */
    REGNO_AREA_CODE,
    /** The birth date does not exist. {0} the date as yyyy-MM-dd. */
    REGNO_BIRTH_DATE_IMPOSSIBLE,
    /** The birth date lies in the future. {0} the date as yyyy-MM-dd. */
    REGNO_BIRTH_DATE_FUTURE,
    /** The birth date lies before 1900-01-01. {0} the date as yyyy-MM-dd. */
    REGNO_BIRTH_DATE_TOO_OLD,
    /** Wrong check character of a J number. {0} expected, {1} given. */
    REGNO_CHECK_CHARACTER;

    @Override
    public String key() {
        return name();
    }
}
