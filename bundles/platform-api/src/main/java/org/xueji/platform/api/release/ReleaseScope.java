package org.xueji.platform.api.release;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What an approved data release covers besides its school (R4): the grades (1–12) whose
 * students, and the groups of fields. An export outside it is refused, or narrowed to it
 * where the query did not ask for more (see {@code DataReleaseService#authorizeExport}).
 *
 * @param grades the grade levels covered; never empty in an accepted request
 * @param fields the field groups covered; never empty in an accepted request
 */
public record ReleaseScope(SortedSet<Integer> grades, Set<ReleaseField> fields) {

    public ReleaseScope {
        grades = Collections.unmodifiableSortedSet(new TreeSet<>(grades == null ? Set.of() : grades));
        fields = fields == null || fields.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(ReleaseField.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(fields));
    }

    public static ReleaseScope of(Set<Integer> grades, Set<ReleaseField> fields) {
        return new ReleaseScope(grades == null ? null : new TreeSet<>(grades), fields);
    }

    /** Whether a student of this grade is covered; a student without a grade (no class) is not. */
    public boolean coversGrade(Integer gradeLevel) {
        return gradeLevel != null && grades.contains(gradeLevel);
    }

    public boolean covers(ReleaseField field) {
        return fields.contains(field);
    }

    /** Stored form of the grades, e.g. {@code 1,7}. */
    public String gradesText() {
        return grades.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Stored form of the fields, e.g. {@code BASIC,IDENTITY} (in the enum's order). */
    public String fieldsText() {
        return fields.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /**
     * The scope stored as {@link #gradesText()} and {@link #fieldsText()}; {@code null} when
     * either is missing (a request made before scopes existed).
     *
     * @throws IllegalArgumentException on a stored value that is not a grade or field name
     */
    public static ReleaseScope parse(String grades, String fields) {
        if (grades == null || grades.isBlank() || fields == null || fields.isBlank()) {
            return null;
        }
        Set<Integer> g = Arrays.stream(grades.split(",")).map(String::strip).map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<ReleaseField> f = Arrays.stream(fields.split(",")).map(String::strip).map(ReleaseField::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReleaseField.class)));
        return of(g, f);
    }
}
