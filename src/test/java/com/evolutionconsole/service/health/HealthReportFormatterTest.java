package com.evolutionconsole.service.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.KeyKind;
import com.squareup.moshi.Moshi;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The saved report: JSON that parses back with every field, Markdown with one table row per instance. */
class HealthReportFormatterTest {

    private final HealthReport report = new HealthReport(Instant.parse("2026-11-25T10:00:00Z"), false,
            new ServerHealth("http://127.0.0.1:8080/", true, "2.3.6", 12L, KeyKind.GLOBAL, 3, List.of()),
            List.of(
                    new InstanceHealth("sales-team", true, ConnectionState.OPEN, ConnectionState.OPEN,
                            QrAvailability.NOT_PROBED, List.of()),
                    new InstanceHealth("odd|name", true, ConnectionState.CLOSE, ConnectionState.CONNECTING,
                            QrAvailability.NOT_PROBED, List.of(
                                    HealthIssue.warning("Pairing in progress (connecting).", "Scan the QR code."),
                                    HealthIssue.info("Listed as close, live state is connecting.", "The list lags."))),
                    new InstanceHealth("ghost", false, null, null, QrAvailability.NOT_PROBED, List.of(
                            HealthIssue.problem("No instance named \"ghost\" on this server.", "Create it first.")))),
            List.of("late-one"), true);

    @Test
    @SuppressWarnings("unchecked")
    void jsonParsesBackWithEveryField() throws Exception {
        String json = HealthReportFormatter.toJson(report);

        Map<String, Object> root = (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(json);
        assertThat(root).containsEntry("checkedAt", "2026-11-25T10:00:00Z").containsEntry("cancelled", true)
                .containsEntry("qrProbed", false).containsEntry("notChecked", List.of("late-one"));
        Map<String, Object> server = (Map<String, Object>) root.get("server");
        assertThat(server).containsEntry("version", "2.3.6").containsEntry("latencyMs", 12.0)
                .containsEntry("keyKind", "GLOBAL").containsEntry("reachable", true).containsEntry("instanceCount", 3.0);
        Map<String, Object> summary = (Map<String, Object>) root.get("summary");
        assertThat(summary).containsEntry("checked", 3.0).containsEntry("ready", 1.0).containsEntry("missing", 1.0)
                .containsEntry("stateMismatches", 1.0).containsEntry("notChecked", 1.0);
        List<Map<String, Object>> instances = (List<Map<String, Object>>) root.get("instances");
        assertThat(instances).extracting(i -> i.get("name")).containsExactly("sales-team", "odd|name", "ghost");
        assertThat(instances.get(1)).containsEntry("listedState", "close").containsEntry("liveState", "connecting")
                .containsEntry("stateMismatch", true).containsEntry("ready", false).containsEntry("qr", "NOT_PROBED");
        assertThat(instances.get(2)).containsEntry("listedState", null).containsEntry("exists", false);
        List<Map<String, Object>> issues = (List<Map<String, Object>>) instances.get(2).get("issues");
        assertThat(issues).singleElement().satisfies(issue -> assertThat(issue)
                .containsEntry("severity", "PROBLEM").containsEntry("tip", "Create it first."));
    }

    @Test
    void markdownHasOneTableRowPerInstanceAndTheTips() {
        String markdown = HealthReportFormatter.toMarkdown(report);

        String table = markdown.substring(markdown.indexOf("| Instance |"));
        List<String> rows = table.lines().takeWhile(line -> line.startsWith("|")).skip(2).toList();
        assertThat(rows).as("one row per instance").hasSize(3);
        assertThat(markdown).contains("| sales-team | yes | open | open | yes | not probed | — |")
                .contains("| odd\\|name | yes | close | connecting (mismatch) | no | not probed | Pairing in progress (connecting).; Listed as close, live state is connecting. |")
                .contains("| ghost | no | — | — | no | not probed | No instance named \"ghost\" on this server. |");
        assertThat(markdown).contains("| Version | 2.3.6 |").contains("| Latency of GET / | 12 ms |")
                .contains("| Key | global key |");
        assertThat(markdown).contains("- **Problem**: No instance named \"ghost\" on this server. Tip: Create it first.");
        assertThat(markdown).contains("QR probe: off").contains("**Cancelled**: 1 instance(s) not checked")
                .contains("## Not checked (cancelled)\n\n- late-one");
        assertThat(markdown).contains("1 of 3 ready · 1 needs attention · 1 missing · 1 state mismatch");
    }

    @Test
    void formatPicksTheRequestedOne() {
        assertThat(HealthReportFormatter.format(report, ReportFormat.JSON)).startsWith("{");
        assertThat(HealthReportFormatter.format(report, ReportFormat.MARKDOWN)).startsWith("# Evolution API health report");
    }
}
