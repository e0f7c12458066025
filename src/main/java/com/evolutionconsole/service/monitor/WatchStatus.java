package com.evolutionconsole.service.monitor;

import com.evolutionconsole.domain.ConnectionState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A snapshot of one watched instance: phase, last and next check, episode, restarts, timeline (oldest first). */
public record WatchStatus(String name, boolean autoRestart, Phase phase, ConnectionState state, Integer reasonCode,
                          String detail, Instant lastCheckAt, Instant nextCheckAt, Instant unhealthySince,
                          int restartAttempts, int maxRestarts, List<TimelineEntry> timeline, long revision) {

    /** Where a watched instance stands. */
    public enum Phase {
        /** Watched, first check not done yet. */
        PENDING,
        HEALTHY,
        /** Unhealthy, but not for longer than the alert threshold yet (it may be a flap). */
        UNHEALTHY,
        /** Alerted; no restart running (auto-restart off, or nothing a restart could fix). */
        ALERTED,
        /** Alerted and being restarted with backoff. */
        RESTARTING,
        /** Every restart attempt was used; watched on, but not restarted again in this episode. */
        GAVE_UP,
        /** Final close: needs a new QR code. */
        LOGGED_OUT,
        /** No longer on the server. */
        MISSING
    }

    public WatchStatus {
        // state is null when the last check could not read it; revision orders snapshots taken on different threads.
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
        detail = detail == null ? "" : detail;
        timeline = List.copyOf(timeline);
    }

    /** Needs a person's attention (an alert stands). */
    public boolean attention() {
        return phase == Phase.ALERTED || phase == Phase.RESTARTING || phase == Phase.GAVE_UP
                || phase == Phase.LOGGED_OUT || phase == Phase.MISSING;
    }

    /** The health in a few words, as of the last check. */
    public String healthText() {
        return switch (phase) {
            case PENDING -> "not checked yet";
            case HEALTHY -> "healthy";
            case UNHEALTHY -> "unhealthy for " + DurationText.of(Duration.between(unhealthySince, lastCheckAt));
            case ALERTED -> "alert: unhealthy for " + DurationText.of(Duration.between(unhealthySince, lastCheckAt));
            case RESTARTING -> "restarting (" + restartAttempts + " of " + maxRestarts + ")";
            case GAVE_UP -> "gave up after " + restartAttempts + " restart" + (restartAttempts == 1 ? "" : "s");
            case LOGGED_OUT -> "logged out: needs a new QR code";
            case MISSING -> "no longer on the server";
        };
    }
}
