package org.xueji.enrollment.api.intake;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudyMode;
import org.xueji.registry.api.intake.IntakeOffer;

/** A pending registration: an admitted child offered to the school's registrar, not yet registered. */
public record PendingIntake(IntakeOffer offer, Instant offeredAt) {

    /** The nationality preset of a new registration form. */
    static final String CHINA = "CHN";

    /**
     * The registration form filled in with what the source knew: name, sex, birth date, ID type
     * and number, household type, 随迁子女, the guardian, the address (current address), the school,
     * entry in September of the school year, nearby entry as a day pupil; the rest (ethnicity,
     * places, class, relation of the guardian …) is the registrar's.
     */
    public StudentData prefill() {
        IntakeOffer o = offer;
        List<Guardian> guardians = o.guardianName() == null || o.guardianName().isBlank() ? List.of()
                : List.of(new Guardian(o.guardianName(), null, o.guardianPhone(), null));
        return new StudentData(o.name(), o.sex(), o.birthDate(), o.idType(), o.idNumber(), null, null, null, CHINA,
                null, o.householdType(), o.address(), YearMonth.of(o.schoolYear(), 9), EntryWay.NEARBY,
                StudyMode.DAY, false, false, LeftBehindStatus.NONE, o.migrant(), false, false, false,
                DisabilityType.NONE, o.schoolId(), null, guardians);
    }
}
