package com.evolutionconsole.api;

import java.util.List;

/** HTTP 200 with {@code "error": true}: connect and restart report their own failures this way. */
public final class OperationFailedException extends EvolutionApiException {
    public OperationFailedException(int status, List<String> serverMessages, String summary, String tip) {
        super(status, serverMessages, summary, tip, null);
    }
}
