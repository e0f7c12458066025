package com.evolutionconsole.settings;

import com.evolutionconsole.domain.Secret;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stores no key on disk: keys typed this session stay in memory, so switching between servers asks only once,
 * and are gone after a restart.
 */
public final class AskEachTimeSecretStore implements SecretStore {

    private final Map<String, Secret> session = new ConcurrentHashMap<>();

    @Override
    public Optional<Secret> read(String profileId) {
        return Optional.ofNullable(session.get(profileId));
    }

    @Override
    public void write(String profileId, Secret key) {
        session.put(profileId, key);
    }

    @Override
    public void delete(String profileId) {
        session.remove(profileId);
    }

    @Override
    public SecretStorageKind kind() {
        return SecretStorageKind.ASK_EACH_TIME;
    }

    @Override
    public String description() {
        return "this session only (the key is asked for again after a restart)";
    }
}
