package com.evolutionconsole.service.health;

import com.evolutionconsole.domain.ConnectionState;
import java.util.List;
import java.util.Objects;

/**
 * The health of one instance. {@code listedState} is the list's stored copy (null when not listed),
 * {@code liveState} is connectionState (null when it could not be read); they can differ because the stored copy
 * lags. Issues carry a tip each.
 */
public record InstanceHealth(String name, boolean exists, ConnectionState listedState, ConnectionState liveState,
                             QrAvailability qr, List<HealthIssue> issues) {

    public InstanceHealth {
        Objects.requireNonNull(name, "name");
        qr = qr == null ? QrAvailability.NOT_PROBED : qr;
        issues = List.copyOf(issues);
    }

    /** "Can connect" in the SDK's words: the live state is open, so the instance can send. */
    public boolean ready() {
        return liveState != null && liveState.isOpen();
    }

    /** The stored copy and the live state disagree (both known). */
    public boolean stateMismatch() {
        return listedState != null && liveState != null && !listedState.label().equals(liveState.label());
    }

    /** Exists but is not ready, or has a problem worth acting on. */
    public boolean needsAttention() {
        return exists && (!ready() || issues.stream().anyMatch(i -> i.severity() == HealthIssue.Severity.PROBLEM));
    }
}
