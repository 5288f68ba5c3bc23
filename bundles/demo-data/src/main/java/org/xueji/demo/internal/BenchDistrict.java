package org.xueji.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.xueji.demo.DemoClass;
import org.xueji.demo.DemoDistrictGenerator;
import org.xueji.demo.DemoSchool;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.StudentData;

/**
 * What {@code xueji:bench-enrollment} generates: a district of {@code rows + extras} students from
 * the generator (synthetic, never real people), all placed into one nine-year school; every
 * {@code step}-th student is an extra (only in the roster, never imported). Classes: per grade as
 * many as 45 per class need, at most 99; a starting grade's intake has none.
 */
final class BenchDistrict {

    static final int MAX_CLASSES_PER_GRADE = 99;
    static final int CLASS_SIZE = 45;
    /** The class number of a student registered without a class (a starting grade's intake). */
    static final int NO_CLASS = 0;

    /** A generated student as the import file and the roster need it; {@code row} 0 for an extra. */
    record Person(int row, String name, String idNumber, int grade, int classNumber, boolean extra) {

        /** The class number as the roster writes it: none for a student without a class. */
        Integer rosterClass() {
            return classNumber == NO_CLASS ? null : classNumber;
        }
    }

    interface Visitor {
        void visit(Person person, StudentData data) throws IOException;
    }

    final DemoDistrictGenerator generator;
    final int rows;
    final int extras;
    final int schoolYear;
    final int[] classes = new int[10];
    final int[] perClass = new int[10];
    private final List<DemoSchool> district;

    BenchDistrict(DemoDistrictGenerator generator, int rows, int extras, int schoolYear) {
        this.generator = generator;
        this.rows = rows;
        this.extras = extras;
        this.schoolYear = schoolYear;
        this.district = generator.schools(rows + extras, 1);
        int[] gradeTotals = new int[10];
        for (DemoSchool s : district) {
            for (DemoClass c : s.classes()) {
                gradeTotals[c.gradeLevel()] += c.studentCount();
            }
        }
        for (int g = 1; g <= 9; g++) {
            // a starting grade's intake is registered without a class and placed later by 阳光分班
            // (R15): at 100,000 rows it would need classes over the cap of 55 (R14) or over 99 classes
            classes[g] = gradeTotals[g] == 0 || Grades.isStartingGrade(g) ? 0
                    : Math.min(MAX_CLASSES_PER_GRADE, Math.max(1, (gradeTotals[g] + CLASS_SIZE - 1) / CLASS_SIZE));
            perClass[g] = classes[g] == 0 ? 0 : (gradeTotals[g] + classes[g] - 1) / classes[g];
        }
    }

    /** Every generated student in order, numbered by its row in the import file (header = row 1). */
    void forEach(Visitor visitor) {
        int step = extras == 0 ? Integer.MAX_VALUE : Math.max(2, (rows + extras) / extras);
        int[] placed = new int[10];
        int index = 0;
        int row = 1;
        int extraCount = 0;
        try {
            for (DemoSchool s : district) {
                for (DemoClass c : s.classes()) {
                    Iterator<StudentData> it = generator.students(s, c, 0L, 0L).iterator();
                    while (it.hasNext()) {
                        StudentData d = it.next();
                        int g = c.gradeLevel();
                        int classNumber = classes[g] == 0 ? NO_CLASS : Math.min(classes[g], placed[g]++ / perClass[g] + 1);
                        boolean extra = extraCount < extras && index++ % step == step - 1;
                        if (extra) {
                            extraCount++;
                        } else {
                            row++;
                        }
                        visitor.visit(new Person(extra ? 0 : row, d.name(), d.idNumber(), g, classNumber, extra), d);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
