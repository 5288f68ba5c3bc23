package org.xueji.enrollment.api;

/** Progress of a long import, for a progress bar; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    /** The phases of an import, in order; the console names them in the user's language. */
    enum Phase {
        /** Reading the file's rows. */
        READ,
        /** Checking each row (identity, codes, classes, duplicates). */
        CHECK,
        /** Writing the valid rows to the registry. */
        WRITE
    }

    /**
     * @param total 0 when not yet known
     */
    void update(Phase phase, int done, int total);
}
