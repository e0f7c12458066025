package com.evolutionconsole.api;

import com.evolutionconsole.domain.Secret;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Removes known secrets from texts that come from outside (server messages), before they reach an exception: the
 * client's key, and every instance token the client has seen since (servers echo them in database dumps).
 */
final class Redactor {

    static final String MASK = "[hidden]";

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    Redactor(List<Secret> secrets) {
        secrets.forEach(this::learn);
    }

    /** Masks {@code secret} (if any) from now on. Safe from any thread. */
    void learn(Secret secret) {
        if (secret != null) {
            secrets.add(secret.reveal());
        }
    }

    String clean(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        // longest first, so a secret that contains another is masked whole
        for (String secret : secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            result = result.replace(secret, MASK);
        }
        return result;
    }

    List<String> clean(List<String> texts) {
        return texts.stream().map(this::clean).toList();
    }
}
