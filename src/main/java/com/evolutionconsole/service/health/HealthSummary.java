package com.evolutionconsole.service.health;

import java.util.List;

/** Counts over checked instances, the same in the dialog and in saved reports. */
public record HealthSummary(int checked, int ready, int needsAttention, int missing, int stateMismatches) {

    public static HealthSummary of(List<InstanceHealth> instances) {
        int ready = 0;
        int attention = 0;
        int missing = 0;
        int mismatches = 0;
        for (InstanceHealth health : instances) {
            ready += health.ready() ? 1 : 0;
            attention += health.needsAttention() ? 1 : 0;
            missing += health.exists() ? 0 : 1;
            mismatches += health.stateMismatch() ? 1 : 0;
        }
        return new HealthSummary(instances.size(), ready, attention, missing, mismatches);
    }

    /** For example "2 of 4 ready · 1 needs attention · 1 missing · 1 state mismatch". */
    public String text() {
        return ready + " of " + checked + " ready · " + needsAttention + " need" + (needsAttention == 1 ? "s" : "")
                + " attention · " + missing + " missing · " + stateMismatches + " state mismatch"
                + (stateMismatches == 1 ? "" : "es");
    }
}
