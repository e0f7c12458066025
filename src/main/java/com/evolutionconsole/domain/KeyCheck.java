package com.evolutionconsole.domain;

/** The outcome of checking a key: its kind and, for an instance token, the one instance it opens. */
public record KeyCheck(KeyKind kind, String instanceName) {
}
