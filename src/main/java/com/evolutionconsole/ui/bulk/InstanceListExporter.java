package com.evolutionconsole.ui.bulk;

import com.evolutionconsole.ui.common.ErrorBanner;
import com.evolutionconsole.service.OwnerOnlyFiles;
import com.evolutionconsole.service.export.ExportFormat;
import com.evolutionconsole.service.export.InstanceExport;
import com.evolutionconsole.service.export.InstanceListFormatter;
import com.evolutionconsole.service.export.StateSummary;
import com.evolutionconsole.ui.common.DialogService;
import com.evolutionconsole.ui.common.UiExecutor;
import com.evolutionconsole.ui.instances.InstanceRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Saves table rows (the selected ones, or all) as CSV or JSON, readable only by their owner, and never with a
 * token; and counts them in the SDK's words (connected / disconnected / unknown). The outcome is a notice.
 */
public final class InstanceListExporter {

    private static final DateTimeFormatter FILE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final UiExecutor executor;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");

    public InstanceListExporter(UiExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Asks for a file, then writes {@code rows} there in {@code format} in the background. */
    public void export(List<InstanceRow> rows, ExportFormat format) {
        if (rows.isEmpty()) {
            notice.set("Nothing to export: the list is empty.");
            return;
        }
        Instant now = executor.clock().instant();
        String suggested = "evolution-instances-" + FILE_STAMP.format(now) + "." + format.extension();
        Path target = dialogs.chooseSaveFile("Export the instance list", suggested, format.label() + " file",
                format.extension()).orElse(null);
        if (target == null) {
            return;
        }
        // Read on the UI thread, where the rows live; formatted and written in the background.
        List<InstanceExport> exported = exportRows(rows);
        executor.run(() -> {
            OwnerOnlyFiles.write(target, InstanceListFormatter.format(exported, format, now)
                    .getBytes(StandardCharsets.UTF_8));
            return target;
        }, written -> notice.set(exported.size() + (exported.size() == 1 ? " instance" : " instances")
                        + " exported to " + written + "."),
                failure -> notice.set("Could not export to " + target + ": " + ErrorBanner.of(failure).summary()));
    }

    /** The rows as exported: name, shown state, profile, number, integration, created, counts; no token. */
    public static List<InstanceExport> exportRows(List<InstanceRow> rows) {
        return rows.stream().map(row -> InstanceExport.of(row.instance(), row.state())).toList();
    }

    /** Connected (open), disconnected (close) and unknown, where a state not read live counts as unknown. */
    public static StateSummary summarize(List<InstanceRow> rows) {
        return StateSummary.of(rows, InstanceRow::displayName,
                row -> row.stateNoteProperty().get() == null ? row.state() : null);
    }

    /** The outcome of the last export. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
