package com.evolutionconsole.api.dto;

/** {@code POST /verify-creds} (v2): 200 only for the global key. */
public record VerifyCredsDto(Object status, String message) {
}
