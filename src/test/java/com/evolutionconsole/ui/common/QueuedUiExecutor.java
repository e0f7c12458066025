package com.evolutionconsole.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link UiExecutor} that holds background work until the test runs it, to see the state while work is in
 * flight (busy flags, refused second clicks). Timers and the clock are a {@link ManualUiExecutor}'s.
 */
public final class QueuedUiExecutor implements UiExecutor {

    private final ManualUiExecutor delegate = new ManualUiExecutor();
    /** Work handed over and not run yet, in order. */
    public final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        pending.add(() -> delegate.run(work, onSuccess, onFailure));
        return Cancellable.NONE;
    }

    /** Runs the held work (and its callbacks) on the calling thread. */
    public void runAll() {
        List<Runnable> now = new ArrayList<>(pending);
        pending.clear();
        now.forEach(Runnable::run);
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public Cancellable every(Duration period, Runnable action) {
        return delegate.every(period, action);
    }

    @Override
    public Cancellable after(Duration delay, Runnable action) {
        return delegate.after(delay, action);
    }

    @Override
    public Clock clock() {
        return delegate.clock();
    }
}
