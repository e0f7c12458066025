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
