package com.evolutionconsole.api;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import okhttp3.OkHttpClient;
import okhttp3.internal.tls.OkHostnameVerifier;

/**
 * Whether to trust a server's certificate: the platform's checks (a trusted issuer, valid dates, the URL's host
 * name) first; failing those, only the one certificate the operator pinned by its SHA-256 fingerprint. A refusal
 * carries the certificate's details to {@link ErrorMapper} as a {@link CertificateRefusal}.
 */
final class ServerTrust extends X509ExtendedTrustManager implements HostnameVerifier {

    // OkHttp's own host-name rules, so this check and the verifier it replaces never disagree. Its certificate
    // form is internal API, but the public form needs a finished session and the trust check runs before one exists.
    private static final OkHostnameVerifier HOST_NAMES = OkHostnameVerifier.INSTANCE;

    private final X509ExtendedTrustManager platform;
    private final String pin;

    /**
     * @param roots the authorities to trust; null for the platform's own (the JDK's, or what the administrator
     *              configured). Tests pass a test authority, as an operator would install a company CA.
     * @param pin   the normalized fingerprint of the certificate the operator trusted, or null
     */
    ServerTrust(KeyStore roots, String pin) {
        this.platform = platformTrustManager(roots);
        this.pin = pin;
    }

    /** Makes connections from {@code builder} trust servers this way. */
    void applyTo(OkHttpClient.Builder builder) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {this}, null);
            builder.sslSocketFactory(context.getSocketFactory(), this).hostnameVerifier(this);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime offers no TLS", e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        String host = socket instanceof SSLSocket ssl ? peerHost(ssl.getHandshakeSession()) : null;
        decide(chain, host, () -> platform.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        decide(chain, engine == null ? null : peerHost(engine.getHandshakeSession()),
                () -> platform.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        // no connection to read the host from: the host-name verifier below still checks it
        decide(chain, null, () -> platform.checkServerTrusted(chain, authType));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        platform.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        platform.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        platform.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return platform.getAcceptedIssuers();
    }

    /**
     * OkHttp asks this after every handshake, resumed ones included: the normal host-name rules, or else the
     * pinned certificate (a self-signed certificate for an IP address rarely names that address).
     */
    @Override
    public boolean verify(String host, SSLSession session) {
        if (HOST_NAMES.verify(host, session)) {
            return true;
        }
        try {
            Certificate[] presented = session.getPeerCertificates();
            return presented.length > 0 && presented[0] instanceof X509Certificate leaf && isPinned(leaf);
        } catch (SSLPeerUnverifiedException noCertificate) {
            return false;
        }
    }

    private void decide(X509Certificate[] chain, String host, PlatformCheck platformCheck) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("The server presented no certificate");
        }
        X509Certificate leaf = chain[0];
        CertificateException platformRefusal = null;
        try {
            platformCheck.run();
        } catch (CertificateException e) {
            platformRefusal = e;
        }
        boolean hostMatches = host == null || HOST_NAMES.verify(host, leaf);
        if ((platformRefusal == null && hostMatches) || isPinned(leaf)) {
            return;
        }
        throw new CertificateRefusal(CertificateDetails.of(leaf, platformRefusal == null, !hostMatches, pin != null,
                Instant.now()), platformRefusal);
    }

    private boolean isPinned(X509Certificate leaf) {
        return pin != null && pin.equals(CertificateFingerprint.of(leaf));
    }

    private static String peerHost(SSLSession handshake) {
        return handshake == null ? null : handshake.getPeerHost();
    }

    private static X509ExtendedTrustManager platformTrustManager(KeyStore roots) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(roots);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("The Java runtime offers no X.509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The Java runtime's certificate checks could not be loaded", e);
        }
    }

    /** The platform's check of one chain, which may refuse it. */
    @FunctionalInterface
    private interface PlatformCheck {
        void run() throws CertificateException;
    }
}
