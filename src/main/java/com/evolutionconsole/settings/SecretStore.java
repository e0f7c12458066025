package com.evolutionconsole.settings;

import com.evolutionconsole.domain.Secret;
import java.util.Optional;

/**
 * Keeps the API key of each saved server, by profile id, apart from the profiles file. Calls may block on disk or
 * on the system keyring, so they belong on a background thread. Failures throw {@link SecretStorageException}.
 */
public interface SecretStore {

    /** The key saved for the profile, or empty when there is none (the operator is asked for it). */
    Optional<Secret> read(String profileId);

    void write(String profileId, Secret key);

    /** Forgets the profile's key; nothing happens when there is none. */
    void delete(String profileId);

    SecretStorageKind kind();

    /** Where keys are kept, in words for the UI, e.g. "the system keyring". */
    String description();
}
