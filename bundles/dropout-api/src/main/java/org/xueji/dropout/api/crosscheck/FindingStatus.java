package org.xueji.dropout.api.crosscheck;

/** A finding waits for a resolution; resolving it needs a reason (audited). */
public enum FindingStatus { OPEN, RESOLVED }
