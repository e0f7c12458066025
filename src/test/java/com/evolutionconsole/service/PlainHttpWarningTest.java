package com.evolutionconsole.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A key sent unencrypted to another machine is warned about; this machine and HTTPS are not. */
class PlainHttpWarningTest {

    @Test
    void thisMachineIsSafeOverPlainHttp() {
        assertThat(PlainHttpWarning.forUrl("http://localhost:8080")).isEmpty();
        assertThat(PlainHttpWarning.forUrl("http://LOCALHOST:8080/evolution")).isEmpty();
        assertThat(PlainHttpWarning.forUrl("http://evo.localhost")).isEmpty();
        assertThat(PlainHttpWarning.forUrl("http://127.0.0.1")).isEmpty();
        assertThat(PlainHttpWarning.forUrl("http://127.8.9.10:8080")).isEmpty();
        assertThat(PlainHttpWarning.forUrl("http://[::1]:8080")).isEmpty();
        assertThat(PlainHttpWarning.forUrl("localhost:8080")).as("no scheme: http, to this machine").isEmpty();
    }

    @Test
    void anotherMachineOverPlainHttpIsWarnedAbout() {
        assertThat(PlainHttpWarning.forUrl("http://192.168.1.10")).map(PlainHttpWarning::host).contains("192.168.1.10");
        assertThat(PlainHttpWarning.forUrl("http://api.example.com")).map(PlainHttpWarning::host).contains("api.example.com");
        assertThat(PlainHttpWarning.forUrl("192.168.1.10:8080")).as("no scheme means http").isPresent();
        assertThat(PlainHttpWarning.forUrl("http://[fe80::1]:8080")).map(PlainHttpWarning::host).contains("[fe80::1]");
        assertThat(PlainHttpWarning.forUrl("http://localhost.example.com")).as("only localhost's own subdomains").isPresent();
        assertThat(PlainHttpWarning.forUrl("http://128.0.0.1")).isPresent();
    }

    @Test
    void httpsAndUnfinishedUrlsNeedNoWarning() {
        assertThat(PlainHttpWarning.forUrl("https://203.0.113.7")).isEmpty();
        assertThat(PlainHttpWarning.forUrl("https://api.example.com:8443")).isEmpty();
        assertThat(PlainHttpWarning.forUrl("")).isEmpty();
        assertThat(PlainHttpWarning.forUrl("http://")).isEmpty();
    }

    @Test
    void theTextSaysWhatCanHappenAndWhatToDo() {
        Optional<PlainHttpWarning> warning = PlainHttpWarning.forUrl("http://203.0.113.7:8080");
        assertThat(warning.map(PlainHttpWarning::text)).contains("This key would travel unencrypted (plain HTTP) to"
                + " 203.0.113.7. Anyone on the network path can read it and control every WhatsApp number on this"
                + " server. Use https:// or an SSH tunnel.");
    }
}
