package com.evolutionconsole.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HTTP exchanges of recorded-2.3.6.txt (a real v2.3.6 server), parsed verbatim for use as fixtures. */
public final class Recording {

    /** The global key the recording used; every other apikey value in it is an instance token. */
    public static final String GLOBAL_KEY = "evo-probe-global-key-0123456789";

    /** One recorded request and response; apikey and requestBody are null where none was sent. */
    public record Exchange(int number, String label, String method, String path, String apikey,
                           String requestContentType, String requestBody, int status, String responseBody) {
        public boolean sentGlobalKey() {
            return GLOBAL_KEY.equals(apikey);
        }
    }

    private static final Pattern HEADING = Pattern.compile("^### (\\d+)\\. (.*?)\\s+\\(t=.*$");
    private static final Pattern REQUEST_LINE = Pattern.compile("^>>> (GET|POST|PUT|DELETE) (\\S+)$");
    private static final Pattern STATUS_LINE = Pattern.compile("^<<< HTTP (\\d{3}).*$");
    private static Map<Integer, Exchange> cached;

    private Recording() {
    }

    /** Every exchange, in recorded order, keyed by its number. */
    public static synchronized Map<Integer, Exchange> exchanges() {
        if (cached == null) {
            cached = Collections.unmodifiableMap(parse(read()));
        }
        return cached;
    }

    public static Exchange get(int number) {
        Exchange exchange = exchanges().get(number);
        if (exchange == null) {
            throw new IllegalArgumentException("no exchange #" + number + " in the recording");
        }
        return exchange;
    }

    public static List<Exchange> all() {
        return new ArrayList<>(exchanges().values());
    }

    private static String read() {
        try (InputStream in = Recording.class.getResourceAsStream("/fixtures/recorded-2.3.6.txt")) {
            if (in == null) {
                throw new IllegalStateException("fixtures/recorded-2.3.6.txt is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Integer, Exchange> parse(String text) {
        Map<Integer, Exchange> result = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            Matcher heading = HEADING.matcher(lines[i]);
            if (!heading.matches()) {
                i++;
                continue;
            }
            int number = Integer.parseInt(heading.group(1));
            String label = heading.group(2);
            String method = null;
            String path = null;
            String apikey = null;
            String contentType = null;
            String requestBody = null;
            int status = -1;
            String responseBody = null;
            i++;
            for (; i < lines.length && !lines[i].startsWith("==========") && !lines[i].startsWith("#########"); i++) {
                String line = lines[i];
                Matcher request = REQUEST_LINE.matcher(line);
                Matcher statusLine = STATUS_LINE.matcher(line);
                if (method == null && request.matches()) {
                    method = request.group(1);
                    path = request.group(2);
                } else if (line.startsWith(">>> apikey: ")) {
                    apikey = line.substring(">>> apikey: ".length());
                } else if (line.startsWith(">>> Content-Type: ")) {
                    contentType = line.substring(">>> Content-Type: ".length());
                } else if (line.startsWith(">>> body: ")) {
                    requestBody = line.substring(">>> body: ".length());
                } else if (statusLine.matches()) {
                    status = Integer.parseInt(statusLine.group(1));
                } else if (line.equals("<<< body:")) {
                    responseBody = lines[i + 1];
                    i++;
                }
            }
            if (method == null || status < 0 || responseBody == null) {
                throw new IllegalStateException("exchange #" + number + " could not be parsed");
            }
            result.put(number, new Exchange(number, label, method, path, apikey, contentType, requestBody,
                    status, responseBody));
        }
        return result;
    }
}
