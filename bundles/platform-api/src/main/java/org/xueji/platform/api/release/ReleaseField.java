package org.xueji.platform.api.release;

/**
 * The groups of fields a data release may cover (R4). Every column of an export belongs to
 * exactly one group; an export produces only the columns of the groups its release approved.
 * Labels for people are in the console's message bundles ({@code release.field.<NAME>}).
 */
public enum ReleaseField {
    /** 姓名, 性别, 学校, 年级, 班级: who the student is in the school. */
    BASIC,
    /**
     * 学籍号 (a G 学籍号 is "G" + the ID number), 身份证件类型 and 号码, 出生日期, 出生地, 籍贯, 民族,
     * 国籍.
     */
    IDENTITY,
    /** 户口所在地, 户口性质, 现住址. */
    ADDRESS,
    /** 监护人 names, relations, phone numbers and ID numbers. */
    GUARDIANS,
    /** 入学年月, 入学方式, 就读方式. */
    ENROLMENT,
    /** 独生子女, 学前教育, 留守儿童, 随迁子女, 孤儿, 烈士或优抚子女, 随班就读, 残疾类型. */
    SPECIAL
}
