package com.evolutionconsole.bench;

import com.evolutionconsole.ui.common.Cancellable;
import com.evolutionconsole.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Wraps the app's executor and times every callback on the FX thread: the FX-thread share of background work. */
final class TimingUiExecutor implements UiExecutor {

    private final UiExecutor delegate;
    final List<Long> callbackNanos = new CopyOnWriteArrayList<>();

    TimingUiExecutor(UiExecutor delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        return delegate.run(work, result -> {
            long start = System.nanoTime();
            onSuccess.accept(result);
            callbackNanos.add(System.nanoTime() - start);
        }, onFailure);
    }

    @Override
    public void onUi(Runnable action) {
        delegate.onUi(() -> {
            long start = System.nanoTime();
            action.run();
            callbackNanos.add(System.nanoTime() - start);
        });
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
