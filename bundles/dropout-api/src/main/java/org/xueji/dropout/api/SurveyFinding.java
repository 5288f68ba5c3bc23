package org.xueji.dropout.api;

/** What a survey found about one school-age child of a household. Labels {@code finding.<NAME>}. */
public enum SurveyFinding implements org.xueji.platform.api.MessageKey {
    /** 在校: at school (this school). */
    PRESENT,
    /** 在外校就读: at another school (named). */
    OTHER_SCHOOL,
    /** 失学/辍学: out of school: becomes a suspected entry. */
    OUT_OF_SCHOOL,
    /** 迁出: moved away (destination named). */
    MOVED_AWAY;

    @Override
    public String key() {
        return "finding." + name();
    }
}
