package com.evolutionconsole.api;

import java.util.List;

/** The console refused to send a name the server would mishandle; no call was made. */
public final class InvalidInstanceNameException extends EvolutionApiException {
    public InvalidInstanceNameException(List<String> problems) {
        super(NO_STATUS, List.of(), "The instance name cannot be used: " + String.join(" ", problems),
                "Check the instance name format: letters, digits and hyphens, as in \"support-bot\".", null);
    }
}
