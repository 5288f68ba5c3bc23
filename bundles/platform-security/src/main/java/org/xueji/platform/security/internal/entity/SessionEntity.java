package org.xueji.platform.security.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The one current session of an account (R2: no concurrent, shared use). */
@Entity(name = "Session")
@Table(name = "SEC_SESSION")
public class SessionEntity {
    @Id
    @Column(name = "ACCOUNT_ID")
    public Long accountId;

    @Column(name = "SESSION_ID") public String sessionId;
    @Column(name = "STARTED_AT") public Instant startedAt;
    @Column(name = "CLIENT_ADDRESS") public String clientAddress;
}
