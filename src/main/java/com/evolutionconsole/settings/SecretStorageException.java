package com.evolutionconsole.settings;

/** A key could not be read, saved or removed; the message says what failed and what to do, and never holds a key. */
public final class SecretStorageException extends RuntimeException {

    public SecretStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
