package org.xueji.admission.api;

import java.time.Instant;

/** An uploaded proof of an application (judged on the server by its content); the bytes come separately. */
public record Evidence(long id, long applicationId, String proof, String kind, String fileName, int bytes,
                       Instant uploadedAt, String uploadedBy) {
}
