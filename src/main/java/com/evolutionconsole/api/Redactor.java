package com.evolutionconsole.api;

import com.evolutionconsole.domain.Secret;
import java.util.List;
import java.util.Objects;

/** Removes known secrets from texts that come from outside (server messages), before they reach an exception. */
final class Redactor {

    static final String MASK = "[hidden]";

    private final List<Secret> secrets;

    Redactor(List<Secret> secrets) {
        this.secrets = secrets.stream().filter(Objects::nonNull).toList();
    }

    String clean(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Secret secret : secrets) {
            result = result.replace(secret.reveal(), MASK);
        }
        return result;
    }

    List<String> clean(List<String> texts) {
        return texts.stream().map(this::clean).toList();
    }
}
