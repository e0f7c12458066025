package com.evolutionconsole.settings;

/** Picks where keys go on this machine. */
public final class SecretStores {

    private SecretStores() {
    }

    /**
     * The system keyring when it answered; otherwise the operator's fallback, and until they choose one, keys are
     * asked for each time (nothing is written to disk without their say).
     */
    public static SecretStore choose(KeyringStatus keyring, SecretFallback fallback, UserFolders folders) {
        if (keyring.isAvailable()) {
            return new KeyringSecretStore(keyring.backend());
        }
        return fallback == SecretFallback.OWNER_ONLY_FILE ? OwnerOnlyFileSecretStore.in(folders) : new AskEachTimeSecretStore();
    }
}
