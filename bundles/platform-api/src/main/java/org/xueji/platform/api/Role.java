package org.xueji.platform.api;

import static org.xueji.platform.api.Permission.ADMINISTER_SYSTEM;
import static org.xueji.platform.api.Permission.APPROVE_CHANGE;
import static org.xueji.platform.api.Permission.BALANCE_CLASSES;
import static org.xueji.platform.api.Permission.APPROVE_DATA_RELEASE;
import static org.xueji.platform.api.Permission.EDIT_STUDENT;
import static org.xueji.platform.api.Permission.EXPORT_DATA;
import static org.xueji.platform.api.Permission.FOLLOW_UP_LEDGER;
import static org.xueji.platform.api.Permission.MANAGE_ACCOUNTS;
import static org.xueji.platform.api.Permission.MANAGE_ADMISSION;
import static org.xueji.platform.api.Permission.MANAGE_DROPOUT;
import static org.xueji.platform.api.Permission.MANAGE_SCHOOL;
import static org.xueji.platform.api.Permission.RECORD_DROPOUT;
import static org.xueji.platform.api.Permission.RECORD_LEDGER;
import static org.xueji.platform.api.Permission.RECORD_SPECIAL_NEEDS;
import static org.xueji.platform.api.Permission.REQUEST_DATA_RELEASE;
import static org.xueji.platform.api.Permission.REVIEW_ADMISSION;
import static org.xueji.platform.api.Permission.VIEW_AUDIT;
import static org.xueji.platform.api.Permission.VIEW_DROPOUT;
import static org.xueji.platform.api.Permission.VIEW_SCHOOL;
import static org.xueji.platform.api.Permission.VIEW_LEDGER;
import static org.xueji.platform.api.Permission.VIEW_SPECIAL_NEEDS;
import static org.xueji.platform.api.Permission.VIEW_STUDENT;

import java.util.EnumSet;
import java.util.Set;

/** Roles are bundles of permissions with a scope (R1). */
public enum Role {
    DISTRICT_ADMIN("区学籍管理员", Scope.DISTRICT, EnumSet.of(VIEW_SCHOOL, MANAGE_SCHOOL, VIEW_STUDENT, EDIT_STUDENT,
            APPROVE_CHANGE, EXPORT_DATA, REQUEST_DATA_RELEASE, MANAGE_ACCOUNTS, ADMINISTER_SYSTEM,
            VIEW_LEDGER, RECORD_LEDGER, FOLLOW_UP_LEDGER, BALANCE_CLASSES, VIEW_DROPOUT, RECORD_DROPOUT,
            MANAGE_DROPOUT, VIEW_SPECIAL_NEEDS, RECORD_SPECIAL_NEEDS, REVIEW_ADMISSION, MANAGE_ADMISSION)),
    DISTRICT_LEADER("区教育局领导", Scope.DISTRICT, EnumSet.of(VIEW_SCHOOL, VIEW_STUDENT, APPROVE_CHANGE,
            APPROVE_DATA_RELEASE, VIEW_LEDGER, VIEW_DROPOUT, VIEW_SPECIAL_NEEDS)),
    PRINCIPAL("校长", Scope.SCHOOL, EnumSet.of(VIEW_SCHOOL, VIEW_STUDENT, APPROVE_CHANGE, REQUEST_DATA_RELEASE,
            VIEW_LEDGER, FOLLOW_UP_LEDGER, VIEW_DROPOUT, RECORD_DROPOUT, VIEW_SPECIAL_NEEDS, RECORD_SPECIAL_NEEDS,
            REVIEW_ADMISSION)),
    SCHOOL_LEADER("分管领导", Scope.SCHOOL, EnumSet.of(VIEW_SCHOOL, VIEW_STUDENT, APPROVE_CHANGE,
            REQUEST_DATA_RELEASE, VIEW_LEDGER, FOLLOW_UP_LEDGER, VIEW_DROPOUT, RECORD_DROPOUT, VIEW_SPECIAL_NEEDS,
            RECORD_SPECIAL_NEEDS, REVIEW_ADMISSION)),
    SCHOOL_REGISTRAR("学籍管理员", Scope.SCHOOL, EnumSet.of(VIEW_SCHOOL, VIEW_STUDENT, EDIT_STUDENT, EXPORT_DATA,
            REQUEST_DATA_RELEASE, VIEW_LEDGER, FOLLOW_UP_LEDGER, BALANCE_CLASSES, VIEW_DROPOUT, RECORD_DROPOUT,
            VIEW_SPECIAL_NEEDS, RECORD_SPECIAL_NEEDS, REVIEW_ADMISSION)),
    HEAD_TEACHER("班主任", Scope.CLASS, EnumSet.of(VIEW_SCHOOL, VIEW_STUDENT, VIEW_DROPOUT, RECORD_DROPOUT,
            VIEW_SPECIAL_NEEDS, RECORD_SPECIAL_NEEDS)),
    TEACHER("教师", Scope.CLASS, EnumSet.of(VIEW_SCHOOL, VIEW_STUDENT, VIEW_DROPOUT, RECORD_DROPOUT,
            VIEW_SPECIAL_NEEDS, RECORD_SPECIAL_NEEDS)),
    /** Government line (R22, R25): their towns and villages ({@code AccountAreas}), no school's records. */
    VILLAGE_OFFICIAL("乡镇/村干部", Scope.AREA, EnumSet.of(VIEW_SCHOOL, VIEW_DROPOUT, RECORD_DROPOUT,
            VIEW_SPECIAL_NEEDS)),
    AUDITOR("审计员", Scope.DISTRICT, EnumSet.of(VIEW_SCHOOL, VIEW_AUDIT, VIEW_LEDGER));

    /**
     * How far a role reaches. {@code AREA}: towns and villages assigned to the account
     * ({@code org.xueji.platform.api.security.AccountAreas}); an area actor holds no school, is not
     * district-wide and sees no school's or class's records through {@link Actor#canSee}.
     */
    public enum Scope { DISTRICT, SCHOOL, CLASS, AREA }

    private final String label;
    private final Scope scope;
    private final Set<Permission> permissions;

    Role(String label, Scope scope, Set<Permission> permissions) {
        this.label = label;
        this.scope = scope;
        this.permissions = Set.copyOf(permissions);
    }

    public String label() {
        return label;
    }

    public Scope scope() {
        return scope;
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}
