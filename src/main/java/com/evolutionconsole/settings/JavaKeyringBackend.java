package com.evolutionconsole.settings;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

/** The system keyring through java-keyring: Secret Service or KWallet, macOS Keychain, Windows Credential Manager. */
final class JavaKeyringBackend implements KeyringBackend {

    private final Keyring keyring;

    private JavaKeyringBackend(Keyring keyring) {
        this.keyring = keyring;
    }

    /** Connects to this machine's keyring; may block a long time on a D-Bus that does not answer. */
    static JavaKeyringBackend open() throws BackendNotSupportedException {
        return new JavaKeyringBackend(Keyring.create());
    }

    @Override
    public String get(String service, String account) throws PasswordAccessException {
        return keyring.getPassword(service, account);
    }

    @Override
    public void set(String service, String account, String password) throws PasswordAccessException {
        keyring.setPassword(service, account, password);
    }

    @Override
    public void delete(String service, String account) throws PasswordAccessException {
        keyring.deletePassword(service, account);
    }

    @Override
    public void close() {
        try {
            keyring.close();
        } catch (Exception e) {
            // closing only lets go of the connection; nothing is lost when that fails
        }
    }
}
