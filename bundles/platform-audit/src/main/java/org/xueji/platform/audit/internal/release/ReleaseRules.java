package org.xueji.platform.audit.internal.release;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseStatus;
import org.xueji.platform.api.release.ExportRequest;
import org.xueji.platform.api.release.NewDataRelease;
import org.xueji.platform.api.release.ReleaseField;
import org.xueji.platform.api.release.ReleaseScope;

/**
 * The rules of data release (R4), pure: what a request must contain, what state a request
 * is in now, and whether an actor may use it for an export (and if not, why).
 */
public final class ReleaseRules {

    public static final int TEXT_MAX = 200;
    public static final int NOTE_MAX = 500;
    public static final int EXPORT_KIND_MAX = 100;
    public static final int MIN_DOWNLOADS = 1;
    public static final int MAX_DOWNLOADS = 100;
    public static final int MIN_VALID_DAYS = 1;
    public static final int MAX_VALID_DAYS = 90;
    public static final int SCAN_MAX_MB = 5;
    public static final int SCAN_MAX_BYTES = SCAN_MAX_MB * 1024 * 1024;
    public static final int MIN_GRADE = 1;
    public static final int MAX_GRADE = 12;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    /** The kinds of scanned approval accepted, recognised by their first bytes. */
    public enum ScanType {
        PDF(new byte[] {'%', 'P', 'D', 'F', '-'}),
        PNG(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
        JPG(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        private final byte[] magic;

        ScanType(byte[] magic) {
            this.magic = magic;
        }

        /** The type by magic bytes, whatever the file name says; {@code null} if none. */
        public static ScanType of(byte[] content) {
            if (content == null) {
                return null;
            }
            for (ScanType type : values()) {
                if (content.length >= type.magic.length) {
                    boolean match = true;
                    for (int i = 0; i < type.magic.length && match; i++) {
                        match = content[i] == type.magic[i];
                    }
                    if (match) {
                        return type;
                    }
                }
            }
            return null;
        }
    }

    /** Field errors of a new request; empty when it is acceptable. */
    public static List<FieldError> validate(NewDataRelease r) {
        List<FieldError> errors = new ArrayList<>();
        if (r == null) {
            errors.add(new FieldError("request", PlatformMessages.REQUIRED));
            return errors;
        }
        text(errors, "purpose", r.purpose(), TEXT_MAX, true);
        text(errors, "recipient", r.recipient(), TEXT_MAX, true);
        text(errors, "dataScope", r.dataScope(), TEXT_MAX, true);
        text(errors, "approvalDocumentNumber", r.approvalDocumentNumber(), TEXT_MAX, true);
        if (r.maxDownloads() < MIN_DOWNLOADS || r.maxDownloads() > MAX_DOWNLOADS) {
            errors.add(new FieldError("maxDownloads", ReleaseMessages.MAX_DOWNLOADS_RANGE, MIN_DOWNLOADS,
                    MAX_DOWNLOADS));
        }
        if (r.validDays() < MIN_VALID_DAYS || r.validDays() > MAX_VALID_DAYS) {
            errors.add(new FieldError("validDays", ReleaseMessages.VALID_DAYS_RANGE, MIN_VALID_DAYS, MAX_VALID_DAYS));
        }
        scope(errors, r.scope());
        byte[] scan = r.scannedApproval();
        if (scan != null && scan.length > 0) {
            if (scan.length > SCAN_MAX_BYTES) {
                errors.add(new FieldError("scannedApproval", ReleaseMessages.SCAN_TOO_LARGE, SCAN_MAX_MB));
            } else if (ScanType.of(scan) == null) {
                errors.add(new FieldError("scannedApproval", ReleaseMessages.SCAN_TYPE));
            }
            text(errors, "scannedApprovalName", r.scannedApprovalName(), TEXT_MAX, false);
        }
        return errors;
    }

    /** The structured scope (R4): at least one grade, each 1–12, and at least one field group. */
    static void scope(List<FieldError> errors, ReleaseScope scope) {
        if (scope == null || scope.grades().isEmpty()) {
            errors.add(new FieldError("grades", PlatformMessages.REQUIRED));
        } else if (scope.grades().first() < MIN_GRADE || scope.grades().last() > MAX_GRADE) {
            errors.add(new FieldError("grades", ReleaseMessages.GRADE_RANGE, MIN_GRADE, MAX_GRADE));
        }
        if (scope == null || scope.fields().isEmpty()) {
            errors.add(new FieldError("fields", PlatformMessages.REQUIRED));
        }
    }

    /** Required / length / control-character check of one text field (length in characters). */
    public static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, PlatformMessages.REQUIRED));
            }
            return;
        }
        if (value.codePointCount(0, value.length()) > max) {
            errors.add(new FieldError(field, PlatformMessages.TOO_LONG, max));
        }
        if (value.codePoints().anyMatch(ReleaseRules::isControl)) {
            errors.add(new FieldError(field, PlatformMessages.CONTROL_CHARACTERS));
        }
    }

    static boolean isControl(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT && cp != 0x200D
                || type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** The file name without any path; a default when missing. */
    public static String scanName(String name, ScanType type) {
        String n = name == null ? "" : name.strip();
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        return n.isEmpty() ? "approval." + type.name().toLowerCase() : n;
    }

    /**
     * The state shown and enforced now: an approved request becomes {@code EXPIRED} at
     * {@code validUntil} and {@code USED_UP} after its last download.
     */
    public static DataReleaseStatus effectiveStatus(DataReleaseStatus stored, Instant validUntil, int downloads,
                                                    int maxDownloads, Instant now) {
        if (stored != DataReleaseStatus.APPROVED) {
            return stored;
        }
        if (validUntil == null || !now.isBefore(validUntil)) {
            return DataReleaseStatus.EXPIRED;
        }
        if (downloads >= maxDownloads) {
            return DataReleaseStatus.USED_UP;
        }
        return DataReleaseStatus.APPROVED;
    }

    /**
     * As {@link #effectiveStatus(DataReleaseStatus, Instant, int, int, Instant)}, and an approved
     * request without a structured scope (made before scopes existed) counts as {@code EXPIRED}:
     * it says in free text only what it covers, so no export can be held to it.
     */
    public static DataReleaseStatus effectiveStatus(DataRelease release, Instant now) {
        DataReleaseStatus status = effectiveStatus(release.status(), release.validUntil(), release.downloads(),
                release.maxDownloads(), now);
        return status == DataReleaseStatus.APPROVED && release.scope() == null ? DataReleaseStatus.EXPIRED : status;
    }

    /** Whether the actor's scope covers the request: district actors all, school actors their school's. */
    public static boolean inScope(Actor actor, DataRelease release) {
        return actor.isDistrictWide() || release.schoolId() != null && release.schoolId().equals(actor.schoolId());
    }

    /** Whether the actor may use the request for an export now (the list of usable requests). */
    public static boolean usable(Actor actor, DataRelease release, Instant now) {
        return effectiveStatus(release, now) == DataReleaseStatus.APPROVED && inScope(actor, release);
    }

    /**
     * Throws a {@link DomainException} saying why the request cannot cover an export of
     * {@code exportSchoolId} ({@code null}: district-wide) by this actor now. District
     * administrators are not exempt. The caller checks the EXPORT_DATA permission.
     */
    public static void checkExport(Actor actor, DataRelease release, Long exportSchoolId, Instant now, ZoneId zone) {
        checkExport(actor, release, new ExportRequest("export", exportSchoolId, null, null), now, zone);
    }

    /**
     * As above, and the export must lie within the release's structured scope: a grade asked
     * for must be one of its grades, and the field groups the export cannot do without must be
     * covered. (Rows of other grades and columns of other groups, when not asked for by name,
     * are left out by the service producing the data.)
     */
    public static void checkExport(Actor actor, DataRelease release, ExportRequest export, Instant now,
                                   ZoneId zone) {
        Long exportSchoolId = export.schoolId();
        String id = String.valueOf(release.id());
        if (!inScope(actor, release)) {
            // another school's approval: an access violation (R1), handled and audited as one
            throw new org.xueji.platform.api.AccessDeniedException(ReleaseMessages.RELEASE_OTHER_SCHOOL, id);
        }
        if (release.scope() == null && release.status() != DataReleaseStatus.PENDING
                && release.status() != DataReleaseStatus.REJECTED) {
            // approved before scopes existed: says why rather than just "expired"
            throw new DomainException(ReleaseMessages.RELEASE_NO_SCOPE, id);
        }
        switch (effectiveStatus(release, now)) {
            case PENDING -> throw new DomainException(ReleaseMessages.RELEASE_PENDING, id);
            case REJECTED -> throw new DomainException(ReleaseMessages.RELEASE_REJECTED, id);
            case EXPIRED -> throw new DomainException(ReleaseMessages.RELEASE_EXPIRED, id,
                    release.validUntil() == null ? "—" : SHOWN.format(release.validUntil().atZone(zone)));
            case USED_UP -> throw new DomainException(ReleaseMessages.RELEASE_USED_UP, id,
                    String.valueOf(release.downloads()), String.valueOf(release.maxDownloads()));
            case APPROVED -> {
                // usable; the school must match
            }
        }
        if (release.schoolId() != null && !release.schoolId().equals(exportSchoolId)) {
            if (exportSchoolId == null) {
                throw new DomainException(ReleaseMessages.RELEASE_NOT_DISTRICT_WIDE, id,
                        String.valueOf(release.schoolId()));
            }
            throw new DomainException(ReleaseMessages.RELEASE_SCHOOL_MISMATCH, id, String.valueOf(release.schoolId()),
                    String.valueOf(exportSchoolId));
        }
        // a school actor exports only their own school, whatever the request covers
        actor.requireSchool(exportSchoolId);
        ReleaseScope scope = release.scope();
        if (export.gradeLevel() != null && !scope.coversGrade(export.gradeLevel())) {
            throw new DomainException(ReleaseMessages.RELEASE_GRADE_OUTSIDE, id, String.valueOf(export.gradeLevel()),
                    scope.gradesText());
        }
        List<String> missing = new ArrayList<>();
        for (ReleaseField field : export.requiredFields()) {
            if (!scope.covers(field)) {
                missing.add(field.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new DomainException(ReleaseMessages.RELEASE_FIELDS_OUTSIDE, id, String.join(",", missing));
        }
    }

    /** Whether the approver may decide the request: not their own, only while pending. */
    public static void checkDecision(Actor approver, String requester, DataReleaseStatus stored, long id) {
        if (Objects.equals(approver.username(), requester)) {
            throw new DomainException(ReleaseMessages.RELEASE_OWN_REQUEST, String.valueOf(id));
        }
        if (stored != DataReleaseStatus.PENDING) {
            throw new DomainException(ReleaseMessages.RELEASE_NOT_PENDING, String.valueOf(id), stored.label());
        }
    }

    private ReleaseRules() {
    }
}
