package com.evolutionconsole.api.dto;

/**
 * Logout and delete answer {@code {"status":"SUCCESS","error":false,"response":{"message":…}}}: here status is
 * a string, unlike in error envelopes, so the fields stay untyped.
 */
public record StatusResponseDto(Object status, Object error, Object response) {
}
