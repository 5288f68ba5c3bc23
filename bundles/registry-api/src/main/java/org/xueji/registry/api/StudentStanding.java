package org.xueji.registry.api;

/**
 * Where a student stands across school years.
 *
 * @param graduatedYear the school year at whose end the student graduated (毕业), or null
 * @param repeatYear    the school year the student is marked to repeat (留级), or null
 */
public record StudentStanding(long studentId, Integer graduatedYear, Integer repeatYear) {

    public boolean graduated() {
        return graduatedYear != null;
    }
}
