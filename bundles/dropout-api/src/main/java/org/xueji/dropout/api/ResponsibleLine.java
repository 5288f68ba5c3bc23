package org.xueji.dropout.api;

/**
 * The named persons every at-risk child needs (R22): one on the government line, three on the
 * education line. Labels {@code line.<NAME>}.
 */
public enum ResponsibleLine implements org.xueji.platform.api.MessageKey {
    /** 乡镇/村干部 whose towns/villages cover the child's household. */
    GOVERNMENT,
    /** 分管领导 or 校长 of the child's school. */
    SCHOOL_LEADER,
    /** A teacher of the child's school. */
    TEACHER,
    /** The head teacher (班主任) of the child's school. */
    HEAD_TEACHER;

    @Override
    public String key() {
        return "line." + name();
    }
}
