package com.evolutionconsole.settings;

/** Where keys go when this machine has no system keyring: the operator's choice. */
public enum SecretFallback {
    OWNER_ONLY_FILE,
    ASK_EACH_TIME
}
