package com.evolutionconsole.ui.health;

import com.evolutionconsole.ui.common.ConsoleStylesheet;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.service.health.HealthIssue;
import com.evolutionconsole.service.health.InstanceHealth;
import com.evolutionconsole.service.health.ReportFormat;
import com.evolutionconsole.ui.common.StateBadge;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The health-check dialog's content: QR-probe option, progress with cancel, server facts, results, copy/save. */
public final class HealthView extends VBox {


    public HealthView(HealthViewModel vm) {
        getStyleClass().add("health-view");
        setSpacing(10);
        setPrefSize(980, 620);

        Label intro = new Label("Checks that each instance exists, its state as listed (the server's stored copy) and "
                + "live, and whether it is ready; and the server's reachability, version, latency and key.");
        intro.getStyleClass().add("muted");
        intro.setWrapText(true);

        CheckBox probe = new CheckBox("Also probe closed instances for a QR code");
        probe.setId("probe-qr");
        probe.selectedProperty().bindBidirectional(vm.probeQrProperty());
        probe.disableProperty().bind(vm.runningProperty());
        probe.setTooltip(new Tooltip("Calls connect on each closed instance to see whether a QR code comes. "
                + "On a real server this starts pairing: the instance then shows connecting."));
        Label probeNote = new Label("(calls connect, which starts pairing on the server)");
        probeNote.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button again = new Button("Check again", new FontIcon(Material2MZ.REFRESH));
        again.setId("check-again");
        again.disableProperty().bind(vm.runningProperty());
        again.setOnAction(e -> vm.checkAgain());
        HBox options = new HBox(8, probe, probeNote, spacer, again);
        options.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("health-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label progressText = new Label();
        progressText.setId("progress-text");
        progressText.textProperty().bind(vm.progressTextProperty());
        Button cancel = new Button("Cancel", new FontIcon(Material2AL.CANCEL));
        cancel.setId("cancel-check");
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.disableProperty().bind(vm.cancellingProperty());
        cancel.setTooltip(new Tooltip("Stop the checks not finished yet; finished results stay"));
        cancel.setOnAction(e -> vm.cancel());
        HBox progressRow = new HBox(8, bar, progressText, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("health-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorTextBinding());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        Label serverTitle = section("Server");
        GridPane server = new GridPane();
        server.setId("server-facts");
        server.setHgap(12);
        server.setVgap(4);
        vm.serverFacts().addListener((ListChangeListener<ServerFact>) change -> showFacts(server, vm.serverFacts()));

        Label instancesTitle = section("Instances");
        Label summary = new Label();
        summary.setId("health-summary");
        summary.textProperty().bind(vm.summaryTextProperty());
        HBox instancesHead = new HBox(12, instancesTitle, summary);
        instancesHead.setAlignment(Pos.BASELINE_LEFT);

        TableView<InstanceHealth> table = resultsTable(vm);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button copy = new Button("Copy report", new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("copy-report");
        copy.disableProperty().bind(vm.canExportBinding().not());
        copy.setTooltip(new Tooltip("Copy the report as Markdown"));
        copy.setOnAction(e -> vm.copyReport());
        MenuButton save = new MenuButton("Save report", new FontIcon(Material2MZ.SAVE));
        save.setId("save-report");
        save.disableProperty().bind(vm.canExportBinding().not());
        for (ReportFormat format : ReportFormat.values()) {
            MenuItem item = new MenuItem(format.label() + " (." + format.extension() + ")…");
            item.setId("save-" + format.name().toLowerCase(Locale.ROOT));
            item.setOnAction(e -> vm.save(format));
            save.getItems().add(item);
        }
        Label notice = new Label();
        notice.setId("health-notice");
        notice.getStyleClass().add("muted");
        notice.textProperty().bind(vm.noticeProperty());
        HBox exportRow = new HBox(8, copy, save, notice);
        exportRow.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(intro, options, progressRow, error, serverTitle, server, instancesHead, table, exportRow);
    }

    /**
     * Shows the modal health dialog over {@code owner} and starts checking {@code names} (empty: every instance).
     * Closing the dialog cancels what is still running.
     */
    public static void show(Window owner, HealthViewModel vm, List<String> names) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        dialog.setTitle(names.isEmpty() ? "Health check: all instances"
                : names.size() == 1 ? "Health check: " + names.get(0) : "Health check: " + names.size() + " instances");
        DialogPane pane = dialog.getDialogPane();
        pane.setContent(new HealthView(vm));
        pane.setMinSize(980, 600); // a Dialog otherwise opens at a narrow default width
        pane.getButtonTypes().add(ButtonType.CLOSE);
        pane.getStylesheets().add(ConsoleStylesheet.URL);
        dialog.setOnHidden(e -> vm.cancel());
        dialog.show();
        vm.check(names);
    }

    private static void showFacts(GridPane grid, List<ServerFact> facts) {
        grid.getChildren().clear();
        int row = 0;
        for (ServerFact fact : facts) {
            Label label = new Label(fact.label());
            label.getStyleClass().add("muted");
            Label value = new Label(fact.value());
            value.setId(fact.id());
            value.setWrapText(true);
            if (fact.problem()) {
                value.getStyleClass().add("danger");
            }
            grid.addRow(row++, label, value);
        }
    }

    private static TableView<InstanceHealth> resultsTable(HealthViewModel vm) {
        TableView<InstanceHealth> table = new TableView<>(vm.results());
        table.setId("health-results");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No results yet."));

        TableColumn<InstanceHealth, String> name = new TableColumn<>("Instance");
        name.setId("col-instance");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().name().isEmpty() ? "(unnamed)" : c.getValue().name()));
        name.setPrefWidth(150);

        TableColumn<InstanceHealth, String> exists = new TableColumn<>("Exists");
        exists.setId("col-exists");
        exists.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().exists() ? "yes" : "no"));
        exists.setPrefWidth(60);

        TableColumn<InstanceHealth, InstanceHealth> listed = new TableColumn<>("Listed state");
        listed.setId("col-listed");
        listed.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        listed.setCellFactory(c -> new BadgeCell(false));
        listed.setPrefWidth(140);

        TableColumn<InstanceHealth, InstanceHealth> live = new TableColumn<>("Live state");
        live.setId("col-live");
        live.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        live.setCellFactory(c -> new BadgeCell(true));
        live.setPrefWidth(140);

        TableColumn<InstanceHealth, InstanceHealth> ready = new TableColumn<>("Ready");
        ready.setId("col-ready");
        ready.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        ready.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(InstanceHealth item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(item.ready() ? "yes" : "no");
                setGraphic(new FontIcon(item.ready() ? Material2AL.CHECK_CIRCLE : Material2AL.ERROR_OUTLINE));
            }
        });
        ready.setPrefWidth(70);

        TableColumn<InstanceHealth, String> qr = new TableColumn<>("QR");
        qr.setId("col-qr");
        qr.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().qr().label()));
        qr.setPrefWidth(90);

        TableColumn<InstanceHealth, List<HealthIssue>> issues = new TableColumn<>("Issues");
        issues.setId("col-issues");
        issues.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().issues()));
        issues.setCellFactory(c -> new IssuesCell());
        issues.setPrefWidth(330);

        table.getColumns().addAll(List.of(name, exists, listed, live, ready, qr, issues));
        return table;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    /** A state badge: the listed (stored) one, or the live one with a mark when the two disagree. */
    private static final class BadgeCell extends TableCell<InstanceHealth, InstanceHealth> {
        private final boolean live;
        private final StateBadge badge = new StateBadge();

        BadgeCell(boolean live) {
            this.live = live;
        }

        @Override
        protected void updateItem(InstanceHealth item, boolean empty) {
            super.updateItem(item, empty);
            setTooltip(null);
            ConnectionState state = empty || item == null ? null : live ? item.liveState() : item.listedState();
            if (state == null) {
                setGraphic(null);
                setText(empty ? null : "—");
                return;
            }
            badge.show(state);
            setText(null);
            if (live && item.stateMismatch()) {
                FontIcon mark = new FontIcon(Material2AL.COMPARE_ARROWS);
                HBox box = new HBox(4, badge, mark);
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
                setTooltip(new Tooltip("Listed as " + item.listedState().label()
                        + ": the server's stored copy lags the live state."));
            } else {
                setGraphic(badge);
            }
        }
    }

    /** Each issue on its own line with a severity icon, its tip as a tooltip and after a dash. */
    private static final class IssuesCell extends TableCell<InstanceHealth, List<HealthIssue>> {
        @Override
        protected void updateItem(List<HealthIssue> item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null || item.isEmpty()) {
                setGraphic(empty ? null : new Label("—"));
                return;
            }
            VBox lines = new VBox(2);
            for (HealthIssue issue : item) {
                Label line = new Label(issue.tip().isEmpty() ? issue.text() : issue.text() + " — " + issue.tip());
                // one line per issue, the whole text in its tooltip: wrapped labels make rows grow unpredictably
                line.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
                line.setGraphic(new FontIcon(switch (issue.severity()) {
                    case PROBLEM -> Material2AL.ERROR_OUTLINE;
                    case WARNING -> Material2MZ.WARNING;
                    case INFO -> Material2AL.INFO;
                }));
                line.getStyleClass().add(switch (issue.severity()) {
                    case PROBLEM -> "danger";
                    case WARNING -> "warning";
                    case INFO -> "muted";
                });
                line.setTooltip(new Tooltip(line.getText()));
                lines.getChildren().add(line);
            }
            lines.maxWidthProperty().bind(getTableColumn().widthProperty().subtract(12));
            setGraphic(lines);
        }
    }
}
