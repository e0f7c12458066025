package com.evolutionconsole.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The test {@link UiExecutor}: work runs at once on the calling thread, and timers fire only when the test moves
 * the clock with {@link #advance}. Deterministic, no toolkit, no sleeps.
 */
public final class ManualUiExecutor implements UiExecutor {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final List<Timer> timers = new ArrayList<>();
    private int tasksRun;
    /** Every failure handed to a ViewModel, in order (to check what the operator was told). */
    public final List<Throwable> failures = new ArrayList<>();

    private final class Timer implements Cancellable {
        Instant due;
        final Duration period;
        final Runnable action;
        boolean cancelled;

        Timer(Instant due, Duration period, Runnable action) {
            this.due = due;
            this.period = period;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        tasksRun++;
        T result;
        try {
            result = work.call();
        } catch (Throwable failure) {
            failures.add(failure);
            onFailure.accept(failure);
            return Cancellable.NONE;
        }
        onSuccess.accept(result);
        return Cancellable.NONE;
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public Cancellable every(Duration period, Runnable action) {
        Timer timer = new Timer(now.plus(period), period, action);
        timers.add(timer);
        return timer;
    }

    @Override
    public Cancellable after(Duration delay, Runnable action) {
        Timer timer = new Timer(now.plus(delay), null, action);
        timers.add(timer);
        return timer;
    }

    @Override
    public Clock clock() {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    /** Moves time forward, firing every timer that falls due, in order. */
    public void advance(Duration duration) {
        Instant end = now.plus(duration);
        while (true) {
            Timer next = timers.stream().filter(t -> !t.cancelled && !t.due.isAfter(end))
                    .min((a, b) -> a.due.compareTo(b.due)).orElse(null);
            if (next == null) {
                break;
            }
            now = next.due;
            if (next.period == null) {
                next.cancelled = true;
            } else {
                next.due = next.due.plus(next.period);
            }
            next.action.run();
        }
        now = end;
        timers.removeIf(t -> t.cancelled);
    }

    /** How many background tasks ran, to check that an action did (or did not) call the server. */
    public int tasksRun() {
        return tasksRun;
    }

    /** Timers still active, to check that a ViewModel stops polling when it should. */
    public long activeTimers() {
        return timers.stream().filter(t -> !t.cancelled).count();
    }
}
