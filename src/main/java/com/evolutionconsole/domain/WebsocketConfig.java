package com.evolutionconsole.domain;

import java.util.List;

/** An instance's Socket.IO event configuration; an empty event list means "all events" to the server. */
public record WebsocketConfig(boolean enabled, List<String> events) {

    public WebsocketConfig {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
