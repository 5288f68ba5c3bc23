package org.xueji.upgradeprobe.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of PROBE_NOTE; PRIORITY is new in release 2.0.0 (database default 0). */
@Entity(name = "ProbeNote")
@Table(name = "PROBE_NOTE")
public class NoteEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID") public Long id;
    @Column(name = "NOTE_TEXT") public String text;
    @Column(name = "PRIORITY") public int priority;
}
