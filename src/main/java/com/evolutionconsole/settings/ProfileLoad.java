package com.evolutionconsole.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@link ProfileStore#load()} found: the saved servers, or an empty book and a sentence for the operator when
 * the file could not be read.
 *
 * @param problem what was wrong with the file and what became of it, for the UI; empty when all was well
 * @param keptAside where the unreadable file was moved, when it could be
 */
public record ProfileLoad(ProfileBook book, Optional<String> problem, Optional<Path> keptAside) {
}
