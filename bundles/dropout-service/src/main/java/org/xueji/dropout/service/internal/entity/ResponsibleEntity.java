package org.xueji.dropout.service.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Row of {@code DRP_RESPONSIBLE}. */
@Entity(name = "DropoutResponsible")
@Table(name = "DRP_RESPONSIBLE")
public class ResponsibleEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drpResponsibleSeq")
    @SequenceGenerator(name = "drpResponsibleSeq", sequenceName = "DRP_RESPONSIBLE_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "ENTRY_ID") public long entryId;
    @Column(name = "LINE") public String line;
    @Column(name = "USERNAME") public String username;
    @Column(name = "DISPLAY_NAME") public String displayName;
    @Column(name = "ASSIGNED_BY") public String assignedBy;
    @Column(name = "ASSIGNED_AT") public Instant assignedAt;
}
