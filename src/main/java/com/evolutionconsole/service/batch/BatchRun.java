package com.evolutionconsole.service.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One batch, run once by {@link #call()} on a background thread: it starts the items in order as slots free up
 * and the gap allows, then waits for the started ones. {@link #cancel()} (from any thread) stops the items not
 * started yet; the started ones finish, since a create or delete already sent cannot be taken back.
 */
public final class BatchRun<T, R> implements Callable<BatchReport<T, R>> {

    private final ExecutorService pool;
    private final int parallelism;
    private final Duration minGap;
    private final Clock clock;
    private final Sleeper sleeper;
    private final List<T> items;
    private final Function<? super T, ? extends R> work;
    private final BatchListener<T, R> listener;
    private final AtomicReferenceArray<ItemOutcome<T, R>> outcomes;
    private final AtomicBoolean started = new AtomicBoolean();

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when an item finished or the batch was cancelled. */
    private final Condition changed = lock.newCondition();
    private int running;
    private volatile boolean cancelled;
    /** The thread in the pacing wait, which a cancel interrupts; null outside it. */
    private Thread pacing;

    BatchRun(ExecutorService pool, int parallelism, Duration minGap, Clock clock, Sleeper sleeper, List<T> items,
             Function<? super T, ? extends R> work, BatchListener<T, R> listener) {
        this.pool = pool;
        this.parallelism = parallelism;
        this.minGap = minGap;
        this.clock = clock;
        this.sleeper = sleeper;
        this.items = List.copyOf(items);
        this.work = work;
        this.listener = listener;
        this.outcomes = new AtomicReferenceArray<>(this.items.size());
    }

    /** Stops the items not started; the started ones finish. Harmless when done or repeated. */
    public void cancel() {
        lock.lock();
        try {
            cancelled = true;
            if (pacing != null) {
                pacing.interrupt();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public BatchReport<T, R> call() throws InterruptedException {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a batch runs once");
        }
        int next = 0;
        Instant lastStart = null;
        try {
            for (; next < items.size(); next++) {
                if (!awaitFreeSlot() || (lastStart != null && !awaitGap(lastStart))) {
                    break;
                }
                lastStart = clock.instant();
                launch(next);
            }
        } catch (InterruptedException e) {
            cancel();
            cancelFrom(next);
            throw e;
        }
        cancelFrom(next);
        try {
            awaitStartedItems();
        } catch (InterruptedException e) {
            cancel();
            throw e;
        }
        List<ItemOutcome<T, R>> all = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            all.add(outcomes.get(i));
        }
        return new BatchReport<>(all, cancelled);
    }

    /** False once cancelled. */
    private boolean awaitFreeSlot() throws InterruptedException {
        lock.lock();
        try {
            while (running >= parallelism && !cancelled) {
                changed.await();
            }
            return !cancelled;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until {@code minGap} has passed since {@code lastStart}; false once cancelled. */
    private boolean awaitGap(Instant lastStart) throws InterruptedException {
        Duration wait = Duration.between(clock.instant(), lastStart.plus(minGap));
        if (wait.isNegative() || wait.isZero()) {
            return !cancelled;
        }
        lock.lock();
        try {
            if (cancelled) {
                return false;
            }
            pacing = Thread.currentThread();
        } finally {
            lock.unlock();
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            if (!cancelled) {
                throw e;
            }
        } finally {
            lock.lock();
            try {
                pacing = null;
                if (cancelled) {
                    // A cancel's interrupt that came just after the sleep must not break the wait for started items.
                    Thread.interrupted();
                }
            } finally {
                lock.unlock();
            }
        }
        return !cancelled;
    }

    private void launch(int index) {
        T item = items.get(index);
        lock.lock();
        try {
            running++;
        } finally {
            lock.unlock();
        }
        listener.started(index, item);
        try {
            pool.execute(() -> perform(index, item));
        } catch (RejectedExecutionException shutDown) {
            finish(index, ItemOutcome.failed(item, shutDown));
        }
    }

    private void perform(int index, T item) {
        ItemOutcome<T, R> outcome;
        Error fatal = null;
        try {
            outcome = ItemOutcome.succeeded(item, work.apply(item));
        } catch (RuntimeException failure) {
            outcome = ItemOutcome.failed(item, failure);
        } catch (Error error) {
            // Reported and counted down before it goes on: the batch must not wait forever for this item.
            outcome = ItemOutcome.failed(item, error);
            fatal = error;
        }
        finish(index, outcome);
        if (fatal != null) {
            throw fatal;
        }
    }

    private void finish(int index, ItemOutcome<T, R> outcome) {
        outcomes.set(index, outcome);
        try {
            // Announced before the slot is freed, so whatever was announced is in the report.
            listener.finished(index, outcome);
        } finally {
            lock.lock();
            try {
                running--;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private void cancelFrom(int first) {
        for (int i = first; i < items.size(); i++) {
            ItemOutcome<T, R> outcome = ItemOutcome.cancelled(items.get(i));
            outcomes.set(i, outcome);
            listener.finished(i, outcome);
        }
    }

    private void awaitStartedItems() throws InterruptedException {
        lock.lock();
        try {
            while (running > 0) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }
}
