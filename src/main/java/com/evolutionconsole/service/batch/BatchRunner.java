package com.evolutionconsole.service.batch;

import com.evolutionconsole.service.DaemonThreads;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Runs one piece of work per item on an injected pool, at most {@code parallelism} at once and starts at least
 * {@code minGap} apart, so a batch of creates does not hit the server with a burst. Clock and sleeper are
 * injected, so tests check the pacing without waiting.
 */
public final class BatchRunner {

    /** Creates at once: the real server blocks 5–10 s per create that asks for a QR code. */
    public static final int CREATE_PARALLELISM = 3;
    /** Between two create starts, so the server's WhatsApp sessions do not all start in the same instant. */
    public static final Duration CREATE_GAP = Duration.ofMillis(500);
    /** Restarts, logouts, deletes and presences at once: quick calls, but no burst of hundreds. */
    public static final int BULK_PARALLELISM = 4;

    private final ExecutorService pool;
    private final int parallelism;
    private final Duration minGap;
    private final Clock clock;
    private final Sleeper sleeper;

    /** The bound is the smaller of {@code parallelism} and the pool's thread count. */
    public BatchRunner(ExecutorService pool, int parallelism, Duration minGap, Clock clock, Sleeper sleeper) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        if (minGap.isNegative()) {
            throw new IllegalArgumentException("negative gap");
        }
        this.pool = Objects.requireNonNull(pool, "pool");
        this.parallelism = parallelism;
        this.minGap = minGap;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** How many items run at once, at most. */
    public int parallelism() {
        return parallelism;
    }

    /** The least time between two starts. */
    public Duration minGap() {
        return minGap;
    }

    /** The defaults for creates: {@value #CREATE_PARALLELISM} at once, {@link #CREATE_GAP} apart, real time. */
    public static BatchRunner forCreates(ExecutorService pool) {
        return new BatchRunner(pool, CREATE_PARALLELISM, CREATE_GAP, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** The defaults for bulk actions: {@value #BULK_PARALLELISM} at once, no gap. */
    public static BatchRunner forBulkActions(ExecutorService pool) {
        return new BatchRunner(pool, BULK_PARALLELISM, Duration.ZERO, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** A pool of daemon threads for the app: they never keep the JVM alive after the window closed. */
    public static ExecutorService newPool(int threads) {
        return DaemonThreads.fixedPool("batch", threads);
    }

    /**
     * A batch, not yet started: {@link BatchRun#call()} performs it (blocking), {@link BatchRun#cancel()} stops
     * the items not started. {@code work} may throw; a throw is that item's failure.
     */
    public <T, R> BatchRun<T, R> prepare(List<T> items, Function<? super T, ? extends R> work,
                                         BatchListener<T, R> listener) {
        return new BatchRun<>(pool, parallelism, minGap, clock, sleeper, items, work,
                listener == null ? new BatchListener<>() { } : listener);
    }
}
