package com.evolutionconsole.settings;

/** Where a {@link SecretStore} keeps keys. */
public enum SecretStorageKind {
    KEYRING,
    OWNER_ONLY_FILE,
    /** Nowhere on disk: the operator types the key once per session. */
    ASK_EACH_TIME
}
