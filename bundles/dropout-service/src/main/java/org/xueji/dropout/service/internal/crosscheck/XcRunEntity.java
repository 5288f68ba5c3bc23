package org.xueji.dropout.service.internal.crosscheck;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Row of {@code DRP_XC_RUN}. */
@Entity(name = "CrossCheckRun")
@Table(name = "DRP_XC_RUN")
public class XcRunEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drpXcRunSeq")
    @SequenceGenerator(name = "drpXcRunSeq", sequenceName = "DRP_XC_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "RAN_AT") public Instant ranAt;
    @Column(name = "RAN_BY") public String ranBy;
}
