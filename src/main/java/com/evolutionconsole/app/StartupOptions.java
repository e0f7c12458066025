package com.evolutionconsole.app;

import com.evolutionconsole.domain.Secret;
import java.util.List;
import java.util.Map;

/**
 * Where the console connects at start: {@code --server URL --api-key KEY}, else the Python SDK's environment
 * variables {@code EVOLUTION_BASE_URL} and {@code EVOLUTION_API_KEY}, else the embedded demo server.
 */
public record StartupOptions(String serverUrl, Secret apiKey, boolean smokeTest) {

    public static final String ENV_URL = "EVOLUTION_BASE_URL";
    public static final String ENV_KEY = "EVOLUTION_API_KEY";

    /** Reads the arguments first, then the environment; a half-given pair (URL without key) is an error. */
    public static StartupOptions parse(List<String> args, Map<String, String> env) {
        String url = null;
        String key = null;
        boolean smoke = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--server" -> url = valueAfter(args, i++, arg);
                case "--api-key" -> key = valueAfter(args, i++, arg);
                case "--smoke-test" -> smoke = true;
                default -> throw new IllegalArgumentException("Unknown option " + arg + ". " + usage());
            }
        }
        if (url == null && key == null) {
            url = blankToNull(env.get(ENV_URL));
            key = blankToNull(env.get(ENV_KEY));
        }
        if (url != null && key == null) {
            throw new IllegalArgumentException("A server URL was given without an API key: add --api-key KEY or set "
                    + ENV_KEY + ".");
        }
        if (url == null && key != null) {
            throw new IllegalArgumentException("An API key was given without a server URL: add --server URL or set "
                    + ENV_URL + ".");
        }
        return new StartupOptions(url, key == null ? null : Secret.of(key), smoke);
    }

    /** True when no server was named: the console starts its embedded demo server. */
    public boolean demo() {
        return serverUrl == null;
    }

    public static String usage() {
        return "Usage: evolution-console [--server URL --api-key KEY] (or set " + ENV_URL + " and " + ENV_KEY
                + "); with neither, a demo server starts. evolution-console --demo-server --port 8080 --api-key KEY"
                + " runs only the demo server.";
    }

    private static String valueAfter(List<String> args, int index, String option) {
        if (index + 1 >= args.size() || args.get(index + 1).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value. " + usage());
        }
        return args.get(index + 1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
