package com.evolutionconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.evolutionconsole.domain.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real OS keyring, where this machine has one (a desktop has its own; CI runs the tests inside a D-Bus session
 * with gnome-keyring unlocked and sets EVOLUTION_CONSOLE_EXPECT_KEYRING, so there a missing keyring fails the test
 * instead of skipping it). Elsewhere the test is skipped with the probe's reason.
 */
class SystemKeyringTest {

    private static final String KEY = "system-keyring-test-key-" + UUID.randomUUID();

    @TempDir
    Path home;

    @Test
    void aSavedServersKeyLivesInTheSystemKeyringAndGoesWithTheServer() throws Exception {
        KeyringStatus keyring = KeyringProbe.probe();
        if (Boolean.parseBoolean(System.getenv("EVOLUTION_CONSOLE_EXPECT_KEYRING"))) {
            assertThat(keyring.reason()).as("the keyring this run provides").isNull();
        }
        assumeTrue(keyring.isAvailable(), keyring.reason());
        UserFolders folders = new UserFolders(home.resolve("config"), home.resolve("logs"));
        ServerProfile profile = ServerProfile.create("System keyring test", "https://evo.example.com");
        try (SavedServers servers = SavedServers.open(ProfileStore.in(folders), () -> keyring, folders)) {
            assertThat(servers.keyStorage().description()).isEqualTo("the system keyring");
            servers.save(profile, Secret.of(KEY));
        }
        try (SavedServers restarted = SavedServers.open(ProfileStore.in(folders), KeyringProbe::probe, folders)) {
            assertThat(restarted.keyFor(profile.id())).as("read back from the keyring after a restart")
                    .contains(Secret.of(KEY));
            assertThat(Files.readString(ProfileStore.in(folders).path())).contains(profile.id()).doesNotContain(KEY);
            restarted.remove(profile.id());
        }
        try (SavedServers afterRemove = SavedServers.open(ProfileStore.in(folders), KeyringProbe::probe, folders)) {
            assertThat(afterRemove.keyFor(profile.id())).as("removed from the keyring with its server").isEmpty();
        }
    }
}
