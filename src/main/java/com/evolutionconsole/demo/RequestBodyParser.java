package com.evolutionconsole.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads request bodies the way the real server's Express middlewares do: {@code json()} in strict mode for
 * {@code application/json}, {@code urlencoded()} for forms, nothing otherwise. A malformed JSON body fails with the
 * text Node's {@code JSON.parse} would give, since clients show that text.
 */
final class RequestBodyParser {

    private static final int CONTEXT_CHARACTERS = 10;

    private final String source;
    private int position;

    private RequestBodyParser(String source) {
        this.source = source;
    }

    /** The body as an object; empty when there is no body, the type is not handled, or the JSON is not an object. */
    static Map<String, Object> parse(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        if (body.length == 0) {
            return new LinkedHashMap<>();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (type.equals("application/json")) {
            return new RequestBodyParser(text).parseStrictJson();
        }
        if (type.equals("application/x-www-form-urlencoded")) {
            return parseForm(text);
        }
        return new LinkedHashMap<>();
    }

    /** body-parser's strict mode: only an object or an array may start the document. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> parseStrictJson() {
        skipWhitespace();
        if (position < source.length() && source.charAt(position) != '{' && source.charAt(position) != '[') {
            throw unexpectedToken(null);
        }
        Object value = parseValue();
        skipWhitespace();
        if (position < source.length()) {
            throw failure("Unexpected non-whitespace character after JSON at position " + position);
        }
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
    }

    private Object parseValue() {
        skipWhitespace();
        if (position >= source.length()) {
            throw unexpectedToken(null);
        }
        char c = source.charAt(position);
        switch (c) {
            case '{':
                return parseObject();
            case '[':
                return parseArray();
            case '"':
                return parseString();
            case 't':
                return parseLiteral("true", Boolean.TRUE);
            case 'f':
                return parseLiteral("false", Boolean.FALSE);
            case 'n':
                return parseLiteral("null", null);
            default:
                if (c == '-' || isDigit(c)) {
                    return parseNumber();
                }
                throw unexpectedToken(null);
        }
    }

    private Map<String, Object> parseObject() {
        Map<String, Object> object = new LinkedHashMap<>();
        position++;
        skipWhitespace();
        if (peek() == '}') {
            position++;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw unexpectedToken("Expected property name or '}' in JSON at position " + position);
            }
            String key = parseString();
            skipWhitespace();
            if (peek() != ':') {
                throw unexpectedToken("Expected ':' after property name in JSON at position " + position);
            }
            position++;
            object.put(key, parseValue());
            skipWhitespace();
            char next = peek();
            if (next == ',') {
                position++;
            } else if (next == '}') {
                position++;
                return object;
            } else {
                throw unexpectedToken("Expected ',' or '}' after property value in JSON at position " + position);
            }
        }
    }

    private List<Object> parseArray() {
        List<Object> array = new ArrayList<>();
        position++;
        skipWhitespace();
        if (peek() == ']') {
            position++;
            return array;
        }
        while (true) {
            array.add(parseValue());
            skipWhitespace();
            char next = peek();
            if (next == ',') {
                position++;
            } else if (next == ']') {
                position++;
                return array;
            } else {
                throw unexpectedToken("Expected ',' or ']' after array element in JSON at position " + position);
            }
        }
    }

    private String parseString() {
        position++;
        StringBuilder text = new StringBuilder();
        while (true) {
            if (position >= source.length()) {
                throw failure("Unterminated string in JSON at position " + position);
            }
            char c = source.charAt(position);
            if (c == '"') {
                position++;
                return text.toString();
            }
            if (c < 0x20) {
                throw failure("Bad control character in string literal in JSON at position " + position);
            }
            if (c != '\\') {
                text.append(c);
                position++;
                continue;
            }
            position++;
            if (position >= source.length()) {
                throw failure("Unterminated string in JSON at position " + position);
            }
            char escaped = source.charAt(position);
            switch (escaped) {
                case '"', '\\', '/' -> text.append(escaped);
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    if (position + 4 >= source.length()
                            || !source.substring(position + 1, position + 5).matches("[0-9a-fA-F]{4}")) {
                        throw failure("Bad Unicode escape in JSON at position " + position);
                    }
                    text.append((char) Integer.parseInt(source.substring(position + 1, position + 5), 16));
                    position += 4;
                }
                default -> throw failure("Bad escaped character in JSON at position " + position);
            }
            position++;
        }
    }

    /** Whole numbers come back as Long, others as Double, so echoed values print as JavaScript prints them. */
    private Object parseNumber() {
        int start = position;
        if (peek() == '-') {
            position++;
            if (!isDigit(peek())) {
                throw failure("No number after minus sign in JSON at position " + position);
            }
        }
        if (peek() == '0') {
            position++;
        } else {
            skipDigits();
        }
        boolean whole = true;
        if (peek() == '.') {
            whole = false;
            position++;
            if (!isDigit(peek())) {
                throw failure("Unterminated fractional number in JSON at position " + position);
            }
            skipDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            whole = false;
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            if (!isDigit(peek())) {
                throw failure("Exponent part is missing a number in JSON at position " + position);
            }
            skipDigits();
        }
        String digits = source.substring(start, position);
        if (whole && digits.length() < 18) {
            return Long.parseLong(digits);
        }
        return Double.parseDouble(digits);
    }

    private Object parseLiteral(String literal, Object value) {
        for (int i = 0; i < literal.length(); i++) {
            if (position >= source.length() || source.charAt(position) != literal.charAt(i)) {
                throw unexpectedToken(null);
            }
            position++;
        }
        return value;
    }

    /**
     * V8's report for the token at the current position: end of input, a number or a string get fixed texts;
     * any other character gets {@code expected} when given, else the character with a bit of context.
     */
    private EvolutionError unexpectedToken(String expected) {
        if (position >= source.length()) {
            return failure("Unexpected end of JSON input");
        }
        char c = source.charAt(position);
        if (c == '-' || isDigit(c)) {
            return failure("Unexpected number in JSON at position " + position);
        }
        if (c == '"') {
            return failure("Unexpected string in JSON at position " + position);
        }
        if (expected != null) {
            return failure(expected);
        }
        int length = source.length();
        String token = "Unexpected token '" + c + "', ";
        if (length <= CONTEXT_CHARACTERS * 2 + 1) {
            return failure(token + "\"" + source + "\" is not valid JSON");
        }
        if (position < CONTEXT_CHARACTERS) {
            return failure(token + "\"" + source.substring(0, position + CONTEXT_CHARACTERS)
                    + "\"... is not valid JSON");
        }
        if (position < length - CONTEXT_CHARACTERS) {
            return failure(token + "...\"" + source.substring(position - CONTEXT_CHARACTERS,
                    position + CONTEXT_CHARACTERS) + "\"... is not valid JSON");
        }
        return failure(token + "...\"" + source.substring(position - CONTEXT_CHARACTERS) + "\" is not valid JSON");
    }

    private static EvolutionError failure(String message) {
        return EvolutionError.unparsableRequest(message);
    }

    private char peek() {
        return position < source.length() ? source.charAt(position) : '\0';
    }

    private void skipWhitespace() {
        while (position < source.length() && " \t\n\r".indexOf(source.charAt(position)) >= 0) {
            position++;
        }
    }

    private void skipDigits() {
        while (isDigit(peek())) {
            position++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Flat form fields; a repeated field becomes a list, as the qs parser makes it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> parseForm(String text) {
        Map<String, Object> form = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            String key = UriComponents.queryComponent(parts[0]);
            String value = parts.length > 1 ? UriComponents.queryComponent(parts[1]) : "";
            Object previous = form.get(key);
            if (previous == null) {
                form.put(key, value);
            } else if (previous instanceof List<?> list) {
                ((List<Object>) list).add(value);
            } else {
                form.put(key, new ArrayList<>(List.of(previous, value)));
            }
        }
        return form;
    }
}
