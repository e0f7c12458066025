package com.evolutionconsole.service.export;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the instance list into CSV (for spreadsheets) or JSON (for scripts, values kept exactly). Pure: no I/O. */
public final class InstanceListFormatter {

    static final List<String> CSV_HEADER = List.of("name", "state", "profile_name", "number", "integration",
            "created_at", "message_count", "contact_count");
    private static final JsonAdapter<Object> JSON =
            new Moshi.Builder().build().adapter(Object.class).serializeNulls().indent("  ");

    private InstanceListFormatter() {
    }

    /** {@code exportedAt} goes into the JSON only; the CSV is one header and one record per instance. */
    public static String format(List<InstanceExport> instances, ExportFormat format, Instant exportedAt) {
        return switch (format) {
            case CSV -> toCsv(instances);
            case JSON -> toJson(instances, exportedAt);
        };
    }

    public static String toCsv(List<InstanceExport> instances) {
        StringBuilder csv = new StringBuilder();
        Csv.appendRecord(csv, CSV_HEADER);
        for (InstanceExport instance : instances) {
            Csv.appendRecord(csv, Arrays.asList(instance.name(), instance.state().label(),
                    instance.profileName(), instance.number(), instance.integration(), instant(instance.createdAt()),
                    count(instance.messageCount()), count(instance.contactCount())));
        }
        return csv.toString();
    }

    /** An object with the export time, the connected/disconnected/unknown counts, and the instances. */
    public static String toJson(List<InstanceExport> instances, Instant exportedAt) {
        StateSummary summary = StateSummary.of(instances, InstanceExport::name, InstanceExport::state);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("connected", summary.connected().size());
        counts.put("disconnected", summary.disconnected().size());
        counts.put("unknown", summary.unknown().size());
        counts.put("total", summary.total());
        List<Object> list = new ArrayList<>();
        for (InstanceExport instance : instances) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", instance.name());
            json.put("state", instance.state().label());
            json.put("profileName", instance.profileName());
            json.put("number", instance.number());
            json.put("integration", instance.integration());
            json.put("createdAt", instant(instance.createdAt()));
            json.put("messageCount", instance.messageCount());
            json.put("contactCount", instance.contactCount());
            list.add(json);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("exportedAt", instant(exportedAt));
        root.put("summary", counts);
        root.put("instances", list);
        return JSON.toJson(root) + "\n";
    }

    private static String instant(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static String count(Integer count) {
        return count == null ? null : count.toString();
    }
}
