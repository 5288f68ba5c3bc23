package org.xueji.registry.api;

/**
 * Student search criteria; every field is optional. {@code name} matches a full name or
 * a name prefix (张 finds 张三 and 张小明).
 */
public record StudentQuery(String name, String idNumber, String registryNumber, Long schoolId,
                           Integer gradeLevel, Long classId, SortField sortField, boolean descending) {

    public enum SortField { NAME, REGISTRY_NUMBER, BIRTH_DATE, SCHOOL, CLASS }

    public static StudentQuery all() {
        return new StudentQuery(null, null, null, null, null, null, SortField.NAME, false);
    }

    public StudentQuery withName(String value) {
        return new StudentQuery(value, idNumber, registryNumber, schoolId, gradeLevel, classId, sortField, descending);
    }

    public StudentQuery withIdNumber(String value) {
        return new StudentQuery(name, value, registryNumber, schoolId, gradeLevel, classId, sortField, descending);
    }

    public StudentQuery withRegistryNumber(String value) {
        return new StudentQuery(name, idNumber, value, schoolId, gradeLevel, classId, sortField, descending);
    }

    public StudentQuery withSchool(Long value) {
        return new StudentQuery(name, idNumber, registryNumber, value, gradeLevel, classId, sortField, descending);
    }

    public StudentQuery withGrade(Integer value) {
        return new StudentQuery(name, idNumber, registryNumber, schoolId, value, classId, sortField, descending);
    }

    public StudentQuery withClass(Long value) {
        return new StudentQuery(name, idNumber, registryNumber, schoolId, gradeLevel, value, sortField, descending);
    }

    public StudentQuery sortedBy(SortField field, boolean desc) {
        return new StudentQuery(name, idNumber, registryNumber, schoolId, gradeLevel, classId, field, desc);
    }
}
