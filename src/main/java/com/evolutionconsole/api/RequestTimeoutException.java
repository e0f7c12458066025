package com.evolutionconsole.api;

import java.util.List;

/** The server did not answer in time. */
public final class RequestTimeoutException extends EvolutionApiException {
    public RequestTimeoutException(String summary, String tip, Throwable cause) {
        super(NO_STATUS, List.of(), summary, tip, cause);
    }
}
