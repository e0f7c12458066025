package com.evolutionconsole.service.health;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A finished (or cancelled) health check. {@code instances} are in the order asked for; {@code notChecked} names
 * the instances a cancel stopped; {@code qrProbed} says whether connect was called on closed instances.
 */
public record HealthReport(Instant checkedAt, boolean qrProbed, ServerHealth server, List<InstanceHealth> instances,
                           List<String> notChecked, boolean cancelled) {

    public HealthReport {
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(server, "server");
        instances = List.copyOf(instances);
        notChecked = List.copyOf(notChecked);
    }

    public HealthSummary summary() {
        return HealthSummary.of(instances);
    }
}
