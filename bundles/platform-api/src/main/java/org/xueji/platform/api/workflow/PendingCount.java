package org.xueji.platform.api.workflow;

/** How many steps wait for the actor's decision, and how many of them are overdue. */
public record PendingCount(int pending, int overdue) {
}
