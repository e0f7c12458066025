package com.evolutionconsole.service.monitor;

import java.time.Duration;

/** Durations as people read them in alerts and settings: "40 s", "2 min", "2 min 30 s", "1 h 5 min". */
public final class DurationText {

    private DurationText() {
    }

    public static String of(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            long rest = seconds % 60;
            return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
        }
        long rest = minutes % 60;
        return rest == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + rest + " min";
    }
}
