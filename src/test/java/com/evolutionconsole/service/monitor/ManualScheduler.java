package com.evolutionconsole.service.monitor;

import com.evolutionconsole.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The test {@link MonitorScheduler}: tasks run on the calling thread only when the test moves the shared clock
 * with {@link #advance}, each at its due instant, in order (ties in the order scheduled). No threads, no sleeps.
 */
final class ManualScheduler implements MonitorScheduler {

    private final MutableClock clock;
    private final List<Task> tasks = new ArrayList<>();
    private long sequence;

    ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    private static final class Task implements Scheduled {
        final Instant due;
        final long order;
        final Runnable action;
        boolean cancelled;

        Task(Instant due, long order, Runnable action) {
            this.due = due;
            this.order = order;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public synchronized Scheduled schedule(Duration delay, Runnable task) {
        Task scheduled = new Task(clock.instant().plus(delay), sequence++, task);
        tasks.add(scheduled);
        return scheduled;
    }

    /** Runs what is due now (the checks {@code watch} and {@code checkNow} asked for). */
    void runDue() {
        advance(Duration.ZERO);
    }

    /** Moves the clock forward, running every task that falls due, each with the clock at its due instant. */
    void advance(Duration duration) {
        Instant end = clock.instant().plus(duration);
        while (true) {
            Task next;
            synchronized (this) {
                tasks.removeIf(t -> t.cancelled);
                next = tasks.stream().filter(t -> !t.due.isAfter(end))
                        .min(Comparator.comparing((Task t) -> t.due).thenComparingLong(t -> t.order)).orElse(null);
                if (next == null) {
                    break;
                }
                tasks.remove(next);
            }
            if (next.due.isAfter(clock.instant())) {
                clock.set(next.due);
            }
            next.action.run();
        }
        clock.set(end);
    }

    synchronized long pending() {
        return tasks.stream().filter(t -> !t.cancelled).count();
    }
}
