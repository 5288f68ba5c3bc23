package org.xueji.ui.enrollment.verification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.xueji.enrollment.api.DiscrepancyKind;
import org.xueji.enrollment.api.ResolutionKind;

/** The resolutions offered for a finding, the usual ones for its list first, the others after. */
final class ResolutionChoices {

    static List<ResolutionKind> forKind(DiscrepancyKind kind) {
        List<ResolutionKind> usual = switch (kind) {
            // at school without a record: create it, or it arrives by transfer, or the roster was wrong
            case PERSON_WITHOUT_RECORD -> List.of(ResolutionKind.RECORD_CREATED, ResolutionKind.TRANSFER_STARTED,
                    ResolutionKind.ROSTER_CORRECTED);
            // a record without the student: transfer out, suspension, or the roster was wrong
            case RECORD_WITHOUT_PERSON -> List.of(ResolutionKind.TRANSFER_STARTED,
                    ResolutionKind.SUSPENSION_STARTED, ResolutionKind.ROSTER_CORRECTED);
            case FIELD_MISMATCH -> List.of(ResolutionKind.RECORD_FIXED, ResolutionKind.ROSTER_CORRECTED);
        };
        List<ResolutionKind> all = new ArrayList<>(usual);
        EnumSet<ResolutionKind> rest = EnumSet.allOf(ResolutionKind.class);
        rest.removeAll(usual);
        rest.remove(ResolutionKind.EXPLAINED);
        all.addAll(rest);
        all.add(ResolutionKind.EXPLAINED); // the free-text way out stays last
        return all;
    }

    private ResolutionChoices() {
    }
}
