package com.evolutionconsole.api;

import java.util.List;

/** 5xx: the server (or a proxy in front of it) failed; long dumps stay out of {@link #getMessage()}. */
public final class ServerErrorException extends EvolutionApiException {
    public ServerErrorException(int status, List<String> serverMessages, String summary, String tip) {
        super(status, serverMessages, summary, tip, null);
    }
}
