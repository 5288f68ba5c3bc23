package org.xueji.admission.api;

import java.util.List;
import java.util.Optional;

/**
 * What a family without an account may do (the public pages): read published plans and areas
 * (no personal data), apply while the window is open, and see or edit its own application by
 * application number plus the child's ID number. A wrong pair yields empty, exactly like an
 * unknown number. Every call counts against the caller's address ({@code TOO_MANY_ATTEMPTS}).
 */
public interface PublicAdmission {

    /** Seasons whose plans are published (plans, areas, document rules; nothing personal). */
    List<Season> publishedSeasons();

    /** A family's own application: its number, the school's decision, and its result once published. */
    Optional<Application> lookup(String address, String applicationNumber, String childIdNumber);

    Application apply(String address, long seasonId, ApplicationForm form);

    /** Edits while the window is open and the school has not decided; same pair as {@link #lookup}. */
    Application edit(String address, String applicationNumber, String childIdNumber, ApplicationForm form);

    /** Published results of a school once the results date has come. */
    List<PublicResult> results(long seasonId, long schoolId);

    /**
     * The names of a published season's schools (those with an approved plan or in a service area),
     * by id, for the public page; empty while the season's plans are not published.
     */
    java.util.Map<Long, String> schoolNames(long seasonId);

    /**
     * The family uploads a proof of its own application (same pair as {@link #lookup}) while it may
     * still edit it: judged by content like the school's upload (PDF, PNG, JPEG ≤ 10 MB, image size),
     * at most {@code EVIDENCE_LIMIT} files per application; counts as a submission of the address.
     */
    Evidence uploadEvidence(String address, String applicationNumber, String childIdNumber, String proof,
                            String fileName, byte[] content);
}
