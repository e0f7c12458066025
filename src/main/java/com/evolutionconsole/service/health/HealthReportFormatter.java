package com.evolutionconsole.service.health;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.KeyKind;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns a {@link HealthReport} into Markdown (to read or paste) or JSON (for scripts). Pure: no I/O. */
public final class HealthReportFormatter {

    private static final JsonAdapter<Object> JSON =
            new Moshi.Builder().build().adapter(Object.class).serializeNulls().indent("  ");
    private static final String NONE = "—";

    private HealthReportFormatter() {
    }

    public static String format(HealthReport report, ReportFormat format) {
        return switch (format) {
            case MARKDOWN -> toMarkdown(report);
            case JSON -> toJson(report);
            case CSV -> HealthReportCsv.toCsv(report);
        };
    }

    public static String toMarkdown(HealthReport report) {
        StringBuilder md = new StringBuilder();
        ServerHealth server = report.server();
        md.append("# Evolution API health report\n\n");
        md.append("- Server: ").append(server.url()).append('\n');
        md.append("- Checked at: ").append(DateTimeFormatter.ISO_INSTANT.format(report.checkedAt())).append('\n');
        md.append("- QR probe: ").append(report.qrProbed()
                ? "on (connect was called on closed instances, which started pairing)"
                : "off (connect was not called)").append('\n');
        if (report.cancelled()) {
            md.append("- **Cancelled**: ").append(report.notChecked().size()).append(" instance(s) not checked\n");
        }

        md.append("\n## Server\n\n| Check | Result |\n|---|---|\n");
        md.append("| Reachable | ").append(yesNo(server.reachable())).append(" |\n");
        md.append("| Version | ").append(cell(server.version())).append(" |\n");
        md.append("| Latency of GET / | ").append(server.latencyMillis() == null ? NONE : server.latencyMillis() + " ms")
                .append(" |\n");
        md.append("| Key | ").append(keyText(server.keyKind())).append(" |\n");
        md.append("| Instances listed | ").append(server.instanceCount() == null ? NONE : server.instanceCount())
                .append(" |\n");
        appendIssues(md, server.issues());

        md.append("\n## Instances\n\n").append(report.summary().text()).append("\n\n");
        md.append("| Instance | Exists | Listed state | Live state | Ready | QR | Issues |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (InstanceHealth health : report.instances()) {
            md.append("| ").append(cell(health.name().isEmpty() ? "(unnamed)" : health.name()))
                    .append(" | ").append(yesNo(health.exists()))
                    .append(" | ").append(state(health.listedState()))
                    .append(" | ").append(state(health.liveState()))
                    .append(health.stateMismatch() ? " (mismatch)" : "")
                    .append(" | ").append(yesNo(health.ready()))
                    .append(" | ").append(health.qr().label())
                    .append(" | ").append(cell(health.issues().stream().map(HealthIssue::text)
                            .collect(Collectors.joining("; "))))
                    .append(" |\n");
        }
        if (report.instances().stream().anyMatch(h -> !h.issues().isEmpty())) {
            md.append("\n## Issues and tips\n");
            for (InstanceHealth health : report.instances()) {
                if (!health.issues().isEmpty()) {
                    md.append("\n### ").append(health.name().isEmpty() ? "(unnamed)" : health.name()).append('\n');
                    appendIssues(md, health.issues());
                }
            }
        }
        if (!report.notChecked().isEmpty()) {
            md.append("\n## Not checked (cancelled)\n\n");
            report.notChecked().forEach(name -> md.append("- ").append(name).append('\n'));
        }
        return md.toString();
    }

    public static String toJson(HealthReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("checkedAt", DateTimeFormatter.ISO_INSTANT.format(report.checkedAt()));
        root.put("qrProbed", report.qrProbed());
        root.put("cancelled", report.cancelled());
        ServerHealth server = report.server();
        Map<String, Object> serverJson = new LinkedHashMap<>();
        serverJson.put("url", server.url());
        serverJson.put("reachable", server.reachable());
        serverJson.put("version", server.version());
        serverJson.put("latencyMs", server.latencyMillis());
        serverJson.put("keyKind", server.keyKind() == null ? null : server.keyKind().name());
        serverJson.put("instanceCount", server.instanceCount());
        serverJson.put("issues", issues(server.issues()));
        root.put("server", serverJson);
        HealthSummary summary = report.summary();
        Map<String, Object> summaryJson = new LinkedHashMap<>();
        summaryJson.put("checked", summary.checked());
        summaryJson.put("ready", summary.ready());
        summaryJson.put("needsAttention", summary.needsAttention());
        summaryJson.put("missing", summary.missing());
        summaryJson.put("stateMismatches", summary.stateMismatches());
        summaryJson.put("notChecked", report.notChecked().size());
        root.put("summary", summaryJson);
        List<Object> instances = new ArrayList<>();
        for (InstanceHealth health : report.instances()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", health.name());
            json.put("exists", health.exists());
            json.put("listedState", health.listedState() == null ? null : health.listedState().label());
            json.put("liveState", health.liveState() == null ? null : health.liveState().label());
            json.put("stateMismatch", health.stateMismatch());
            json.put("ready", health.ready());
            json.put("qr", health.qr().name());
            json.put("issues", issues(health.issues()));
            instances.add(json);
        }
        root.put("instances", instances);
        root.put("notChecked", report.notChecked());
        return JSON.toJson(root) + "\n";
    }

    /** How the dialog and the report name a key kind. */
    public static String keyText(KeyKind kind) {
        if (kind == null) {
            return NONE;
        }
        return switch (kind) {
            case GLOBAL -> "global key";
            case INSTANCE_TOKEN -> "instance token";
            case UNDETERMINED -> "undetermined (v1 server)";
        };
    }

    private static List<Object> issues(List<HealthIssue> issues) {
        List<Object> list = new ArrayList<>();
        for (HealthIssue issue : issues) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("severity", issue.severity().name());
            json.put("text", issue.text());
            json.put("tip", issue.tip());
            list.add(json);
        }
        return list;
    }

    private static void appendIssues(StringBuilder md, List<HealthIssue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        md.append('\n');
        for (HealthIssue issue : issues) {
            md.append("- **").append(issue.severity().word()).append("**: ").append(oneLine(issue.text()));
            if (!issue.tip().isEmpty()) {
                md.append(" Tip: ").append(oneLine(issue.tip()));
            }
            md.append('\n');
        }
    }

    private static String state(ConnectionState state) {
        return state == null ? NONE : cell(state.label());
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** A table cell: pipes escaped, one line, a dash when empty. */
    private static String cell(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        return oneLine(text).replace("|", "\\|");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
