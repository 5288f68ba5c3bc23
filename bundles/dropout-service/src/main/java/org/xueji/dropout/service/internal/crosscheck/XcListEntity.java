package org.xueji.dropout.service.internal.crosscheck;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Row of {@code DRP_XC_LIST}: a list in use. */
@Entity(name = "CrossCheckList")
@Table(name = "DRP_XC_LIST")
public class XcListEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drpXcListSeq")
    @SequenceGenerator(name = "drpXcListSeq", sequenceName = "DRP_XC_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "KIND") public String kind;
    @Column(name = "TOWN") public String town;
    @Column(name = "ROW_COUNT") public int rowCount;
    @Column(name = "IMPORTED_AT") public Instant importedAt;
    @Column(name = "IMPORTED_BY") public String importedBy;
}
