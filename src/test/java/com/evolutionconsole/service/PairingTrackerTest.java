package com.evolutionconsole.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.ConnectResult;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.QrCode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PairingTrackerTest {

    private final Instant t0 = Instant.parse("2026-11-25T10:00:00Z");
    private final PairingTracker tracker = new PairingTracker(Duration.ofSeconds(25));

    @Test
    void aCodeIsShownWithItsExpiryAndReplacedWhenItRotates() {
        tracker.started(t0);
        PairingStatus first = tracker.connectAnswered(qr("2@one", 1), t0.plusSeconds(2));
        assertThat(first).isInstanceOf(PairingStatus.Showing.class);
        assertThat(((PairingStatus.Showing) first).expiresAt()).isEqualTo(t0.plusSeconds(47));

        PairingStatus same = tracker.connectAnswered(qr("2@one", 1), t0.plusSeconds(5));
        assertThat(((PairingStatus.Showing) same).shownAt()).as("same code keeps its timing").isEqualTo(t0.plusSeconds(2));

        PairingStatus rotated = tracker.connectAnswered(qr("2@two", 2), t0.plusSeconds(47));
        assertThat(((PairingStatus.Showing) rotated).qr().code()).isEqualTo("2@two");
        assertThat(((PairingStatus.Showing) rotated).shownAt()).isEqualTo(t0.plusSeconds(47));
        assertThat(tracker.codesIssued()).isEqualTo(2);
    }

    @Test
    void noCodeForTooLongMeansTheServerCannotReachWhatsApp() {
        tracker.started(t0);
        assertThat(tracker.connectAnswered(notReady(), t0.plusSeconds(3))).isInstanceOf(PairingStatus.Waiting.class);
        // the state flaps close/connecting meanwhile: a close without any code is not an expiry
        assertThat(tracker.stateRead(ConnectionState.CLOSE, t0.plusSeconds(10))).isInstanceOf(PairingStatus.Waiting.class);
        assertThat(tracker.connectAnswered(notReady(), t0.plusSeconds(26))).isInstanceOf(PairingStatus.Unreachable.class);
        assertThat(tracker.watching()).as("keeps polling in case WhatsApp comes back").isTrue();
        assertThat(tracker.connectAnswered(qr("2@late", 1), t0.plusSeconds(40))).isInstanceOf(PairingStatus.Showing.class);
    }

    @Test
    void theLimitEndsThePairing() {
        tracker.started(t0);
        tracker.connectAnswered(qr("2@thirty", 30), t0);
        PairingStatus refused = tracker.stateRead(ConnectionState.REFUSED, t0.plusSeconds(45));
        assertThat(refused).isInstanceOf(PairingStatus.Expired.class);
        assertThat(((PairingStatus.Expired) refused).codesUsed()).isEqualTo(30);
        assertThat(tracker.watching()).isFalse();
    }

    @Test
    void closeAfterCodesMeansExpiredWithTheReason() {
        tracker.started(t0);
        tracker.connectAnswered(qr("2@thirty", 30), t0);
        PairingStatus closed = tracker.stateRead(ConnectionState.CLOSE, t0.plusSeconds(50));
        assertThat(((PairingStatus.Expired) closed).reason()).contains("30 codes");
    }

    @Test
    void openMeansConnected() {
        tracker.started(t0);
        tracker.connectAnswered(qr("2@a", 1), t0);
        assertThat(tracker.stateRead(ConnectionState.OPEN, t0.plusSeconds(1))).isInstanceOf(PairingStatus.Connected.class);
        assertThat(tracker.connectedAs("Shop", "5511")).isEqualTo(new PairingStatus.Connected("Shop", "5511"));
        assertThat(tracker.watching()).isFalse();
    }

    @Test
    void connectOnAnOpenInstanceIsConnectedAtOnce() {
        tracker.started(t0);
        assertThat(tracker.connectAnswered(new ConnectResult(ConnectionState.OPEN, QrCode.notReady(0)), t0))
                .isInstanceOf(PairingStatus.Connected.class);
    }

    @Test
    void aPairingCodeCountsAsSomethingToShow() {
        tracker.started(t0);
        PairingStatus status = tracker.connectAnswered(new ConnectResult(ConnectionState.ABSENT,
                new QrCode("2@x", null, "WZYEH1YY", 1)), t0);
        assertThat(((PairingStatus.Showing) status).qr().formattedPairingCode()).isEqualTo("WZYE-H1YY");
    }

    private static ConnectResult qr(String code, int count) {
        return new ConnectResult(ConnectionState.ABSENT, new QrCode(code, null, null, count));
    }

    private static ConnectResult notReady() {
        return new ConnectResult(ConnectionState.ABSENT, QrCode.notReady(0));
    }
}
