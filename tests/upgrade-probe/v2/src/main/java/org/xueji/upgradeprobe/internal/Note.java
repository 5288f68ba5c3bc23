package org.xueji.upgradeprobe.internal;

/** A note as the service hands it out. */
public record Note(long id, String text, int priority) {

    /** The line of {@code probe:list}: {@code <id>|<text>|<priority>}. */
    public String line() {
        return id + "|" + text + "|" + priority;
    }
}
