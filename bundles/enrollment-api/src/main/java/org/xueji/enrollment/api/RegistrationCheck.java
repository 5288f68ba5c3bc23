package org.xueji.enrollment.api;

import java.time.LocalDate;
import java.util.List;
import org.xueji.platform.api.identity.StudentRegistryNumber;
import org.xueji.registry.api.SimilarStudent;

/**
 * What the registration form shows before saving.
 *
 * @param idNumberHeldBy      school already holding a record with this ID number (blocks, D1); null if none
 * @param similarStudents     records with the same name (or a same-sounding name), sex and birth
 *                            date anywhere in the district: saving needs a written justification
 * @param registryNumberKind  the kind of 学籍号 the record will get (G, J or L)
 * @param dueDate             last day for a timely registration (entry month or campaign deadline)
 * @param late                registering today is after {@code dueDate}: the record is flagged
 */
public record RegistrationCheck(String idNumberHeldBy, List<SimilarStudent> similarStudents,
                                StudentRegistryNumber.Kind registryNumberKind, LocalDate dueDate, boolean late) {

    public RegistrationCheck {
        similarStudents = List.copyOf(similarStudents);
    }

    public boolean blocked() {
        return idNumberHeldBy != null;
    }

    public boolean needsJustification() {
        return !similarStudents.isEmpty();
    }
}
