package com.evolutionconsole.api.dto;

import java.util.List;

/** A stored websocket row: {@code {"id","enabled","events",…,"instanceId"}}. */
public record WebsocketConfigDto(String id, Boolean enabled, List<String> events, String instanceId) {
}
