package org.xueji.ledger.service.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.MessageKey;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.release.DataReleaseStatus;
import org.xueji.platform.api.release.NewDataRelease;

/**
 * A data-release service that approves the ids it was given and refuses every other one, and
 * records each authorisation asked for (R4): the ledger must ask it before handing out rows.
 */
final class ReleaseDouble implements DataReleaseService {

    enum Refusal implements MessageKey {
        NOT_APPROVED;

        @Override
        public String key() {
            return name();
        }
    }

    record Call(String username, long releaseId, String exportKind, Long schoolId) {
    }

    private final Set<Long> approved;
    final List<Call> calls = new ArrayList<>();

    ReleaseDouble(Set<Long> approved) {
        this.approved = approved;
    }

    @Override
    public DataRelease authorizeExport(Actor actor, long requestId, String exportKind, Long schoolId) {
        calls.add(new Call(actor.username(), requestId, exportKind, schoolId));
        actor.require(Permission.EXPORT_DATA);
        if (!approved.contains(requestId)) {
            throw new DomainException(Refusal.NOT_APPROVED);
        }
        return new DataRelease(requestId, actor.username(), "台帐统计", "区教育局", "台帐", schoolId, "岳教函〔2025〕7号",
                false, DataReleaseStatus.APPROVED, "leader", Instant.EPOCH, "同意", Instant.EPOCH, Instant.MAX, 3, 1);
    }

    @Override
    public DataRelease authorizeExport(Actor actor, long requestId, org.xueji.platform.api.release.ExportRequest e) {
        // the ledger asks through the four-argument form above
        throw new UnsupportedOperationException();
    }

    @Override
    public DataRelease request(Actor actor, NewDataRelease request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public DataRelease approve(Actor approver, long requestId, String note) {
        throw new UnsupportedOperationException();
    }

    @Override
    public DataRelease reject(Actor approver, long requestId, String reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<DataRelease> list(Actor actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<DataRelease> usable(Actor actor) {
        throw new UnsupportedOperationException();
    }
}
