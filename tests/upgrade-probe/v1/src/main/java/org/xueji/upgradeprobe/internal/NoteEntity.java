package org.xueji.upgradeprobe.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of PROBE_NOTE as release 1.0.0 knows it (release 2.0.0 adds PRIORITY, which this one ignores). */
@Entity(name = "ProbeNote")
@Table(name = "PROBE_NOTE")
public class NoteEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID") public Long id;
    @Column(name = "NOTE_TEXT") public String text;
}
