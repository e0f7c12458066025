package com.evolutionconsole.api;

import java.util.List;

/** No answer: connection refused or reset, unknown host, TLS failure. */
public final class NetworkException extends EvolutionApiException {
    public NetworkException(String summary, String tip, Throwable cause) {
        super(NO_STATUS, List.of(), summary, tip, cause);
    }
}
