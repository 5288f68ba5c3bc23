package org.xueji.platform.api.workflow;

/**
 * A step's state. WAITING: an earlier step is not yet approved; PENDING: open for a decision
 * (lapsed or not); APPROVED / REJECTED: decided; CLOSED: never opened because an earlier step
 * was rejected.
 */
public enum StepStatus { WAITING, PENDING, APPROVED, REJECTED, CLOSED }
