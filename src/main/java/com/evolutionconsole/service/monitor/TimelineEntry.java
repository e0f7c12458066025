package com.evolutionconsole.service.monitor;

import com.evolutionconsole.domain.ConnectionState;
import java.time.Instant;
import java.util.Objects;

/** One line of an instance's history: when, state, statusReason if known, what happened and the server's words. */
public record TimelineEntry(Instant at, Instant lastAt, int count, ConnectionState state, Integer reasonCode,
                            Event event, String text) {

    // Identical consecutive checks share one entry (count of them, first at "at", last at "lastAt"), so a steady
    // instance does not push its episodes out of the capped timeline. A null state means it could not be read.

    /** What happened. */
    public enum Event {
        CHECKED("checked"),
        PROBE_FAILED("probe failed"),
        CHECK_FAILED("check failed"),
        ALERT("alert"),
        RESTART("restart"),
        RECOVERED("recovered"),
        GAVE_UP("gave up");

        private final String label;

        Event(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(lastAt, "lastAt");
        Objects.requireNonNull(event, "event");
        text = text == null ? "" : text;
    }

    static TimelineEntry of(Instant at, ConnectionState state, Integer reasonCode, Event event, String text) {
        return new TimelineEntry(at, at, 1, state, reasonCode, event, text);
    }

    /** True when {@code next} is the same check outcome again, to be counted here rather than added. */
    boolean repeatedBy(TimelineEntry next) {
        boolean checkOutcome = event == Event.CHECKED || event == Event.PROBE_FAILED || event == Event.CHECK_FAILED;
        return checkOutcome && event == next.event && Objects.equals(state, next.state)
                && Objects.equals(reasonCode, next.reasonCode) && text.equals(next.text);
    }

    TimelineEntry repeatedAt(Instant when) {
        return new TimelineEntry(at, when, count + 1, state, reasonCode, event, text);
    }
}
