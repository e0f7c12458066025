package com.evolutionconsole.api.dto;

/** The v2 body of {@code POST /websocket/set/{i}}: {@code {"websocket":{"enabled","events"}}}. */
public record WebsocketSetBody(WebsocketBody websocket) {
}
