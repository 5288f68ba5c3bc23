package org.xueji.enrollment.service.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity(name = "Import")
@Table(name = "ENR_IMPORT")
public class ImportEntity {
    @Id @Column(name = "BATCH_ID") public String batchId;
    @Column(name = "SCHOOL_ID") public long schoolId;
    @Column(name = "FILE_NAME") public String fileName;
    @Column(name = "MODE") public String mode;
    @Column(name = "STATUS") public String status;
    @Column(name = "TOTAL_ROWS") public int totalRows;
    @Column(name = "VALID_ROWS") public int validRows;
    @Column(name = "STORED_ROWS") public int storedRows;
    @Column(name = "STARTED_AT") public Instant startedAt;
    @Column(name = "FINISHED_AT") public Instant finishedAt;
    @Column(name = "STARTED_BY") public String startedBy;
}
