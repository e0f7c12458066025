package com.evolutionconsole.settings;

import com.evolutionconsole.domain.Secret;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/** Keeps keys in the system keyring, under the service "Evolution Console" with the profile id as the account. */
public final class KeyringSecretStore implements SecretStore {

    static final String SERVICE = "Evolution Console";

    private final KeyringBackend keyring;

    public KeyringSecretStore(KeyringBackend keyring) {
        this.keyring = keyring;
    }

    /**
     * java-keyring reports a missing entry as a PasswordAccessException whose text differs per OS, so any refusal
     * to read counts as "no key": the operator is asked for it, and a keyring that really refuses fails on write.
     */
    @Override
    public Optional<Secret> read(String profileId) {
        try {
            return Optional.ofNullable(Secret.ofNullable(keyring.get(SERVICE, profileId)));
        } catch (PasswordAccessException missing) {
            return Optional.empty();
        } catch (RuntimeException e) {
            throw new SecretStorageException("The system keyring could not be read (" + reason(e, null)
                    + "). Check that it is unlocked, then try again.", e);
        }
    }

    @Override
    public void write(String profileId, Secret key) {
        try {
            keyring.set(SERVICE, profileId, key.reveal());
        } catch (PasswordAccessException | RuntimeException e) {
            throw new SecretStorageException("The key could not be saved in the system keyring (" + reason(e, key)
                    + "). Check that the keyring is unlocked, then try again.", e);
        }
    }

    @Override
    public void delete(String profileId) {
        try {
            keyring.delete(SERVICE, profileId);
        } catch (PasswordAccessException e) {
            // java-keyring also says this when there was no entry: only a key still there means the delete failed
            if (read(profileId).isPresent()) {
                throw new SecretStorageException("The key could not be removed from the system keyring (" + reason(e, null)
                        + "). Remove the entry \"" + SERVICE + "\" / " + profileId + " with the keyring's own tool.", e);
            }
        } catch (RuntimeException e) {
            throw new SecretStorageException("The key could not be removed from the system keyring (" + reason(e, null)
                    + "). Check that it is unlocked, then try again.", e);
        }
    }

    @Override
    public SecretStorageKind kind() {
        return SecretStorageKind.KEYRING;
    }

    @Override
    public String description() {
        return "the system keyring";
    }

    /** The keyring's own words, with the key blotted out in case a backend ever echoes it. */
    private static String reason(Exception e, Secret key) {
        String text = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return key == null ? text : text.replace(key.reveal(), "[hidden]");
    }
}
