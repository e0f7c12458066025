package com.evolutionconsole.api.dto;

/** {@code GET /instance/connectionState/{i}}: {@code {"instance":{"instanceName","state"}}}. */
public record ConnectionStateDto(InstanceStateDto instance) {
}
