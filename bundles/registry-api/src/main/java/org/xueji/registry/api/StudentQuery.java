package org.xueji.registry.api;

/**
 * Student search criteria; every field is optional. {@code name} matches a full name or
 * a name prefix (张 finds 张三 and 张小明). {@code activeOnly} keeps only records 在读; by default
 * the search finds every record, each row marked with its status (撤销, 转出, 休学, 死亡; R3).
 */
public record StudentQuery(String name, String idNumber, String registryNumber, Long schoolId,
                           Integer gradeLevel, Long classId, SortField sortField, boolean descending,
                           boolean activeOnly) {

    /** The criteria before record status existed: every record, whatever its status. */
    public StudentQuery(String name, String idNumber, String registryNumber, Long schoolId,
                        Integer gradeLevel, Long classId, SortField sortField, boolean descending) {
        this(name, idNumber, registryNumber, schoolId, gradeLevel, classId, sortField, descending, false);
    }

    public enum SortField { NAME, REGISTRY_NUMBER, BIRTH_DATE, SCHOOL, CLASS }

    public static StudentQuery all() {
        return new StudentQuery(null, null, null, null, null, null, SortField.NAME, false);
    }

    public StudentQuery withName(String value) {
        return new StudentQuery(value, idNumber, registryNumber, schoolId, gradeLevel, classId, sortField, descending, activeOnly);
    }

    public StudentQuery withIdNumber(String value) {
        return new StudentQuery(name, value, registryNumber, schoolId, gradeLevel, classId, sortField, descending, activeOnly);
    }

    public StudentQuery withRegistryNumber(String value) {
        return new StudentQuery(name, idNumber, value, schoolId, gradeLevel, classId, sortField, descending, activeOnly);
    }

    public StudentQuery withSchool(Long value) {
        return new StudentQuery(name, idNumber, registryNumber, value, gradeLevel, classId, sortField, descending, activeOnly);
    }

    public StudentQuery withGrade(Integer value) {
        return new StudentQuery(name, idNumber, registryNumber, schoolId, value, classId, sortField, descending, activeOnly);
    }

    public StudentQuery withClass(Long value) {
        return new StudentQuery(name, idNumber, registryNumber, schoolId, gradeLevel, value, sortField, descending, activeOnly);
    }

    public StudentQuery sortedBy(SortField field, boolean desc) {
        return new StudentQuery(name, idNumber, registryNumber, schoolId, gradeLevel, classId, field, desc, activeOnly);
    }

    /** Only records 在读 ({@code true}) or every record, marked with its status ({@code false}). */
    public StudentQuery withActiveOnly(boolean value) {
        return new StudentQuery(name, idNumber, registryNumber, schoolId, gradeLevel, classId, sortField, descending,
                value);
    }
}
