package org.xueji.platform.api.workflow;

/** A request is pending until its last step is approved or any step is rejected. */
public enum RequestStatus { PENDING, APPROVED, REJECTED }
