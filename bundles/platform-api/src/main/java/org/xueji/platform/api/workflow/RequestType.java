package org.xueji.platform.api.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xueji.platform.api.MessageKey;

/**
 * A kind of request a module submits, with its ordered steps (R3). Steps open one after the
 * other: the next opens when the previous is approved; a rejection ends the request.
 *
 * @param id    unique across modules, e.g. {@code data-release}, {@code transfer-in}
 * @param label the type's name for people, a key of the defining module's messages
 * @param steps at least one, ids unique
 * @param subjectLabel the pattern that puts a {@link WorkflowSubject} into words (a key of the
 *              defining module's messages), or null: the subject's parts are shown as they are
 */
public record RequestType(String id, MessageKey label, List<StepDefinition> steps, MessageKey subjectLabel) {

    public RequestType(String id, MessageKey label, List<StepDefinition> steps) {
        this(id, label, steps, null);
    }

    public RequestType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("request type id: " + id);
        }
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a request type needs a step: " + id);
        }
        if (new HashSet<>(steps.stream().map(StepDefinition::id).toList()).size() != steps.size()) {
            throw new IllegalArgumentException("step ids repeat in " + id);
        }
    }

    /** This type with a subject pattern: requests submitted with {@link WorkflowSubject#of} are shown through it. */
    public RequestType withSubject(MessageKey pattern) {
        return new RequestType(id, label, steps, pattern);
    }

    public Optional<StepDefinition> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }
}
