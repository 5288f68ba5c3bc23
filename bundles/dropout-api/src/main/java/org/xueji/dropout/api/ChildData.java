package org.xueji.dropout.api;

import java.time.LocalDate;
import org.xueji.platform.api.identity.Sex;

/**
 * A child as entered: either a registry record ({@code studentId}) or, for a child without
 * one, name, sex, birth date and ID number (validated with the platform's ChineseIdNumber;
 * birth date and sex must agree with it).
 */
public record ChildData(Long studentId, String name, Sex sex, LocalDate birthDate, String idNumber) {

    public static ChildData ofStudent(long studentId) {
        return new ChildData(studentId, null, null, null, null);
    }
}
