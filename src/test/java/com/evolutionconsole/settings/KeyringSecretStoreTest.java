package com.evolutionconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.evolutionconsole.domain.Secret;
import com.github.javakeyring.PasswordAccessException;
import org.junit.jupiter.api.Test;

/** Keys go to the keyring under the console's service and the profile id, and failures never show a key. */
class KeyringSecretStoreTest {

    private static final Secret KEY = Secret.of("B6D711FCDE4D4FD5936544120E713976");

    private final InMemoryKeyring keyring = new InMemoryKeyring();
    private final KeyringSecretStore store = new KeyringSecretStore(keyring);

    @Test
    void aKeyRoundTripsUnderTheProfileId() {
        store.write("profile-1", KEY);

        assertThat(keyring.entries).containsOnlyKeys("Evolution Console|profile-1");
        assertThat(store.read("profile-1")).contains(KEY);
        assertThat(store.read("profile-2")).as("a missing entry is no key, not an error").isEmpty();
        assertThat(store.kind()).isEqualTo(SecretStorageKind.KEYRING);
        assertThat(store.description()).isEqualTo("the system keyring");
    }

    @Test
    void deleteRemovesTheKeyAndToleratesNoKey() {
        store.write("profile-1", KEY);
        store.write("profile-2", Secret.of("other-key-0000"));

        store.delete("profile-1");
        store.delete("never-stored");

        assertThat(store.read("profile-1")).isEmpty();
        assertThat(store.read("profile-2")).isPresent();
    }

    @Test
    void aRefusedWriteSaysWhatToDoWithoutTheKey() {
        // a backend that echoes the key in its message: the store must still not show it
        keyring.refusal = new PasswordAccessException("Failed to set credential " + KEY.reveal() + ": keyring locked");

        assertThatThrownBy(() -> store.write("profile-1", KEY))
                .isInstanceOf(SecretStorageException.class)
                .hasMessageStartingWith("The key could not be saved in the system keyring (")
                .hasMessageContaining("Check that the keyring is unlocked")
                .message().doesNotContain(KEY.reveal());
    }

    @Test
    void aKeyringThatWentAwayFailsReadsClearly() {
        keyring.outage = new IllegalStateException("org.freedesktop.DBus.Error.ServiceUnknown");

        assertThatThrownBy(() -> store.read("profile-1"))
                .isInstanceOf(SecretStorageException.class)
                .hasMessage("The system keyring could not be read (org.freedesktop.DBus.Error.ServiceUnknown)."
                        + " Check that it is unlocked, then try again.");
        assertThatThrownBy(() -> store.delete("profile-1")).isInstanceOf(SecretStorageException.class);
    }

    @Test
    void aDeleteThatLeavesTheKeyInPlaceIsAFailure() {
        store.write("profile-1", KEY);
        keyring.refusal = new PasswordAccessException("Error code 5");

        assertThatThrownBy(() -> store.delete("profile-1"))
                .isInstanceOf(SecretStorageException.class)
                .hasMessageContaining("could not be removed from the system keyring (Error code 5)")
                .message().doesNotContain(KEY.reveal());
        assertThat(store.read("profile-1")).contains(KEY);
    }
}
