package com.evolutionconsole.app;

import atlantafx.base.theme.PrimerLight;
import com.evolutionconsole.service.InstanceStatusLoader;
import com.evolutionconsole.service.ServerConnection;
import com.evolutionconsole.service.ServerConnector;
import com.evolutionconsole.ui.common.FxDialogService;
import com.evolutionconsole.ui.common.FxUiExecutor;
import com.evolutionconsole.ui.instances.InstanceTableViewModel;
import com.evolutionconsole.ui.lifecycle.InstanceActionsViewModel;
import com.evolutionconsole.ui.qr.QrPaneViewModel;
import com.evolutionconsole.ui.server.ConnectServerView;
import com.evolutionconsole.ui.server.ConnectServerViewModel;
import com.evolutionconsole.ui.shell.ShellView;
import com.evolutionconsole.ui.shell.ShellViewModel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: wires services, ViewModels and Views, and connects to the configured or demo server. */
public final class ConsoleApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApplication.class);
    /** State reads run this many at a time: enough to list hundreds of instances quickly, gentle on the server. */
    private static final int STATE_READS_AT_ONCE = 8;

    private FxUiExecutor executor;
    private ExecutorService stateReads;
    private DemoMode demo;
    private ShellViewModel shell;
    private QrPaneViewModel qr;

    @Override
    public void start(Stage stage) {
        StartupOptions options;
        try {
            options = StartupOptions.parse(getParameters().getRaw(), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            Platform.exit();
            System.exit(2);
            return;
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxUiExecutor(6);
        stateReads = Executors.newFixedThreadPool(STATE_READS_AT_ONCE, runnable -> {
            Thread thread = new Thread(runnable, "console-state-read");
            thread.setDaemon(true);
            return thread;
        });
        FxDialogService dialogs = new FxDialogService(() -> stage);
        ServerConnector connector = new ServerConnector();

        InstanceTableViewModel table = new InstanceTableViewModel(() -> shell.client(),
                new InstanceStatusLoader(stateReads), executor);
        InstanceActionsViewModel actions = new InstanceActionsViewModel(() -> shell.client(), executor, dialogs,
                (name, state) -> shell.instanceChanged(name, state));
        shell = new ShellViewModel(executor, connector, table, actions);
        qr = new QrPaneViewModel(() -> shell.client(), executor, dialogs, table::showState);
        qr.instanceProperty().bind(table.focusedProperty());

        ShellView view = new ShellView(shell, qr, () -> openConnect(stage, connector), () -> { }, () -> { });
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/com/evolutionconsole/ui/console.css").toExternalForm());
        view.installShortcuts(shell);
        stage.setTitle("Evolution Console");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();

        if (options.smokeTest()) {
            // Proves the packaged app boots: the window is up; leave with success.
            Platform.runLater(() -> {
                System.out.println("Smoke test: the console window is shown.");
                Platform.exit();
            });
            return;
        }
        connectAtStart(options);
    }

    private void connectAtStart(StartupOptions options) {
        if (!options.demo()) {
            shell.connect(options.serverUrl(), options.apiKey(), false);
            return;
        }
        executor.run(DemoMode::start, started -> {
            demo = started;
            shell.connect(started.url(), started.key(), true);
        }, failure -> LOG.error("The demo server could not start", failure));
    }

    private void openConnect(Stage stage, ServerConnector connector) {
        ConnectServerViewModel vm = new ConnectServerViewModel(connector, executor);
        ConnectServerView.show(stage, vm).ifPresent((ServerConnection connection) -> {
            qr.stop();
            shell.use(connection);
        });
    }

    @Override
    public void stop() {
        if (qr != null) {
            qr.stop();
        }
        if (shell != null && shell.connectionProperty().get() != null) {
            shell.connectionProperty().get().client().close();
        }
        if (demo != null) {
            demo.close();
        }
        if (executor != null) {
            executor.close();
        }
        if (stateReads != null) {
            stateReads.shutdownNow();
        }
    }
}
