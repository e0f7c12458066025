package com.evolutionconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.evolutionconsole.domain.KeyKind;
import com.evolutionconsole.domain.Secret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedServersTest {

    private static final String KEY = "saved-servers-key-7f3a9c";

    @TempDir
    Path home;
    private final InMemoryKeyring keyring = new InMemoryKeyring();

    private UserFolders folders() {
        return new UserFolders(home.resolve("config"), home.resolve("logs"));
    }

    private SavedServers open(KeyringStatus status) {
        return SavedServers.open(ProfileStore.in(folders()), () -> status, folders());
    }

    private String everyFileUnderHome() throws Exception {
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(file).append('\n').append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Test
    void withAKeyringTheKeyGoesThereAndNowhereElse() throws Exception {
        SavedServers servers = open(KeyringStatus.available(keyring));
        ServerProfile prod = ServerProfile.create("Production", "https://evo.example.com").withKeyKind(KeyKind.GLOBAL);
        servers.save(prod, Secret.of(KEY));
        servers.markUsed(prod.id());

        assertThat(keyring.entries).containsValue(KEY);
        assertThat(everyFileUnderHome()).contains("Production").doesNotContain(KEY);
        assertThat(servers.keyStorage().keyringProblem()).isNull();

        SavedServers reopened = open(KeyringStatus.available(keyring));
        assertThat(reopened.book().lastUsed()).contains(prod);
        assertThat(reopened.keyFor(prod.id())).contains(Secret.of(KEY));
    }

    @Test
    void removingAServerRemovesItsKey() throws Exception {
        SavedServers servers = open(KeyringStatus.available(keyring));
        ServerProfile staging = ServerProfile.create("Staging", "http://10.0.0.5:8080");
        servers.save(staging, Secret.of(KEY));
        servers.remove(staging.id());
        assertThat(keyring.entries).isEmpty();
        assertThat(servers.book().profiles()).isEmpty();
        assertThat(open(KeyringStatus.available(keyring)).book().profiles()).isEmpty();
    }

    @Test
    void withoutAKeyringKeysAreAskedEachTimeUntilTheOperatorChooses() throws Exception {
        SavedServers servers = open(KeyringStatus.unavailable("No system keyring is available (test)."));
        ServerProfile prod = ServerProfile.create("Production", "https://evo.example.com");
        servers.save(prod, Secret.of(KEY));

        assertThat(servers.keyStorage().keyringProblem()).isEqualTo("No system keyring is available (test).");
        assertThat(servers.keyFor(prod.id())).as("kept for this session").contains(Secret.of(KEY));
        assertThat(everyFileUnderHome()).doesNotContain(KEY);
        assertThat(open(KeyringStatus.unavailable("none")).keyFor(prod.id())).as("asked again after a restart").isEmpty();
    }

    @Test
    void choosingTheOwnerOnlyFileKeepsTheKeysTypedThisSession() throws Exception {
        SavedServers servers = open(KeyringStatus.unavailable("none"));
        ServerProfile prod = ServerProfile.create("Production", "https://evo.example.com");
        servers.save(prod, null);
        servers.rememberForSession(prod.id(), Secret.of(KEY));
        servers.chooseFallback(SecretFallback.OWNER_ONLY_FILE);

        SavedServers reopened = open(KeyringStatus.unavailable("none"));
        assertThat(reopened.book().secretFallback()).isEqualTo(SecretFallback.OWNER_ONLY_FILE);
        assertThat(reopened.keyFor(prod.id())).contains(Secret.of(KEY));
        assertThat(reopened.keyStorage().description()).contains("owner-only file");
        assertThat(Files.readString(ProfileStore.in(folders()).path())).doesNotContain(KEY);
    }

    @Test
    void aSecondServerWithTheSameNameIsRefusedAndNothingIsWritten() throws Exception {
        SavedServers servers = open(KeyringStatus.available(keyring));
        servers.save(ServerProfile.create("Production", "https://a.example.com"), Secret.of(KEY));
        String before = Files.readString(ProfileStore.in(folders()).path());
        assertThatThrownBy(() -> servers.save(ServerProfile.create("production", "https://b.example.com"),
                Secret.of("other-key-123456")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already a server named");
        assertThat(Files.readString(ProfileStore.in(folders()).path())).isEqualTo(before);
        assertThat(keyring.entries).hasSize(1);
    }

    @Test
    void aKeyWhoseProfileCouldNotBeSavedIsPutBack() throws Exception {
        // a name too long to take the ".corrupt-…" suffix: once the file breaks, the store refuses to write
        ProfileStore store = new ProfileStore(home.resolve("p".repeat(240) + ".json"));
        SavedServers servers = SavedServers.open(store, () -> KeyringStatus.available(keyring), folders());
        ServerProfile prod = ServerProfile.create("Production", "https://prod.example.com");
        servers.save(prod, Secret.of("production-key-111111"));
        Files.writeString(store.path(), "{broken");

        ServerProfile editedToStaging = new ServerProfile(prod.id(), "Production", "https://staging.example.com",
                null, null);
        assertThatThrownBy(() -> servers.save(editedToStaging, Secret.of("staging-key-2222222")))
                .isInstanceOf(java.io.IOException.class);
        assertThat(servers.book().find(prod.id()).orElseThrow().url()).isEqualTo("https://prod.example.com");
        assertThat(servers.keyFor(prod.id())).as("the production URL keeps the production key")
                .contains(Secret.of("production-key-111111"));
        assertThat(keyring.entries).containsValue("production-key-111111").doesNotContainValue("staging-key-2222222");
    }

    @Test
    void aNewServerWhoseProfileCouldNotBeSavedLeavesNoKeyBehind() throws Exception {
        ProfileStore store = new ProfileStore(home.resolve("p".repeat(240) + ".json"));
        Files.writeString(store.path(), "{broken");
        SavedServers servers = SavedServers.open(store, () -> KeyringStatus.available(keyring), folders());
        assertThatThrownBy(() -> servers.save(ServerProfile.create("Lab", "https://lab.example.com"),
                Secret.of("lab-key-33333333"))).isInstanceOf(java.io.IOException.class);
        assertThat(keyring.entries).isEmpty();
    }

    @Test
    void aChangeFromAnotherWindowIsKeptWhenThisOneSaves() throws Exception {
        SavedServers first = open(KeyringStatus.available(keyring));
        SavedServers second = open(KeyringStatus.available(keyring));
        first.save(ServerProfile.create("Production", "https://prod.example.com"), Secret.of(KEY));
        second.save(ServerProfile.create("Staging", "https://staging.example.com"), Secret.of("staging-key-2222222"));
        assertThat(open(KeyringStatus.available(keyring)).book().profiles()).extracting(ServerProfile::name)
                .containsExactly("Production", "Staging");
    }

    @Test
    void keysLeftInTheFileAreRemovedWithTheirServerAndMoveToAKeyringOnceOneAnswers() throws Exception {
        SavedServers withoutKeyring = open(KeyringStatus.unavailable("none"));
        withoutKeyring.chooseFallback(SecretFallback.OWNER_ONLY_FILE);
        ServerProfile prod = ServerProfile.create("Production", "https://prod.example.com");
        ServerProfile lab = ServerProfile.create("Lab", "https://lab.example.com");
        withoutKeyring.save(prod, Secret.of(KEY));
        withoutKeyring.save(lab, Secret.of("lab-key-33333333"));
        Path secretsFile = folders().config().resolve("secrets.json");

        SavedServers withKeyring = open(KeyringStatus.available(keyring));
        assertThat(withKeyring.keyFor(prod.id())).contains(Secret.of(KEY));
        assertThat(keyring.entries).containsValue(KEY);
        assertThat(Files.readString(secretsFile)).doesNotContain(KEY).contains("lab-key-33333333");
        withKeyring.remove(lab.id());
        assertThat(Files.readString(secretsFile)).doesNotContain("lab-key-33333333");
    }

    @Test
    void aKeyInTheFileIsStillUsedWhileTheKeyringRefusesToTakeIt() throws Exception {
        SavedServers withoutKeyring = open(KeyringStatus.unavailable("none"));
        withoutKeyring.chooseFallback(SecretFallback.OWNER_ONLY_FILE);
        ServerProfile prod = ServerProfile.create("Production", "https://prod.example.com");
        withoutKeyring.save(prod, Secret.of(KEY));
        keyring.refusal = new com.github.javakeyring.PasswordAccessException("the keyring is locked");

        assertThat(open(KeyringStatus.available(keyring)).keyFor(prod.id())).contains(Secret.of(KEY));
        assertThat(Files.readString(folders().config().resolve("secrets.json"))).as("moved at a later read")
                .contains(KEY);
    }

    @Test
    void aProfilesFileBrokenWhileTheConsoleRunsIsReportedNotHidden() throws Exception {
        SavedServers servers = open(KeyringStatus.available(keyring));
        ServerProfile prod = ServerProfile.create("Production", "https://prod.example.com");
        servers.save(prod, Secret.of(KEY));
        Files.writeString(ProfileStore.in(folders()).path(), "{\"version\": 99}");
        servers.markUsed(prod.id());
        assertThat(servers.takeLaterProblem()).hasValueSatisfying(problem -> assertThat(problem).contains("corrupt-"));
        assertThat(servers.takeLaterProblem()).as("said once").isEmpty();
        assertThat(open(KeyringStatus.available(keyring)).book().profiles()).as("the book in memory was kept")
                .containsExactly(prod);
    }

    @Test
    void choosingToBeAskedEachTimeLeavesNoKeyInTheFile() throws Exception {
        SavedServers servers = open(KeyringStatus.unavailable("none"));
        servers.chooseFallback(SecretFallback.OWNER_ONLY_FILE);
        servers.save(ServerProfile.create("Production", "https://prod.example.com"), Secret.of(KEY));
        servers.chooseFallback(SecretFallback.ASK_EACH_TIME);
        assertThat(everyFileUnderHome()).doesNotContain(KEY);
    }

    @Test
    void aCorruptFileIsReportedAndTheConsoleStartsEmpty() throws Exception {
        Path file = ProfileStore.in(folders()).path();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"version\": 1, \"profiles\": [");
        SavedServers servers = open(KeyringStatus.available(keyring));
        assertThat(servers.book().profiles()).isEmpty();
        assertThat(servers.loadProblem()).hasValueSatisfying(problem -> assertThat(problem).contains("corrupt-"));
        try (var kept = Files.list(file.getParent())) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("profiles.json.corrupt-"));
        }
    }
}
