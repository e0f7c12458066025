package com.evolutionconsole.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link EvolutionClient} talks to its server: read timeouts for normal and slow calls, and the certificate
 * the operator trusted for a server the platform's checks refuse (self-signed, or issued for another name).
 *
 * @param normalTimeout     read timeout of most calls
 * @param slowTimeout       read timeout of the calls that wait for WhatsApp (connect, create with a QR code)
 * @param pinnedCertificate SHA-256 fingerprint of the server's own certificate, as uppercase hex pairs joined by
 *                          colons (other spellings are normalized), or null to rely on the platform's checks only.
 *                          Certificates the platform accepts never need a pin.
 */
public record ClientOptions(Duration normalTimeout, Duration slowTimeout, String pinnedCertificate) {

    public ClientOptions {
        Objects.requireNonNull(normalTimeout, "normalTimeout");
        Objects.requireNonNull(slowTimeout, "slowTimeout");
        pinnedCertificate = CertificateFingerprint.normalize(pinnedCertificate);
    }

    /** The timeouts that fit a real server, and no pinned certificate. */
    public static ClientOptions defaults() {
        CallTimeouts timeouts = CallTimeouts.defaults();
        return new ClientOptions(timeouts.normal(), timeouts.slow(), null);
    }

    /** These options with other read timeouts for normal and slow calls. */
    public ClientOptions withTimeouts(Duration normal, Duration slow) {
        return new ClientOptions(normal, slow, pinnedCertificate);
    }

    /** These options trusting also the certificate with {@code fingerprint}; null for none. */
    public ClientOptions withPinnedCertificate(String fingerprint) {
        return new ClientOptions(normalTimeout, slowTimeout, fingerprint);
    }
}
