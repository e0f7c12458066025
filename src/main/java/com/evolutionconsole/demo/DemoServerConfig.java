package com.evolutionconsole.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Immutable settings of the embedded Evolution API server: key, address, clock, timings and the
 * identity it reports on {@code GET /}.
 *
 * @param apiKey              the global key (AUTHENTICATION_API_KEY)
 * @param host                address to bind, loopback by default
 * @param port                port to bind; 0 picks a free one
 * @param clock               the only time source; tests pass a controllable one
 * @param qrRotation          lifetime of one QR before the next one replaces it
 * @param qrLimit             QRs issued before the session is refused (QRCODE_LIMIT)
 * @param firstQrDelay        time from the start of a connection to its first QR
 * @param connectBlock        how long connect blocks after starting a connection
 * @param createQrWait        how long create with {@code qrcode:true} blocks before answering
 * @param whatsappReachable   false reproduces a server with no route to WhatsApp: no QR ever
 * @param flapPeriod          length of each connecting/close phase while WhatsApp is unreachable
 * @param refusedHold         how long {@code refused} lasts before the final {@code close}
 * @param latency             added before every answer
 * @param version             reported version
 * @param clientName          reported clientName, also written into every instance row
 * @param whatsappWebVersion  reported WhatsApp Web version
 */
public record DemoServerConfig(String apiKey, String host, int port, Clock clock, Duration qrRotation, int qrLimit,
                               Duration firstQrDelay, Duration connectBlock, Duration createQrWait,
                               boolean whatsappReachable, Duration flapPeriod, Duration refusedHold,
                               Duration latency, String version, String clientName, String whatsappWebVersion,
                               boolean websocketGlobalEvents, Duration socketPingInterval) {

    public DemoServerConfig {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("the global API key must not be blank");
        }
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (qrLimit < 1) {
            throw new IllegalArgumentException("the QR limit must be at least 1");
        }
        requirePositive(qrRotation, "qrRotation");
        requirePositive(flapPeriod, "flapPeriod");
        requireNotNegative(firstQrDelay, "firstQrDelay");
        requireNotNegative(connectBlock, "connectBlock");
        requireNotNegative(createQrWait, "createQrWait");
        requireNotNegative(refusedHold, "refusedHold");
        requireNotNegative(latency, "latency");
        requirePositive(socketPingInterval, "socketPingInterval");
    }

    public static Builder builder(String apiKey) {
        return new Builder(apiKey);
    }

    /** True when time comes from the wall clock, so the server must tick on its own to emit events on time. */
    public boolean usesSystemClock() {
        return clock.equals(Clock.system(clock.getZone()));
    }

    /** Keeps the key out of logs. */
    @Override
    public String toString() {
        return "DemoServerConfig[host=" + host + ", port=" + port + ", whatsappReachable=" + whatsappReachable
                + ", qrRotation=" + qrRotation + ", qrLimit=" + qrLimit + ", latency=" + latency + "]";
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void requireNotNegative(Duration value, String name) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }

    /** Collects settings; every value has the demo default until set. */
    public static final class Builder {
        private final String apiKey;
        private String host = "127.0.0.1";
        private int port;
        private Clock clock = Clock.systemUTC();
        private Duration qrRotation = Duration.ofSeconds(45);
        private int qrLimit = 30;
        private Duration firstQrDelay = Duration.ofMillis(1500);
        // As long as the first QR takes, so connect usually answers with a QR, as the real 2 s sleep does.
        private Duration connectBlock = Duration.ofMillis(1500);
        private Duration createQrWait;
        private boolean whatsappReachable = true;
        private Duration flapPeriod = Duration.ofSeconds(5);
        private Duration refusedHold = Duration.ofSeconds(3);
        private Duration latency = Duration.ZERO;
        private String version = "2.3.6";
        private String clientName = "evolution_exchange";
        private String whatsappWebVersion = "2.3000.1027934701";
        private boolean websocketGlobalEvents = true;
        private Duration socketPingInterval = Duration.ofSeconds(25);

        private Builder(String apiKey) {
            this.apiKey = apiKey;
        }

        public Builder host(String value) {
            host = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder qrRotation(Duration value) {
            qrRotation = value;
            return this;
        }

        public Builder qrLimit(int value) {
            qrLimit = value;
            return this;
        }

        public Builder firstQrDelay(Duration value) {
            firstQrDelay = value;
            return this;
        }

        public Builder connectBlock(Duration value) {
            connectBlock = value;
            return this;
        }

        /** Unless set, create waits as long as the first QR takes, so its answer carries that QR. */
        public Builder createQrWait(Duration value) {
            createQrWait = value;
            return this;
        }

        public Builder whatsappReachable(boolean value) {
            whatsappReachable = value;
            return this;
        }

        public Builder flapPeriod(Duration value) {
            flapPeriod = value;
            return this;
        }

        public Builder refusedHold(Duration value) {
            refusedHold = value;
            return this;
        }

        public Builder latency(Duration value) {
            latency = value;
            return this;
        }

        /** No blocking anywhere: first QR at once, connect and create answer at once, no latency (for tests). */
        public Builder noDelays() {
            firstQrDelay = Duration.ZERO;
            connectBlock = Duration.ZERO;
            createQrWait = Duration.ZERO;
            latency = Duration.ZERO;
            return this;
        }

        public Builder version(String value) {
            version = value;
            return this;
        }

        public Builder clientName(String value) {
            clientName = value;
            return this;
        }

        public Builder whatsappWebVersion(String value) {
            whatsappWebVersion = value;
            return this;
        }

        public DemoServerConfig build() {
            return new DemoServerConfig(apiKey, host, port, clock, qrRotation, qrLimit, firstQrDelay, connectBlock,
                    createQrWait == null ? firstQrDelay : createQrWait, whatsappReachable, flapPeriod, refusedHold,
                    latency, version, clientName, whatsappWebVersion, websocketGlobalEvents, socketPingInterval);
        }

        /**
         * Like the server switch WEBSOCKET_GLOBAL_EVENTS: every event also goes to namespace "/". On by default in
         * the demo, so the console is live without changing any instance's configuration.
         */
        public Builder websocketGlobalEvents(boolean value) {
            websocketGlobalEvents = value;
            return this;
        }

        /** Engine.IO's ping interval (25 s on the real server); a long poll answers a ping after this long. */
        public Builder socketPingInterval(Duration value) {
            socketPingInterval = value;
            return this;
        }
    }
}
