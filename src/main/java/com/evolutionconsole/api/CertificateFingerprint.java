package com.evolutionconsole.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 fingerprints of certificates, written as browsers show them: uppercase hex pairs joined by colons. */
final class CertificateFingerprint {

    private static final HexFormat PAIRS = HexFormat.ofDelimiter(":").withUpperCase();

    private CertificateFingerprint() {
    }

    /** The fingerprint of the certificate's DER encoding. */
    static String of(X509Certificate certificate) {
        try {
            return PAIRS.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            // every Java runtime has SHA-256, and a certificate that reached the trust check is encoded
            throw new IllegalStateException("Cannot fingerprint the certificate", e);
        }
    }

    /**
     * The canonical form of a fingerprint given in any usual way (lower or upper case, with colons, spaces or
     * nothing between the pairs), or null for null or blank.
     */
    static String normalize(String fingerprint) {
        if (fingerprint == null || fingerprint.isBlank()) {
            return null;
        }
        String digits = fingerprint.replaceAll("[\\s:]", "").toUpperCase(Locale.ROOT);
        if (!digits.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException(
                    "A pinned certificate must be a SHA-256 fingerprint: 32 hexadecimal pairs, as in AB:CD:…");
        }
        return PAIRS.formatHex(HexFormat.of().parseHex(digits));
    }
}
