package org.xueji.registry.api.followup;

import java.util.Objects;

/**
 * A child referred to the special-needs module for assessment (e.g. a child with a severe
 * condition found in a dropout survey, issue 10/11).
 *
 * @param studentId the registry record, or null for a child without one
 * @param idNumber  the child's ID number (a child without a record is found by it); never logged
 * @param name      the child's name
 * @param town      town (乡镇/街道) of the household
 * @param village   village (村/社区) of the household, may be null
 * @param schoolId  the school of the service area, may be null
 * @param source    the referring module's reference (e.g. {@code dropout:17}); it is handed back
 *                  in {@link PlacementListener#placed}
 */
public record HomeTeachingReferral(Long studentId, String idNumber, String name, String town, String village,
                                   Long schoolId, String source) {

    public HomeTeachingReferral {
        Objects.requireNonNull(source, "source");
    }
}
