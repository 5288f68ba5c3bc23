package org.xueji.registry.service.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.identity.IdentityMask;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.PersonKey;
import org.xueji.registry.api.RecordHolder;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.SimilarStudent;
import org.xueji.registry.api.names.NameSounds;
import org.xueji.registry.service.internal.entity.SchoolEntity;

/**
 * 一人一籍 across schools (D1) without cross-school probing (R1): the look-ups and refusals that
 * find records of other schools. A school user learns only that a record exists elsewhere; every
 * such finding is audited and counted against the account's hourly budget ({@link CrossSchoolChecks}).
 * The caller checks the permission first.
 */
final class DuplicateChecks {

    private final Transactions tx;
    private final CrossSchoolChecks crossSchool;

    DuplicateChecks(Transactions tx, CrossSchoolChecks crossSchool) {
        this.tx = tx;
        this.crossSchool = crossSchool;
    }

    /** Who holds each ID number; another school's holder is withheld from a school user (R1). */
    Map<String, RecordHolder> idNumberHolders(Actor actor, Collection<String> idNumbers) {
        crossSchool.admit(actor, "id-number");
        Map<String, String> normalisedToGiven = new HashMap<>();
        for (String given : idNumbers) {
            if (given != null && !given.isBlank()) {
                normalisedToGiven.put(StudentServiceImpl.normaliseIdNumber(given), given);
            }
        }
        if (normalisedToGiven.isEmpty()) {
            return Map.of();
        }
        Map<String, RecordHolder> holders = tx.read(em -> {
            Map<Long, String> schoolNames = SchoolServiceImpl.schoolNames(em);
            Map<String, RecordHolder> result = new HashMap<>();
            List<String> all = new ArrayList<>(normalisedToGiven.keySet());
            for (int from = 0; from < all.size(); from += 500) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
                for (Object[] row : em.createQuery(
                        "select s.idNumber, s.schoolId, s.classId from Student s where s.idNumber in :ids",
                        Object[].class).setParameter("ids", chunk).getResultList()) {
                    Long school = (Long) row[1];
                    // R1: the school is named only to those who may see the record
                    result.put(normalisedToGiven.get((String) row[0]), actor.canSee(school, (Long) row[2])
                            ? new RecordHolder(school, schoolNames.getOrDefault(school, "?"))
                            : RecordHolder.elsewhere());
                }
            }
            return result;
        });
        crossSchool.record(actor, "id-number", normalisedToGiven.size(), holders.size(),
                (int) holders.values().stream().filter(RecordHolder::withheld).count());
        return holders;
    }

    /** Same and same-sounding names with the same sex and birth date; others' children stay anonymous (R1). */
    Map<PersonKey, List<SimilarStudent>> similarStudents(Actor actor, Collection<PersonKey> people) {
        crossSchool.admit(actor, "similar-name");
        Map<String, List<PersonKey>> byBirthAndSex = new HashMap<>();
        for (PersonKey p : people) {
            if (p.complete()) {
                byBirthAndSex.computeIfAbsent(p.birthDate() + p.sex().code(), k -> new ArrayList<>()).add(p);
            }
        }
        if (byBirthAndSex.isEmpty()) {
            return Map.of();
        }
        Map<Sex, List<LocalDate>> datesBySex = new EnumMap<>(Sex.class);
        people.stream().filter(PersonKey::complete).map(p -> Map.entry(p.sex(), p.birthDate())).distinct()
                .forEach(e -> datesBySex.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<PersonKey, List<SimilarStudent>> similar = tx.read(em -> {
            Map<Long, String> schoolNames = SchoolServiceImpl.schoolNames(em);
            Map<PersonKey, List<Match>> matches = new HashMap<>();
            // one query per sex and 500 birth dates (index on BIRTH_DATE, SEX), not one per person; unsorted:
            // in a district of a million, the dates of an import's rows without ID reach hundreds of
            // thousands of records, and sorting them all cost more than reading them
            datesBySex.forEach((sex, dates) -> {
                for (int from = 0; from < dates.size(); from += 500) {
                    List<LocalDate> chunk = dates.subList(from, Math.min(dates.size(), from + 500));
                    for (Object[] row : em.createQuery("select s.name, s.birthDate, s.schoolId, s.registryNumber,"
                                    + " s.classId from Student s where s.birthDate in :dates and s.sex = :sex",
                                    Object[].class)
                            .setParameter("dates", chunk).setParameter("sex", sex.code()).getResultList()) {
                        String other = (String) row[0];
                        List<PersonKey> candidates = byBirthAndSex.get(row[1].toString() + sex.code());
                        if (candidates == null) {
                            continue;
                        }
                        for (PersonKey p : candidates) {
                            boolean same = other.equals(p.name());
                            if (same || NameSounds.soundAlike(other, p.name())) {
                                // R1: another school's child stays anonymous to a school user
                                SimilarStudent found = actor.canSee((Long) row[2], (Long) row[4])
                                        ? new SimilarStudent(other, p.sex(), p.birthDate(), schoolNames.getOrDefault(
                                        (Long) row[2], "?"), StudentServiceImpl.maskedRegistryNumber((String) row[3]),
                                        !same) : SimilarStudent.elsewhere(p.sex());
                                matches.computeIfAbsent(p, k -> new ArrayList<>())
                                        .add(new Match(other, (String) row[3], found));
                            }
                        }
                    }
                }
            });
            // by the other record's name (then 学籍号), whether or not it may be shown
            Map<PersonKey, List<SimilarStudent>> result = new HashMap<>();
            matches.forEach((p, list) -> result.put(p, list.stream().sorted(Match.ORDER).map(Match::student)
                    .toList()));
            return result;
        });
        List<SimilarStudent> found = similar.values().stream().flatMap(List::stream).toList();
        crossSchool.record(actor, "similar-name", people.size(), found.size(),
                (int) found.stream().filter(SimilarStudent::withheld).count());
        return similar;
    }

    /**
     * D1 一人一籍: an ID number has one record in the whole district. The holding school is
     * named only to an actor who may see the record (R1); a refusal that reveals a record at
     * another school is audited and counts against the account's hourly budget.
     */
    void refuseDuplicateIdNumber(EntityManager em, Actor actor, String idNumber, Long exceptStudentId) {
        if (idNumber == null) {
            return;
        }
        List<Object[]> holders = em.createQuery("select s.id, s.schoolId, s.classId from Student s"
                + " where s.idNumber = :id", Object[].class).setParameter("id", idNumber).getResultList();
        for (Object[] holder : holders) {
            if (!holder[0].equals(exceptStudentId)) {
                throw new ValidationException(List.of(duplicateError(em, actor, idNumber, holder, "registration")));
            }
        }
    }

    void refuseDuplicateIdNumbers(EntityManager em, Actor actor, Set<String> idNumbers) {
        List<String> all = new ArrayList<>(idNumbers);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            List<Object[]> holders = em.createQuery(
                    "select s.idNumber, s.schoolId, s.classId from Student s where s.idNumber in :ids", Object[].class)
                    .setParameter("ids", chunk).setMaxResults(1).getResultList();
            if (!holders.isEmpty()) {
                Object[] h = holders.get(0);
                FieldError e = duplicateError(em, actor, (String) h[0], new Object[] {null, h[1], h[2]},
                        "registration-batch");
                throw new DomainException(e.messageKey(), e.args());
            }
        }
    }

    /** The refusal of a duplicate ID number: {@code holder} is (id, schoolId, classId). */
    private FieldError duplicateError(EntityManager em, Actor actor, String idNumber, Object[] holder, String kind) {
        Long schoolId = (Long) holder[1];
        if (actor.canSee(schoolId, (Long) holder[2])) {
            crossSchool.record(actor, kind, 1, 1, 0);
            SchoolEntity school = em.find(SchoolEntity.class, schoolId);
            return new FieldError("idNumber", RegistryMessages.DUPLICATE_ID_NUMBER, IdentityMask.idNumber(idNumber),
                    school == null ? "?" : school.name);
        }
        crossSchool.admit(actor, kind);
        crossSchool.record(actor, kind, 1, 1, 1);
        return new FieldError("idNumber", RegistryMessages.DUPLICATE_ID_NUMBER_ELSEWHERE, IdentityMask.idNumber(idNumber));
    }

    /** A similar record found, with what orders it among the others. */
    private record Match(String name, String registryNumber, SimilarStudent student) {
        static final Comparator<Match> ORDER = Comparator.comparing(Match::name)
                .thenComparing(Match::registryNumber);
    }
}
