package com.evolutionconsole.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.Secret;
import com.squareup.moshi.Moshi;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The instance-list export: exact RFC 4180 CSV, JSON that parses back, and never a token. */
class InstanceListFormatterTest {

    private static final String TOKEN = "TOKEN-3A1314DE-05F1-49C5";
    private static final Instant CREATED = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant EXPORTED = Instant.parse("2026-11-25T10:00:00Z");

    private final List<InstanceExport> instances = List.of(
            InstanceExport.of(instance("sales-team", "Sales Team", "5511987650001@s.whatsapp.net", 1284, 312),
                    ConnectionState.OPEN),
            InstanceExport.of(instance("shop, \"north\"", "Café ☕ Ünïcødé 店", null, 0, 0), ConnectionState.CLOSE),
            InstanceExport.of(instance("two\nlines\r\nhere", null, null, null, null), ConnectionState.CONNECTING),
            InstanceExport.of(instance("odd-state", null, null, 3, 1), ConnectionState.of("syncing")));

    @Test
    void csvReadsBackExactlyWithCommasQuotesLineBreaksAndUnicode() {
        String csv = InstanceListFormatter.toCsv(instances);

        List<List<String>> records = RfcCsvReader.read(csv);
        assertThat(records.get(0)).containsExactly("name", "state", "profile_name", "number", "integration",
                "created_at", "message_count", "contact_count");
        assertThat(records.get(1)).containsExactly("sales-team", "open", "Sales Team", "5511987650001",
                "WHATSAPP-BAILEYS", "2026-11-22T10:00:00Z", "1284", "312");
        assertThat(records.get(2)).containsExactly("shop, \"north\"", "close", "Café ☕ Ünïcødé 店", "", "WHATSAPP-BAILEYS",
                "2026-11-22T10:00:00Z", "0", "0");
        assertThat(records.get(3)).containsExactly("two\nlines\r\nhere", "connecting", "", "", "WHATSAPP-BAILEYS",
                "2026-11-22T10:00:00Z", "", "");
        assertThat(records.get(4).get(1)).as("an unknown state as the server sent it").isEqualTo("syncing");
        assertThat(records).hasSize(5);
        assertThat(csv).contains("\"shop, \"\"north\"\"\"").endsWith("\r\n");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        String csv = InstanceListFormatter.toCsv(List.of(
                InstanceExport.of(instance("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1+1)", null, 1, 1), ConnectionState.OPEN),
                InstanceExport.of(instance("-bot", "+55 11", null, 1, 1), ConnectionState.OPEN)));

        List<List<String>> records = RfcCsvReader.read(csv);
        assertThat(records.get(1).subList(0, 3)).containsExactly("'=HYPERLINK(\"http://x\",\"y\")", "open", "'@SUM(1+1)");
        assertThat(records.get(2).subList(0, 3)).containsExactly("'-bot", "open", "'+55 11");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonParsesBackWithEveryFieldAndTheSeedsCounts() throws Exception {
        String json = InstanceListFormatter.toJson(instances, EXPORTED);

        Map<String, Object> root = (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(json);
        assertThat(root).containsEntry("exportedAt", "2026-11-25T10:00:00Z");
        assertThat((Map<String, Object>) root.get("summary")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "connected", 1.0, "disconnected", 1.0, "unknown", 2.0, "total", 4.0));
        List<Map<String, Object>> list = (List<Map<String, Object>>) root.get("instances");
        assertThat(list).extracting(i -> i.get("name")).containsExactly("sales-team", "shop, \"north\"",
                "two\nlines\r\nhere", "odd-state");
        assertThat(list.get(0)).containsEntry("state", "open").containsEntry("profileName", "Sales Team")
                .containsEntry("number", "5511987650001").containsEntry("integration", "WHATSAPP-BAILEYS")
                .containsEntry("createdAt", "2026-11-22T10:00:00Z").containsEntry("messageCount", 1284.0)
                .containsEntry("contactCount", 312.0);
        assertThat(list.get(1)).containsEntry("profileName", "Café ☕ Ünïcødé 店")
                .containsEntry("number", null);
        assertThat(list.get(2)).containsEntry("messageCount", null);
        assertThat(list.get(0).keySet()).doesNotContain("token", "hash", "apikey");
    }

    @Test
    void noTokenInEitherFormat() {
        for (ExportFormat format : ExportFormat.values()) {
            assertThat(InstanceListFormatter.format(instances, format, EXPORTED)).doesNotContain(TOKEN)
                    .doesNotContainIgnoringCase("token");
        }
    }

    @Test
    void anEmptyListIsJustTheHeaderOrNoInstances() {
        assertThat(InstanceListFormatter.toCsv(List.of())).isEqualTo(String.join(",",
                InstanceListFormatter.CSV_HEADER) + "\r\n");
        assertThat(InstanceListFormatter.toJson(List.of(), EXPORTED)).contains("\"instances\": []");
    }

    @Test
    void fieldsNeedingNoQuotesAreLeftBare() {
        assertThat(Csv.field("plain-name")).isEqualTo("plain-name");
        assertThat(Csv.field("")).isEmpty();
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.field("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(Arrays.asList(Csv.field("x,y"), Csv.field("x\ny"), Csv.field("x\ry")))
                .containsExactly("\"x,y\"", "\"x\ny\"", "\"x\ry\"");
    }

    private static Instance instance(String name, String profile, String ownerJid, Integer messages, Integer contacts) {
        return new Instance("id-" + name.hashCode(), name, ConnectionState.CLOSE, ownerJid, profile, null,
                "WHATSAPP-BAILEYS", null, Secret.of(TOKEN), CREATED, CREATED, null, null, messages, contacts, 0, null);
    }
}
