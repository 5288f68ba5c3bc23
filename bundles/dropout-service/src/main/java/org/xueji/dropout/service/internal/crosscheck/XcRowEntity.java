package org.xueji.dropout.service.internal.crosscheck;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Row of {@code DRP_XC_ROW}: one child of an imported list. */
@Entity(name = "CrossCheckRow")
@Table(name = "DRP_XC_ROW")
public class XcRowEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drpXcRowSeq")
    @SequenceGenerator(name = "drpXcRowSeq", sequenceName = "DRP_XC_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "LIST_ID") public long listId;
    @Column(name = "ID_NUMBER") public String idNumber;
    @Column(name = "NAME") public String name;
    @Column(name = "TOWN") public String town;
    @Column(name = "VILLAGE") public String village;
    @Column(name = "NOTE") public String note;
}
