package org.xueji.registry.api.priority;

/**
 * A record 在读 in at least one priority group the registry knows (national form fields).
 *
 * @param disabled    残疾 (disability type other than 无)
 * @param leftBehind  留守 (one or both parents away)
 */
public record PriorityStudent(long id, String name, long schoolId, Long classId, boolean orphan, boolean disabled,
                              boolean leftBehind, boolean migrant) {
}
