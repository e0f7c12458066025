package com.evolutionconsole.api;

import java.util.List;

/** 401 (or a 403 that is not a name conflict): the key is missing, wrong, or only an instance token. */
public final class AuthenticationException extends EvolutionApiException {
    public AuthenticationException(int status, List<String> serverMessages, String summary, String tip) {
        super(status, serverMessages, summary, tip, null);
    }
}
