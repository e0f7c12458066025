package com.evolutionconsole.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Misbehaviour on demand, for client tests: a rule matched by method and raw path answers a canned response,
 * waits first, or drops the connection, once, N times or always. Rules are tried in the order they were added.
 * <pre>{@code
 * server.faults().when("GET", "/instance/fetchInstances").respond(502, "text/html", "<html>Bad gateway</html>");
 * server.faults().when("GET", "/").times(2).dropConnection();
 * server.faults().when("*", Pattern.compile("/instance/connect/.*")).always().delayed(Duration.ofSeconds(40)).answerNormally();
 * }</pre>
 */
public final class FaultInjector {

    /** Length of {@code {"filler":""}}. */
    static final int FILLER_FRAME = 13;

    private final List<Rule> rules = new ArrayList<>();

    /** A rule for {@code method} ({@code "*"} for any) and every raw path starting with {@code pathPrefix}. */
    public RuleBuilder when(String method, String pathPrefix) {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        return new RuleBuilder(method, path -> path.startsWith(pathPrefix));
    }

    /** A rule for {@code method} ({@code "*"} for any) and every raw path the regex matches entirely. */
    public RuleBuilder when(String method, Pattern path) {
        Objects.requireNonNull(path, "path");
        return new RuleBuilder(method, candidate -> path.matcher(candidate).matches());
    }

    public synchronized void clear() {
        rules.clear();
    }

    /** Rules that can still fire. */
    public synchronized int pendingRules() {
        return rules.size();
    }

    /** The fault for this request, using up one firing of its rule. */
    synchronized Optional<Fault> take(String method, String rawPath) {
        for (Iterator<Rule> iterator = rules.iterator(); iterator.hasNext(); ) {
            Rule rule = iterator.next();
            if (rule.matches(method, rawPath)) {
                if (rule.remaining != Rule.FOREVER && --rule.remaining == 0) {
                    iterator.remove();
                }
                return Optional.of(rule.fault);
            }
        }
        return Optional.empty();
    }

    private synchronized void add(Rule rule) {
        rules.add(rule);
    }

    /** What a matched request gets. */
    static final class Fault {
        enum Outcome { ANSWER_NORMALLY, RESPOND, DROP_CONNECTION }

        final Duration delay;
        final Outcome outcome;
        final int status;
        final String contentType;
        final byte[] body;
        /** When not negative, the body is this many filler bytes, streamed. */
        final long fillerBytes;

        private Fault(Duration delay, Outcome outcome, int status, String contentType, byte[] body, long fillerBytes) {
            this.delay = delay;
            this.outcome = outcome;
            this.status = status;
            this.contentType = contentType;
            this.body = body;
            this.fillerBytes = fillerBytes;
        }
    }

    private static final class Rule {
        static final int FOREVER = -1;

        final String method;
        final Predicate<String> path;
        final Fault fault;
        int remaining;

        Rule(String method, Predicate<String> path, Fault fault, int remaining) {
            this.method = method;
            this.path = path;
            this.fault = fault;
            this.remaining = remaining;
        }

        boolean matches(String requestMethod, String rawPath) {
            return (method.equals("*") || method.equalsIgnoreCase(requestMethod)) && path.test(rawPath);
        }
    }

    /** Says how often and what; a terminal method installs the rule. Fires once unless told otherwise. */
    public final class RuleBuilder {
        private final String method;
        private final Predicate<String> path;
        private int firings = 1;
        private Duration delay = Duration.ZERO;

        private RuleBuilder(String method, Predicate<String> path) {
            this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
            this.path = path;
        }

        public RuleBuilder once() {
            firings = 1;
            return this;
        }

        public RuleBuilder times(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("a rule fires at least once");
            }
            firings = count;
            return this;
        }

        public RuleBuilder always() {
            firings = Rule.FOREVER;
            return this;
        }

        /** Waits this long before the outcome, for example longer than a client's read timeout. */
        public RuleBuilder delayed(Duration wait) {
            if (wait.isNegative()) {
                throw new IllegalArgumentException("negative delay");
            }
            delay = wait;
            return this;
        }

        /** Any status, content type and body: an HTML error page, truncated or empty JSON, a wrong type. */
        public void respond(int status, String contentType, String body) {
            respond(status, contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        public void respond(int status, String contentType, byte[] body) {
            install(new Fault(delay, Fault.Outcome.RESPOND, status, contentType, body.clone(), -1));
        }

        /** A well-formed JSON object of exactly {@code bytes} bytes ({@code {"filler":"xxx…"}}), streamed. */
        public void respondWithSize(int status, String contentType, long bytes) {
            if (bytes < FILLER_FRAME) {
                throw new IllegalArgumentException("a filler body has at least " + FILLER_FRAME + " bytes");
            }
            install(new Fault(delay, Fault.Outcome.RESPOND, status, contentType, new byte[0], bytes));
        }

        /** Closes the connection without any answer. */
        public void dropConnection() {
            install(new Fault(delay, Fault.Outcome.DROP_CONNECTION, 0, null, new byte[0], -1));
        }

        /** The normal answer, after the delay. */
        public void answerNormally() {
            install(new Fault(delay, Fault.Outcome.ANSWER_NORMALLY, 0, null, new byte[0], -1));
        }

        private void install(Fault fault) {
            add(new Rule(method, path, fault, firings));
        }
    }
}
