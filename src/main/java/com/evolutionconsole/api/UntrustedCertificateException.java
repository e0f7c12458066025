package com.evolutionconsole.api;

import java.util.List;

/** The server's HTTPS certificate was refused; {@link #certificate()} is what to show before the operator trusts it. */
public final class UntrustedCertificateException extends EvolutionApiException {

    private final transient CertificateDetails certificate;

    public UntrustedCertificateException(String summary, String tip, CertificateDetails certificate, Throwable cause) {
        super(NO_STATUS, List.of(), summary, tip, cause);
        this.certificate = certificate;
    }

    /** The refused certificate; pin its {@link CertificateDetails#fingerprint()} to trust it. */
    public CertificateDetails certificate() {
        return certificate;
    }
}
