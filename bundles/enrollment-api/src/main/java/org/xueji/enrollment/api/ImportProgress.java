package org.xueji.enrollment.api;

/** Progress of a long import, for a progress bar; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    /**
     * @param phase "读取", "校验" or "写入"
     * @param total 0 when not yet known
     */
    void update(String phase, int done, int total);
}
