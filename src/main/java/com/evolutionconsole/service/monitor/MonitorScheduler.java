package com.evolutionconsole.service.monitor;

import java.time.Duration;

/** When the monitor's checks and restarts run: in the background (they block on the network), after a delay. */
public interface MonitorScheduler {

    /** Runs {@code task} once, in the background, after {@code delay} (zero: as soon as possible). */
    Scheduled schedule(Duration delay, Runnable task);

    /** A task not run yet; cancelling a task that already started (or ran) is harmless and does not stop it. */
    @FunctionalInterface
    interface Scheduled {
        void cancel();
    }
}
