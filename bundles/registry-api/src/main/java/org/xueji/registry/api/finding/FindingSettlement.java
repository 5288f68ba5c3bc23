package org.xueji.registry.api.finding;

/** How a registry change settled a finding. */
public enum FindingSettlement {
    /** The record came to the school by an approved transfer (籍随人走). */
    TRANSFERRED_IN,
    /** The school registered the child (a starting grade): the record was created there. */
    REGISTERED
}
