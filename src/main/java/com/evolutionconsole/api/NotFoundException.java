package com.evolutionconsole.api;

import java.util.List;

/**
 * 404: either the instance does not exist, or the server has no such route at all ("Cannot GET /x"), which
 * means a wrong base URL or a server version without that endpoint.
 */
public final class NotFoundException extends EvolutionApiException {
    private final boolean routeMissing;

    public NotFoundException(List<String> serverMessages, boolean routeMissing, String summary, String tip) {
        super(404, serverMessages, summary, tip, null);
        this.routeMissing = routeMissing;
    }

    /** True when the server has no such endpoint, as opposed to no such instance. */
    public boolean routeMissing() {
        return routeMissing;
    }
}
