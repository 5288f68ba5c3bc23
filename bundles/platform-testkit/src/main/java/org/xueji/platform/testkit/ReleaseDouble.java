package org.xueji.platform.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.MessageKey;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.release.DataReleaseStatus;
import org.xueji.platform.api.release.ExportRequest;
import org.xueji.platform.api.release.NewDataRelease;
import org.xueji.platform.api.release.ReleaseScope;

/**
 * The data-release service (R4) as a module's export sees it, for fast module tests: it records
 * every authorisation asked for (who, which release, what export), requires EXPORT_DATA as the real
 * service does, approves the release ids it was given (or all, or none) and refuses every other
 * with {@link Refusal#NOT_APPROVED}. The release rules themselves are platform-audit's, tested there;
 * everything but {@code authorizeExport} is unsupported here.
 */
public final class ReleaseDouble implements DataReleaseService {

    /** The refusal of a release id not approved. */
    public enum Refusal implements MessageKey {
        NOT_APPROVED;

        @Override
        public String key() {
            return name();
        }
    }

    /** One authorisation asked: the account, the release, and the export. */
    public record Asked(String username, long releaseId, String kind, Long schoolId, ExportRequest export) {
    }

    /** The written approval's number every approved release carries (an export's watermark names it). */
    public static final String DOCUMENT = "岳教函〔2026〕7号";

    private final Set<Long> approved;
    private boolean approveAll;
    private boolean refuseAll;
    private ReleaseScope scope;
    /** What was asked, in order. */
    public final List<Asked> asked = new ArrayList<>();

    private ReleaseDouble(Set<Long> approved, boolean approveAll) {
        this.approved = new HashSet<>(approved);
        this.approveAll = approveAll;
    }

    /** Approves these release ids only. */
    public static ReleaseDouble approving(Long... ids) {
        return new ReleaseDouble(Set.of(ids), false);
    }

    /** Approves any release id (until {@link #refuseAll}). */
    public static ReleaseDouble approvingAll() {
        return new ReleaseDouble(Set.of(), true);
    }

    /** From now on refuses every release id (true), or goes back to its approvals (false). */
    public ReleaseDouble refuseAll(boolean refuse) {
        refuseAll = refuse;
        return this;
    }

    /** The scope (grades, field groups) every approved release carries from now on; null: none, as before scopes. */
    public ReleaseDouble scope(ReleaseScope scope) {
        this.scope = scope;
        return this;
    }

    /** Both forms of {@code authorizeExport} land here (the short one is the interface's default). */
    @Override
    public DataRelease authorizeExport(Actor actor, long requestId, ExportRequest export) {
        asked.add(new Asked(actor.username(), requestId, export.kind(), export.schoolId(), export));
        return authorized(actor, requestId, export.schoolId());
    }

    private DataRelease authorized(Actor actor, long requestId, Long schoolId) {
        actor.require(Permission.EXPORT_DATA);
        if (refuseAll || !approveAll && !approved.contains(requestId)) {
            throw new DomainException(Refusal.NOT_APPROVED);
        }
        return new DataRelease(requestId, actor.username(), "测试导出", "区教育局", "测试数据", schoolId, DOCUMENT,
                false, DataReleaseStatus.APPROVED, "leader", Instant.EPOCH, "同意", Instant.EPOCH, Instant.MAX, 1, 1, scope);
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
