package org.xueji.upgradeprobe.internal;

/** Which release of the probe this is: what probe:list and the view show. */
public final class ProbeRelease {

    /** The release's major version, as {@code probe:list} prints it ({@code version 2}). */
    public static final int MAJOR = 2;

    /** The view's version mark ({@code probe-version}). */
    public static final String MARK = "v" + MAJOR;

    private ProbeRelease() {
    }
}
