package com.evolutionconsole.domain;

import java.util.Locale;

/**
 * A connection state as the server reports it. Known values get a {@link Kind}; anything else is kept verbatim
 * as {@link Kind#UNKNOWN} with its raw text, so a newer server's state is shown rather than lost.
 */
public record ConnectionState(Kind kind, String raw) {

    /** The states the console knows how to treat. */
    public enum Kind { OPEN, CONNECTING, CLOSE, REFUSED, UNKNOWN }

    public static final ConnectionState OPEN = new ConnectionState(Kind.OPEN, "open");
    public static final ConnectionState CONNECTING = new ConnectionState(Kind.CONNECTING, "connecting");
    public static final ConnectionState CLOSE = new ConnectionState(Kind.CLOSE, "close");
    public static final ConnectionState REFUSED = new ConnectionState(Kind.REFUSED, "refused");
    /** The server gave no state at all (for example an instance in its database but not loaded). */
    public static final ConnectionState ABSENT = new ConnectionState(Kind.UNKNOWN, "");

    public ConnectionState {
        raw = raw == null ? "" : raw;
    }

    /** Reads a server's state word; v1's "closed" and "created" are treated as close. */
    public static ConnectionState of(String raw) {
        if (raw == null || raw.isBlank()) {
            return ABSENT;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> OPEN;
            case "connecting" -> CONNECTING;
            case "close" -> CLOSE;
            case "closed", "created" -> new ConnectionState(Kind.CLOSE, raw);
            case "refused" -> REFUSED;
            default -> new ConnectionState(Kind.UNKNOWN, raw);
        };
    }

    public boolean isOpen() {
        return kind == Kind.OPEN;
    }

    /** The word to show: the known state's name, or the server's own text for an unknown one. */
    public String label() {
        return switch (kind) {
            case OPEN -> "open";
            case CONNECTING -> "connecting";
            case CLOSE -> "close";
            case REFUSED -> "refused";
            case UNKNOWN -> raw.isEmpty() ? "unknown" : raw;
        };
    }
}
