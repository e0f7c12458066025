package com.evolutionconsole.demo;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.time.Duration;

/**
 * {@code --demo-server}: runs the embedded Evolution API server without a window, with sample instances, until
 * the process is stopped.
 */
public final class DemoServerCommand {

    static final String USAGE = String.join("\n",
            "Usage: --demo-server --api-key KEY [--port 8080] [--host 127.0.0.1] [--latency-ms N]",
            "                     [--qr-rotation-seconds N] [--unreachable] [--no-samples]",
            "  --api-key KEY             global API key clients must send in the apikey header (required)",
            "  --port N                  port to listen on, 0 for any free port (default 8080)",
            "  --host ADDRESS            address to bind (default 127.0.0.1)",
            "  --latency-ms N            delay added to every answer (default 0)",
            "  --qr-rotation-seconds N   lifetime of each QR code (default 45)",
            "  --unreachable             behave like a server with no route to WhatsApp: no QR ever comes",
            "  --no-samples              start without the sample instances");

    /** Parsed options. */
    record Options(DemoServerConfig config, boolean samples) {
    }

    private DemoServerCommand() {
    }

    /** For a manual try without the app's launcher. */
    public static void main(String[] args) {
        run(args);
    }

    /** Parses {@code args}, starts the server and blocks until the JVM shuts down; exits non-zero on bad input. */
    public static void run(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("demo server: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        EmbeddedEvolutionServer server = start(options, System.out, System.err);
        if (server == null) {
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "evolution-demo-shutdown"));
        try {
            server.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop();
        }
    }

    /**
     * Starts the server, seeds it unless told not to, and prints one line with its URL (never the key).
     * Returns null, after a one-line reason on {@code err}, when the address cannot be bound.
     */
    static EmbeddedEvolutionServer start(Options options, PrintStream out, PrintStream err) {
        DemoServerConfig config = options.config();
        EmbeddedEvolutionServer server = new EmbeddedEvolutionServer(config);
        try {
            server.start();
        } catch (UncheckedIOException e) {
            err.println("demo server: cannot listen on " + config.host() + ":" + config.port()
                    + (e.getCause() instanceof BindException
                    ? ": the port is already in use or the address is not local" : ": " + e.getCause()));
            return null;
        }
        if (options.samples()) {
            server.backend().seedSamples();
        }
        out.println("Evolution API demo server (v" + config.version() + ") listening on " + server.url()
                + (config.whatsappReachable() ? "" : ", WhatsApp unreachable")
                + "; send the key given with --api-key in the apikey header. Stop with Ctrl+C.");
        return server;
    }

    /** @throws IllegalArgumentException with a one-line reason */
    static Options parse(String[] args) {
        String apiKey = null;
        int port = 8080;
        String host = "127.0.0.1";
        long latencyMillis = 0;
        long rotationSeconds = 45;
        boolean reachable = true;
        boolean samples = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--demo-server":
                    break;
                case "--api-key":
                    apiKey = value(args, ++i, arg);
                    break;
                case "--port":
                    port = (int) number(value(args, ++i, arg), arg, 0, 65_535);
                    break;
                case "--host":
                    host = value(args, ++i, arg);
                    break;
                case "--latency-ms":
                    latencyMillis = number(value(args, ++i, arg), arg, 0, 600_000);
                    break;
                case "--qr-rotation-seconds":
                    rotationSeconds = number(value(args, ++i, arg), arg, 1, 86_400);
                    break;
                case "--unreachable":
                    reachable = false;
                    break;
                case "--no-samples":
                    samples = false;
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("--api-key is required");
        }
        return new Options(DemoServerConfig.builder(apiKey).host(host).port(port)
                .latency(Duration.ofMillis(latencyMillis)).qrRotation(Duration.ofSeconds(rotationSeconds))
                .whatsappReachable(reachable).build(), samples);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static long number(String text, String option, long min, long max) {
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw new IllegalArgumentException(option + " must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + text + "'");
        }
    }
}
