package com.evolutionconsole.domain;

/** What an API key opens on a server: everything (global key) or one instance (its token). */
public enum KeyKind {
    GLOBAL,
    INSTANCE_TOKEN,
    /** A v1 server cannot say; the key worked for listing. */
    UNDETERMINED
}
