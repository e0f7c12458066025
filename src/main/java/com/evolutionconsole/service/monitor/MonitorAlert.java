package com.evolutionconsole.service.monitor;

import com.evolutionconsole.domain.ConnectionState;
import java.time.Instant;
import java.util.Objects;

/** Something about a watched instance a person should know: what, why and what to do (RECOVERED is good news). */
public record MonitorAlert(long id, String instance, Instant at, Kind kind, ConnectionState state,
                           Integer reasonCode, String message, String tip) {

    /** Why the alert was raised. */
    public enum Kind {
        /** Out of healthy for longer than the threshold. */
        UNHEALTHY,
        /** A final close (statusReason 401/402/403/406): it needs a new QR code, never a restart. */
        LOGGED_OUT,
        /** The server no longer has the instance. */
        MISSING,
        /** Auto-restart used every attempt and the instance is still unhealthy. */
        GAVE_UP,
        /** Healthy again after an alert. */
        RECOVERED
    }

    public MonitorAlert {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        tip = tip == null ? "" : tip;
    }

    /** Bad news; false only for {@link Kind#RECOVERED}. */
    public boolean severe() {
        return kind != Kind.RECOVERED;
    }
}
