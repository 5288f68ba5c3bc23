package org.xueji.dropout.service.internal.entity;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Row of {@code DRP_SOURCE}. */
@Entity(name = "DropoutSource")
@Table(name = "DRP_SOURCE")
public class SourceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drpSourceSeq")
    @SequenceGenerator(name = "drpSourceSeq", sequenceName = "DRP_SOURCE_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "ENTRY_ID") public long entryId;
    @Column(name = "SOURCE") public String source;
    @Column(name = "REFERENCE") public String reference;
    @Column(name = "FOUND_ON") public LocalDate foundOn;
}
