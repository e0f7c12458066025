package com.evolutionconsole.service.batch;

import com.evolutionconsole.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Sleeper} that never waits: it moves the pacing clock by what was asked, records it, and runs a hook. */
public final class RecordingSleeper implements Sleeper {

    public final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
    public final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    /** Runs at each sleep, after the clock moved: a test cancels from here, between two starts. */
    public volatile Runnable onSleep = () -> { };

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        clock.advance(duration);
        onSleep.run();
    }
}
