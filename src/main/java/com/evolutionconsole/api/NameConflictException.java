package com.evolutionconsole.api;

import java.util.List;

/** 403 "This name … is already in use.": create with a name that exists. */
public final class NameConflictException extends EvolutionApiException {
    public NameConflictException(List<String> serverMessages, String summary, String tip) {
        super(403, serverMessages, summary, tip, null);
    }
}
