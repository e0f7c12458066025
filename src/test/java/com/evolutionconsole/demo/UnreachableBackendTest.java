package com.evolutionconsole.demo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The "cannot reach WhatsApp" mode the recording was made in: no QR, a flapping live state. */
class UnreachableBackendTest extends BackendTestSupport {

    @BeforeEach
    void unreachableBackend() {
        startBackend(false, 30);
    }

    @Test
    void noQrEverComesAndTheDatabaseCopyStaysClosed() {
        Map<String, Object> answer = create("probe", true, "5511912345678");
        assertThat(answer.get("qrcode")).isEqualTo(Map.of("count", 0));

        clock.advance(Duration.ofMinutes(30));

        assertThat(backend.qrCode("probe").orElseThrow()).isEqualTo(Map.of("count", 0));
        assertThat(backend.connect("probe", null).body()).isEqualTo(Map.of("count", 0));
        assertThat(view("probe").connectionStatus()).isEqualTo("close");
        assertThat(eventNames()).doesNotContain("qrcode.updated");
    }

    @Test
    void theLiveStateFlapsEveryPeriodAndOnlyConnectingIsAnnounced() {
        create("probe", true, null);
        events.clear();
        List<String> states = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            states.add(liveState("probe"));
            clock.advance(FLAP);
        }

        assertThat(states).containsExactly("connecting", "close", "connecting", "close");
        assertThat(events).hasSize(1).allSatisfy(event -> {
            assertThat(event.event()).isEqualTo("connection.update");
            assertThat(event.data()).containsEntry("state", "connecting");
        });
        assertThat(view("probe").connectionStatus()).isEqualTo("close");
    }

    @Test
    void failureAnswersFollowTheFlapPhase() {
        create("probe", true, null);
        clock.advance(FLAP);
        assertThat(backend.restart("probe")).containsEntry("error", true);
        assertThatThrownBy(() -> backend.logout("probe")).hasMessageContaining("is not connected");

        clock.advance(FLAP);
        assertThat(backend.restart("probe")).isEqualTo(Map.of("count", 0));
        assertThat(backend.logout("probe")).containsEntry("status", "SUCCESS");
        assertThat(view("probe").sessionActive()).isFalse();
    }

    @Test
    void connectInTheClosePhaseRestartsTheLoop() {
        create("probe", true, null);
        clock.advance(FLAP.plusSeconds(1));
        assertThat(liveState("probe")).isEqualTo("close");

        assertThat(backend.connect("probe", null).started()).isTrue();

        assertThat(liveState("probe")).isEqualTo("connecting");
        clock.advance(FLAP);
        assertThat(liveState("probe")).isEqualTo("close");
    }
}
