package org.xueji.platform.api.release;

import java.util.List;
import org.xueji.platform.api.Actor;

/**
 * R4: no export, print or report carrying personal data without an approved data-release
 * request; district administrators are not exempt.
 */
public interface DataReleaseService {

    DataRelease request(Actor actor, NewDataRelease request);

    DataRelease approve(Actor approver, long requestId, String note);

    DataRelease reject(Actor approver, long requestId, String reason);

    /** Requests the actor may see: their own, their school's, or all for approvers. */
    List<DataRelease> list(Actor actor);

    /** Approved, unexpired requests with downloads left that this actor may use now. */
    List<DataRelease> usable(Actor actor);

    /**
     * Uses one download of an approved request for an export (audited). Refuses with a
     * message saying why when the request is missing, pending, rejected, expired or used up.
     *
     * @param exportKind e.g. {@code students.csv}
     * @return the request, whose {@link DataRelease#watermark()} the file must carry
     */
    default DataRelease authorizeExport(Actor actor, long requestId, String exportKind, Long schoolId) {
        return authorizeExport(actor, requestId, new ExportRequest(exportKind, schoolId, null, null));
    }

    /**
     * Uses one download of an approved request for an export (audited), checking the request's
     * structured scope first (R4): the export's school must be the release's (a district-wide
     * release covers any), a grade asked for must be one of the release's grades, and the
     * required field groups must be covered; otherwise refused without using a download. The
     * service producing the data then keeps only rows of the release's grades and only columns
     * of its field groups ({@link DataRelease#scope()}).
     */
    DataRelease authorizeExport(Actor actor, long requestId, ExportRequest export);
}
