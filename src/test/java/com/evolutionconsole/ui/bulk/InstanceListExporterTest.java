package com.evolutionconsole.ui.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.InstanceStatus;
import com.evolutionconsole.service.export.ExportFormat;
import com.evolutionconsole.service.export.StateSummary;
import com.evolutionconsole.testing.TestServer;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import com.evolutionconsole.ui.common.ScriptedDialogs;
import com.evolutionconsole.ui.instances.InstanceRow;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting table rows: the file is the owner's only, has every row and no token; and the seed's counts. */
class InstanceListExporterTest {

    private final TestServer test = new TestServer();
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final InstanceListExporter exporter = new InstanceListExporter(executor, dialogs);

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void writesEveryRowForTheOwnerOnlyWithoutTokens() throws Exception {
        test.server.backend().seedSamples();
        List<InstanceRow> rows = rows();
        List<String> tokens = test.client.fetchInstances().stream().map(i -> i.token().reveal()).toList();
        for (ExportFormat format : ExportFormat.values()) {
            dialogs.saveAnswer = folder.resolve("instances." + format.extension());

            exporter.export(rows, format);

            String written = Files.readString(dialogs.saveAnswer);
            assertThat(written).contains("sales-team", "marketing-bot", "support-desk", "pairing-kiosk", "Sales Team");
            assertThat(tokens).allSatisfy(token -> assertThat(written).doesNotContain(token));
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dialogs.saveAnswer)))
                        .isEqualTo("rw-------");
            }
            assertThat(exporter.noticeProperty().get()).isEqualTo("4 instances exported to " + dialogs.saveAnswer + ".");
        }
        assertThat(dialogs.asked).first().asString().isEqualTo(
                "Export the instance list: evolution-instances-20261125-100000.csv");
    }

    @Test
    void aCancelledFileChoiceWritesNothing() {
        test.server.backend().seedSamples();
        dialogs.saveAnswer = null;

        exporter.export(rows(), ExportFormat.JSON);

        assertThat(executor.tasksRun()).isZero();
        assertThat(exporter.noticeProperty().get()).isNull();
    }

    @Test
    void anEmptyListIsNotExported() {
        exporter.export(List.of(), ExportFormat.CSV);

        assertThat(dialogs.asked).isEmpty();
        assertThat(exporter.noticeProperty().get()).isEqualTo("Nothing to export: the list is empty.");
    }

    @Test
    void summarizesRowsInTheSeedsWordsWithAnUnreadStateAsUnknown() {
        test.server.backend().seedSamples();
        List<InstanceRow> rows = rows();
        InstanceRow unread = new InstanceRow(test.client.fetchInstance("sales-team").orElseThrow());
        Instance listed = unread.instance();
        unread.update(new InstanceStatus(listed, null, "The server did not answer in time."));

        StateSummary summary = InstanceListExporter.summarize(rows);
        StateSummary withUnread = InstanceListExporter.summarize(List.of(unread));

        assertThat(summary.connected()).containsExactly("sales-team");
        assertThat(summary.disconnected()).containsExactly("marketing-bot");
        assertThat(summary.unknown()).containsExactlyInAnyOrder("support-desk", "pairing-kiosk");
        assertThat(withUnread.unknown()).as("shown from the stored copy, not read live").containsExactly("sales-team");
        assertThat(unread.state()).isEqualTo(ConnectionState.OPEN);
    }

    private List<InstanceRow> rows() {
        List<InstanceRow> rows = new ArrayList<>();
        for (Instance instance : test.client.fetchInstances()) {
            InstanceRow row = new InstanceRow(instance);
            row.setState(test.client.connectionState(instance.name()));
            rows.add(row);
        }
        rows.sort(java.util.Comparator.comparing(InstanceRow::name));
        return rows;
    }
}
