package com.evolutionconsole.settings;

import com.github.javakeyring.PasswordAccessException;

/**
 * The three calls of java-keyring's {@code Keyring} that the console uses, with its behaviour (a missing entry is a
 * PasswordAccessException too), so tests can use an in-memory keyring.
 */
public interface KeyringBackend extends AutoCloseable {

    String get(String service, String account) throws PasswordAccessException;

    void set(String service, String account, String password) throws PasswordAccessException;

    void delete(String service, String account) throws PasswordAccessException;

    /** Releases the connection to the keyring; never fails. */
    @Override
    default void close() {
    }
}
