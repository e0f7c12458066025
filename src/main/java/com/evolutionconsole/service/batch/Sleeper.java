package com.evolutionconsole.service.batch;

import java.time.Duration;

/** How a batch waits out the gap between two starts; tests inject one that returns at once and records. */
@FunctionalInterface
public interface Sleeper {

    /** The real wait; a cancel interrupts it. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /** Waits {@code duration}; throws when the waiting thread is interrupted. */
    void sleep(Duration duration) throws InterruptedException;
}
