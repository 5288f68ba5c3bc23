package org.xueji.classbalance.service.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.xueji.classbalance.api.ClassBalanceMessages;
import org.xueji.classbalance.api.HeadTeacherDraw;
import org.xueji.classbalance.api.HeadTeacherDraw.DrawnHeadTeacher;
import org.xueji.classbalance.api.HeadTeacherVerification;
import org.xueji.classbalance.api.NewHeadTeacherDraw;
import org.xueji.classbalance.api.RunStatus;
import org.xueji.classbalance.service.internal.entity.HeadTeacherDrawEntity;
import org.xueji.classbalance.service.internal.entity.RunEntity;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.lottery.SeededDraw;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.placement.ClassPlacement;

/**
 * Head teachers (班主任) drawn by lot for a confirmed run's classes (issue 9 item 3). The candidates
 * are {@code account:<user name>} for the school's teacher accounts and {@code name:<name>} for
 * teachers named without one; {@link SeededDraw} orders them and class k gets the k-th. The draw
 * is stored (CB_HEAD_TEACHER_DRAW), audited with ids and counts only, and the names are written to
 * the registry's classes (REG_CLASS.HEAD_TEACHER through {@link ClassPlacement#setHeadTeachers}) in
 * the same transaction. Permission and scope are checked by the caller.
 */
final class HeadTeacherDraws {

    static final String ACCOUNT = "account:";
    static final String NAME = "name:";
    /** REG_CLASS.HEAD_TEACHER holds 50 characters. */
    static final int NAME_MAX = 50;
    static final int SEED_MAX = 100;

    private final ModuleSupport support;
    private final ClassPlacement placement;

    HeadTeacherDraws(ModuleSupport support, ClassPlacement placement) {
        this.support = support;
        this.placement = placement;
    }

    /**
     * @param teacherAccount the account of a user name as an actor, or empty when unknown / disabled
     */
    HeadTeacherDraw draw(Actor actor, long runId, NewHeadTeacherDraw request,
                         Function<String, Optional<Actor>> teacherAccount) {
        return support.transactions().inTransaction(em -> {
            RunEntity run = ClassBalanceServiceImpl.load(em, actor, runId);
            if (!RunStatus.CONFIRMED.name().equals(run.status)) {
                throw new DomainException(ClassBalanceMessages.RUN_NOT_CONFIRMED, run.id);
            }
            if (em.find(HeadTeacherDrawEntity.class, runId) != null) {
                throw new DomainException(ClassBalanceMessages.HEAD_TEACHERS_ALREADY_DRAWN, run.id);
            }
            // candidate → the name the registry's class gets
            Map<String, String> names = new LinkedHashMap<>();
            for (String username : request.accounts()) {
                String u = username == null ? "" : username.strip();
                Actor teacher = teacherAccount.apply(u).orElse(null);
                if (teacher == null || teacher.schoolId() == null || teacher.schoolId() != run.schoolId
                        || teacher.role() != Role.TEACHER && teacher.role() != Role.HEAD_TEACHER) {
                    throw new DomainException(ClassBalanceMessages.NOT_A_TEACHER_OF_SCHOOL, u);
                }
                add(names, ACCOUNT + teacher.username(), teacher.displayName(), u);
            }
            for (String name : request.names()) {
                String n = name == null ? "" : name.strip();
                if (n.isEmpty() || n.length() > NAME_MAX || hasBreak(n)) {
                    throw new DomainException(ClassBalanceMessages.HEAD_TEACHER_NAME_INVALID);
                }
                add(names, NAME + n, n, n);
            }
            if (names.size() < run.classes) {
                throw new DomainException(ClassBalanceMessages.HEAD_TEACHERS_TOO_FEW, names.size(), run.classes);
            }
            String seed = request.seed() == null || request.seed().isBlank() ? SeededDraw.newSeed()
                    : request.seed().strip();
            if (seed.length() > SEED_MAX || hasBreak(seed)) {
                throw new DomainException(ClassBalanceMessages.SEED_INVALID);
            }
            List<String> order = SeededDraw.draw(names.keySet(), seed);
            Map<Integer, String> headTeachers = new HashMap<>();
            StringBuilder result = new StringBuilder();
            for (int k = 1; k <= run.classes; k++) {
                String candidate = order.get(k - 1);
                headTeachers.put(k, names.get(candidate));
                result.append(k).append('\t').append(candidate).append('\t').append(names.get(candidate)).append('\n');
            }
            HeadTeacherDrawEntity e = new HeadTeacherDrawEntity();
            e.runId = run.id;
            e.seed = seed;
            e.candidates = String.join("\n", new TreeSet<>(names.keySet()));
            e.resultText = result.toString();
            e.drawnBy = actor.username();
            e.drawnAt = support.now();
            em.persist(e);
            em.flush();
            placement.setHeadTeachers(em, actor, run.schoolId, run.grade, run.schoolYear, headTeachers);
            // ids and counts only: user names are account ids, named teachers' names stay out (R7)
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("seed", seed);
            changes.put("candidates", names.size());
            changes.put("classes", run.classes);
            changes.put("accountsDrawn", accountsByClass(e.resultText));
            support.audit(em, AuditEvent.of(actor, ClassBalanceAuditActions.HEAD_TEACHERS, "balance-run", run.id,
                    run.schoolId).withChanges(changes));
            return view(e);
        });
    }

    private static void add(Map<String, String> names, String candidate, String registryName, String shown) {
        if (names.containsKey(candidate)) {
            throw new DomainException(ClassBalanceMessages.HEAD_TEACHER_TWICE, shown);
        }
        names.put(candidate, registryName);
    }

    private static boolean hasBreak(String s) {
        return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\t') >= 0;
    }

    /** "1=zhang.t 3=li.t": the classes that drew an account, by user name. */
    private static String accountsByClass(String resultText) {
        StringBuilder b = new StringBuilder();
        for (DrawnHeadTeacher d : parse(resultText)) {
            if (d.candidate().startsWith(ACCOUNT)) {
                b.append(b.length() == 0 ? "" : " ").append(d.classNumber()).append('=')
                        .append(d.candidate().substring(ACCOUNT.length()));
            }
        }
        return b.toString();
    }

    static Optional<HeadTeacherDraw> find(EntityManager em, long runId) {
        return Optional.ofNullable(em.find(HeadTeacherDrawEntity.class, runId)).map(HeadTeacherDraws::view);
    }

    /** Redoes the draw from the stored candidates and seed and compares it with the stored classes. */
    static HeadTeacherVerification verify(HeadTeacherDraw stored) {
        List<String> again = SeededDraw.draw(stored.candidates(), stored.seed());
        boolean same = true;
        for (DrawnHeadTeacher d : stored.classes()) {
            same &= again.get(d.classNumber() - 1).equals(d.candidate());
        }
        return new HeadTeacherVerification(stored.runId(), stored.seed(), same);
    }

    static HeadTeacherDraw view(HeadTeacherDrawEntity e) {
        return new HeadTeacherDraw(e.runId, e.seed, List.of(e.candidates.split("\n")), parse(e.resultText),
                e.drawnBy, e.drawnAt);
    }

    private static List<DrawnHeadTeacher> parse(String resultText) {
        List<DrawnHeadTeacher> classes = new ArrayList<>();
        for (String line : resultText.split("\n")) {
            if (!line.isEmpty()) {
                String[] f = line.split("\t", 3);
                classes.add(new DrawnHeadTeacher(Integer.parseInt(f[0]), f[1], f[2]));
            }
        }
        return classes;
    }
}
