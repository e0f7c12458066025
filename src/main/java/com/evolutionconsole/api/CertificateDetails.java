package com.evolutionconsole.api;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import javax.security.auth.x500.X500Principal;

/**
 * What the console shows about a certificate it refused, so the operator can compare it with the server's before
 * trusting it.
 *
 * @param subject          whom the certificate names (RFC 2253, as in {@code CN=evo.example.com,O=Example})
 * @param issuer           who signed it; the same as the subject for a self-signed certificate
 * @param notBefore        start of its validity
 * @param notAfter         end of its validity
 * @param fingerprint      SHA-256 of the certificate, uppercase hex pairs joined by colons, as browsers show it
 * @param selfSigned       it signed itself: no authority vouches for it
 * @param expired          its validity ended before the connection
 * @param chainTrusted     the platform's checks accepted its issuer and dates (only the host name was wrong)
 * @param hostnameMismatch it was not issued for the host name or address in the server's URL
 * @param pinChanged       a certificate was trusted for this server before and this is a different one: it changed
 *                         since the operator trusted it, which may mean someone intercepts the connection
 */
public record CertificateDetails(String subject, String issuer, Instant notBefore, Instant notAfter,
                                 String fingerprint, boolean selfSigned, boolean expired, boolean chainTrusted,
                                 boolean hostnameMismatch, boolean pinChanged) {

    static CertificateDetails of(X509Certificate certificate, boolean chainTrusted, boolean hostnameMismatch,
                                 boolean pinChanged, Instant now) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        return new CertificateDetails(
                certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                certificate.getIssuerX500Principal().getName(X500Principal.RFC2253),
                certificate.getNotBefore().toInstant(), notAfter, CertificateFingerprint.of(certificate),
                isSelfSigned(certificate), now.isAfter(notAfter), chainTrusted, hostnameMismatch, pinChanged);
    }

    private static boolean isSelfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException signedByAnotherKey) {
            return false;
        }
    }
}
