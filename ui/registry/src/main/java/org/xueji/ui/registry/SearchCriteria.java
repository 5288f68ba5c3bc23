package org.xueji.ui.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xueji.registry.api.StudentQuery;

/**
 * The student search form, also kept in the address as query parameters so that a search
 * can be linked to: {@code students?name=张&school=3&grade=7&class=12}. ID numbers and 学籍号
 * (a G 学籍号 is G + the ID number) never travel in the address (issue 16, R1): it ends up in
 * the browser history, proxy and server logs and Referer headers. They are neither written to
 * nor read from the query parameters; the view keeps them itself.
 */
public record SearchCriteria(String name, String idNumber, String registryNumber, Long schoolId, Integer grade,
                             Long classId) {

    public static final String NAME = "name";
    public static final String ID_NUMBER = "idNumber";
    public static final String REGISTRY_NUMBER = "registryNumber";
    public static final String SCHOOL = "school";
    public static final String GRADE = "grade";
    public static final String CLASS = "class";

    public static final SearchCriteria NONE = new SearchCriteria(null, null, null, null, null, null);

    public SearchCriteria {
        name = clean(name);
        idNumber = clean(idNumber);
        registryNumber = clean(registryNumber);
    }

    /** Reads query parameters; unknown parameters and unreadable numbers are ignored. */
    public static SearchCriteria fromParameters(Map<String, List<String>> parameters) {
        if (parameters == null) {
            return NONE;
        }
        Long g = toLong(first(parameters, GRADE));
        Integer grade = g != null && g >= 1 && g <= 12 ? g.intValue() : null;
        // an idNumber or registryNumber parameter is ignored: links must not carry them
        return new SearchCriteria(first(parameters, NAME), null, null, toLong(first(parameters, SCHOOL)), grade,
                toLong(first(parameters, CLASS)));
    }

    /** The criteria that may be in the address as query parameters (only those given, in form order). */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, NAME, name);
        put(p, SCHOOL, schoolId);
        put(p, GRADE, grade);
        put(p, CLASS, classId);
        return p;
    }

    /** The service query, in the given order. */
    public StudentQuery toQuery(StudentQuery.SortField sortField, boolean descending) {
        return new StudentQuery(name, idNumber, registryNumber, schoolId, grade, classId,
                sortField == null ? StudentQuery.SortField.NAME : sortField, descending);
    }

    /** These criteria with the ID number and 学籍号 of {@code other} (those the address does not carry). */
    public SearchCriteria withIdentifiersOf(SearchCriteria other) {
        return new SearchCriteria(name, other.idNumber, other.registryNumber, schoolId, grade, classId);
    }

    public boolean isEmpty() {
        return this.equals(NONE);
    }

    private static void put(Map<String, List<String>> p, String key, Object value) {
        if (value != null) {
            p.put(key, List.of(value.toString()));
        }
    }

    private static String first(Map<String, List<String>> parameters, String key) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Long toLong(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
