package com.evolutionconsole.api;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the messages out of an error body, whatever its shape: the envelope's {@code response.message} as a
 * string, a string array or nested arrays, or a top-level {@code message} ({@code {"error":true,…}} and v1).
 */
final class ServerMessages {

    private final JsonAdapter<Object> json;

    ServerMessages(Moshi moshi) {
        this.json = moshi.adapter(Object.class);
    }

    /** The parsed JSON value, or empty when the text is not JSON. */
    Optional<Object> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.fromJson(text));
        } catch (IOException | RuntimeException notJson) {
            return Optional.empty();
        }
    }

    /** The messages of a parsed body, flattened in order; empty when it has none. */
    static List<String> of(Object body) {
        List<String> messages = new ArrayList<>();
        if (body instanceof Map<?, ?> map) {
            if (map.get("response") instanceof Map<?, ?> response && response.containsKey("message")) {
                flatten(response.get("message"), messages);
            } else if (map.containsKey("message")) {
                flatten(map.get("message"), messages);
            }
        }
        return messages;
    }

    /** Appends every string found in a string, a list, a list of lists… (numbers and booleans as text). */
    static void flatten(Object value, List<String> into) {
        if (value instanceof List<?> list) {
            list.forEach(item -> flatten(item, into));
        } else if (value instanceof String text) {
            if (!text.isBlank()) {
                into.add(text);
            }
        } else if (value instanceof Number number) {
            // JSON numbers arrive as doubles: show 42, not 42.0
            double d = number.doubleValue();
            into.add(d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf((long) d) : String.valueOf(d));
        } else if (value instanceof Boolean) {
            into.add(String.valueOf(value));
        } else if (value instanceof Map<?, ?> map && map.get("message") != null) {
            flatten(map.get("message"), into);
        }
    }
}
