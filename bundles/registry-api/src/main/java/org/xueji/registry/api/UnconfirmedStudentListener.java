package org.xueji.registry.api;

import java.util.List;

/**
 * Whiteboard (issue 15): told once, after the autumn registration's deadline of a school
 * year, which students of a school were not confirmed present, so that a module (the dropout
 * module, when installed) can follow them up, e.g. as suspected dropouts. Called outside any
 * transaction; a listener that throws is logged and does not stop the others.
 */
public interface UnconfirmedStudentListener {

    void unconfirmedAtDeadline(int schoolYear, long schoolId, List<Long> studentIds);
}
