package com.evolutionconsole.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * How ViewModels run work: {@link #run} does the work off the UI thread and hands the result (or failure) back on
 * it; timers fire on the UI thread. The app injects a pool + {@code Platform.runLater}; tests inject one that runs
 * everything on the calling thread with a clock they move, so ViewModel tests need no toolkit and no sleeps.
 */
public interface UiExecutor {

    /** Runs {@code work} in the background, then exactly one of the callbacks on the UI thread (none if cancelled). */
    <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread, now if already there. For progress reported from background work. */
    void onUi(Runnable action);

    /** Runs {@code action} on the UI thread every {@code period}, first after one period. */
    Cancellable every(Duration period, Runnable action);

    /** Runs {@code action} once on the UI thread after {@code delay}. */
    Cancellable after(Duration delay, Runnable action);

    /** The clock timers and countdowns read. */
    Clock clock();
}
