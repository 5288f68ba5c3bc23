package org.xueji.upgradeprobe.internal;

import java.util.List;
import org.xueji.platform.api.Actor;

/**
 * The probe's notes: an OSGi service of this bundle only (the package is private), used by its
 * shell commands and its console view.
 */
public interface ProbeNotes {

    /** Longest note text (the column's width). */
    int MAX_TEXT = 200;

    /** Stores a note and its audit row in one transaction. */
    Note add(Actor actor, String text);

    /** Every note, by id. */
    List<Note> list(Actor actor);

    long count(Actor actor);
}
