package org.xueji.platform.security.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A personal account (R2). The password is only stored as a PBKDF2 hash. */
@Entity(name = "Account")
@Table(name = "SEC_ACCOUNT")
public class AccountEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accountSeq")
    @SequenceGenerator(name = "accountSeq", sequenceName = "SEC_ACCOUNT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    public Long id;

    @Version
    @Column(name = "VERSION")
    public long version;

    @Column(name = "USERNAME") public String username;
    @Column(name = "DISPLAY_NAME") public String displayName;
    /** {@link org.xueji.platform.api.Role} name */
    @Column(name = "ROLE") public String role;
    @Column(name = "SCHOOL_ID") public Long schoolId;
    /** comma-separated class ids */
    @Column(name = "CLASS_IDS") public String classIds;
    @Column(name = "PHONE") public String phone;
    /** 乡镇/村干部: whole towns, separated by line feeds */
    @Column(name = "AREA_TOWNS") public String areaTowns;
    /** 乡镇/村干部: villages as {@code town/village}, separated by line feeds */
    @Column(name = "AREA_VILLAGES") public String areaVillages;
    @Column(name = "PASSWORD_HASH") public String passwordHash;
    @Column(name = "PASSWORD_CHANGED_AT") public Instant passwordChangedAt;
    @Column(name = "MUST_CHANGE") public boolean mustChange;
    @Column(name = "FAILED_LOGINS") public int failedLogins;
    @Column(name = "LOCKED_UNTIL") public Instant lockedUntil;
    @Column(name = "ENABLED") public boolean enabled;
    @Column(name = "DEMO") public boolean demo;
    @Column(name = "LAST_LOGIN_AT") public Instant lastLoginAt;
    @Column(name = "CREATED_AT") public Instant createdAt;
}
