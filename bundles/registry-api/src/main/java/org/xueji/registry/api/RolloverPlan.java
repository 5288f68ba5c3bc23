package org.xueji.registry.api;

import java.util.List;

/**
 * The dry run of a rollover: per school, what would happen.
 *
 * @param schoolYear 2025 for the rollover at the end of the 2025–2026 school year
 * @param yearEnded  whether the school year has ended (the run is refused before)
 */
public record RolloverPlan(int schoolYear, boolean yearEnded, List<SchoolRollover> schools) {

    public RolloverPlan {
        schools = List.copyOf(schools);
    }

    /** Schools that would be rolled over now: not done, and without problems. */
    public List<SchoolRollover> pending() {
        return schools.stream().filter(s -> !s.done() && s.problems().isEmpty()).toList();
    }

    public List<SchoolRollover> refused() {
        return schools.stream().filter(s -> !s.done() && !s.problems().isEmpty()).toList();
    }

    public int studentsMovingUp() {
        return pending().stream().mapToInt(SchoolRollover::movingUp).sum();
    }

    public int studentsGraduating() {
        return pending().stream().mapToInt(SchoolRollover::graduating).sum();
    }

    public int studentsRepeating() {
        return pending().stream().mapToInt(SchoolRollover::repeating).sum();
    }

    /**
     * One school's part of the rollover.
     *
     * @param done            rolled over already (nothing more happens)
     * @param grades          per grade taught, before the rollover
     * @param classesToCreate classes the new year needs for repeaters (no class of their grade
     *                        and number moves up into it)
     * @param problems        reasons the school would be refused (message keys with arguments)
     */
    public record SchoolRollover(long schoolId, String schoolCode, String schoolName, SchoolType type, boolean done,
                                 List<GradeRollover> grades, int classesToCreate, List<RolloverProblem> problems) {
        public SchoolRollover {
            grades = List.copyOf(grades);
            problems = List.copyOf(problems);
        }

        public int movingUp() {
            return grades.stream().mapToInt(GradeRollover::movingUp).sum();
        }

        public int graduating() {
            return grades.stream().mapToInt(GradeRollover::graduating).sum();
        }

        public int repeating() {
            return grades.stream().mapToInt(GradeRollover::repeating).sum();
        }
    }

    /**
     * One grade of a school.
     *
     * @param classes    its classes now
     * @param movingUp   students moving to the next grade
     * @param graduating students of the final grade who graduate
     * @param repeating  students staying in this grade
     */
    public record GradeRollover(int gradeLevel, int classes, int movingUp, int graduating, int repeating) {
    }

    /** A reason a school cannot be rolled over, as a message key and its arguments. */
    public record RolloverProblem(RolloverMessages message, List<String> args) {
        public RolloverProblem {
            args = List.copyOf(args);
        }
    }
}
