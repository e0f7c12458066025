package com.evolutionconsole.demo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoServerCommandTest {

    private static String[] args(String line) {
        return line.split(" ");
    }

    @Test
    void defaultsAndEveryOption() {
        DemoServerCommand.Options defaults = DemoServerCommand.parse(args("--demo-server --api-key change-me"));
        assertThat(defaults.config().port()).isEqualTo(8080);
        assertThat(defaults.config().host()).isEqualTo("127.0.0.1");
        assertThat(defaults.config().whatsappReachable()).isTrue();
        assertThat(defaults.samples()).isTrue();

        DemoServerCommand.Options all = DemoServerCommand.parse(args("--demo-server --port 18081 --api-key k "
                + "--host 127.0.0.2 --latency-ms 250 --qr-rotation-seconds 20 --unreachable --no-samples"));
        assertThat(all.config().port()).isEqualTo(18081);
        assertThat(all.config().host()).isEqualTo("127.0.0.2");
        assertThat(all.config().latency()).isEqualTo(Duration.ofMillis(250));
        assertThat(all.config().qrRotation()).isEqualTo(Duration.ofSeconds(20));
        assertThat(all.config().whatsappReachable()).isFalse();
        assertThat(all.samples()).isFalse();
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertThatThrownBy(() -> DemoServerCommand.parse(args("--demo-server --port 8080")))
                .hasMessage("--api-key is required");
        assertThatThrownBy(() -> DemoServerCommand.parse(args("--api-key k --port eighty")))
                .hasMessage("--port needs a whole number, not 'eighty'");
        assertThatThrownBy(() -> DemoServerCommand.parse(args("--api-key k --port 70000")))
                .hasMessage("--port must be between 0 and 65535");
        assertThatThrownBy(() -> DemoServerCommand.parse(args("--api-key k --verbose")))
                .hasMessage("unknown option --verbose");
        assertThatThrownBy(() -> DemoServerCommand.parse(args("--api-key")))
                .hasMessage("--api-key needs a value");
    }

    @Test
    void startingPrintsTheUrlButNeverTheKey() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EmbeddedEvolutionServer server = DemoServerCommand.start(
                DemoServerCommand.parse(args("--api-key secret-key-123 --port 0")),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        try {
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains(server.url()).doesNotContain("secret-key-123");
            assertThat(printed.lines()).hasSize(1);
            assertThat(server.backend().instances()).hasSize(4);
        } finally {
            server.stop();
        }
    }

    @Test
    void aTakenPortGivesOneClearLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            EmbeddedEvolutionServer server = DemoServerCommand.start(
                    DemoServerCommand.parse(args("--api-key k --port " + taken.getLocalPort())),
                    System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(server).isNull();
            assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("demo server: cannot listen on 127.0.0.1:"
                    + taken.getLocalPort() + ": the port is already in use or the address is not local"
                    + System.lineSeparator());
        }
    }
}
