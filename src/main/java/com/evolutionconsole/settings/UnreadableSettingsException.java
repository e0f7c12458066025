package com.evolutionconsole.settings;

import java.nio.file.Path;
import java.util.Optional;

/** A settings file could not be read; the message tells the operator what happened to it. */
final class UnreadableSettingsException extends Exception {

    private final transient Path keptAside;

    UnreadableSettingsException(String message, Path keptAside) {
        super(message);
        this.keptAside = keptAside;
    }

    /** Where the file was moved; empty when it could not be moved and still sits at its place. */
    Optional<Path> keptAside() {
        return Optional.ofNullable(keptAside);
    }
}
