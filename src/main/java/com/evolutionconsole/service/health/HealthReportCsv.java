package com.evolutionconsole.service.health;

import com.evolutionconsole.service.export.Csv;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A health report as CSV, next to its Markdown and JSON: one record per instance, its issues (with their tips)
 * joined in one field, and the instances a cancel left unchecked. Pure: no I/O.
 */
public final class HealthReportCsv {

    static final List<String> HEADER = List.of("instance", "exists", "listed_state", "live_state", "ready",
            "state_mismatch", "qr", "issues");

    private HealthReportCsv() {
    }

    public static String toCsv(HealthReport report) {
        StringBuilder csv = new StringBuilder();
        Csv.appendRecord(csv, HEADER);
        for (InstanceHealth health : report.instances()) {
            Csv.appendRecord(csv, Arrays.asList(health.name(), HealthReportFormatter.yesNo(health.exists()),
                    health.listedState() == null ? null : health.listedState().label(),
                    health.liveState() == null ? null : health.liveState().label(),
                    HealthReportFormatter.yesNo(health.ready()), HealthReportFormatter.yesNo(health.stateMismatch()), health.qr().label(),
                    issues(health.issues())));
        }
        for (String name : report.notChecked()) {
            Csv.appendRecord(csv, Arrays.asList(name, null, null, null, null, null, null,
                    "Not checked: the check was cancelled first."));
        }
        return csv.toString();
    }

    /** "Problem: Disconnected (close). Tip: Connect it… | Note: …". */
    private static String issues(List<HealthIssue> issues) {
        List<String> parts = new ArrayList<>();
        for (HealthIssue issue : issues) {
            parts.add(issue.severity().word() + ": " + issue.text() + (issue.tip().isEmpty() ? "" : " Tip: " + issue.tip()));
        }
        return String.join(" | ", parts);
    }
}
