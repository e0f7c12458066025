package com.evolutionconsole.domain;

import java.util.Objects;

/**
 * What connect (or restart) answered: either the instance is already connected (state open, no code), or a
 * QR code that may not be ready yet. {@code state} is what the server said alongside, or ABSENT.
 */
public record ConnectResult(ConnectionState state, QrCode qrCode) {

    public ConnectResult {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(qrCode, "qrCode");
    }

    public boolean alreadyConnected() {
        return state.isOpen();
    }
}
