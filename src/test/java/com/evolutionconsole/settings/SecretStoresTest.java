package com.evolutionconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keyring when there is one, otherwise the operator's choice; and never a key in the profiles file. */
class SecretStoresTest {

    private static final Secret KEY = Secret.of("B6D711FCDE4D4FD5936544120E713976");
    private static final KeyringStatus NO_KEYRING = KeyringStatus.unavailable("No system keyring is available (test).");

    @TempDir
    Path dir;

    private UserFolders folders() {
        return new UserFolders(dir.resolve("config"), dir.resolve("logs"));
    }

    @Test
    void theKeyringWinsWhenItAnswered() {
        SecretStore store = SecretStores.choose(KeyringStatus.available(new InMemoryKeyring()), SecretFallback.OWNER_ONLY_FILE, folders());
        assertThat(store.kind()).isEqualTo(SecretStorageKind.KEYRING);
    }

    @Test
    void withoutAKeyringTheOperatorsChoiceDecides() {
        SecretStore file = SecretStores.choose(NO_KEYRING, SecretFallback.OWNER_ONLY_FILE, folders());
        assertThat(file.kind()).isEqualTo(SecretStorageKind.OWNER_ONLY_FILE);
        assertThat(file.description()).contains(dir.resolve("config/secrets.json").toString());

        assertThat(SecretStores.choose(NO_KEYRING, SecretFallback.ASK_EACH_TIME, folders()).kind())
                .isEqualTo(SecretStorageKind.ASK_EACH_TIME);
        assertThat(SecretStores.choose(NO_KEYRING, null, folders()).kind()).as("not chosen yet")
                .isEqualTo(SecretStorageKind.ASK_EACH_TIME);
    }

    @Test
    void askingEachTimeWritesNothingToDisk() throws IOException {
        SecretStore store = SecretStores.choose(NO_KEYRING, null, folders());
        store.write("profile-1", KEY);

        assertThat(store.read("profile-1")).contains(KEY);
        assertThat(dir.resolve("config")).doesNotExist();
        assertThat(filesUnder(dir)).isEmpty();
    }

    @Test
    void theProfilesFileNeverHoldsTheKeyWhateverTheStore() throws IOException {
        List<SecretStore> stores = List.of(
                SecretStores.choose(KeyringStatus.available(new InMemoryKeyring()), null, folders()),
                SecretStores.choose(NO_KEYRING, SecretFallback.OWNER_ONLY_FILE, folders()),
                SecretStores.choose(NO_KEYRING, SecretFallback.ASK_EACH_TIME, folders()));
        ProfileStore profiles = ProfileStore.in(folders());
        for (SecretStore store : stores) {
            ServerProfile profile = ServerProfile.create("Server kept in " + store.kind(), "https://evo.example.com");
            profiles.save(profiles.load().book().with(profile).withLastUsed(profile.id()));
            store.write(profile.id(), KEY);

            String written = new String(Files.readAllBytes(profiles.path()), StandardCharsets.UTF_8);
            assertThat(written).as(store.description()).contains(profile.id()).doesNotContain(KEY.reveal());
        }
        assertThat(dir.resolve("config/secrets.json")).as("the file store did get the key").content().contains(KEY.reveal());
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
