package org.xueji.platform.api.workflow;

/** A decision on a step: approve or reject, nothing else (R17: decided, never left open). */
public enum Decision { APPROVE, REJECT }
