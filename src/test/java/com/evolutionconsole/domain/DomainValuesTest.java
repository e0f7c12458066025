package com.evolutionconsole.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Small behaviours of the domain values that the UI relies on. */
class DomainValuesTest {

    @Test
    void secretsNeverPrintTheirValue() {
        Secret secret = Secret.of("  abcdefghijklmnop  ");
        assertThat(secret.toString()).doesNotContain("abcdefghijklmnop").doesNotContain("mnop");
        assertThat(secret.reveal()).isEqualTo("abcdefghijklmnop");
        assertThat(secret.masked()).endsWith("mnop").doesNotContain("abcd");
        assertThat(Secret.of("short").masked()).doesNotContain("short");
        assertThat(Secret.ofNullable("  ")).isNull();
        assertThat(secret).isEqualTo(Secret.of("abcdefghijklmnop"));
    }

    @Test
    void statesAreReadLikeTheServerWritesThem() {
        assertThat(ConnectionState.of("open")).isEqualTo(ConnectionState.OPEN);
        assertThat(ConnectionState.of("refused").kind()).isEqualTo(ConnectionState.Kind.REFUSED);
        assertThat(ConnectionState.of("closed").kind()).isEqualTo(ConnectionState.Kind.CLOSE);
        assertThat(ConnectionState.of("qr_timeout").label()).isEqualTo("qr_timeout");
        assertThat(ConnectionState.of(null).label()).isEqualTo("unknown");
    }

    @Test
    void phoneNumberComesFromTheOwnerJid() {
        Instance paired = new Instance("id", "shop", ConnectionState.OPEN, "5511999990000:12@s.whatsapp.net", "Shop",
                null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(paired.phoneNumber()).isEqualTo("5511999990000");
        Instance unnamed = new Instance("id", null, null, null, null, null, null, "5511", null, null, null, null, null,
                null, null, null, null);
        assertThat(unnamed.isUnnamed()).isTrue();
        assertThat(unnamed.phoneNumber()).isEqualTo("5511");
        assertThat(unnamed.storedState()).isEqualTo(ConnectionState.ABSENT);
    }

    @Test
    void qrCodeIsImmutableAndSaysWhetherItIsReady() {
        byte[] png = {1, 2, 3};
        QrCode qr = new QrCode("2@x", png, "ABCD1234", 2);
        png[0] = 9;
        assertThat(qr.png()[0]).isEqualTo((byte) 1);
        assertThat(qr.formattedPairingCode()).isEqualTo("ABCD-1234");
        assertThat(QrCode.notReady(0).isReady()).isFalse();
        assertThat(qr.toString()).doesNotContain("ABCD1234");
    }

    @Test
    void serverVersionsAreRead() {
        assertThat(new ServerInfo("2.3.6", null, null, null, null, null).majorVersion()).isEqualTo(2);
        assertThat(new ServerInfo("v1.8.2", null, null, null, null, null).isV1()).isTrue();
        assertThat(new ServerInfo("latest", null, null, null, null, null).majorVersion()).isEqualTo(-1);
    }
}
