package com.evolutionconsole.api;

import java.util.List;

/**
 * The server answered something the console cannot read: an HTML page, malformed or truncated JSON, an
 * unexpected shape or status. Usually a proxy or a wrong URL stands between the console and the server.
 */
public final class BadResponseException extends EvolutionApiException {
    public BadResponseException(int status, List<String> serverMessages, String summary, String tip,
                                Throwable cause) {
        super(status, serverMessages, summary, tip, cause);
    }
}
