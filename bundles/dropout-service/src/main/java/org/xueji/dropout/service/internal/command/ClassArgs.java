package org.xueji.dropout.service.internal.command;

import org.xueji.platform.api.Actor;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;

/** A class typed in the shell as school code, grade and class number (the ids are not on any paper). */
final class ClassArgs {

    static SchoolClass find(SchoolService schools, Actor actor, String schoolCode, int grade, int number) {
        long schoolId = Schools.idOf(schools, actor, schoolCode);
        return schools.listClasses(actor, schoolId).stream()
                .filter(c -> c.gradeLevel() == grade && c.classNumber() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("学校 " + schoolCode + " 没有 " + grade + " 年级 " + number
                        + " 班"));
    }

    private ClassArgs() {
    }
}
