package org.xueji.transfer.api;

import java.util.List;
import org.xueji.platform.api.MessageKey;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.workflow.DeciderScope;
import org.xueji.platform.api.workflow.RequestType;
import org.xueji.platform.api.workflow.StepDefinition;

/**
 * The workflow steps of each change type (R3, R10, R17: 7 working days each by default,
 * {@code deadline.<type>.<step>} in {@code etc/org.xueji.workflow.cfg}).
 */
public final class TransferSteps {

    /** The receiving school's principal accepts (R10). */
    public static final String RECEIVING_PRINCIPAL = "receiving-principal";
    /** The sending school consents (R10). */
    public static final String SENDING_SCHOOL = "sending-school";
    /** The record's school's principal. */
    public static final String SCHOOL_PRINCIPAL = "school-principal";
    /** The district bureau approves. */
    public static final String DISTRICT = "district";

    public enum Label implements MessageKey {
        RECEIVING_PRINCIPAL, SENDING_SCHOOL, SCHOOL_PRINCIPAL, DISTRICT,
        /** {0} the change type, {1} change id, {2} record id: the inbox subject (no personal data). */
        SUBJECT;

        @Override
        public String key() {
            return "step." + name();
        }
    }

    public static RequestType requestType(ChangeType type) {
        StepDefinition district = StepDefinition.of(DISTRICT, Label.DISTRICT, Permission.APPROVE_CHANGE,
                DeciderScope.DISTRICT);
        StepDefinition principal = StepDefinition.of(SCHOOL_PRINCIPAL, Label.SCHOOL_PRINCIPAL, Permission.APPROVE_CHANGE,
                DeciderScope.SCHOOL);
        List<StepDefinition> steps = switch (type) {
            case TRANSFER -> List.of(
                    StepDefinition.of(RECEIVING_PRINCIPAL, Label.RECEIVING_PRINCIPAL, Permission.APPROVE_CHANGE,
                            DeciderScope.SCHOOL),
                    StepDefinition.of(SENDING_SCHOOL, Label.SENDING_SCHOOL, Permission.APPROVE_CHANGE,
                            DeciderScope.SCHOOL),
                    district);
            case TRANSFER_IN -> List.of(
                    StepDefinition.of(RECEIVING_PRINCIPAL, Label.RECEIVING_PRINCIPAL, Permission.APPROVE_CHANGE,
                            DeciderScope.SCHOOL),
                    district);
            case CLASS_CHANGE -> List.of(principal);
            case CORRECTION, WITHDRAWAL -> List.of(district);
            default -> List.of(principal, district);
        };
        return new RequestType(type.id(), type, steps).withSubject(Label.SUBJECT);
    }

    /** A local type: the school's principal, then the district when configured so. */
    public static RequestType requestType(LocalChangeType local) {
        StepDefinition principal = StepDefinition.of(SCHOOL_PRINCIPAL, Label.SCHOOL_PRINCIPAL, Permission.APPROVE_CHANGE,
                DeciderScope.SCHOOL);
        List<StepDefinition> steps = local.districtStep()
                ? List.of(principal, StepDefinition.of(DISTRICT, Label.DISTRICT, Permission.APPROVE_CHANGE,
                DeciderScope.DISTRICT))
                : List.of(principal);
        return new RequestType(local.requestTypeId(), local, steps).withSubject(Label.SUBJECT);
    }

    private TransferSteps() {
    }
}
