package com.evolutionconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.Secret;
import org.junit.jupiter.api.Test;

/** Keys typed this session are remembered until the console closes, and only in memory. */
class AskEachTimeSecretStoreTest {

    private static final Secret KEY = Secret.of("B6D711FCDE4D4FD5936544120E713976");

    @Test
    void aKeyLastsTheSessionOnly() {
        AskEachTimeSecretStore session = new AskEachTimeSecretStore();
        session.write("profile-1", KEY);

        assertThat(session.read("profile-1")).as("switching back does not ask again").contains(KEY);
        assertThat(new AskEachTimeSecretStore().read("profile-1")).as("after a restart").isEmpty();

        session.delete("profile-1");
        assertThat(session.read("profile-1")).isEmpty();
        assertThat(session.kind()).isEqualTo(SecretStorageKind.ASK_EACH_TIME);
        assertThat(session.description()).isEqualTo("this session only (the key is asked for again after a restart)");
    }
}
