package org.xueji.specialneeds.service.internal;

import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.persistence.UniqueKeys;
import org.xueji.specialneeds.api.SpecialNeedsMessages;
import org.xueji.specialneeds.service.internal.entity.ChildEntity;

/**
 * R26 一人一案: one register entry per child, known by its registry record or its ID number. The
 * check gives the clear message; the unique keys of SN_CHILD (changeset 002) refuse the loser of
 * two registrations of one child at once, which the check cannot see.
 */
final class OneEntryPerChild {

    /** The entry that holds this child already (same record or ID number), other than {@code c} itself. */
    static Optional<ChildEntity> holder(EntityManager em, ChildEntity c) {
        if (c.studentId == null && c.idNumber == null) {
            return Optional.empty();
        }
        return em.createQuery("select c from SnChild c where c.id <> :self and ((c.studentId is not null and "
                        + "c.studentId = :s) or (c.idNumber is not null and c.idNumber = :n))", ChildEntity.class)
                .setParameter("self", c.id == null ? -1L : c.id)
                .setParameter("s", c.studentId == null ? -1L : c.studentId)
                .setParameter("n", c.idNumber == null ? "" : c.idNumber)
                // the table as committed: flushing c first would meet the unique key before this check
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Refuses {@code c} when another entry holds the child, naming the field that matched. */
    static void refuseSecond(EntityManager em, ChildEntity c) {
        Optional<ChildEntity> holder = holder(em, c);
        if (holder.isPresent()) {
            throw refused(c.studentId != null && c.studentId.equals(holder.get().studentId) ? "studentId" : "idNumber");
        }
    }

    /** Flushes {@code c}; a registration of the same child committed meanwhile is refused as {@link #refuseSecond}. */
    static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeys.violated(e, "UQ_SN_CHILD_STUDENT")) {
                throw refused("studentId");
            }
            if (UniqueKeys.violated(e, "UQ_SN_CHILD_ID_NUMBER")) {
                throw refused("idNumber");
            }
            throw e;
        }
    }

    private static ValidationException refused(String field) {
        return new ValidationException(List.of(new FieldError(field, SpecialNeedsMessages.CHILD_ALREADY_REGISTERED)));
    }

    private OneEntryPerChild() {
    }
}
