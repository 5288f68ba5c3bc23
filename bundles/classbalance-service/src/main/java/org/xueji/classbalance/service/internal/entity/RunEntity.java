package org.xueji.classbalance.service.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A balancing run (CB_RUN); inputs and result in the canonical text of {@code RunCodec}. */
@Entity(name = "BalanceRun")
@Table(name = "CB_RUN")
public class RunEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cbRunSeq")
    @SequenceGenerator(name = "cbRunSeq", sequenceName = "CB_RUN_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Version @Column(name = "VERSION") public long version;
    @Column(name = "SCHOOL_ID") public long schoolId;
    @Column(name = "GRADE_LEVEL") public int grade;
    @Column(name = "SCHOOL_YEAR") public int schoolYear;
    @Column(name = "CLASS_COUNT") public int classes;
    @Column(name = "CLASS_CAP") public int cap;
    @Column(name = "SEED") public long seed;
    @Column(name = "ITERATIONS") public long iterations;
    @Column(name = "STATUS") public String status;
    @Lob @Column(name = "INPUT_TEXT") public String inputText;
    @Lob @Column(name = "RESULT_TEXT") public String resultText;
    @Column(name = "RESULT_HASH") public String hash;
    @Column(name = "WORKFLOW_REQUEST_ID") public Long workflowRequestId;
    @Column(name = "PROPOSED_BY") public String proposedBy;
    @Column(name = "PROPOSED_AT") public Instant proposedAt;
    @Column(name = "DECIDED_BY") public String decidedBy;
    @Column(name = "DECIDED_AT") public Instant decidedAt;
}
