package org.xueji.ui.registry;

import java.util.List;
import java.util.Map;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentQuery.SortField;

/** The sortable columns of the student grid and the service's sort fields. */
public final class StudentSorts {

    public static final String REGISTRY_NUMBER = "registryNumber";
    public static final String NAME = "name";
    public static final String BIRTH_DATE = "birthDate";
    public static final String SCHOOL = "school";
    public static final String CLASS = "class";

    private static final Map<String, SortField> BY_PROPERTY = Map.of(
            REGISTRY_NUMBER, SortField.REGISTRY_NUMBER,
            NAME, SortField.NAME,
            BIRTH_DATE, SortField.BIRTH_DATE,
            SCHOOL, SortField.SCHOOL,
            CLASS, SortField.CLASS);

    /** A column's sort property as a service sort field, or {@code null} if not sortable. */
    public static SortField field(String sortProperty) {
        return sortProperty == null ? null : BY_PROPERTY.get(sortProperty);
    }

    /** One requested order: a column's sort property and whether descending. */
    public record Order(String property, boolean descending) {
    }

    /**
     * The query in the first requested order the service knows; by name ascending when no
     * order is requested (the service sorts by one field only).
     */
    public static StudentQuery apply(SearchCriteria criteria, List<Order> orders) {
        if (orders != null) {
            for (Order o : orders) {
                SortField f = field(o.property());
                if (f != null) {
                    return criteria.toQuery(f, o.descending());
                }
            }
        }
        return criteria.toQuery(SortField.NAME, false);
    }

    private StudentSorts() {
    }
}
