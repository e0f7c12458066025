package com.evolutionconsole.ui.monitor;

import com.evolutionconsole.service.monitor.MonitorScheduler;
import com.evolutionconsole.ui.common.Cancellable;
import com.evolutionconsole.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The monitor's scheduler in the app: the UI executor's timer picks the moment, its background pool runs the task. */
public final class UiExecutorScheduler implements MonitorScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(UiExecutorScheduler.class);

    private final UiExecutor executor;

    public UiExecutorScheduler(UiExecutor executor) {
        this.executor = executor;
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable task) {
        Cancellable timer = executor.after(delay, () -> executor.run(() -> {
            task.run();
            return null;
        }, done -> { }, failure -> LOG.warn("A monitor task failed", failure)));
        return timer::cancel;
    }

    /** A clock that reads the executor's clock at every call, so it moves with a test executor's timers. */
    public Clock clock() {
        return new ExecutorClock(executor, executor.clock().getZone());
    }

    private static final class ExecutorClock extends Clock {
        private final UiExecutor executor;
        private final ZoneId zone;

        ExecutorClock(UiExecutor executor, ZoneId zone) {
            this.executor = executor;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return executor.clock().instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new ExecutorClock(executor, other);
        }
    }
}
