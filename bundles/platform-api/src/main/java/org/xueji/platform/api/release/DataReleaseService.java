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
    DataRelease authorizeExport(Actor actor, long requestId, String exportKind, Long schoolId);
}
