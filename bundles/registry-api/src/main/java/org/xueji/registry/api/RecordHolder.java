package org.xueji.registry.api;

/**
 * Who holds a record found by a duplicate check (D1 一人一籍). R1: the school is named only
 * to those who may see that record (district users, the holding school itself); a user of
 * another school learns only that a record exists elsewhere in the district, and asks the
 * district to resolve it.
 *
 * @param schoolId   the holding school; null when withheld
 * @param schoolName its name; null when withheld
 */
public record RecordHolder(Long schoolId, String schoolName) {

    /** A record exists at a school the actor may not see. */
    public static RecordHolder elsewhere() {
        return new RecordHolder(null, null);
    }

    /** Whether the holding school is withheld from the actor (R1). */
    public boolean withheld() {
        return schoolName == null;
    }
}
