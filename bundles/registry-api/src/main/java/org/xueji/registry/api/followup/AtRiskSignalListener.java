package org.xueji.registry.api.followup;

/**
 * Whiteboard: told about children possibly out of school. The dropout module registers one and
 * creates a suspected-dropout entry (疑似辍学) — one per child however many sources find them.
 * Senders call it after their own transaction committed, never inside it; a listener that
 * throws is logged by the sender and does not stop the others or undo the sender's work.
 * Senders reference it with {@code cardinality = MULTIPLE, policy = DYNAMIC} so that no module
 * requires the dropout module.
 */
public interface AtRiskSignalListener {

    void atRisk(AtRiskSignal signal);
}
