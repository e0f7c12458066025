package com.evolutionconsole.ui.health;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.service.health.HealthChecker;
import com.evolutionconsole.service.health.HealthIssue;
import com.evolutionconsole.service.health.HealthListener;
import com.evolutionconsole.service.health.HealthReport;
import com.evolutionconsole.service.health.HealthReportFormatter;
import com.evolutionconsole.service.health.HealthRequest;
import com.evolutionconsole.service.health.HealthRun;
import com.evolutionconsole.service.health.HealthSummary;
import com.evolutionconsole.service.health.InstanceHealth;
import com.evolutionconsole.service.health.ReportFormat;
import com.evolutionconsole.service.health.ServerHealth;
import com.evolutionconsole.ui.common.DialogService;
import com.evolutionconsole.ui.common.ErrorBanner;
import com.evolutionconsole.ui.common.UiExecutor;
import com.evolutionconsole.service.OwnerOnlyFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The health-check dialog's state: runs a {@link HealthRun} in the background with progress (n of N) delivered
 * through {@link UiExecutor#onUi}, lets the person cancel (finished results stay), shows results as they come, the
 * server's facts and summary counts, and copies or saves the finished report.
 */
public final class HealthViewModel {

    private static final DateTimeFormatter FILE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Supplier<EvolutionClient> client;
    private final HealthChecker checker;
    private final UiExecutor executor;
    private final DialogService dialogs;

    private final BooleanProperty probeQr = new SimpleBooleanProperty(this, "probeQr", false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ObservableList<InstanceHealth> results = FXCollections.observableArrayList();
    private final ObservableList<InstanceHealth> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ObservableList<ServerFact> serverFacts = FXCollections.observableArrayList();
    private final ObservableList<ServerFact> serverFactsView = FXCollections.unmodifiableObservableList(serverFacts);
    private final ReadOnlyObjectWrapper<HealthSummary> summary =
            new ReadOnlyObjectWrapper<>(this, "summary", HealthSummary.of(List.of()));
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper(this, "summaryText", "");
    private final ReadOnlyObjectWrapper<HealthReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<ErrorBanner> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final BooleanBinding canExport;
    private final StringBinding errorText;

    private HealthRun current;
    /** Bumped per run, so late progress from an earlier run is ignored. */
    private int generation;
    private List<String> lastNames = List.of();

    public HealthViewModel(Supplier<EvolutionClient> client, HealthChecker checker, UiExecutor executor,
                           DialogService dialogs) {
        this.client = client;
        this.checker = checker;
        this.executor = executor;
        this.dialogs = dialogs;
        errorText = Bindings.createStringBinding(() -> error.get() == null ? null : error.get().fullText(), error);
        canExport = Bindings.createBooleanBinding(() -> report.get() != null && !running.get(), report, running);
        results.addListener((javafx.collections.ListChangeListener<InstanceHealth>) change -> {
            summary.set(HealthSummary.of(results));
            summaryText.set(results.isEmpty() ? "" : summary.get().text());
        });
    }

    /** Checks {@code names} (empty: every listed instance); ignored while a check runs. */
    public void check(List<String> names) {
        if (running.get()) {
            return;
        }
        lastNames = List.copyOf(names);
        int run = ++generation;
        running.set(true);
        cancelling.set(false);
        progress.set(0);
        progressText.set("Listing the instances…");
        results.clear();
        serverFacts.clear();
        report.set(null);
        error.set(null);
        notice.set(null);
        HealthRun healthRun = checker.prepare(client.get(), new HealthRequest(lastNames, probeQr.get()),
                new Progress(run));
        current = healthRun;
        executor.run(healthRun, finished -> {
            if (run == generation) {
                finish(finished);
            }
        }, failure -> {
            if (run == generation) {
                running.set(false);
                cancelling.set(false);
                progressText.set("The check could not run.");
                error.set(ErrorBanner.of(failure));
            }
        });
    }

    /** Runs the last check again, with the current QR-probe choice. */
    public void checkAgain() {
        check(lastNames);
    }

    /** Stops the checks not finished yet; the finished ones stay. The report follows once the run returns. */
    public void cancel() {
        if (running.get() && current != null) {
            cancelling.set(true);
            progressText.set("Cancelling…");
            current.cancel();
        }
    }

    /** Puts the report, as Markdown, on the clipboard. */
    public void copyReport() {
        HealthReport finished = report.get();
        if (finished == null || running.get()) {
            return;
        }
        dialogs.copyToClipboard(HealthReportFormatter.toMarkdown(finished));
        notice.set("Report copied to the clipboard (Markdown).");
    }

    /** Asks for a file and writes the report there in {@code format}. */
    public void save(ReportFormat format) {
        HealthReport finished = report.get();
        if (finished == null || running.get()) {
            return;
        }
        String suggested = "evolution-health-" + FILE_STAMP.format(finished.checkedAt()) + "." + format.extension();
        Path target = dialogs.chooseSaveFile("Save the health report", suggested, format.label() + " report",
                format.extension()).orElse(null);
        if (target == null) {
            return;
        }
        // formatted and written in the background, readable only by the owner like every file the console writes
        executor.run(() -> {
            OwnerOnlyFiles.write(target, HealthReportFormatter.format(finished, format).getBytes(StandardCharsets.UTF_8));
            return target;
        },
                written -> notice.set("Report saved to " + written + "."),
                failure -> notice.set("Could not save the report to " + target + ": " + ErrorBanner.of(failure).summary()));
    }

    private void finish(HealthReport finished) {
        current = null;
        running.set(false);
        cancelling.set(false);
        report.set(finished);
        // The report is the authority: its order is the order asked for.
        results.setAll(finished.instances());
        showServer(finished.server());
        int checked = finished.instances().size();
        int total = checked + finished.notChecked().size();
        progress.set(1);
        progressText.set(finished.cancelled()
                ? "Cancelled: " + checked + " of " + total + " checked, " + finished.notChecked().size() + " not checked."
                : "Done: " + checked + " of " + total + " checked.");
    }

    private void showServer(ServerHealth server) {
        List<ServerFact> facts = new ArrayList<>();
        facts.add(new ServerFact("server-url", "Server", server.url(), false));
        facts.add(new ServerFact("server-reachable", "Reachable", server.reachable() ? "yes" : "no", !server.reachable()));
        facts.add(new ServerFact("server-version", "Version", orDash(server.version()), false));
        facts.add(new ServerFact("server-latency", "Latency of GET /",
                server.latencyMillis() == null ? "—" : server.latencyMillis() + " ms", false));
        facts.add(new ServerFact("server-key", "Key", HealthReportFormatter.keyText(server.keyKind()), false));
        facts.add(new ServerFact("server-count", "Instances listed",
                server.instanceCount() == null ? "—" : server.instanceCount().toString(), false));
        int n = 0;
        for (HealthIssue issue : server.issues()) {
            facts.add(new ServerFact("server-issue-" + ++n, issue.severity() == HealthIssue.Severity.INFO ? "Note" : "Issue",
                    issue.text() + (issue.tip().isEmpty() ? "" : " " + issue.tip()),
                    issue.severity() == HealthIssue.Severity.PROBLEM));
        }
        serverFacts.setAll(facts);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    /** Hands each report from the checking threads to the UI thread, for the current run only. */
    private final class Progress implements HealthListener {
        private final int run;

        Progress(int run) {
            this.run = run;
        }

        @Override
        public void started(int total) {
            executor.onUi(() -> {
                if (run == generation && !cancelling.get()) {
                    progressText.set(total == 0 ? "Nothing to check." : "0 of " + total + " checked…");
                }
            });
        }

        @Override
        public void instanceChecked(InstanceHealth health, int done, int total) {
            executor.onUi(() -> {
                if (run == generation && running.get()) {
                    results.add(health);
                    progress.set((double) done / total);
                    if (!cancelling.get()) {
                        progressText.set(done + " of " + total + " checked…");
                    }
                }
            });
        }

        @Override
        public void serverChecked(ServerHealth server) {
            executor.onUi(() -> {
                if (run == generation && running.get()) {
                    showServer(server);
                }
            });
        }
    }

    /** Whether to call connect on closed instances to see if a QR code comes. Off by default: it starts pairing. */
    public BooleanProperty probeQrProperty() {
        return probeQr;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** 0..1: instances done out of those to check. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "3 of 8 checked…", "Done: …", "Cancelled: …". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Results as they come; once finished, in the order asked for. */
    public ObservableList<InstanceHealth> results() {
        return resultsView;
    }

    public ObservableList<ServerFact> serverFacts() {
        return serverFactsView;
    }

    public ReadOnlyObjectProperty<HealthSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    /** The finished (or cancelled) report, null while running. */
    public ReadOnlyObjectProperty<HealthReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The check itself could not run (not a failed instance: those are issues in the results). */
    public ReadOnlyObjectProperty<ErrorBanner> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The error as one line (summary, server message, tip), or null. */
    public StringBinding errorTextBinding() {
        return errorText;
    }

    /** The outcome of the last copy or save. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Copy and save are possible: a report exists and no check runs. */
    public BooleanBinding canExportBinding() {
        return canExport;
    }
}
