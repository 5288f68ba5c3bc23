package org.xueji.platform.api.identity;

/** 性别 with the codes of the national collection form (1 男, 2 女). */
public enum Sex {
    MALE("1", "男"),
    FEMALE("2", "女");

    private final String code;
    private final String label;

    Sex(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The national code, {@code "1"} or {@code "2"}; use it for export. */
    public String code() {
        return code;
    }

    /** The Chinese label, {@code "男"} or {@code "女"}. */
    public String label() {
        return label;
    }

    /**
     * Reads a sex as found in import templates: the code ({@code "1"}, {@code "2"}) or the
     * label ({@code "男"}, {@code "女"}); surrounding spaces and full-width digits are accepted.
     *
     * @throws InvalidIdentityException {@link IdentityMessages#SEX_EMPTY} or {@link IdentityMessages#SEX_UNKNOWN}
     */
    public static Sex fromCode(String codeOrLabel) {
        if (codeOrLabel == null) {
            throw new InvalidIdentityException(IdentityMessages.SEX_EMPTY);
        }
        String value = IdentityText.normalize(codeOrLabel);
        if (value.isEmpty()) {
            throw new InvalidIdentityException(IdentityMessages.SEX_EMPTY);
        }
        for (Sex sex : values()) {
            if (sex.code.equals(value) || sex.label.equals(value)) {
                return sex;
            }
        }
        throw new InvalidIdentityException(IdentityMessages.SEX_UNKNOWN, codeOrLabel.strip());
    }
}
