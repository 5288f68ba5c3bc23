package org.xueji.enrollment.service.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

@Entity(name = "ImportIssue")
@Table(name = "ENR_IMPORT_ISSUE")
public class ImportIssueEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issueSeq")
    @SequenceGenerator(name = "issueSeq", sequenceName = "ENR_ISSUE_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "BATCH_ID") public String batchId;
    @Column(name = "ROW_NO") public int row;
    @Column(name = "COLUMN_NAME") public String column;
    @Column(name = "MESSAGE") public String message;
}
