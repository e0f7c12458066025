package com.evolutionconsole.service.health;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * What to check: the named instances (empty: every listed one), and whether to probe closed instances for a QR
 * code. The probe calls connect, which starts pairing on a real server, so it is off unless asked for.
 */
public record HealthRequest(List<String> names, boolean probeQr) {

    public HealthRequest {
        // Asked twice (a double selection) is checked once, in the order first asked.
        names = names == null ? List.of() : List.copyOf(new LinkedHashSet<>(names));
    }
}
