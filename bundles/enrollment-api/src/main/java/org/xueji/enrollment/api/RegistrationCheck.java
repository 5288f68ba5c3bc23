package org.xueji.enrollment.api;

import java.time.LocalDate;
import java.util.List;
import org.xueji.platform.api.identity.StudentRegistryNumber;
import org.xueji.registry.api.RecordHolder;
import org.xueji.registry.api.SimilarStudent;

/**
 * What the registration form shows before saving.
 *
 * @param idNumberHolder      who already holds a record with this ID number (blocks, D1); null if
 *                            none. A school the actor may not see is withheld (R1)
 * @param similarStudents     records with the same name (or a same-sounding name), sex and birth
 *                            date anywhere in the district: saving needs a written justification;
 *                            those the actor may not see come withheld (R1)
 * @param registryNumberKind  the kind of 学籍号 the record will get (G, J or L)
 * @param dueDate             last day for a timely registration (entry month or campaign deadline)
 * @param late                registering today is after {@code dueDate}: the record is flagged
 */
public record RegistrationCheck(RecordHolder idNumberHolder, List<SimilarStudent> similarStudents,
                                StudentRegistryNumber.Kind registryNumberKind, LocalDate dueDate, boolean late) {

    public RegistrationCheck {
        similarStudents = List.copyOf(similarStudents);
    }

    public boolean blocked() {
        return idNumberHolder != null;
    }

    /** The school holding the ID number, when the actor may know it; null otherwise. */
    public String idNumberHeldBy() {
        return idNumberHolder == null ? null : idNumberHolder.schoolName();
    }

    /** The ID number is held at a school the actor may not see: ask the district (R1). */
    public boolean heldElsewhere() {
        return idNumberHolder != null && idNumberHolder.withheld();
    }

    public boolean needsJustification() {
        return !similarStudents.isEmpty();
    }
}
