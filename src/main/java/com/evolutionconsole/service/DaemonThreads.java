package com.evolutionconsole.service;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads for the console's pools: named for the log, and daemon, so none keeps the JVM alive after the window. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Threads called {@code prefix-1}, {@code prefix-2}, … */
    public static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A fixed pool of {@code threads} such threads. */
    public static ExecutorService fixedPool(String prefix, int threads) {
        return Executors.newFixedThreadPool(threads, named(prefix));
    }
}
