package com.evolutionconsole.service.health;

import com.evolutionconsole.domain.KeyKind;
import java.util.List;
import java.util.Objects;

/**
 * The server's side of a health check. {@code reachable} means {@code GET /} answered as an Evolution API server;
 * {@code latencyMillis} is how long that took. Null fields were not learned (a failure or a cancel: see issues).
 */
public record ServerHealth(String url, boolean reachable, String version, Long latencyMillis, KeyKind keyKind,
                           Integer instanceCount, List<HealthIssue> issues) {

    public ServerHealth {
        Objects.requireNonNull(url, "url");
        issues = List.copyOf(issues);
    }
}
