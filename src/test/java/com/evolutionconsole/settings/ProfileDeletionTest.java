package com.evolutionconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.evolutionconsole.domain.Secret;
import com.github.javakeyring.PasswordAccessException;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deleted server takes its key with it, and a key that cannot be deleted keeps the server. */
class ProfileDeletionTest {

    private static final Secret KEY = Secret.of("B6D711FCDE4D4FD5936544120E713976");

    @TempDir
    Path dir;

    private final ServerProfile prod = ServerProfile.create("Prod", "https://evo.example.com");
    private final ServerProfile lab = ServerProfile.create("Lab", "http://lab:8080");

    @Test
    void theKeyGoesWithTheProfile() throws IOException {
        ProfileStore profiles = new ProfileStore(dir.resolve("profiles.json"));
        SecretStore secrets = new OwnerOnlyFileSecretStore(dir.resolve("secrets.json"));
        ProfileBook book = ProfileBook.empty().with(prod).with(lab);
        profiles.save(book);
        secrets.write(prod.id(), KEY);
        secrets.write(lab.id(), Secret.of("lab-key-1234"));

        ProfileBook after = ProfileDeletion.delete(book, prod.id(), profiles, secrets);

        assertThat(after.profiles()).containsExactly(lab);
        assertThat(profiles.load().book()).isEqualTo(after);
        assertThat(secrets.read(prod.id())).isEmpty();
        assertThat(secrets.read(lab.id())).isPresent();
        assertThat(dir.resolve("secrets.json")).content().doesNotContain(KEY.reveal());
    }

    @Test
    void aKeyThatCannotBeDeletedKeepsTheProfile() throws IOException {
        ProfileStore profiles = new ProfileStore(dir.resolve("profiles.json"));
        InMemoryKeyring keyring = new InMemoryKeyring();
        SecretStore secrets = new KeyringSecretStore(keyring);
        ProfileBook book = ProfileBook.empty().with(prod);
        profiles.save(book);
        secrets.write(prod.id(), KEY);
        keyring.refusal = new PasswordAccessException("keyring locked");

        assertThatThrownBy(() -> ProfileDeletion.delete(book, prod.id(), profiles, secrets))
                .isInstanceOf(SecretStorageException.class);

        assertThat(profiles.load().book().profiles()).containsExactly(prod);
    }
}
