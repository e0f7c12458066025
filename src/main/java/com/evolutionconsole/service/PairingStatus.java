package com.evolutionconsole.service;

import com.evolutionconsole.domain.QrCode;
import java.time.Instant;

/** What the QR pane tells the operator about one instance's pairing. */
public sealed interface PairingStatus {

    /** Nothing started; the instance is not connected. */
    record Idle() implements PairingStatus {
    }

    /** Connect was asked; no code has come yet ({@code {"count":0}}). */
    record Waiting(Instant since) implements PairingStatus {
    }

    /** A code to scan (or type): shown since {@code shownAt}, valid until about {@code expiresAt}. */
    record Showing(QrCode qr, Instant shownAt, Instant expiresAt) implements PairingStatus {
    }

    /** No code for so long that the server most likely cannot reach WhatsApp. Polling goes on. */
    record Unreachable(Instant since) implements PairingStatus {
    }

    /** The server stopped issuing codes (limit reached, refused, or the session closed): start again. */
    record Expired(int codesUsed, String reason) implements PairingStatus {
    }

    /** Paired: the instance is open. Profile name and number once the server lists them. */
    record Connected(String profileName, String number) implements PairingStatus {
    }

    /** A call failed; the text says what and what to do. */
    record Failed(String summary, String tip) implements PairingStatus {
    }
}
