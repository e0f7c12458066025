package com.evolutionconsole.app;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.demo.DemoServerCommand;
import java.util.Arrays;
import javafx.application.Application;

/**
 * The plain entry point (also jpackage's): {@code --demo-server} runs only the embedded server, without a window;
 * anything else opens the console. A plain main class lets the app run from the classpath without module flags.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        LogFiles.publish(); // before any logger exists: logback reads the folder when it starts
        if (Arrays.asList(args).contains("--demo-server")) {
            DemoServerCommand.run(args);
            return;
        }
        // Load the HTTP and JSON stack while JavaFX starts: on a cold start the two overlap instead of adding up.
        Thread warmUp = new Thread(EvolutionClient::warmUp, "console-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        Application.launch(ConsoleApplication.class, args);
    }
}
