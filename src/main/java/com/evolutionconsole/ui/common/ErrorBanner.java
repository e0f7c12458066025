package com.evolutionconsole.ui.common;

import com.evolutionconsole.api.EvolutionApiException;
import com.evolutionconsole.settings.SecretStorageException;
import java.io.IOException;

/** A failure as the UI shows it: what happened, what to do, and the server's own words where it gave some. */
public record ErrorBanner(String summary, String tip, String serverMessage) {

    /** The one mapping from any failure to what a person reads; never a stack trace. */
    public static ErrorBanner of(Throwable failure) {
        if (failure instanceof EvolutionApiException e) {
            return new ErrorBanner(e.summary(), e.tip(), e.shownServerMessage());
        }
        if (failure instanceof SecretStorageException || failure instanceof IOException
                || failure instanceof IllegalArgumentException) {
            // settings and validation failures carry a sentence written for the operator
            return new ErrorBanner(failure.getMessage(), "", "");
        }
        if (failure instanceof InterruptedException) {
            return new ErrorBanner("The operation was cancelled.", "Start it again if needed.", "");
        }
        return new ErrorBanner("Something unexpected went wrong: " + failure.getClass().getSimpleName() + ".",
                "Try again; if it keeps happening, the log has the details.", "");
    }

    /** The summary and, where the server gave words, "Server said: …": for a line that shows the tip apart. */
    public String summaryWithServer() {
        return hasServerWords() ? summary + " Server said: " + serverMessage : summary;
    }

    /** Summary, server message and tip in one text, for a status line or a tooltip. */
    public String fullText() {
        // the tip starts a new sentence after the server's words
        String stop = hasServerWords() && !serverMessage.matches(".*[.!?…]$") ? "." : "";
        return (summaryWithServer() + stop + " " + tip).strip();
    }

    private boolean hasServerWords() {
        return serverMessage != null && !serverMessage.isBlank();
    }
}
