package org.xueji.specialneeds.api;

/** Filters of the register; null means any. The actor's scope always applies. */
public record ChildQuery(Long schoolId, String town, Boolean homeTeaching) {

    public static final ChildQuery ALL = new ChildQuery(null, null, null);
}
