package com.evolutionconsole.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;

/**
 * Where the console keeps its log, per OS convention for the user: Linux {@code $XDG_STATE_HOME/evolution-console}
 * (default {@code ~/.local/state/evolution-console}), macOS {@code ~/Library/Logs/Evolution Console}, Windows
 * {@code %LOCALAPPDATA%\Evolution Console\logs}. The Launcher publishes it as a system property before logging
 * starts, for logback.xml to use.
 */
final class LogFiles {

    static final String PROPERTY = "evolution.console.logDir";

    private LogFiles() {
    }

    static Path directory(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.getOrDefault("LOCALAPPDATA", Path.of(home, "AppData", "Local").toString());
            return Path.of(local, "Evolution Console", "logs");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Logs", "Evolution Console");
        }
        String state = env.get("XDG_STATE_HOME");
        return state == null || state.isBlank() ? Path.of(home, ".local", "state", "evolution-console")
                : Path.of(state, "evolution-console");
    }

    /**
     * Publishes the folder for logback, unless one was given with -Devolution.console.logDir, and creates it
     * readable only by the user where the file system allows (a log names servers and instances).
     */
    static Path publish() {
        String given = System.getProperty(PROPERTY);
        Path dir = given != null ? Path.of(given)
                : directory(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
        System.setProperty(PROPERTY, dir.toString());
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // logback reports a folder it cannot write; the console works without its log file
        }
        return dir;
    }
}
