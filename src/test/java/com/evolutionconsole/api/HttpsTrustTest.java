package com.evolutionconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.domain.ServerInfo;
import com.evolutionconsole.testing.Recording;
import java.io.IOException;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HTTPS against MockWebServer with real certificates: the platform's checks alone for a certificate from a trusted
 * authority, an explicit pin for anything else, and refusals that carry what the operator needs to decide.
 */
class HttpsTrustTest {

    private static final String KEY = "tls-test-global-key-5e1d0c";
    /** The recorded answer of a real 2.3.6 server to {@code GET /}. */
    private static final String SERVER_INFO = Recording.get(1).responseBody();

    private final HeldCertificate authority = new HeldCertificate.Builder()
            .commonName("Console Test Authority").certificateAuthority(0).build();
    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void aCertificateFromATrustedAuthorityNeedsNoPin() throws Exception {
        serve(issuedFor("127.0.0.1"));
        try (EvolutionClient client = EvolutionClient.create(url(), Secret.of(KEY), ClientOptions.defaults(),
                trusting(authority))) {
            assertThat(client.serverInfo().version()).isEqualTo("2.3.6");
            assertThat(client.pinnedCertificate()).isNull();
        }
    }

    @Test
    void aSelfSignedCertificateIsRefusedWithItsDetails() throws Exception {
        HeldCertificate selfSigned = selfSigned("127.0.0.1");
        serve(selfSigned);
        try (EvolutionClient client = EvolutionClient.create(url(), Secret.of(KEY))) {
            UntrustedCertificateException e = catchThrowableOfType(UntrustedCertificateException.class, client::serverInfo);
            CertificateDetails details = e.certificate();
            assertThat(details.fingerprint()).isEqualTo(fingerprint(selfSigned.certificate()));
            assertThat(details.selfSigned()).isTrue();
            assertThat(details.chainTrusted()).isFalse();
            assertThat(details.pinChanged()).isFalse();
            assertThat(details.hostnameMismatch()).isFalse();
            assertThat(details.expired()).isFalse();
            assertThat(details.subject()).isEqualTo("CN=evolution.lan");
            assertThat(details.issuer()).isEqualTo(details.subject());
            assertThat(details.notAfter()).isAfter(Instant.now());
            assertThat(e.summary()).isEqualTo("The server at " + url()
                    + " presented a certificate that is not trusted (self-signed).");
            assertThat(e.tip()).isEqualTo("Compare the fingerprint with the one on the server; trust it only if they match.");
            assertKeyNotIn(e);
            assertThat(server.getRequestCount()).as("nothing was sent before the certificate was trusted").isZero();
        }
    }

    @Test
    void theSameSelfSignedServerWorksOncePinned() throws Exception {
        HeldCertificate selfSigned = selfSigned("127.0.0.1");
        serve(selfSigned);
        String pin = fingerprint(selfSigned.certificate());
        try (EvolutionClient client = EvolutionClient.create(url(), Secret.of(KEY),
                ClientOptions.defaults().withPinnedCertificate(pin))) {
            ServerInfo info = client.serverInfo();
            assertThat(info.version()).isEqualTo("2.3.6");
            assertThat(client.pinnedCertificate()).isEqualTo(pin);
            RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
            assertThat(request.getPath()).isEqualTo("/");
            assertThat(request.getHandshake()).as("the request went over TLS").isNotNull();
        }
    }

    @Test
    void aDifferentCertificateThanThePinnedOneIsRefusedAsChanged() throws Exception {
        HeldCertificate trustedBefore = selfSigned("127.0.0.1");
        HeldCertificate presentedNow = selfSigned("127.0.0.1");
        serve(presentedNow);
        try (EvolutionClient client = EvolutionClient.create(url(), Secret.of(KEY),
                ClientOptions.defaults().withPinnedCertificate(fingerprint(trustedBefore.certificate())))) {
            UntrustedCertificateException e = catchThrowableOfType(UntrustedCertificateException.class, client::serverInfo);
            assertThat(e.certificate().pinChanged()).isTrue();
            assertThat(e.certificate().fingerprint()).isEqualTo(fingerprint(presentedNow.certificate()));
            assertThat(e.summary()).startsWith("The server at " + url() + " presented a different certificate")
                    .contains("changed").contains("intercepting");
            assertThat(e.tip()).contains("Do not connect").contains("fingerprint");
            assertKeyNotIn(e);
        }
    }

    @Test
    void aHostNameMismatchIsRefusedWithoutAPinAndAcceptedWithOne() throws Exception {
        HeldCertificate otherName = issuedFor("evolution.example.com");
        serve(otherName);
        try (EvolutionClient client = EvolutionClient.create(url(), Secret.of(KEY), ClientOptions.defaults(),
                trusting(authority))) {
            UntrustedCertificateException e = catchThrowableOfType(UntrustedCertificateException.class, client::serverInfo);
            assertThat(e.certificate().hostnameMismatch()).isTrue();
            assertThat(e.certificate().chainTrusted()).isTrue();
            assertThat(e.certificate().selfSigned()).isFalse();
            assertThat(e.certificate().issuer()).isEqualTo("CN=Console Test Authority");
            assertThat(e.summary()).endsWith("not trusted (issued for another name than 127.0.0.1).");
            assertThat(e.tip()).contains("the name the certificate was issued for");
        }
        try (EvolutionClient pinned = EvolutionClient.create(url(), Secret.of(KEY),
                ClientOptions.defaults().withPinnedCertificate(fingerprint(otherName.certificate())), trusting(authority))) {
            assertThat(pinned.serverInfo().version()).isEqualTo("2.3.6");
        }
    }

    @Test
    void aSelfSignedCertificateForAnotherNameWorksPinned() throws Exception {
        // the usual self-made certificate: issued for a name, reached by address
        HeldCertificate selfSigned = selfSigned("evolution.lan");
        serve(selfSigned);
        try (EvolutionClient client = EvolutionClient.create(url(), Secret.of(KEY))) {
            CertificateDetails details = catchThrowableOfType(UntrustedCertificateException.class, client::serverInfo)
                    .certificate();
            assertThat(details.selfSigned()).isTrue();
            assertThat(details.hostnameMismatch()).isTrue();
        }
        try (EvolutionClient pinned = EvolutionClient.create(url(), Secret.of(KEY),
                ClientOptions.defaults().withPinnedCertificate(fingerprint(selfSigned.certificate())))) {
            assertThat(pinned.serverInfo().version()).isEqualTo("2.3.6");
        }
    }

    @Test
    void anAuthorityThePlatformDoesNotKnowIsNamedAsTheReason() throws Exception {
        serve(issuedFor("127.0.0.1"));
        try (EvolutionClient client = EvolutionClient.create(url(), Secret.of(KEY))) {
            UntrustedCertificateException e = catchThrowableOfType(UntrustedCertificateException.class, client::serverInfo);
            assertThat(e.certificate().selfSigned()).isFalse();
            assertThat(e.certificate().chainTrusted()).isFalse();
            assertThat(e.summary()).endsWith("not trusted (issued by an authority this computer does not trust).");
        }
    }

    @Test
    void anExpiredCertificateIsFlagged() throws Exception {
        long now = System.currentTimeMillis();
        HeldCertificate expired = new HeldCertificate.Builder().commonName("evolution.lan")
                .addSubjectAlternativeName("127.0.0.1").signedBy(authority)
                .validityInterval(now - Duration.ofDays(60).toMillis(), now - Duration.ofDays(30).toMillis()).build();
        serve(expired);
        try (EvolutionClient client = EvolutionClient.create(url(), Secret.of(KEY), ClientOptions.defaults(),
                trusting(authority))) {
            UntrustedCertificateException e = catchThrowableOfType(UntrustedCertificateException.class, client::serverInfo);
            assertThat(e.certificate().expired()).isTrue();
            assertThat(e.certificate().selfSigned()).isFalse();
            assertThat(e.certificate().chainTrusted()).isFalse();
            assertThat(e.summary()).contains("(expired on " + e.certificate().notAfter().toString().substring(0, 10) + ")");
        }
    }

    @Test
    void pinsAreReadInAnyUsualSpelling() throws Exception {
        X509Certificate certificate = selfSigned("127.0.0.1").certificate();
        String canonical = fingerprint(certificate);
        String bare = canonical.replace(":", "").toLowerCase();
        assertThat(ClientOptions.defaults().withPinnedCertificate(bare).pinnedCertificate()).isEqualTo(canonical);
        assertThat(ClientOptions.defaults().withPinnedCertificate("  ").pinnedCertificate()).isNull();
        assertThatThrownBy(() -> ClientOptions.defaults().withPinnedCertificate("AB:CD"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SHA-256");
    }

    private HeldCertificate issuedFor(String name) {
        return new HeldCertificate.Builder().commonName(name).addSubjectAlternativeName(name).signedBy(authority).build();
    }

    private static HeldCertificate selfSigned(String name) {
        return new HeldCertificate.Builder().commonName("evolution.lan").addSubjectAlternativeName(name).build();
    }

    private void serve(HeldCertificate certificate) throws IOException {
        HandshakeCertificates handshake = new HandshakeCertificates.Builder().heldCertificate(certificate).build();
        server.useHttps(handshake.sslSocketFactory(), false);
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json; charset=utf-8")
                .setBody(SERVER_INFO));
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    /** By address: MockWebServer's own URL would name the host by its reverse lookup. */
    private String url() {
        return "https://127.0.0.1:" + server.getPort();
    }

    /** The platform's checks with {@code root} as the only authority, as if the operator had installed it. */
    private static KeyStore trusting(HeldCertificate root) throws GeneralSecurityException, IOException {
        KeyStore roots = KeyStore.getInstance(KeyStore.getDefaultType());
        roots.load(null, null);
        roots.setCertificateEntry("test-authority", root.certificate());
        return roots;
    }

    /** Computed here, not by the code under test: SHA-256 of the DER encoding, as browsers show it. */
    private static String fingerprint(X509Certificate certificate) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }

    private static void assertKeyNotIn(UntrustedCertificateException e) {
        assertThat(e.getMessage()).doesNotContain(KEY);
        assertThat(e.summary() + e.tip() + e.certificate()).doesNotContain(KEY);
    }
}
