package com.evolutionconsole.app;

import com.evolutionconsole.service.DaemonThreads;
import atlantafx.base.theme.PrimerLight;
import com.evolutionconsole.ui.common.FxUiExecutor;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: parses the options, opens the console window, connects to the configured or demo server. */
public final class ConsoleApplication extends Application {

    /** State reads run this many at a time: enough to list hundreds of instances quickly, gentle on the server. */
    private static final int STATE_READS_AT_ONCE = 8;
    private static final Duration SMOKE_TEST_LIMIT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApplication.class);

    private FxUiExecutor executor;
    private ExecutorService stateReads;
    private ConsoleWindow window;

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
        stateReads = DaemonThreads.fixedPool("console-state-read", STATE_READS_AT_ONCE);
        window = new ConsoleWindow(stage, executor, stateReads);
        String logDir = System.getProperty(LogFiles.PROPERTY);
        if (logDir != null) {
            window.setLogOpener(() -> getHostServices().showDocument(java.nio.file.Path.of(logDir).toUri().toString()));
        }
        window.start(options);
        window.show();
        StartupTimer timer = StartupTimer.fromJvmStart();
        timer.windowShown();
        window.shell().table().loadedOnceProperty().addListener((obs, was, loaded) -> {
            if (loaded && timer.firstListing()) {
                LOG.info("{}", timer);
                if (options.smokeTest()) {
                    System.out.println("Smoke test passed: " + timer);
                    exit(0);
                }
            }
        });
        if (options.smokeTest()) {
            // Startup must end in a listed table; an error banner or silence fails the smoke test.
            window.shell().connectErrorProperty().addListener((obs, old, error) -> failSmokeTest(error.fullText()));
            window.shell().table().errorProperty().addListener((obs, old, error) -> failSmokeTest(error.fullText()));
            executor.after(SMOKE_TEST_LIMIT, () -> failSmokeTest("no instance list after " + SMOKE_TEST_LIMIT.toSeconds() + " s"));
        }
    }

    private void failSmokeTest(String reason) {
        System.err.println("Smoke test failed: " + reason);
        exit(1);
    }

    private void exit(int code) {
        stop();
        Platform.exit();
        System.exit(code);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (executor != null) {
            executor.close();
        }
        if (stateReads != null) {
            stateReads.shutdownNow();
        }
    }
}
