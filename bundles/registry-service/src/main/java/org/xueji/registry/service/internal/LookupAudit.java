package org.xueji.registry.service.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.registry.api.StudentQuery;

/**
 * R7: who looked for which kind of student and how many came back — never the name, ID
 * number or 学籍号 searched for, which would make the audit trail a copy of the registry.
 */
final class LookupAudit {

    /** The kinds of criteria a query uses, in a fixed order: {@code [name, idNumber, school]}. */
    static List<String> kinds(StudentQuery q) {
        List<String> kinds = new ArrayList<>();
        if (present(q.name())) {
            kinds.add("name");
        }
        if (present(q.idNumber())) {
            kinds.add("idNumber");
        }
        if (present(q.registryNumber())) {
            kinds.add("registryNumber");
        }
        if (q.schoolId() != null) {
            kinds.add("school");
        }
        if (q.gradeLevel() != null) {
            kinds.add("grade");
        }
        if (q.classId() != null) {
            kinds.add("class");
        }
        return kinds;
    }

    /** A search's audit event: criteria kinds, the page asked for, rows returned. */
    static AuditEvent search(Actor actor, StudentQuery scoped, int offset, int rows) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("query", kinds(scoped));
        details.put("offset", offset);
        details.put("rows", rows);
        return new AuditEvent(actor, "student.search", "student", null, scoped.schoolId(), details);
    }

    /** A look-up by ID number: found or not, and which record (its internal id), never the number. */
    static AuditEvent byIdNumber(Actor actor, Long foundStudentId, Long foundSchoolId) {
        return new AuditEvent(actor, "student.lookup", "student",
                foundStudentId == null ? null : String.valueOf(foundStudentId), foundSchoolId,
                Map.of("query", List.of("idNumber"), "rows", foundStudentId == null ? 0 : 1));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private LookupAudit() {
    }
}
