package com.evolutionconsole.service.monitor;

import java.time.Duration;
import java.util.Objects;

/** How the monitor checks and reacts: interval, alert threshold, restart backoff and attempts, timeline length. */
public record MonitorSettings(Duration checkInterval, Duration alertAfter, int maxRestarts,
                              Duration firstRestartDelay, Duration maxRestartDelay, int timelineLimit) {

    public MonitorSettings {
        // alertAfter should outlast the close/connecting flap of a server that cannot reach WhatsApp (~5 s phases).
        Objects.requireNonNull(checkInterval, "checkInterval");
        Objects.requireNonNull(alertAfter, "alertAfter");
        Objects.requireNonNull(firstRestartDelay, "firstRestartDelay");
        Objects.requireNonNull(maxRestartDelay, "maxRestartDelay");
        if (checkInterval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("check at most once a second");
        }
        if (alertAfter.isNegative() || firstRestartDelay.compareTo(Duration.ofSeconds(1)) < 0
                || maxRestartDelay.compareTo(firstRestartDelay) < 0) {
            throw new IllegalArgumentException("alertAfter must not be negative; restart delays at least 1 s, cap >= first");
        }
        if (maxRestarts < 1 || timelineLimit < 1) {
            throw new IllegalArgumentException("maxRestarts and timelineLimit are at least 1");
        }
    }

    /** Every minute; alert after 2 min; up to 5 restarts, 30 s apart and doubling up to 10 min; 200 entries. */
    public static MonitorSettings defaults() {
        return new MonitorSettings(Duration.ofSeconds(60), Duration.ofMinutes(2), 5, Duration.ofSeconds(30),
                Duration.ofMinutes(10), 200);
    }

    public MonitorSettings withCheckInterval(Duration value) {
        return new MonitorSettings(value, alertAfter, maxRestarts, firstRestartDelay, maxRestartDelay, timelineLimit);
    }

    public MonitorSettings withAlertAfter(Duration value) {
        return new MonitorSettings(checkInterval, value, maxRestarts, firstRestartDelay, maxRestartDelay, timelineLimit);
    }

    public MonitorSettings withMaxRestarts(int value) {
        return new MonitorSettings(checkInterval, alertAfter, value, firstRestartDelay, maxRestartDelay, timelineLimit);
    }

    public MonitorSettings withRestartDelays(Duration first, Duration max) {
        return new MonitorSettings(checkInterval, alertAfter, maxRestarts, first, max, timelineLimit);
    }

    public MonitorSettings withTimelineLimit(int value) {
        return new MonitorSettings(checkInterval, alertAfter, maxRestarts, firstRestartDelay, maxRestartDelay, value);
    }

    /** The wait after restart attempt {@code attempt} (1-based) before its re-check: first delay doubled, capped. */
    public Duration restartDelay(int attempt) {
        Duration delay = firstRestartDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxRestartDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRestartDelay) > 0 ? maxRestartDelay : delay;
    }
}
