package com.evolutionconsole.api.dto;

import java.util.List;

/** {@code {"enabled":…,"events":[…]}}: v2 nests it under "websocket", v1 sends it flat. Always send events. */
public record WebsocketBody(Boolean enabled, List<String> events) {
}
