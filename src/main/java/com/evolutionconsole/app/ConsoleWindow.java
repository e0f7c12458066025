package com.evolutionconsole.app;

import com.evolutionconsole.ui.common.ConsoleStylesheet;
import com.evolutionconsole.domain.CreatedInstance;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.service.health.HealthChecker;
import com.evolutionconsole.service.live.LiveEvents;
import com.evolutionconsole.ui.create.CreateInstanceView;
import com.evolutionconsole.ui.create.CreateInstanceViewModel;
import com.evolutionconsole.ui.health.HealthView;
import com.evolutionconsole.ui.health.HealthViewModel;
import com.evolutionconsole.ui.instances.InstanceRow;
import com.evolutionconsole.ui.lifecycle.InstanceEventsViewModel;
import com.evolutionconsole.service.batch.BatchRunner;
import com.evolutionconsole.service.batch.BulkAction;
import com.evolutionconsole.service.export.ExportFormat;
import com.evolutionconsole.ui.batch.BatchCreateView;
import com.evolutionconsole.ui.batch.BatchCreateViewModel;
import com.evolutionconsole.ui.bulk.BulkActionDialog;
import com.evolutionconsole.ui.bulk.BulkActionViewModel;
import com.evolutionconsole.ui.bulk.InstanceListExporter;
import com.evolutionconsole.ui.shell.ShellActions;
import com.evolutionconsole.ui.monitor.DesktopNotifier;
import com.evolutionconsole.ui.monitor.MonitorView;
import com.evolutionconsole.ui.monitor.MonitorViewModel;
import java.util.List;
import com.evolutionconsole.service.InstanceStatusLoader;
import com.evolutionconsole.service.ServerConnector;
import com.evolutionconsole.ui.common.DialogService;
import com.evolutionconsole.ui.common.FxDialogService;
import com.evolutionconsole.ui.common.UiExecutor;
import com.evolutionconsole.ui.instances.InstanceTableViewModel;
import com.evolutionconsole.ui.lifecycle.InstanceActionsViewModel;
import com.evolutionconsole.ui.qr.QrPaneViewModel;
import com.evolutionconsole.settings.SavedServers;
import com.evolutionconsole.ui.server.ConnectServerViewModel;
import com.evolutionconsole.ui.server.ServerProfilesView;
import com.evolutionconsole.ui.server.ServerProfilesViewModel;
import com.evolutionconsole.ui.server.SavedServersBanner;
import com.evolutionconsole.ui.server.ServerSwitcher;
import com.evolutionconsole.ui.server.ServersViewModel;
import java.util.function.Supplier;
import com.evolutionconsole.ui.shell.ShellView;
import com.evolutionconsole.ui.shell.ShellViewModel;
import java.util.concurrent.ExecutorService;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The main window and its wiring: services, ViewModels and Views for one stage. The application and the UI tests
 * build the same window through this class. ViewModels come first, so the connection can start while the views
 * are built and the window shown.
 */
public final class ConsoleWindow {

    private final Stage stage;
    private final UiExecutor executor;
    private final ServerConnector connector = new ServerConnector();
    private final ShellViewModel shell;
    private final QrPaneViewModel qr;
    private final DialogService dialogs;
    private final InstanceEventsViewModel instanceEvents;
    private final MonitorViewModel monitor;
    private final ServersViewModel servers;
    private DemoMode demo;
    private Stage monitorWindow;
    private Runnable logOpener;
    private final ExecutorService batchPool = BatchRunner.newPool(BatchRunner.BULK_PARALLELISM);
    private final BatchRunner createRunner = BatchRunner.forCreates(batchPool);
    private final BatchRunner bulkRunner = BatchRunner.forBulkActions(batchPool);
    private final InstanceListExporter exporter;
    private final ExecutorService healthPool = HealthChecker.newPool(HealthChecker.DEFAULT_PARALLELISM);
    private final HealthChecker healthChecker = new HealthChecker(healthPool);

    /** A window whose saved servers live in the user's configuration folder. */
    public ConsoleWindow(Stage stage, UiExecutor executor, ExecutorService stateReads) {
        this(stage, executor, stateReads, SavedServers::openForUser);
    }

    /** A window whose saved servers come from {@code savedServers} (tests use a temporary folder and a fake keyring). */
    public ConsoleWindow(Stage stage, UiExecutor executor, ExecutorService stateReads,
                         Supplier<SavedServers> savedServers) {
        this.stage = stage;
        this.executor = executor;
        dialogs = new FxDialogService(() -> stage);
        ShellViewModel[] self = new ShellViewModel[1];
        InstanceTableViewModel table = new InstanceTableViewModel(() -> self[0].client(),
                new InstanceStatusLoader(stateReads), executor);
        InstanceActionsViewModel actions = new InstanceActionsViewModel(() -> self[0].client(), executor, dialogs,
                (name, state) -> self[0].instanceChanged(name, state));
        shell = self[0] = new ShellViewModel(executor, connector, table, actions, LiveEvents.SOCKET_IO);
        qr = new QrPaneViewModel(shell::client, executor, dialogs, table::showState);
        qr.instanceProperty().bind(table.focusedProperty());
        shell.addLiveListener(qr::onLiveEvent);
        instanceEvents = new InstanceEventsViewModel(shell::client, shell::liveEvents, executor, dialogs);
        instanceEvents.instanceProperty().bind(table.focusedProperty());
        monitor = new MonitorViewModel(shell::client, executor, dialogs, DesktopNotifier.system());
        exporter = new InstanceListExporter(executor, dialogs);
        servers = new ServersViewModel(savedServers, shell, executor, dialogs);
        // watched names belong to one server
        shell.connectionProperty().addListener((obs, old, now) -> {
            if (old != null && old != now) {
                monitor.unwatchAll();
            }
        });
        // an event about a watched instance is a reason to check it now rather than at the next interval
        shell.addLiveListener(event -> {
            if (monitor.monitor().isWatched(event.instance())) {
                monitor.monitor().checkNow(event.instance());
            }
        });
    }

    /** Adds "Log" to the status bar, opening the log folder (call before {@link #show()}). */
    public void setLogOpener(Runnable opener) {
        this.logOpener = opener;
    }

    /** Builds the views and shows the window; a connection started before this fills it in once it arrives. */
    public void show() {
        ShellView view = new ShellView(shell, qr, instanceEvents, monitor, new ShellActions(this::openConnect,
                this::openCreate, this::openBatchCreate, this::openHealth, this::openMonitor, this::openBulk,
                this::export, logOpener), exporter.noticeProperty(),
                new ServerSwitcher(servers, this::openConnect, this::connectDemo, shell.demoNotice().isNotNull()),
                new SavedServersBanner(servers));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(ConsoleStylesheet.URL);
        view.installShortcuts(shell);
        stage.setTitle("Evolution Console");
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new Image(ConsoleWindow.class.getResource(
                    "/com/evolutionconsole/icons/evolution-console-" + size + ".png").toExternalForm()));
        }
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        // 1280 x 800 where the screen allows; a reused stage keeps its old size otherwise
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1280, screen.getWidth()));
        stage.setHeight(Math.min(800, screen.getHeight()));
        stage.show();
    }

    /**
     * Where the console starts: the server named on the command line, else the last used saved server, else the
     * demo server. The saved servers are read in every case, for the Servers menu.
     */
    public void start(StartupOptions options) {
        if (options.demo()) {
            servers.load(true, this::connectDemo);
        } else {
            servers.load(false, () -> { });
            connect(options.serverUrl(), options.apiKey(), false);
        }
    }

    /** Connects in the background; the window shows progress, then the table or what went wrong. */
    public void connect(String url, Secret key, boolean demo) {
        shell.connect(url, key, demo);
    }

    /** Starts the built-in demo server (once) and switches to it. */
    public void connectDemo() {
        if (demo != null) {
            shell.connect(demo.url(), demo.key(), true);
            return;
        }
        executor.run(DemoMode::start, started -> {
            if (demo != null) { // a second request started a second server meanwhile: keep the first
                started.close();
            } else {
                demo = started;
            }
            shell.connect(demo.url(), demo.key(), true);
        }, shell::reportStartFailure);
    }

    public ShellViewModel shell() {
        return shell;
    }

    public QrPaneViewModel qrPane() {
        return qr;
    }

    private void openConnect() {
        if (!servers.loadedProperty().get()) {
            return; // the saved servers are still being read (a moment at start)
        }
        ServerProfilesView.show(stage, new ServerProfilesViewModel(servers,
                new ConnectServerViewModel(connector, executor), dialogs));
    }

    private void openCreate() {
        if (shell.createBlockedReason().get() != null) {
            return;
        }
        CreateInstanceView.show(stage, new CreateInstanceViewModel(shell::client, executor,
                (CreatedInstance created) -> shell.table().refreshAndFocus(created.name())));
    }

    /** Checks the selected instances, or all of them when none is selected. */
    private void openHealth() {
        if (shell.connectionProperty().get() == null) {
            return;
        }
        List<String> names = shell.table().selectedRows().stream().filter(InstanceRow::actionable)
                .map(InstanceRow::name).toList();
        HealthView.show(stage, new HealthViewModel(shell::client, healthChecker, executor, dialogs), names);
    }

    private void openBatchCreate() {
        if (shell.createBlockedReason().get() != null) {
            return;
        }
        BatchCreateView.show(stage, new BatchCreateViewModel(shell::client, createRunner, executor, dialogs,
                names -> shell.table().refresh()));
    }

    private void openBulk(BulkAction.Kind kind) {
        List<InstanceRow> rows = List.copyOf(shell.table().selectedRows());
        if (shell.connectionProperty().get() == null || rows.isEmpty()) {
            return;
        }
        BulkActionDialog.show(stage, new BulkActionViewModel(shell::client, bulkRunner, executor, kind, rows,
                names -> shell.table().refresh()));
    }

    /** The selected rows, or every row when none is selected. */
    private void export(ExportFormat format) {
        List<InstanceRow> selected = shell.table().selectedRows();
        exporter.export(selected.isEmpty() ? shell.table().allRows() : selected, format);
    }

    private void openMonitor() {
        if (monitorWindow == null) {
            monitorWindow = MonitorView.window(stage, monitor); // built once, not modal
        }
        monitorWindow.show();
        monitorWindow.toFront();
    }

    /** Stops polling and closes the current client. */
    public void close() {
        monitor.stop();
        batchPool.shutdownNow();
        healthPool.shutdownNow();
        shell.closeStream();
        qr.stop();
        if (shell.connectionProperty().get() != null) {
            shell.connectionProperty().get().client().close();
        }
        if (demo != null) {
            demo.close();
        }
        servers.close();
    }

    public ServersViewModel servers() {
        return servers;
    }
}
