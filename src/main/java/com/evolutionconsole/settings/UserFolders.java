package com.evolutionconsole.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where each OS keeps a user's settings and logs for the console. Settings: Linux {@code $XDG_CONFIG_HOME/evolution-console}
 * (default {@code ~/.config/evolution-console}), macOS {@code ~/Library/Application Support/Evolution Console}, Windows
 * {@code %APPDATA%\Evolution Console}. Logs: Linux {@code $XDG_STATE_HOME/evolution-console} (default
 * {@code ~/.local/state/evolution-console}), macOS {@code ~/Library/Logs/Evolution Console}, Windows
 * {@code %LOCALAPPDATA%\Evolution Console\logs}. Folders are created owner-only by whoever writes into them.
 */
public record UserFolders(Path config, Path logs) {

    /** Overrides the settings folder, for tests, CI and portable installs. */
    public static final String CONFIG_DIR_PROPERTY = "evolution.console.configDir";

    private static final String TITLE_NAME = "Evolution Console"; // macOS and Windows folders use the title
    private static final String XDG_NAME = "evolution-console"; // Linux folders use the package name

    /** The folders for this user on this machine; {@code -Devolution.console.configDir} wins over the convention. */
    public static UserFolders current() {
        UserFolders conventional = of(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
        String given = System.getProperty(CONFIG_DIR_PROPERTY);
        return given == null || given.isBlank() ? conventional : new UserFolders(Path.of(given), conventional.logs());
    }

    /** The conventional folders for an OS name (as in {@code os.name}), environment and home folder. */
    public static UserFolders of(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String roaming = env.getOrDefault("APPDATA", Path.of(home, "AppData", "Roaming").toString());
            String local = env.getOrDefault("LOCALAPPDATA", Path.of(home, "AppData", "Local").toString());
            return new UserFolders(Path.of(roaming, TITLE_NAME), Path.of(local, TITLE_NAME, "logs"));
        }
        if (os.contains("mac")) {
            return new UserFolders(Path.of(home, "Library", "Application Support", TITLE_NAME),
                    Path.of(home, "Library", "Logs", TITLE_NAME));
        }
        return new UserFolders(xdg(env.get("XDG_CONFIG_HOME"), Path.of(home, ".config")).resolve(XDG_NAME),
                xdg(env.get("XDG_STATE_HOME"), Path.of(home, ".local", "state")).resolve(XDG_NAME));
    }

    // The XDG spec says a relative path in these variables is invalid and must be ignored.
    private static Path xdg(String value, Path otherwise) {
        return value == null || value.isBlank() || !Path.of(value).isAbsolute() ? otherwise : Path.of(value);
    }
}
