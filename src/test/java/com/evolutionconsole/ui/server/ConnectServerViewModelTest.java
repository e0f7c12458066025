package com.evolutionconsole.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.api.CertificateDetails;
import com.evolutionconsole.domain.CreateInstanceRequest;
import com.evolutionconsole.service.ServerConnection;
import com.evolutionconsole.service.ServerConnector;
import com.evolutionconsole.testing.TestServer;
import com.evolutionconsole.testing.TlsFront;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import okhttp3.tls.HeldCertificate;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectServerViewModelTest {

    private TestServer server;
    private ConnectServerViewModel vm;

    @BeforeEach
    void start() {
        server = new TestServer();
        vm = new ConnectServerViewModel(new ServerConnector(), new ManualUiExecutor());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void checkNeedsBothFields() {
        assertThat(vm.inputsComplete().get()).isFalse();
        vm.urlProperty().set(server.server.url());
        assertThat(vm.inputsComplete().get()).isFalse();
        vm.keyProperty().set("  ");
        assertThat(vm.inputsComplete().get()).isFalse();
        vm.keyProperty().set(TestServer.KEY);
        assertThat(vm.inputsComplete().get()).isTrue();
    }

    @Test
    void aGlobalKeyIsRecognisedWithTheVersion() {
        vm.urlProperty().set(server.server.url());
        vm.keyProperty().set(TestServer.KEY);
        vm.check();
        assertThat(vm.checkedProperty().get()).isNotNull();
        assertThat(vm.findings().get()).contains("Evolution API 2.3.6").contains("global API key");
    }

    @Test
    void anInstanceTokenIsToldApart() {
        var created = server.client.create(CreateInstanceRequest.simple("kiosk", false));
        vm.urlProperty().set(server.server.url());
        vm.keyProperty().set(created.token().reveal());
        vm.check();
        assertThat(vm.isInstanceToken()).isTrue();
        assertThat(vm.findings().get()).contains("instance token").contains("\"kiosk\"").contains("disabled");
    }

    @Test
    void editingAfterACheckForgetsIt() {
        vm.urlProperty().set(server.server.url());
        vm.keyProperty().set(TestServer.KEY);
        vm.check();
        vm.keyProperty().set(TestServer.KEY + "x");
        assertThat(vm.checkedProperty().get()).isNull();
        assertThat(vm.findings().get()).isNull();
    }

    @Test
    void thePlainHttpWarningFollowsTheUrl() {
        assertThat(vm.plainHttpWarningProperty().get()).isNull();
        vm.urlProperty().set("http://192.168.1.10:8080");
        assertThat(vm.plainHttpWarningProperty().get()).contains("unencrypted").contains("192.168.1.10");
        vm.urlProperty().set("https://192.168.1.10:8443");
        assertThat(vm.plainHttpWarningProperty().get()).isNull();
        vm.urlProperty().set("http://api.example.com");
        assertThat(vm.plainHttpWarningProperty().get()).contains("api.example.com");
        vm.urlProperty().set("http://localhost:8080");
        assertThat(vm.plainHttpWarningProperty().get()).isNull();
    }

    @Test
    void anUntrustedCertificateIsOfferedAndOnceTrustedTheConnectionCarriesItsPin() throws Exception {
        HeldCertificate selfSigned = new HeldCertificate.Builder().commonName("evolution.lan").build();
        try (TlsFront front = new TlsFront(selfSigned, server.server.url())) {
            vm.urlProperty().set(front.url());
            vm.keyProperty().set(TestServer.KEY);
            assertThat(vm.plainHttpWarningProperty().get()).isNull();
            vm.check();
            assertThat(vm.checkedProperty().get()).isNull();
            assertThat(vm.errorProperty().get().summary()).contains("not trusted (self-signed");
            assertThat(vm.errorProperty().get().fullText()).doesNotContain(TestServer.KEY);
            CertificateDetails offered = vm.offeredCertificateProperty().get();
            assertThat(offered.fingerprint()).isEqualTo(fingerprint(selfSigned.certificate()));
            assertThat(offered.pinChanged()).isFalse();

            vm.trustCertificateAndCheck();
            ServerConnection checked = vm.checkedProperty().get();
            assertThat(checked).isNotNull();
            assertThat(checked.pinnedCertificate()).isEqualTo(offered.fingerprint());
            assertThat(vm.findings().get()).contains("Evolution API 2.3.6");
            assertThat(vm.errorProperty().get()).isNull();
            assertThat(vm.offeredCertificateProperty().get()).isNull();
            vm.cancel();
        }
    }

    @Test
    void editingTheUrlForgetsTheOfferedCertificateAndThePin() throws Exception {
        HeldCertificate selfSigned = new HeldCertificate.Builder().commonName("evolution.lan").build();
        try (TlsFront front = new TlsFront(selfSigned, server.server.url())) {
            vm.urlProperty().set(front.url());
            vm.keyProperty().set(TestServer.KEY);
            vm.check();
            vm.trustCertificateAndCheck();
            assertThat(vm.checkedProperty().get().pinnedCertificate()).isNotNull();

            vm.urlProperty().set(front.url() + "/");
            assertThat(vm.offeredCertificateProperty().get()).isNull();
            vm.check();
            assertThat(vm.checkedProperty().get()).as("the pin went with the edit").isNull();
            assertThat(vm.offeredCertificateProperty().get()).isNotNull();
            vm.urlProperty().set(front.url());
            assertThat(vm.offeredCertificateProperty().get()).isNull();
            vm.trustCertificateAndCheck();
            assertThat(vm.checkedProperty().get()).as("nothing offered, nothing trusted").isNull();
        }
    }

    @Test
    void badInputIsExplainedAndKept() {
        vm.urlProperty().set("ftp://nowhere");
        vm.keyProperty().set("some-key-123");
        vm.check();
        assertThat(vm.errorProperty().get().summary()).contains("not a valid");
        assertThat(vm.urlProperty().get()).as("nothing typed is lost").isEqualTo("ftp://nowhere");
        vm.urlProperty().set(server.server.url());
        vm.keyProperty().set("wrong-key");
        vm.check();
        assertThat(vm.errorProperty().get().tip()).contains("API key");
        assertThat(vm.keyProperty().get()).isEqualTo("wrong-key");
    }

    /** SHA-256 of the certificate as browsers show it, computed here rather than by the code under test. */
    private static String fingerprint(X509Certificate certificate) throws GeneralSecurityException {
        return HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    }
}
