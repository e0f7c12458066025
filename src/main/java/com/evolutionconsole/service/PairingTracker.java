package com.evolutionconsole.service;

import com.evolutionconsole.domain.ConnectResult;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.QrCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The QR pane's logic without I/O: it turns what connect and connectionState answer into a {@link PairingStatus}.
 * It knows the real server's habits: codes rotate about every 45 s with a growing count; without WhatsApp the
 * answer stays {@code {"count":0}} while the state flaps close/connecting; at the limit the state turns refused,
 * then close, and the count starts again at 0.
 */
public final class PairingTracker {

    /** The Baileys QR timeout the real server uses. */
    public static final Duration CODE_LIFETIME = Duration.ofSeconds(45);
    /** The server's default QRCODE_LIMIT. */
    public static final int CODE_LIMIT = 30;

    private final Duration unreachableAfter;
    private PairingStatus status = new PairingStatus.Idle();
    private QrCode lastCode;
    private int highestCount;

    /** {@code unreachableAfter}: how long without any code before saying the server cannot reach WhatsApp. */
    public PairingTracker(Duration unreachableAfter) {
        this.unreachableAfter = unreachableAfter;
    }

    public PairingStatus status() {
        return status;
    }

    /** True while it is worth asking the server again. */
    public boolean watching() {
        return status instanceof PairingStatus.Waiting || status instanceof PairingStatus.Showing
                || status instanceof PairingStatus.Unreachable;
    }

    /** The operator asked to connect. */
    public PairingStatus started(Instant now) {
        lastCode = null;
        highestCount = 0;
        return status = new PairingStatus.Waiting(now);
    }

    /** Watching an instance that is already connecting (no new connect was sent). */
    public PairingStatus resumed(Instant now) {
        return started(now);
    }

    public PairingStatus connectAnswered(ConnectResult result, Instant now) {
        if (result.alreadyConnected()) {
            return status = new PairingStatus.Connected(null, null);
        }
        if (result.state().kind() == ConnectionState.Kind.REFUSED) {
            return status = expired("the server refused further codes");
        }
        QrCode qr = result.qrCode();
        highestCount = Math.max(highestCount, qr.count());
        if (qr.isReady()) {
            boolean fresh = lastCode == null || !Objects.equals(lastCode.code(), qr.code())
                    || !Objects.equals(lastCode.pairingCode(), qr.pairingCode());
            if (fresh || !(status instanceof PairingStatus.Showing)) {
                lastCode = qr;
                return status = new PairingStatus.Showing(qr, now, now.plus(CODE_LIFETIME));
            }
            PairingStatus.Showing showing = (PairingStatus.Showing) status;
            // same code, maybe a higher count: keep its original timing
            return status = new PairingStatus.Showing(qr, showing.shownAt(), showing.expiresAt());
        }
        return noCodeYet(now);
    }

    public PairingStatus stateRead(ConnectionState state, Instant now) {
        switch (state.kind()) {
            case OPEN -> {
                return status = new PairingStatus.Connected(null, null);
            }
            case REFUSED -> {
                return status = expired("the server refused further codes");
            }
            case CLOSE -> {
                if (lastCode != null) {
                    return status = expired(highestCount >= CODE_LIMIT
                            ? "all " + CODE_LIMIT + " codes were used" : "the pairing session closed");
                }
                return noCodeYet(now);
            }
            default -> {
                return status;
            }
        }
    }

    /** Adds profile name and number once the list shows them. */
    public PairingStatus connectedAs(String profileName, String number) {
        return status = new PairingStatus.Connected(profileName, number);
    }

    public PairingStatus failed(String summary, String tip) {
        return status = new PairingStatus.Failed(summary, tip);
    }

    public PairingStatus stopped() {
        lastCode = null;
        return status = new PairingStatus.Idle();
    }

    public int codesIssued() {
        return highestCount;
    }

    private PairingStatus noCodeYet(Instant now) {
        if (status instanceof PairingStatus.Showing showing && now.isBefore(showing.expiresAt())) {
            return status;
        }
        Instant since = status instanceof PairingStatus.Waiting w ? w.since()
                : status instanceof PairingStatus.Unreachable u ? u.since() : now;
        if (lastCode == null && !now.isBefore(since.plus(unreachableAfter))) {
            return status = new PairingStatus.Unreachable(since);
        }
        return status = new PairingStatus.Waiting(since);
    }

    private PairingStatus expired(String reason) {
        int used = highestCount;
        lastCode = null;
        highestCount = 0;
        return new PairingStatus.Expired(used, reason);
    }
}
