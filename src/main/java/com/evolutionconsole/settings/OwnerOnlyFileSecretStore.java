package com.evolutionconsole.settings;

import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.settings.FileShapes.SecretsJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Keeps keys by profile id in {@code secrets.json} in the settings folder, a file only the user can read: the
 * fallback for machines without a keyring. The file is read on each call, so it is never out of date; an unreadable
 * file is kept aside and the call that found it fails saying so.
 */
public final class OwnerOnlyFileSecretStore implements SecretStore {

    private static final String FILE_NAME = "secrets.json";

    private final SettingsFile<SecretsJson> file;

    public OwnerOnlyFileSecretStore(Path file) {
        this(file, Clock.systemDefaultZone());
    }

    OwnerOnlyFileSecretStore(Path file, Clock clock) {
        this.file = new SettingsFile<>(file, SecretsJson.class, "saved keys",
                "the keys saved in it will be asked for again", clock);
    }

    /** The store in the user's settings folder. */
    public static OwnerOnlyFileSecretStore in(UserFolders folders) {
        return new OwnerOnlyFileSecretStore(folders.config().resolve(FILE_NAME));
    }

    @Override
    public synchronized Optional<Secret> read(String profileId) {
        return Optional.ofNullable(keys().get(profileId));
    }

    @Override
    public synchronized void write(String profileId, Secret key) {
        Map<String, Secret> keys = keys();
        keys.put(profileId, key);
        save(keys);
    }

    @Override
    public synchronized void delete(String profileId) {
        Map<String, Secret> keys = keys();
        if (keys.remove(profileId) != null) {
            save(keys);
        }
    }

    @Override
    public SecretStorageKind kind() {
        return SecretStorageKind.OWNER_ONLY_FILE;
    }

    @Override
    public String description() {
        return "an owner-only file (" + file.path() + ")";
    }

    private Map<String, Secret> keys() {
        try {
            return file.load(OwnerOnlyFileSecretStore::toKeys).orElseGet(LinkedHashMap::new);
        } catch (UnreadableSettingsException e) {
            throw new SecretStorageException(e.getMessage(), e);
        }
    }

    private void save(Map<String, Secret> keys) {
        Map<String, String> revealed = new TreeMap<>();
        keys.forEach((id, key) -> revealed.put(id, key.reveal()));
        try {
            file.save(new SecretsJson(revealed));
        } catch (IOException e) {
            throw new SecretStorageException(e.getMessage() + " Check that folder, then try again.", e);
        }
    }

    private static Map<String, Secret> toKeys(SecretsJson json) {
        if (json.keys() == null) {
            throw new IllegalArgumentException("it has no \"keys\"");
        }
        Map<String, Secret> keys = new LinkedHashMap<>();
        json.keys().forEach((id, key) -> {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("the key for " + id + " is empty");
            }
            keys.put(id, Secret.of(key));
        });
        return keys;
    }
}
