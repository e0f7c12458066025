package com.evolutionconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings and logs go where each OS keeps a user's, unless a folder is given. */
class UserFoldersTest {

    @Test
    void linuxFollowsXdg() {
        UserFolders defaults = UserFolders.of("Linux", Map.of(), "/home/ana");
        assertThat(defaults.config()).isEqualTo(Path.of("/home/ana/.config/evolution-console"));
        assertThat(defaults.logs()).isEqualTo(Path.of("/home/ana/.local/state/evolution-console"));

        UserFolders xdg = UserFolders.of("Linux", Map.of("XDG_CONFIG_HOME", "/etc/ana", "XDG_STATE_HOME", "/var/state/ana"), "/home/ana");
        assertThat(xdg.config()).isEqualTo(Path.of("/etc/ana/evolution-console"));
        assertThat(xdg.logs()).isEqualTo(Path.of("/var/state/ana/evolution-console"));
    }

    @Test
    void relativeXdgFoldersAreIgnoredAsTheSpecAsks() {
        UserFolders folders = UserFolders.of("Linux", Map.of("XDG_CONFIG_HOME", "conf", "XDG_STATE_HOME", ""), "/home/ana");
        assertThat(folders.config()).isEqualTo(Path.of("/home/ana/.config/evolution-console"));
        assertThat(folders.logs()).isEqualTo(Path.of("/home/ana/.local/state/evolution-console"));
    }

    @Test
    void macOsUsesTheLibraryFolders() {
        UserFolders folders = UserFolders.of("Mac OS X", Map.of(), "/Users/ana");
        assertThat(folders.config()).isEqualTo(Path.of("/Users/ana/Library/Application Support/Evolution Console"));
        assertThat(folders.logs()).isEqualTo(Path.of("/Users/ana/Library/Logs/Evolution Console"));
    }

    @Test
    void windowsUsesRoamingForSettingsAndLocalForLogs() {
        UserFolders folders = UserFolders.of("Windows 11",
                Map.of("APPDATA", "C:/Users/ana/AppData/Roaming", "LOCALAPPDATA", "C:/Users/ana/AppData/Local"), "C:/Users/ana");
        assertThat(folders.config()).isEqualTo(Path.of("C:/Users/ana/AppData/Roaming/Evolution Console"));
        assertThat(folders.logs()).isEqualTo(Path.of("C:/Users/ana/AppData/Local/Evolution Console/logs"));

        assertThat(UserFolders.of("Windows 10", Map.of(), "C:/Users/bo").config())
                .as("without APPDATA").isEqualTo(Path.of("C:/Users/bo/AppData/Roaming/Evolution Console"));
    }

    @Test
    void thePropertyOverridesTheSettingsFolder() {
        String before = System.getProperty(UserFolders.CONFIG_DIR_PROPERTY);
        System.setProperty(UserFolders.CONFIG_DIR_PROPERTY, "/tmp/ci-settings");
        try {
            assertThat(UserFolders.current().config()).isEqualTo(Path.of("/tmp/ci-settings"));
        } finally {
            if (before == null) {
                System.clearProperty(UserFolders.CONFIG_DIR_PROPERTY);
            } else {
                System.setProperty(UserFolders.CONFIG_DIR_PROPERTY, before);
            }
        }
        assertThat(UserFolders.current().config()).isNotEqualTo(Path.of("/tmp/ci-settings"));
    }
}
