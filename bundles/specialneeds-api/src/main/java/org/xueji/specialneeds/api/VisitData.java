package org.xueji.specialneeds.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One home-teaching visit (or remote lesson) as logged by a teacher.
 *
 * @param childId          the child of the register
 * @param date             the day, not in the future
 * @param start            start time
 * @param end              end time, after start
 * @param periods          class periods taught, at least 1
 * @param teachers         the teachers' accounts (the logging teacher included by the caller)
 * @param content          what was taught
 * @param progress         the child's progress
 * @param remote           a remote lesson rather than a visit at home
 * @param confirmationCode the code the guardian read out, or null when a signature is given
 * @param signature        the guardian's signature image (PNG/JPEG), or null when a code is given
 * @param photos           photos as evidence (PNG/JPEG, judged by content)
 */
public record VisitData(long childId, LocalDate date, LocalTime start, LocalTime end, int periods,
                        List<String> teachers, String content, String progress, boolean remote,
                        String confirmationCode, byte[] signature, List<byte[]> photos) {

    public VisitData {
        teachers = teachers == null ? List.of() : List.copyOf(teachers);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
