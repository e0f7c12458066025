package com.evolutionconsole.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;

/**
 * Measures how long the FX thread keeps the UI waiting: every 5 ms it posts a no-op and records how late it ran.
 * The longest delay is the longest stall a person could feel.
 */
final class StallProbe implements AutoCloseable {

    private static final long PERIOD_NANOS = 5_000_000;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Long> delaysNanos = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;

    StallProbe() {
        thread = new Thread(this::loop, "stall-probe");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running.get()) {
            long posted = System.nanoTime();
            AtomicBoolean done = new AtomicBoolean();
            Platform.runLater(() -> {
                delaysNanos.add(System.nanoTime() - posted);
                done.set(true);
            });
            while (!done.get() && running.get()) {
                LockSupport.parkNanos(200_000);
            }
            LockSupport.parkNanos(PERIOD_NANOS);
        }
    }

    /** The longest delay since the last reset, in milliseconds. */
    double maxMillis() {
        synchronized (delaysNanos) {
            return delaysNanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        }
    }

    double percentileMillis(double p) {
        synchronized (delaysNanos) {
            if (delaysNanos.isEmpty()) {
                return 0;
            }
            List<Long> sorted = new ArrayList<>(delaysNanos);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1)) / 1e6;
        }
    }

    void reset() {
        delaysNanos.clear();
    }

    @Override
    public void close() {
        running.set(false);
    }
}
