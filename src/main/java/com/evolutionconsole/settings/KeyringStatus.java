package com.evolutionconsole.settings;

/**
 * What {@link KeyringProbe} found: a keyring that answered, or the reason there is none, as a sentence for the UI.
 *
 * @param backend the keyring to keep keys in; null when unavailable
 * @param reason why there is no keyring, e.g. "No system keyring is available (…)."; null when available
 */
public record KeyringStatus(KeyringBackend backend, String reason) {

    public static KeyringStatus available(KeyringBackend backend) {
        return new KeyringStatus(backend, null);
    }

    public static KeyringStatus unavailable(String reason) {
        return new KeyringStatus(null, reason);
    }

    public boolean isAvailable() {
        return backend != null;
    }
}
