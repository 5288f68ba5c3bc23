package org.xueji.upgradeprobe.internal;

/** A note as the service hands it out. */
public record Note(long id, String text) {

    /** The line of {@code probe:list}: {@code <id>|<text>}. */
    public String line() {
        return id + "|" + text;
    }
}
