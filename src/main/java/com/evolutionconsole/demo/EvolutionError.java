package com.evolutionconsole.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure answered with the Evolution error envelope {@code {"status","error","response":{"message"}}}.
 * The message keeps the shape the real server uses for that failure: a string, a list or a nested list.
 */
public final class EvolutionError extends RuntimeException {

    private final int status;
    private final String label;
    private final transient Object message;

    private EvolutionError(int status, String label, Object message) {
        super(status + " " + message);
        this.status = status;
        this.label = label;
        this.message = message;
    }

    /** 400 {@code ["text"]}: controller errors such as "Invalid integration" or a raw TypeError. */
    public static EvolutionError badRequest(String text) {
        return new EvolutionError(400, "Bad Request", List.of(text));
    }

    /** 400 {@code [["a","b"]]}: JSON-schema validation, one inner list per request. */
    public static EvolutionError schemaViolations(List<String> violations) {
        return new EvolutionError(400, "Bad Request", List.of(List.copyOf(violations)));
    }

    /** 400 labelled "Internal Server Error" with a string message: what body-parser errors look like. */
    public static EvolutionError unparsableRequest(String text) {
        return new EvolutionError(400, "Internal Server Error", text);
    }

    /** 401 with the string message every authentication failure has. */
    public static EvolutionError unauthorized() {
        return new EvolutionError(401, "Unauthorized", "Unauthorized");
    }

    public static EvolutionError forbidden(String text) {
        return new EvolutionError(403, "Forbidden", List.of(text));
    }

    public static EvolutionError notFound(String text) {
        return new EvolutionError(404, "Not Found", List.of(text));
    }

    public static EvolutionError internal(String text) {
        return new EvolutionError(500, "Internal Server Error", List.of(text));
    }

    /** 500 with a string message: an unexpected JavaScript error escaping a route handler. */
    public static EvolutionError uncaught(String text) {
        return new EvolutionError(500, "Internal Server Error", text);
    }

    public int status() {
        return status;
    }

    /** The body as the real server writes it. */
    public Map<String, Object> envelope() {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("message", message);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", label);
        body.put("response", response);
        return body;
    }
}
