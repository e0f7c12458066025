package com.evolutionconsole.ui.batch;

import com.evolutionconsole.ui.common.ErrorBanner;

/** What a row shows for a result: short status words, a sentence, and a tip (null when there is nothing to do). */
public record ItemText(String status, String detail, String tip) {

    /** "Failed", the summary with the server's own words, and the tip: the one way a failure reads in a batch. */
    public static ItemText failed(ErrorBanner banner) {
        return new ItemText("Failed", banner.summaryWithServer(), banner.tip());
    }
}
