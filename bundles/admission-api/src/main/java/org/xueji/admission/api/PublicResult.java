package org.xueji.admission.api;

/** A line of a school's published result: masked name and application number, no ID number. */
public record PublicResult(String maskedNumber, String maskedName, ApplicationStatus status) {
}
