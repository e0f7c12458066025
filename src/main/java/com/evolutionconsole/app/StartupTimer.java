package com.evolutionconsole.app;

import java.lang.management.ManagementFactory;

/** Times a start from the JVM's own start: to the window shown, and to the first instance list (a usable window). */
final class StartupTimer {

    private final long jvmStartMillis;
    private long windowShownMillis = -1;
    private long firstListingMillis = -1;

    private StartupTimer(long jvmStartMillis) {
        this.jvmStartMillis = jvmStartMillis;
    }

    static StartupTimer fromJvmStart() {
        return new StartupTimer(ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    void windowShown() {
        windowShownMillis = System.currentTimeMillis() - jvmStartMillis;
    }

    /** Records the first listing; false if one was recorded already. */
    boolean firstListing() {
        if (firstListingMillis >= 0) {
            return false;
        }
        firstListingMillis = System.currentTimeMillis() - jvmStartMillis;
        return true;
    }

    @Override
    public String toString() {
        return "window shown " + windowShownMillis + " ms and instances listed " + firstListingMillis
                + " ms after the JVM started";
    }
}
