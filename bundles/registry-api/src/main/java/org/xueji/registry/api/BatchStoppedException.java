package org.xueji.registry.api;

/** A batch registration stopped on request; nothing of it was stored. */
public class BatchStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BatchStoppedException(int storedBeforeStop) {
        super("batch stopped after " + storedBeforeStop + " records; rolled back");
    }
}
