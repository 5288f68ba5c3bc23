package org.xueji.registry.service.internal;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import javax.persistence.EntityManager;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.api.identity.StudentRegistryNumber;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.StudentData;

/**
 * Assigns 学籍号 within one transaction (domain-notes "学籍号"):
 * <ul>
 * <li>a resident ID number → {@code G} + the number (permanent);</li>
 * <li>no document at all (type Z, no number) → {@code J} + area + birth date + the next free
 *     3-digit sequence of the student's sex (odd boys, even girls, as in ID numbers) + check character;</li>
 * <li>any other document (HK/Macau/Taiwan, foreign, passport, other with a number) → {@code L}
 *     + area + birth date + 4 random digits (temporary), unique in the district.</li>
 * </ul>
 * Numbers handed out earlier in the same batch are remembered, so a batch never repeats one. The
 * look-ups are plain SQL on REG_STUDENT, so the registry's own sessions and a deciding module's
 * EntityManager (a transfer in, {@link TransferInRecords}) hand out numbers the same way.
 */
final class RegistryNumbers {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private final EntityManager em;
    private final String areaCode;
    private final RandomGenerator random;
    /** J prefix (area + birth date) → last sequence used */
    private final Map<String, Integer> lastJSequence = new HashMap<>();
    private final Set<String> temporaryInBatch = new HashSet<>();

    RegistryNumbers(EntityManager em, String areaCode, RandomGenerator random) {
        this.em = em;
        this.areaCode = areaCode;
        this.random = random;
    }

    static StudentRegistryNumber.Kind kindFor(IdDocumentType type, String idNumber) {
        if (type == IdDocumentType.RESIDENT_ID) {
            return StudentRegistryNumber.Kind.G;
        }
        return type == IdDocumentType.OTHER && (idNumber == null || idNumber.isBlank())
                ? StudentRegistryNumber.Kind.J : StudentRegistryNumber.Kind.L;
    }

    String next(StudentData d) {
        return switch (kindFor(d.idType(), d.idNumber())) {
            case G -> StudentRegistryNumber.forIdNumber(ChineseIdNumber.parse(d.idNumber())).value();
            case J -> nextJ(d);
            case L -> nextTemporary(d);
        };
    }

    private String nextJ(StudentData d) {
        String prefix = areaCode + d.birthDate().format(COMPACT);
        int last = lastJSequence.computeIfAbsent(prefix, this::highestStoredSequence);
        int next = last + 1;
        // keep the sex parity of ID numbers: odd for boys, even for girls
        if ((next % 2 == 1) != (d.sex() == Sex.MALE)) {
            next++;
        }
        if (next > 999) {
            throw new DomainException(RegistryMessages.REGISTRY_NUMBERS_EXHAUSTED, prefix);
        }
        lastJSequence.put(prefix, next);
        return StudentRegistryNumber.forStudentWithoutId(areaCode, d.birthDate(), next).value();
    }

    private int highestStoredSequence(String prefix) {
        // plain SQL: the numbers are also handed out on another module's EntityManager (a transfer in)
        Object highest = em.createNativeQuery("SELECT MAX(REGISTRY_NUMBER) FROM REG_STUDENT WHERE REGISTRY_NUMBER LIKE ?")
                .setParameter(1, "J" + prefix + "%").getSingleResult();
        // J + 6 area + 8 date = 15 characters, then the 3-digit sequence
        return highest == null ? 0 : Integer.parseInt(highest.toString().substring(15, 18));
    }

    private String nextTemporary(StudentData d) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String candidate = StudentRegistryNumber.temporary(areaCode, d.birthDate(), random).value();
            if (temporaryInBatch.contains(candidate)) {
                continue;
            }
            Object taken = em.createNativeQuery("SELECT COUNT(*) FROM REG_STUDENT WHERE REGISTRY_NUMBER = ?")
                    .setParameter(1, candidate).getSingleResult();
            if (((Number) taken).longValue() == 0) {
                temporaryInBatch.add(candidate);
                return candidate;
            }
        }
        throw new DomainException(RegistryMessages.REGISTRY_NUMBERS_EXHAUSTED, areaCode + d.birthDate().format(COMPACT));
    }
}
