package org.xueji.platform.security.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A previous password hash of an account (R2: none of the last passwords may be reused). */
@Entity(name = "PasswordHistory")
@Table(name = "SEC_PASSWORD_HISTORY")
public class PasswordHistoryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "passwordHistorySeq")
    @SequenceGenerator(name = "passwordHistorySeq", sequenceName = "SEC_PASSWORD_HISTORY_SEQ", allocationSize = 50)
    @Column(name = "ID")
    public Long id;

    @Column(name = "ACCOUNT_ID") public long accountId;
    @Column(name = "PASSWORD_HASH") public String passwordHash;
    /** when this password stopped being the current one */
    @Column(name = "CHANGED_AT") public Instant changedAt;
}
