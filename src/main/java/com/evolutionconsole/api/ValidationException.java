package com.evolutionconsole.api;

import java.util.List;

/** 400: the server rejected the request; its messages are flattened from every shape it uses. */
public final class ValidationException extends EvolutionApiException {
    public ValidationException(List<String> serverMessages, String summary, String tip) {
        super(400, serverMessages, summary, tip, null);
    }
}
