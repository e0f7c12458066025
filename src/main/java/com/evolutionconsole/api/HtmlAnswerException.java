package com.evolutionconsole.api;

import java.io.IOException;

/** Raised while reading a 2xx answer that is an HTML page: a proxy or web page, not the API, answered. */
final class HtmlAnswerException extends IOException {
    private final int status;

    HtmlAnswerException(int status) {
        super("HTML answer with HTTP " + status);
        this.status = status;
    }

    int status() {
        return status;
    }
}
