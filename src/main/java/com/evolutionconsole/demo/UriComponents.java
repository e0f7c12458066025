package com.evolutionconsole.demo;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Percent-decoding as Express does it: strict for path parameters, lenient (and {@code +} as space) for queries. */
final class UriComponents {

    private UriComponents() {
    }

    /**
     * {@code decodeURIComponent} of one raw path segment, so {@code %2F} stays inside the name and {@code +} stays
     * a plus.
     *
     * @throws IllegalArgumentException when the segment is not valid percent-encoded UTF-8
     */
    static String pathSegment(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                // The JDK server reads the request line as ISO-8859-1, so a raw UTF-8 byte arrives as one char.
                if (c < 0x100) {
                    bytes.write(c);
                } else {
                    bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                }
                continue;
            }
            if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                    || Character.digit(raw.charAt(i + 2), 16) < 0) {
                throw new IllegalArgumentException("bad escape in " + raw);
            }
            bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8: " + raw, e);
        }
    }

    /** One query or form component: {@code +} is a space, and text that does not decode is kept as it is. */
    static String queryComponent(String raw) {
        String spaced = raw.replace('+', ' ');
        try {
            return pathSegment(spaced);
        } catch (IllegalArgumentException e) {
            return spaced;
        }
    }

    /** The query's parameters; the first of a repeated name wins, which is all the routes here need. */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (!pair.isEmpty()) {
                String[] parts = pair.split("=", 2);
                parameters.putIfAbsent(queryComponent(parts[0]), parts.length > 1 ? queryComponent(parts[1]) : "");
            }
        }
        return parameters;
    }
}
