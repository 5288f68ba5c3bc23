package org.xueji.dropout.service.internal.crosscheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xueji.dropout.service.internal.Scope;

/** The findings an actor may see, as a JPQL condition on alias {@code f}: the ledgers' scope rule (Scope). */
final class FindingScope {

    private static final String NO_AREA = "/";

    private FindingScope() {
    }

    static void clause(Scope scope, List<String> parts, Map<String, Object> params) {
        switch (scope.kind()) {
            case DISTRICT -> { }
            case SCHOOL -> {
                parts.add("f.schoolId = :mySchool");
                params.put("mySchool", scope.actor().schoolId());
            }
            case CLASS -> {
                parts.add("f.schoolId = :mySchool and f.classId in :myClasses");
                params.put("mySchool", scope.actor().schoolId());
                params.put("myClasses", scope.actor().classIds().isEmpty() ? List.of(-1L)
                        : List.copyOf(scope.actor().classIds()));
            }
            case AREA -> {
                List<String> towns = new ArrayList<>(scope.areas().towns());
                List<String> villages = new ArrayList<>(scope.areas().villages());
                parts.add("(f.town in :myTowns or concat(concat(f.town, '/'), f.village) in :myVillages)");
                params.put("myTowns", towns.isEmpty() ? List.of(NO_AREA) : towns);
                params.put("myVillages", villages.isEmpty() ? List.of(NO_AREA) : villages);
            }
            default -> throw new IllegalStateException();
        }
    }
}
