package com.evolutionconsole.ui.common;

import com.evolutionconsole.service.DaemonThreads;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app's {@link UiExecutor}: a pool of daemon threads for I/O, results delivered with {@code Platform.runLater}. */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxUiExecutor.class);

    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final Clock clock;

    public FxUiExecutor(int workerThreads) {
        this.workers = DaemonThreads.fixedPool("console-io", workerThreads);
        this.timers = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("console-timer"));
        this.clock = Clock.systemUTC();
    }

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> future = workers.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Throwable failure) {
                if (!(failure instanceof InterruptedException || failure instanceof CancellationException)) {
                    LOG.debug("Background work failed", failure);
                }
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(failure);
                    }
                });
            }
        });
        return () -> {
            cancelled.set(true);
            future.cancel(true);
        };
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public Cancellable every(Duration period, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ScheduledFuture<?> future = timers.scheduleAtFixedRate(() -> Platform.runLater(() -> {
            if (!cancelled.get()) {
                action.run();
            }
        }), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return () -> {
            cancelled.set(true);
            future.cancel(false);
        };
    }

    @Override
    public Cancellable after(Duration delay, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ScheduledFuture<?> future = timers.schedule(() -> Platform.runLater(() -> {
            if (!cancelled.get()) {
                action.run();
            }
        }), delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> {
            cancelled.set(true);
            future.cancel(false);
        };
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        timers.shutdownNow();
    }
}
