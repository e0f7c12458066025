package com.evolutionconsole.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupOptionsTest {

    @Test
    void argumentsWinOverTheEnvironment() {
        StartupOptions options = StartupOptions.parse(List.of("--server", "http://a:8080", "--api-key", "k1"),
                Map.of(StartupOptions.ENV_URL, "http://b:8080", StartupOptions.ENV_KEY, "k2"));
        assertThat(options.serverUrl()).isEqualTo("http://a:8080");
        assertThat(options.apiKey().reveal()).isEqualTo("k1");
        assertThat(options.demo()).isFalse();
    }

    @Test
    void theSdkEnvironmentVariablesAreRead() {
        StartupOptions options = StartupOptions.parse(List.of(),
                Map.of(StartupOptions.ENV_URL, "http://b:8080", StartupOptions.ENV_KEY, "k2"));
        assertThat(options.serverUrl()).isEqualTo("http://b:8080");
        assertThat(options.apiKey().reveal()).isEqualTo("k2");
    }

    @Test
    void nothingConfiguredMeansDemo() {
        assertThat(StartupOptions.parse(List.of(), Map.of()).demo()).isTrue();
        assertThat(StartupOptions.parse(List.of(), Map.of(StartupOptions.ENV_URL, " ")).demo()).isTrue();
    }

    @Test
    void halfAPairIsExplained() {
        assertThatThrownBy(() -> StartupOptions.parse(List.of("--server", "http://a"), Map.of()))
                .hasMessageContaining("without an API key");
        assertThatThrownBy(() -> StartupOptions.parse(List.of(), Map.of(StartupOptions.ENV_KEY, "k")))
                .hasMessageContaining("without a server URL");
        assertThatThrownBy(() -> StartupOptions.parse(List.of("--server"), Map.of())).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> StartupOptions.parse(List.of("--bogus"), Map.of())).hasMessageContaining("Unknown option");
    }

    @Test
    void theKeyNeverShowsInTheOptionsText() {
        StartupOptions options = StartupOptions.parse(List.of("--server", "http://a", "--api-key", "very-secret-key-123"), Map.of());
        assertThat(options.toString()).doesNotContain("very-secret-key-123");
    }
}
