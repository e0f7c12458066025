package com.evolutionconsole.domain;

/**
 * What create answered. {@code statusSnapshot} is the state at that instant only; {@code qrCode} is null unless
 * a QR code was requested (and may be "not ready").
 */
public record CreatedInstance(String name, String id, String integration, ConnectionState statusSnapshot,
                              Secret token, InstanceSettings settings, QrCode qrCode) {
}
