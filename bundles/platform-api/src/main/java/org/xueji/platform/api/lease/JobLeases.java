package org.xueji.platform.api.lease;

import java.time.Duration;

/**
 * One lease per background job, held by one node at a time and kept in the shared database
 * (platform-workflow's {@code WFL_JOB_LEASE}). A node takes the lease before each run and runs
 * the job only while it holds it; a lease that is not renewed expires, so when its holder
 * stops another node takes the job over. With one node, that node always holds every lease.
 */
public interface JobLeases {

    /**
     * Takes the job's lease, or renews it when this node holds it already, until
     * {@code duration} from now.
     *
     * @param job a name unique among jobs, e.g. the job's thread name {@code xueji-transfer-followup}
     * @return {@code true} when this node holds the lease now; {@code false} when another node
     *         holds an unexpired lease of the job
     */
    boolean acquire(String job, Duration duration);

    /** Gives the job's lease up if this node holds it, so that another node may take it at once. */
    void release(String job);

    /** This node's id, unique per start of the JVM (shown in logs and in the lease table). */
    String nodeId();
}
