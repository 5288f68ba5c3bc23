package org.xueji.specialneeds.api;

import java.util.List;

/**
 * 一人一案: the individual plan of a child taught at home, per semester (R26).
 *
 * @param schoolYear     start year of the school year (2026 for 2026—2027)
 * @param semester       1 or 2
 * @param lifeSkills     goals: life skills
 * @param communication  goals: communication
 * @param motor          goals: motor skills
 * @param academic       goals: academic
 * @param content        teaching content
 * @param teachers       accounts of the teachers assigned (education line)
 * @param partners       medical and rehabilitation partners
 * @param schedule       the visit schedule (free text, e.g. "每周三下午 2 课时")
 */
public record PlanData(int schoolYear, int semester, String lifeSkills, String communication, String motor,
                       String academic, String content, List<String> teachers, String partners, String schedule) {

    public PlanData {
        teachers = teachers == null ? List.of() : List.copyOf(teachers);
    }
}
