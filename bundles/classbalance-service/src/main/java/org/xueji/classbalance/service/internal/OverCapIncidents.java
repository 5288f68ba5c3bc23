package org.xueji.classbalance.service.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.classbalance.api.ClassMonitorRow;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.ClassSize;
import org.xueji.registry.api.Grades;

/**
 * R14–R16 monitor rows and their ledger incidents, shared by the monitor view and the hourly
 * {@link OverCapWatch}: each class of a starting grade over its cap posts an R16 incident with the
 * reference {@code class-over-cap#<classId>/<yyyy-MM>} — once per class and month, since the ledger
 * ignores a reference it already holds.
 */
final class OverCapIncidents {

    private static final Logger LOG = LoggerFactory.getLogger(OverCapIncidents.class);

    private OverCapIncidents() {
    }

    /** The classes of starting grades, by school name, grade and class number. */
    static List<ClassMonitorRow> rows(List<ClassSize> sizes) {
        List<ClassMonitorRow> rows = new ArrayList<>();
        for (ClassSize c : sizes) {
            if (Grades.isStartingGrade(c.schoolClass().gradeLevel())) {
                rows.add(new ClassMonitorRow(c.schoolClass().id(), c.schoolClass().schoolId(), c.schoolName(),
                        c.schoolClass().gradeLevel(), c.schoolClass().classNumber(), c.students(), c.classCap()));
            }
        }
        rows.sort(Comparator.comparing(ClassMonitorRow::schoolName).thenComparingInt(ClassMonitorRow::grade)
                .thenComparingInt(ClassMonitorRow::classNumber));
        return rows;
    }

    static String reference(long classId, LocalDate today) {
        return "class-over-cap#" + classId + "/" + today.format(DateTimeFormatter.ofPattern("yyyy-MM"));
    }

    /** Posts the classes over the cap (ids and counts only); returns how many posts were made. */
    static int post(LedgerService ledger, Actor actor, LocalDate today, List<ClassMonitorRow> rows) {
        if (ledger == null) {
            return 0;
        }
        int posted = 0;
        for (ClassMonitorRow r : rows) {
            if (!r.overCap()) {
                continue;
            }
            try {
                ledger.post(actor, new IncidentPost(IncidentType.R16_CLASS_SIZE, "classbalance", r.schoolId(), today,
                        IncidentText.R16_CLASS_OVER_CAP, List.of(String.valueOf(r.classId()),
                        String.valueOf(r.students()), String.valueOf(r.cap())), null, reference(r.classId(), today)));
                posted++;
            } catch (RuntimeException e) {
                LOG.warn("R16 ledger entry for class {} not posted: {}", r.classId(), e.toString());
            }
        }
        return posted;
    }
}
