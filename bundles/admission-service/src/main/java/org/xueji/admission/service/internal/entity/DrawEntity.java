package org.xueji.admission.service.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A recorded lottery; candidates and order are application numbers, one per line. */
@Entity(name = "AdmDraw")
@Table(name = "ADM_DRAW")
public class DrawEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admDrawSeq")
    @SequenceGenerator(name = "admDrawSeq", sequenceName = "ADM_DRAW_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "SEASON_ID") public Long seasonId;
    @Column(name = "SCHOOL_ID") public Long schoolId;
    @Column(name = "PRIORITY_RANK") public int rank;
    @Column(name = "SEED") public String seed;
    @Column(name = "SEATS") public int seats;
    @Lob @Column(name = "CANDIDATES") public String candidates;
    @Lob @Column(name = "DRAW_ORDER") public String order;
    @Column(name = "DRAWN_AT") public Instant drawnAt;
    @Column(name = "DRAWN_BY") public String drawnBy;
}
