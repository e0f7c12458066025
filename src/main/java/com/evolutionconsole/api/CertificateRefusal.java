package com.evolutionconsole.api;

import java.security.cert.CertificateException;

/**
 * Thrown by {@link ServerTrust} during the TLS handshake; it reaches {@link ErrorMapper} as the cause of the
 * handshake failure, which is how the refused certificate's details travel with that one connection.
 */
final class CertificateRefusal extends CertificateException {

    private final transient CertificateDetails details;

    CertificateRefusal(CertificateDetails details, Throwable platformReason) {
        super("The server's certificate " + details.fingerprint() + " is not trusted", platformReason);
        this.details = details;
    }

    CertificateDetails details() {
        return details;
    }
}
