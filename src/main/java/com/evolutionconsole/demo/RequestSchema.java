package com.evolutionconsole.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The JSON schemas the real server checks bodies against, with the violation texts of the {@code jsonschema}
 * package after the server strips {@code "instance."}: {@code qrcode is not of a type(s) boolean},
 * {@code instance requires property "presence"}. Checks run in the package's order: per property type, enum,
 * pattern, nested; then required.
 */
final class RequestSchema {

    private static final List<String> PRESENCES = List.of("unavailable", "available", "composing", "recording",
            "paused");

    /** instanceSchema: types only (nothing is required), plus the owner-number pattern. */
    static final RequestSchema CREATE = new RequestSchema()
            .property("instanceName", Property.of("string"))
            .property("token", Property.of("string"))
            .property("number", Property.of("string").pattern("^\\d+[\\.@\\w-]+"))
            .property("qrcode", Property.of("boolean"))
            .property("rejectCall", Property.of("boolean"))
            .property("msgCall", Property.of("string"))
            .property("groupsIgnore", Property.of("boolean"))
            .property("alwaysOnline", Property.of("boolean"))
            .property("readMessages", Property.of("boolean"))
            .property("readStatus", Property.of("boolean"))
            .property("syncFullHistory", Property.of("boolean"))
            .property("proxyHost", Property.of("string"))
            .property("proxyPort", Property.of("string"))
            .property("proxyProtocol", Property.of("string"))
            .property("proxyUsername", Property.of("string"))
            .property("proxyPassword", Property.of("string"));

    static final RequestSchema PRESENCE = new RequestSchema()
            .property("presence", Property.of("string").oneOf(PRESENCES))
            .require("presence");

    /** The six booleans are required; the two texts are optional. */
    static final RequestSchema SETTINGS = new RequestSchema()
            .property("rejectCall", Property.of("boolean"))
            .property("msgCall", Property.of("string"))
            .property("groupsIgnore", Property.of("boolean"))
            .property("alwaysOnline", Property.of("boolean"))
            .property("readMessages", Property.of("boolean"))
            .property("readStatus", Property.of("boolean"))
            .property("syncFullHistory", Property.of("boolean"))
            .property("wavoipToken", Property.of("string"))
            .require("rejectCall", "groupsIgnore", "alwaysOnline", "readMessages", "readStatus", "syncFullHistory");

    /** eventSchema: {@code websocket} is optional, but when sent it needs {@code enabled}. */
    static final RequestSchema WEBSOCKET = new RequestSchema()
            .property("websocket", Property.of("object").nested(new RequestSchema()
                    .property("enabled", Property.of("boolean").oneOf(List.of(true, false)))
                    .property("events", Property.of("array").items(DemoBackend.ALL_EVENTS))
                    .require("enabled")));

    /** The demo's own control endpoint. */
    static final RequestSchema PHONE_SCANNED = new RequestSchema()
            .property("profileName", Property.of("string"))
            .property("number", Property.of("string").pattern("^\\d{6,15}$"));

    private final Map<String, Property> properties = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();

    private RequestSchema() {
    }

    private RequestSchema property(String name, Property property) {
        properties.put(name, property);
        return this;
    }

    private RequestSchema require(String... names) {
        required.addAll(List.of(names));
        return this;
    }

    /** Every violation, worded as the real server words it; empty when the body is valid. */
    List<String> violations(Map<String, Object> body) {
        List<String> violations = new ArrayList<>();
        check(body, "instance", violations);
        // The server removes the first "instance." of each message, leaving a top-level "instance requires …".
        return violations.stream().map(text -> text.replaceFirst(Pattern.quote("instance."), ""))
                .collect(Collectors.toList());
    }

    private void check(Map<?, ?> object, String path, List<String> violations) {
        properties.forEach((name, property) -> {
            if (object.containsKey(name)) {
                property.check(object.get(name), path + "." + name, violations);
            }
        });
        for (String name : required) {
            if (!object.containsKey(name)) {
                violations.add(path + " requires property \"" + name + "\"");
            }
        }
    }

    /** One property's rules. */
    private static final class Property {
        private final String type;
        private List<?> allowed;
        private String pattern;
        private RequestSchema nested;
        private List<String> itemValues;

        private Property(String type) {
            this.type = type;
        }

        static Property of(String type) {
            return new Property(type);
        }

        Property oneOf(List<?> values) {
            allowed = values;
            return this;
        }

        Property pattern(String regex) {
            pattern = regex;
            return this;
        }

        Property nested(RequestSchema schema) {
            nested = schema;
            return this;
        }

        /** An array of strings from {@code values}. */
        Property items(List<String> values) {
            itemValues = values;
            return this;
        }

        void check(Object value, String path, List<String> violations) {
            if (!hasType(value, type)) {
                violations.add(path + " is not of a type(s) " + type);
            }
            if (allowed != null && !allowed.contains(value)) {
                violations.add(path + " is not one of enum values: "
                        + allowed.stream().map(String::valueOf).collect(Collectors.joining(",")));
            }
            if (pattern != null && value instanceof String text && !Pattern.compile(pattern).matcher(text).find()) {
                violations.add(path + " does not match pattern " + jsonString(pattern));
            }
            if (nested != null && value instanceof Map<?, ?> object) {
                nested.check(object, path, violations);
            }
            if (itemValues != null && value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    Object item = items.get(i);
                    String itemPath = path + "[" + i + "]";
                    if (!(item instanceof String)) {
                        violations.add(itemPath + " is not of a type(s) string");
                    }
                    if (!itemValues.contains(item)) {
                        violations.add(itemPath + " is not one of enum values: " + String.join(",", itemValues));
                    }
                }
            }
        }

        private static boolean hasType(Object value, String type) {
            switch (type) {
                case "string":
                    return value instanceof String;
                case "boolean":
                    return value instanceof Boolean;
                case "object":
                    return value instanceof Map;
                case "array":
                    return value instanceof List;
                default:
                    return value instanceof Number;
            }
        }

        /** JSON.stringify of the pattern, as jsonschema quotes it. */
        private static String jsonString(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
