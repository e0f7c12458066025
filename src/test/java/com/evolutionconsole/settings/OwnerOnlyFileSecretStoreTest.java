package com.evolutionconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.evolutionconsole.domain.Secret;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fallback file keeps keys by profile id, only for the user, and keeps a damaged file aside like profiles.json. */
class OwnerOnlyFileSecretStoreTest {

    private static final Clock AT_1145 = Clock.fixed(Instant.parse("2026-11-25T11:45:00Z"), ZoneOffset.UTC);
    private static final Secret KEY = Secret.of("B6D711FCDE4D4FD5936544120E713976");

    @TempDir
    Path dir;

    @Test
    void keysRoundTripAcrossRestartsAndDeleteOnlyTheirOwn() {
        Path file = dir.resolve("secrets.json");
        OwnerOnlyFileSecretStore store = new OwnerOnlyFileSecretStore(file);
        store.write("profile-1", KEY);
        store.write("profile-2", Secret.of("second-key-1234"));

        OwnerOnlyFileSecretStore restarted = new OwnerOnlyFileSecretStore(file);
        assertThat(restarted.read("profile-1")).contains(KEY);

        restarted.delete("profile-1");
        assertThat(store.read("profile-1")).isEmpty();
        assertThat(store.read("profile-2")).contains(Secret.of("second-key-1234"));
        assertThat(store.kind()).isEqualTo(SecretStorageKind.OWNER_ONLY_FILE);
        assertThat(store.description()).isEqualTo("an owner-only file (" + file + ")");
    }

    @Test
    void deletingWithoutAnyKeyWritesNothing() {
        new OwnerOnlyFileSecretStore(dir.resolve("settings/secrets.json")).delete("profile-1");
        assertThat(dir.resolve("settings")).doesNotExist();
    }

    @Test
    void theFileAndItsFolderAreOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        UserFolders folders = new UserFolders(dir.resolve("config"), dir.resolve("logs"));
        OwnerOnlyFileSecretStore.in(folders).write("profile-1", KEY);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("config")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("config/secrets.json"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aDamagedFileIsKeptAsideAndTheCallThatFoundItSaysSo() throws IOException {
        Path file = dir.resolve("secrets.json");
        Files.writeString(file, "{\"version\": 1, \"keys\": {\"profile-1\": \"abc");
        OwnerOnlyFileSecretStore store = new OwnerOnlyFileSecretStore(file, AT_1145);

        Path kept = dir.resolve("secrets.json.corrupt-20261125-114500");
        assertThatThrownBy(() -> store.read("profile-1"))
                .isInstanceOf(SecretStorageException.class)
                .hasMessage("The saved keys file could not be read (it is not valid JSON near $.keys.profile-1). It was kept as " + kept
                        + "; the keys saved in it will be asked for again.");

        store.write("profile-2", KEY);
        assertThat(store.read("profile-2")).contains(KEY);
        assertThat(kept).hasContent("{\"version\": 1, \"keys\": {\"profile-1\": \"abc");
    }

    @Test
    void aMisshapenKeyIsNotQuotedInTheProblem() throws IOException {
        Path file = dir.resolve("secrets.json");
        Files.writeString(file, "{\"version\": 1, \"keys\": {\"profile-1\": {\"value\": \"" + KEY.reveal() + "\"}}}");

        assertThatThrownBy(() -> new OwnerOnlyFileSecretStore(file, AT_1145).read("profile-1"))
                .isInstanceOf(SecretStorageException.class)
                .hasMessageContaining("(unexpected content at $.keys.profile-1)")
                .satisfies(e -> assertThat(e.getMessage() + e.getCause()).doesNotContain(KEY.reveal()));
    }
}
