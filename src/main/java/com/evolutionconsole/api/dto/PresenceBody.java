package com.evolutionconsole.api.dto;

/** {@code {"presence":"available"}}, both as the request and the 201 answer (v1 answers with no body). */
public record PresenceBody(String presence) {
}
