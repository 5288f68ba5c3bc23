package org.xueji.classbalance.api;

/** A stored head-teacher draw redone from its candidates and seed. */
public record HeadTeacherVerification(long runId, String seed, boolean matches) {
}
