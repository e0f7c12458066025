package com.evolutionconsole.service.export;

import com.evolutionconsole.service.health.HealthReportCsv;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.KeyKind;
import com.evolutionconsole.service.health.HealthIssue;
import com.evolutionconsole.service.health.HealthReport;
import com.evolutionconsole.service.health.InstanceHealth;
import com.evolutionconsole.service.health.QrAvailability;
import com.evolutionconsole.service.health.ServerHealth;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A health report as CSV: one record per instance with its issues joined, and the ones a cancel left out. */
class HealthReportCsvTest {

    private final HealthReport report = new HealthReport(Instant.parse("2026-11-25T10:00:00Z"), true,
            new ServerHealth("http://127.0.0.1:8080/", true, "2.3.6", 12L, KeyKind.GLOBAL, 3, List.of()),
            List.of(
                    new InstanceHealth("sales-team", true, ConnectionState.OPEN, ConnectionState.OPEN,
                            QrAvailability.NOT_PROBED, List.of()),
                    new InstanceHealth("odd, \"name\"", true, ConnectionState.CLOSE, ConnectionState.CONNECTING,
                            QrAvailability.AVAILABLE, List.of(
                                    HealthIssue.warning("Pairing in progress (connecting).", "Scan the QR code."),
                                    HealthIssue.info("Listed as close, live state is connecting.", ""))),
                    new InstanceHealth("ghost", false, null, null, QrAvailability.NOT_PROBED, List.of(
                            HealthIssue.problem("No instance named \"ghost\" on this server.", "Create it first.")))),
            List.of("late-one"), true);

    @Test
    void oneRecordPerInstanceWithItsIssuesJoined() {
        List<List<String>> records = RfcCsvReader.read(HealthReportCsv.toCsv(report));

        assertThat(records.get(0)).containsExactly("instance", "exists", "listed_state", "live_state", "ready",
                "state_mismatch", "qr", "issues");
        assertThat(records.get(1)).containsExactly("sales-team", "yes", "open", "open", "yes", "no", "not probed", "");
        assertThat(records.get(2)).containsExactly("odd, \"name\"", "yes", "close", "connecting", "no", "yes",
                "available", "Warning: Pairing in progress (connecting). Tip: Scan the QR code. | "
                        + "Note: Listed as close, live state is connecting.");
        assertThat(records.get(3)).containsExactly("ghost", "no", "", "", "no", "no", "not probed",
                "Problem: No instance named \"ghost\" on this server. Tip: Create it first.");
        assertThat(records.get(4)).containsExactly("late-one", "", "", "", "", "", "",
                "Not checked: the check was cancelled first.");
        assertThat(records).hasSize(5);
    }
}
