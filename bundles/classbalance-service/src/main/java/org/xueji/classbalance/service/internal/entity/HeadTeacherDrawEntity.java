package org.xueji.classbalance.service.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** A run's head-teacher draw (CB_HEAD_TEACHER_DRAW); written once, never changed. */
@Entity(name = "HeadTeacherDraw")
@Table(name = "CB_HEAD_TEACHER_DRAW")
public class HeadTeacherDrawEntity {
    @Id @Column(name = "RUN_ID") public Long runId;
    @Column(name = "SEED") public String seed;
    @Lob @Column(name = "CANDIDATES") public String candidates;
    @Lob @Column(name = "RESULT_TEXT") public String resultText;
    @Column(name = "DRAWN_BY") public String drawnBy;
    @Column(name = "DRAWN_AT") public Instant drawnAt;
}
