package com.evolutionconsole.ui.common;

import com.evolutionconsole.domain.Secret;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything a ViewModel may ask of the person at the screen. The app shows real dialogs; tests answer with a
 * scripted fake, so "confirm?" flows are testable without a window.
 */
public interface DialogService {

    /** Asks yes/no; true only when the person chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Asks the person to type {@code expected} exactly (for deletes); true only when they did and confirmed. */
    boolean confirmByTyping(String title, String message, String expected);

    /** A save-file chooser; empty when the person cancelled. {@code extension} is like "png". */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String extension);

    /** Asks for an API key in a masked field (for a server whose key is not stored); empty when cancelled. */
    Optional<Secret> askForKey(String title, String message);

    /** Puts text on the clipboard (only ever on an explicit copy). */
    void copyToClipboard(String text);
}
