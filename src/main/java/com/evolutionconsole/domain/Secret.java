package com.evolutionconsole.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * An API key or instance token. Its {@code toString} never shows the value, so a secret can sit in records,
 * log lines and exception texts without leaking; the value is read only through {@link #reveal()}.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps a non-blank value; surrounding whitespace (a common copy-paste accident) is dropped. */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a secret cannot be blank");
        }
        return new Secret(trimmed);
    }

    /** Like {@link #of} but null for null or blank input, for optional fields read from a server. */
    public static Secret ofNullable(String value) {
        return value == null || value.isBlank() ? null : new Secret(value.strip());
    }

    /** The value itself: only for the apikey header, an explicit reveal or an explicit copy. */
    public String reveal() {
        return value;
    }

    /** A masked form for the UI that shows only the last four characters of longer secrets. */
    public String masked() {
        return value.length() >= 12 ? "••••••••" + value.substring(value.length() - 4) : "••••••••";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), secret.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "Secret[hidden]";
    }
}
