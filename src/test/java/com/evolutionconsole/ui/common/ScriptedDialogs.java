package com.evolutionconsole.ui.common;

import com.evolutionconsole.domain.Secret;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} that answers as the test scripted, and remembers what was asked. */
public final class ScriptedDialogs implements DialogService {

    public boolean confirmAnswer = true;
    public String typedAnswer;
    public Path saveAnswer;
    public String keyAnswer;
    public final List<String> asked = new ArrayList<>();
    public final List<String> clipboard = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        asked.add(title + ": " + message);
        return confirmAnswer;
    }

    @Override
    public boolean confirmByTyping(String title, String message, String expected) {
        asked.add(title + ": " + message);
        return expected.equals(typedAnswer);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String extension) {
        asked.add(title + ": " + suggestedName);
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public Optional<Secret> askForKey(String title, String message) {
        asked.add(title + ": " + message);
        return Optional.ofNullable(keyAnswer).map(Secret::of);
    }

    @Override
    public void copyToClipboard(String text) {
        clipboard.add(text);
    }
}
