package com.evolutionconsole.ui.shell;

import com.evolutionconsole.ui.common.ErrorBanner;
import com.evolutionconsole.ui.common.StateBadge;
import com.evolutionconsole.ui.instances.InstanceTableView;
import com.evolutionconsole.ui.lifecycle.InstanceActionsView;
import com.evolutionconsole.ui.lifecycle.InstanceEventsViewModel;
import com.evolutionconsole.ui.monitor.MonitorViewModel;
import com.evolutionconsole.ui.monitor.WatchToggle;
import com.evolutionconsole.ui.qr.QrPaneView;
import com.evolutionconsole.ui.qr.QrPaneViewModel;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import com.evolutionconsole.service.batch.BulkAction;
import com.evolutionconsole.service.export.ExportFormat;
import javafx.beans.property.ReadOnlyStringProperty;
import com.evolutionconsole.service.monitor.DurationText;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main window: header with the server and main actions, banners, the table, the detail pane, a status bar. */
public final class ShellView extends BorderPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final InstanceTableView tableView;
    private final SplitMenuButton createButton;
    private final Button healthButton;
    private final Runnable openConnect;
    private final Button refreshButton;

    /** {@code openConnect}, {@code openCreate} and {@code openHealth} show their dialogs. */
    public ShellView(ShellViewModel vm, QrPaneViewModel qr, InstanceEventsViewModel events, MonitorViewModel monitor,
                     ShellActions open, ReadOnlyStringProperty exportNotice, Node serverSwitcher, Node serversBanner) {
        openConnect = open.connect();
        Runnable openCreate = open.create();
        Runnable openHealth = open.health();
        Runnable openMonitor = open.monitor();
        getStyleClass().add("shell");

        Label title = new Label("Evolution Console");
        title.getStyleClass().add("app-title");
        Label server = new Label();
        server.setId("server-title");
        server.textProperty().bind(vm.serverTitle());
        Label key = new Label();
        key.setId("key-kind");
        key.getStyleClass().add("muted");
        key.textProperty().bind(vm.keyDescription());
        VBox serverBox = new VBox(2, server, key);

        createButton = new SplitMenuButton();
        createButton.setText("Create instance");
        createButton.setGraphic(new FontIcon(Material2AL.ADD));
        createButton.setId("open-create");
        MenuItem batch = new MenuItem("Create several…");
        batch.setId("open-batch-create");
        batch.setOnAction(e -> open.batchCreate().run());
        createButton.getItems().add(batch);
        createButton.getStyleClass().add("accent");
        createButton.disableProperty().bind(vm.createBlockedReason().isNotNull());
        createButton.setOnAction(e -> openCreate.run());
        Tooltip createTip = new Tooltip();
        createTip.textProperty().bind(Bindings.createStringBinding(() -> vm.createBlockedReason().get() == null
                ? "Create a new instance (Ctrl+N)" : vm.createBlockedReason().get(), vm.createBlockedReason()));
        createButton.setTooltip(createTip);
        healthButton = new Button("Health check", new FontIcon(Material2AL.FAVORITE_BORDER));
        healthButton.setId("open-health");
        healthButton.disableProperty().bind(vm.connectionProperty().isNull());
        healthButton.setOnAction(e -> openHealth.run());
        healthButton.setTooltip(new Tooltip("Check the server and the selected instances (all when none is selected) (Ctrl+H)"));
        Button monitorButton = new Button("Monitor", new FontIcon(Material2MZ.NOTIFICATIONS));
        monitorButton.setId("open-monitor");
        monitorButton.disableProperty().bind(vm.connectionProperty().isNull());
        monitorButton.setOnAction(e -> openMonitor.run());
        monitorButton.setTooltip(new Tooltip("Watched instances, alerts and their timelines"));
        monitorButton.textProperty().bind(Bindings.createStringBinding(() -> monitor.unacknowledgedProperty().get() > 0
                ? "Monitor (" + monitor.unacknowledgedProperty().get() + ")" : "Monitor", monitor.unacknowledgedProperty()));
        refreshButton = new Button("Refresh", new FontIcon(Material2MZ.REFRESH));
        refreshButton.setId("refresh");
        refreshButton.disableProperty().bind(vm.connectionProperty().isNull());
        refreshButton.setOnAction(e -> vm.table().refresh());
        refreshButton.setTooltip(new Tooltip("Read the instances again (F5)"));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, new Separator(Orientation.VERTICAL), serverBox, spacer, serverSwitcher,
                monitorButton, healthButton, refreshButton, createButton);
        header.getStyleClass().add("app-header");
        header.setAlignment(Pos.CENTER_LEFT);

        Label demo = banner("demo-banner", "info", vm.demoNotice());
        Label demoIcon = new Label(null, new FontIcon(Material2AL.INFO));
        HBox demoBanner = new HBox(8, demoIcon, demo);
        demoBanner.getStyleClass().addAll("banner", "info");
        demoBanner.visibleProperty().bind(vm.demoNotice().isNotNull());
        demoBanner.managedProperty().bind(demoBanner.visibleProperty());

        ObservableValue<ErrorBanner> anyError = Bindings.createObjectBinding(() -> vm.connectErrorProperty().get() != null
                ? vm.connectErrorProperty().get() : vm.table().errorProperty().get(),
                vm.connectErrorProperty(), vm.table().errorProperty());
        Label errorText = new Label();
        errorText.setId("error-banner-text");
        errorText.setWrapText(true);
        errorText.textProperty().bind(Bindings.createStringBinding(() -> anyError.getValue() == null ? null
                : anyError.getValue().fullText(), anyError));
        HBox.setHgrow(errorText, Priority.ALWAYS);
        Button retry = new Button("Retry");
        retry.setId("retry");
        retry.setMinWidth(Region.USE_PREF_SIZE); // a long message wraps; the button keeps its word
        retry.setOnAction(e -> {
            if (!vm.retry()) {
                openConnect.run();
            }
        });
        HBox errorBanner = new HBox(8, new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE)), errorText, retry);
        errorBanner.setId("error-banner");
        errorBanner.getStyleClass().addAll("banner", "danger");
        errorBanner.visibleProperty().bind(Bindings.createBooleanBinding(() -> anyError.getValue() != null, anyError));
        errorBanner.managedProperty().bind(errorBanner.visibleProperty());

        setTop(new VBox(header, demoBanner, serversBanner, errorBanner));

        tableView = new InstanceTableView(vm.table());
        tableView.setPadding(new Insets(10));
        tableView.addToolbar(selectionMenu(vm, open), exportMenu(vm, open));

        Label detailTitle = new Label();
        detailTitle.setId("detail-title");
        detailTitle.getStyleClass().add("detail-title");
        detailTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.table().focusedProperty().get() == null
                ? "No instance selected" : vm.table().focusedProperty().get().displayName(), vm.table().focusedProperty()));
        StateBadge detailState = new StateBadge();
        detailState.setId("detail-state");
        // the actions ViewModel keeps this select alive; a local one would be collected and stop following
        vm.actions().stateValue().addListener((obs, old, state) -> detailState.show(state));
        detailState.visibleProperty().bind(vm.table().focusedProperty().isNotNull());
        HBox detailHeader = new HBox(8, detailTitle, detailState, new WatchToggle(monitor, Bindings.createStringBinding(
                () -> vm.table().focusedProperty().get() == null || !vm.table().focusedProperty().get().actionable()
                        ? null : vm.table().focusedProperty().get().name(), vm.table().focusedProperty())));
        detailHeader.setAlignment(Pos.CENTER_LEFT);

        InstanceActionsView actions = new InstanceActionsView(vm.actions(), qr::connect,
                qr.qrConnectAllowedBinding().and(vm.actions().lifecycleAllowedBinding()));
        VBox instanceDetail = new VBox(12, actions.lifecycle(), new QrPaneView(qr), actions.presence(),
                liveEventsLine(events));
        instanceDetail.visibleProperty().bind(vm.table().focusedProperty().isNotNull());
        instanceDetail.managedProperty().bind(instanceDetail.visibleProperty());
        Label nothingSelected = new Label();
        nothingSelected.textProperty().bind(vm.table().detailPlaceholderBinding());
        nothingSelected.setId("detail-empty");
        nothingSelected.setWrapText(true);
        nothingSelected.getStyleClass().add("muted");
        nothingSelected.visibleProperty().bind(vm.table().focusedProperty().isNull());
        nothingSelected.managedProperty().bind(nothingSelected.visibleProperty());
        VBox detail = new VBox(12, detailHeader, nothingSelected, instanceDetail);
        detail.getStyleClass().add("detail-pane");
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detailScroll.setMinWidth(320);

        SplitPane split = new SplitPane(tableView, detailScroll);
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(detailScroll, false);
        setCenter(split);

        HBox statusBar = statusBar(vm, exportNotice);
        if (open.openLog() != null) {
            Button log = new Button("Log", new FontIcon(Material2AL.DESCRIPTION));
            log.setId("open-log");
            log.getStyleClass().add("flat");
            log.setTooltip(new Tooltip("Open the folder with the console's log (keys are never written to it)"));
            log.setOnAction(e -> open.openLog().run());
            statusBar.getChildren().add(log);
        }
        setBottom(statusBar);
    }

    /** Actions on every selected row: one confirmation, per-item results. */
    private static MenuButton selectionMenu(ShellViewModel vm, ShellActions open) {
        MenuButton menu = new MenuButton("Selected…", new FontIcon(Material2AL.LIBRARY_ADD_CHECK));
        menu.setId("bulk-menu");
        for (BulkAction.Kind kind : BulkAction.Kind.values()) {
            MenuItem item = new MenuItem(kind.verb() + (kind == BulkAction.Kind.RESTART ? "" : "…"));
            item.setId("bulk-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(e -> open.bulk().accept(kind));
            menu.getItems().add(item);
        }
        menu.disableProperty().bind(Bindings.isEmpty(vm.table().selectedRows()));
        menu.setTooltip(new Tooltip("Restart, log out, delete or set presence on every selected instance"));
        return menu;
    }

    private static MenuButton exportMenu(ShellViewModel vm, ShellActions open) {
        MenuButton menu = new MenuButton("Export", new FontIcon(Material2MZ.SAVE_ALT));
        menu.setId("export-menu");
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem item = new MenuItem(format.name() + "…");
            item.setId("export-" + format.name().toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(e -> open.export().accept(format));
            menu.getItems().add(item);
        }
        menu.disableProperty().bind(vm.table().totalProperty().isEqualTo(0));
        menu.setTooltip(new Tooltip("Save the selected instances (all when none is selected) without tokens"));
        return menu;
    }

    private static HBox liveEventsLine(InstanceEventsViewModel events) {
        Label note = new Label();
        note.setId("instance-events");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.textProperty().bind(events.noteProperty());
        Button enable = new Button("Turn on…");
        enable.setId("enable-live-events");
        enable.setTooltip(new Tooltip("Store a websocket setting for this instance on the server (asks first)"));
        enable.visibleProperty().bind(events.offerProperty());
        enable.managedProperty().bind(enable.visibleProperty());
        enable.setOnAction(e -> events.enable());
        enable.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox line = new HBox(8, note, enable);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private HBox statusBar(ShellViewModel vm, ReadOnlyStringProperty exportNotice) {
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("loading");
        loading.setPrefSize(14, 14);
        loading.visibleProperty().bind(vm.table().loadingProperty().or(vm.connectingProperty()));
        Label updated = new Label();
        updated.setId("last-refreshed");
        updated.getStyleClass().add("muted");
        updated.textProperty().bind(Bindings.createStringBinding(() -> {
            if (vm.connectingProperty().get()) {
                return "Connecting to the server…";
            }
            var at = vm.table().lastRefreshedProperty().get();
            return at == null ? "Not loaded yet" : "Updated " + TIME.format(at);
        }, vm.table().lastRefreshedProperty(), vm.connectingProperty()));
        Label mode = new Label();
        mode.setId("update-mode");
        mode.textProperty().bind(vm.updateMode());
        FontIcon modeIcon = new FontIcon(Material2MZ.WIFI_TETHERING);
        mode.setGraphic(modeIcon);
        vm.liveStatusProperty().addListener((obs, old, status) -> mode.getStyleClass().setAll("label",
                status == com.evolutionconsole.service.live.LiveEventStream.Status.LIVE ? "success" : "muted"));
        mode.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label autoLabel = new Label("Auto-refresh");
        ComboBox<Duration> auto = new ComboBox<>();
        auto.setId("auto-refresh");
        auto.getItems().setAll(ShellViewModel.AUTO_REFRESH_CHOICES);
        auto.valueProperty().bindBidirectional(vm.autoRefreshProperty());
        auto.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration d) {
                return d == null || d.isZero() ? "Off" : "every " + DurationText.of(d);
            }

            @Override
            public Duration fromString(String s) {
                return null;
            }
        });
        Label summary = new Label();
        summary.setId("state-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(vm.stateSummary());
        Label notice = new Label();
        notice.setId("export-notice");
        notice.textProperty().bind(exportNotice);
        HBox bar = new HBox(8, loading, updated, new Separator(Orientation.VERTICAL), mode,
                new Separator(Orientation.VERTICAL), summary, notice, spacer, autoLabel, auto);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static Label banner(String id, String kind, javafx.beans.binding.StringBinding text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.getStyleClass().add(kind);
        return label;
    }

    /** Keyboard access: F5 refresh, Ctrl+N create, Ctrl+F search, Ctrl+H health, Delete on the focused row. */
    public void installShortcuts(ShellViewModel vm) {
        var accelerators = getScene().getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.F5), refreshButton::fire);
        accelerators.put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), refreshButton::fire);
        accelerators.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), createButton::fire);
        accelerators.put(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN), healthButton::fire);
        accelerators.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), openConnect);
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> getScene().lookup("#search").requestFocus());
        tableView.table().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                vm.actions().delete();
            }
        });
    }
}
