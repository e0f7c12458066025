package com.evolutionconsole.ui.lifecycle;

import com.evolutionconsole.ui.common.ErrorBanner;

/** The outcome of the last action, as shown under the buttons. */
public record ActionResult(boolean success, String text, String tip) {

    public static ActionResult done(String text) {
        return new ActionResult(true, text, null);
    }

    public static ActionResult failed(Throwable failure) {
        ErrorBanner banner = ErrorBanner.of(failure);
        return new ActionResult(false, banner.summaryWithServer(), banner.tip());
    }
}
