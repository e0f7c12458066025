package com.evolutionconsole.ui.monitor;

import com.evolutionconsole.ui.common.ConsoleStylesheet;
import com.evolutionconsole.service.monitor.MonitorAlert;
import com.evolutionconsole.service.monitor.StatusReason;
import com.evolutionconsole.service.monitor.TimelineEntry;
import com.evolutionconsole.service.monitor.WatchStatus;
import com.evolutionconsole.ui.common.StateBadge;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The monitor panel: settings, watched instances, the selected instance's timeline, and the alerts. */
public final class MonitorView extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    public MonitorView(MonitorViewModel vm) {
        setId("monitor-view");
        setSpacing(10);
        setPrefSize(1100, 700);

        Label intro = new Label("Each watched instance is checked on an interval: healthy means its state is open AND "
                + "a harmless presence (\"paused\") goes through. An alert comes only when it stays unhealthy longer "
                + "than the threshold, so the close/connecting flap of a server that cannot reach WhatsApp stays quiet.");
        intro.getStyleClass().add("muted");
        intro.setWrapText(true);

        Label summary = new Label();
        summary.setId("monitor-summary");
        summary.textProperty().bind(vm.summaryProperty());

        SplitPane middle = new SplitPane(watchedPane(vm), timelinePane(vm));
        middle.setDividerPositions(0.48);
        SplitPane body = new SplitPane(middle, alertsPane(vm));
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.62);
        VBox.setVgrow(body, Priority.ALWAYS);

        Label notice = new Label();
        notice.setId("monitor-notice");
        notice.getStyleClass().add("muted");
        notice.textProperty().bind(vm.noticeProperty());

        getChildren().addAll(intro, settingsRow(vm), summary, body, notice);
    }

    /**
     * A window (not modal) holding the panel over {@code owner}; build it once and show it again on demand. Closing
     * it only hides it: watching goes on until {@link MonitorViewModel#stop()}.
     */
    public static Stage window(Window owner, MonitorViewModel vm) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Instance monitor");
        MonitorView view = new MonitorView(vm);
        view.setStyle("-fx-padding: 12;");
        Scene scene = new Scene(view);
        scene.getStylesheets().add(ConsoleStylesheet.URL);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        return stage;
    }

    private static HBox settingsRow(MonitorViewModel vm) {
        ChoiceBox<Duration> interval = durationChoice("check-interval", MonitorViewModel.INTERVAL_CHOICES);
        interval.valueProperty().bindBidirectional(vm.checkIntervalProperty());
        interval.setTooltip(new Tooltip("How often each watched instance is checked"));
        ChoiceBox<Duration> threshold = durationChoice("alert-after", MonitorViewModel.THRESHOLD_CHOICES);
        threshold.valueProperty().bindBidirectional(vm.alertAfterProperty());
        threshold.setTooltip(new Tooltip("How long an instance may stay unhealthy before an alert; "
                + "shorter flaps raise nothing"));
        Spinner<Integer> attempts = new Spinner<>();
        attempts.setId("max-restarts");
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, MonitorViewModel.MAX_RESTARTS_LIMIT, vm.maxRestartsProperty().get());
        factory.valueProperty().bindBidirectional(vm.maxRestartsProperty());
        attempts.setValueFactory(factory);
        attempts.setPrefWidth(80);
        attempts.setTooltip(new Tooltip("Restart attempts per episode for instances with auto-restart on"));
        CheckBox notify = new CheckBox("Desktop notifications");
        notify.setId("desktop-notifications");
        notify.selectedProperty().bindBidirectional(vm.desktopNotificationsProperty());
        notify.setDisable(!vm.desktopNotificationsSupported());
        notify.setTooltip(new Tooltip(vm.desktopNotificationsSupported() ? "Show new alerts as desktop notifications"
                : "This system offers no desktop notifications; alerts show in the list below."));
        HBox row = new HBox(8, new Label("Check every"), interval, new Label("Alert after"), threshold,
                new Label("Restart attempts"), attempts, notify);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static VBox watchedPane(MonitorViewModel vm) {
        TableView<WatchRow> table = new TableView<>(vm.watched());
        table.setId("watched-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Nothing watched. Select an instance in the main window and press Watch."));
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });

        TableColumn<WatchRow, String> name = new TableColumn<>("Instance");
        name.setId("col-watch-instance");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(130);

        TableColumn<WatchRow, WatchStatus> state = new TableColumn<>("State");
        state.setId("col-watch-state");
        state.setCellValueFactory(c -> c.getValue().statusProperty());
        state.setCellFactory(c -> new TableCell<>() {
            private final StateBadge badge = new StateBadge();

            @Override
            protected void updateItem(WatchStatus item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item.state() == null) {
                    setGraphic(null);
                    setText(empty ? null : "—");
                    return;
                }
                badge.show(item.state());
                setText(null);
                setGraphic(badge);
            }
        });
        state.setPrefWidth(120);

        TableColumn<WatchRow, WatchStatus> health = statusColumn("Health", "col-watch-health", WatchStatus::healthText);
        health.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(WatchStatus item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("danger", "warning");
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                setText(item.healthText());
                setGraphic(new FontIcon(item.attention() ? Material2AL.ERROR_OUTLINE
                        : item.phase() == WatchStatus.Phase.HEALTHY ? Material2AL.CHECK_CIRCLE : Material2MZ.SCHEDULE));
                if (item.attention()) {
                    getStyleClass().add("danger");
                } else if (item.phase() == WatchStatus.Phase.UNHEALTHY) {
                    getStyleClass().add("warning");
                }
                setTooltip(item.detail().isEmpty() ? null : new Tooltip(item.detail()));
            }
        });
        health.setPrefWidth(190);

        TableColumn<WatchRow, WatchStatus> next = statusColumn("Next check", "col-watch-next",
                status -> time(status.nextCheckAt()));
        next.setPrefWidth(90);

        TableColumn<WatchRow, WatchStatus> restart = new TableColumn<>("Auto-restart");
        restart.setId("col-watch-restart");
        restart.setCellValueFactory(c -> c.getValue().statusProperty());
        restart.setCellFactory(c -> new AutoRestartCell(vm));
        restart.setPrefWidth(100);

        table.getColumns().addAll(List.of(name, state, health, next, restart));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button checkNow = new Button("Check now", new FontIcon(Material2MZ.REFRESH));
        checkNow.setId("check-now");
        checkNow.disableProperty().bind(vm.selectedProperty().isNull());
        checkNow.setOnAction(e -> vm.checkSelectedNow());
        Button unwatch = new Button("Stop watching", new FontIcon(Material2MZ.VISIBILITY_OFF));
        unwatch.setId("unwatch");
        unwatch.disableProperty().bind(vm.selectedProperty().isNull());
        unwatch.setOnAction(e -> vm.unwatchSelected());
        HBox buttons = new HBox(8, checkNow, unwatch);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, section("Watched instances"), table, buttons);
    }

    private static VBox timelinePane(MonitorViewModel vm) {
        Label title = section("Timeline");
        title.setId("timeline-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? "Timeline" : "Timeline: " + vm.selectedProperty().get().name(), vm.selectedProperty()));

        TableView<TimelineEntry> table = new TableView<>(vm.timeline());
        table.setId("timeline-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Select a watched instance to see its history."));

        TableColumn<TimelineEntry, TimelineEntry> at = entryColumn("Time", "col-time", entry -> time(entry.at()));
        at.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TimelineEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : time(item.at()));
                setTooltip(empty || item == null ? null : new Tooltip(item.count() > 1
                        ? item.count() + " times, " + DATE_TIME.format(item.at()) + " to " + DATE_TIME.format(item.lastAt())
                        : DATE_TIME.format(item.at())));
            }
        });
        at.setPrefWidth(80);
        TableColumn<TimelineEntry, TimelineEntry> state = entryColumn("State", "col-entry-state",
                entry -> entry.state() == null ? "—" : entry.state().label());
        state.setPrefWidth(90);
        TableColumn<TimelineEntry, TimelineEntry> reason = entryColumn("Reason", "col-entry-reason",
                entry -> entry.reasonCode() == null ? "—" : StatusReason.describe(entry.reasonCode()));
        reason.setPrefWidth(100);
        TableColumn<TimelineEntry, TimelineEntry> event = entryColumn("What happened", "col-entry-event",
                entry -> entry.event().label() + (entry.count() > 1 ? " ×" + entry.count() : ""));
        event.setPrefWidth(110);
        TableColumn<TimelineEntry, TimelineEntry> text = entryColumn("Details", "col-entry-text", TimelineEntry::text);
        text.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TimelineEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                setTooltip(empty || item == null ? null : new Tooltip(item.text()));
            }
        });
        text.setPrefWidth(300);
        table.getColumns().addAll(List.of(at, state, reason, event, text));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button copy = new Button("Copy timeline", new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("copy-timeline");
        copy.disableProperty().bind(vm.selectedProperty().isNull());
        copy.setOnAction(e -> vm.copyTimeline());
        return new VBox(6, title, table, copy);
    }

    private static VBox alertsPane(MonitorViewModel vm) {
        Label title = section("Alerts");
        Label count = new Label();
        count.setId("unacknowledged-count");
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.unacknowledgedProperty().get() == 0 ? ""
                : vm.unacknowledgedProperty().get() + " not acknowledged", vm.unacknowledgedProperty()));
        HBox head = new HBox(12, title, count);
        head.setAlignment(Pos.BASELINE_LEFT);

        TableView<AlertRow> table = new TableView<>(vm.alerts());
        table.setId("alerts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No alerts."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AlertRow item, boolean empty) {
                super.updateItem(item, empty);
                // Acknowledged alerts fade, so what still needs a look stands out.
                opacityProperty().unbind();
                if (empty || item == null) {
                    setOpacity(1);
                } else {
                    opacityProperty().bind(Bindings.when(item.acknowledgedProperty()).then(0.6).otherwise(1.0));
                }
            }
        });

        TableColumn<AlertRow, AlertRow> at = alertColumn("Time", "col-alert-time", row -> time(row.alert().at()));
        at.setPrefWidth(80);
        TableColumn<AlertRow, AlertRow> instance = alertColumn("Instance", "col-alert-instance", row -> row.alert().instance());
        instance.setPrefWidth(120);
        TableColumn<AlertRow, AlertRow> what = new TableColumn<>("Alert");
        what.setId("col-alert-message");
        what.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        what.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(AlertRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                MonitorAlert alert = item.alert();
                setText(MonitorViewModel.title(alert.kind()) + ": " + alert.message());
                setGraphic(new FontIcon(alert.severe() ? Material2MZ.WARNING : Material2AL.CHECK_CIRCLE));
                setTooltip(new Tooltip(alert.message() + (alert.tip().isEmpty() ? "" : "\n" + alert.tip())));
            }
        });
        what.setPrefWidth(420);
        TableColumn<AlertRow, AlertRow> tip = alertColumn("What to do", "col-alert-tip", row -> row.alert().tip());
        tip.setPrefWidth(300);
        table.getColumns().addAll(List.of(at, instance, what, tip));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button acknowledge = new Button("Acknowledge", new FontIcon(Material2AL.DONE));
        acknowledge.setId("acknowledge");
        acknowledge.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        acknowledge.setOnAction(e -> vm.acknowledge(table.getSelectionModel().getSelectedItem()));
        Button acknowledgeAll = new Button("Acknowledge all", new FontIcon(Material2AL.DONE_ALL));
        acknowledgeAll.setId("acknowledge-all");
        acknowledgeAll.disableProperty().bind(vm.unacknowledgedProperty().isEqualTo(0));
        acknowledgeAll.setOnAction(e -> vm.acknowledgeAll());
        Button clear = new Button("Clear", new FontIcon(Material2AL.CLEAR_ALL));
        clear.setId("clear-alerts");
        clear.disableProperty().bind(Bindings.isEmpty(vm.alerts()));
        clear.setOnAction(e -> vm.clearAlerts());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, acknowledge, acknowledgeAll, spacer, clear);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, head, table, buttons);
    }

    private static ChoiceBox<Duration> durationChoice(String id, List<Duration> choices) {
        ChoiceBox<Duration> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(choices);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration value) {
                return value == null ? "" : MonitorViewModel.durationLabel(value);
            }

            @Override
            public Duration fromString(String text) {
                throw new UnsupportedOperationException("a choice box does not parse");
            }
        });
        return box;
    }

    private static TableColumn<WatchRow, WatchStatus> statusColumn(String title, String id,
                                                                 Function<WatchStatus, String> text) {
        TableColumn<WatchRow, WatchStatus> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(c -> c.getValue().statusProperty());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(WatchStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return column;
    }

    private static TableColumn<TimelineEntry, TimelineEntry> entryColumn(String title, String id,
                                                                      Function<TimelineEntry, String> text) {
        TableColumn<TimelineEntry, TimelineEntry> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TimelineEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return column;
    }

    private static TableColumn<AlertRow, AlertRow> alertColumn(String title, String id, Function<AlertRow, String> text) {
        TableColumn<AlertRow, AlertRow> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(AlertRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return column;
    }

    private static String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    /** A check box per watched instance; turning it on asks first, and it always shows what was decided. */
    private static final class AutoRestartCell extends TableCell<WatchRow, WatchStatus> {
        private final CheckBox box = new CheckBox();

        AutoRestartCell(MonitorViewModel vm) {
            box.setOnAction(e -> {
                WatchRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    vm.setAutoRestart(row, box.isSelected());
                    box.setSelected(row.status().autoRestart());
                }
            });
        }

        @Override
        protected void updateItem(WatchStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            box.setSelected(item.autoRestart());
            box.setId("auto-restart-" + item.name());
            setGraphic(box);
        }
    }
}
