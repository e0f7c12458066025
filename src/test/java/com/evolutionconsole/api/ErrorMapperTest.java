package com.evolutionconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.Secret;
import com.squareup.moshi.Moshi;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Failures without an answer, which a test server cannot easily produce, mapped one by one. */
class ErrorMapperTest {

    private final ErrorMapper mapper = new ErrorMapper(new ServerMessages(new Moshi.Builder().build()),
            new Redactor(List.of(Secret.of("my-secret-key-1234"))), HttpUrl.get("https://evo.example.com:8443/"));
    private final Operation op = Operation.on("connect", "shop-1");

    @Test
    void unknownHost() {
        EvolutionApiException e = mapper.fromIo(op, new UnknownHostException("evo.example.com"), Duration.ofSeconds(15));
        assertThat(e).isInstanceOf(NetworkException.class);
        assertThat(e.summary()).contains("evo.example.com").contains("could not be found");
    }

    @Test
    void tlsFailureNeverRepeatsAKeyTheExceptionMightCarry() {
        EvolutionApiException e = mapper.fromIo(op,
                new SSLHandshakeException("PKIX path building failed for my-secret-key-1234"), Duration.ofSeconds(15));
        assertThat(e).isInstanceOf(NetworkException.class);
        assertThat(e.summary()).contains("HTTPS").doesNotContain("my-secret-key-1234");
        assertThat(e.tip()).contains("certificate");
    }

    @Test
    void timeoutsNameTheLimit() {
        EvolutionApiException e = mapper.fromIo(op, new SocketTimeoutException("timeout"), Duration.ofSeconds(30));
        assertThat(e).isInstanceOf(RequestTimeoutException.class);
        assertThat(e.summary()).contains("30 s").contains("connect \"shop-1\"");
        assertThat(mapper.fromIo(op, new InterruptedIOException("timeout"), Duration.ofSeconds(1)))
                .isInstanceOf(RequestTimeoutException.class);
    }

    @Test
    void cancelledIsNotATimeout() {
        assertThat(mapper.fromIo(op, new InterruptedIOException("Canceled"), Duration.ofSeconds(1)))
                .isInstanceOf(NetworkException.class).hasMessageContaining("cancelled");
    }

    @Test
    void theNameTipComesOnlyWhenTheServerSpeaksOfTheName() {
        EvolutionApiException proxy = mapper.fromStatus(op, 400, "application/json",
                "{\"status\":400,\"error\":\"Bad Request\",\"response\":{\"message\":[\"Invalid proxy\"]}}");
        assertThat(proxy.tip()).isEqualTo(ErrorMapper.TIP_CHECK_VALUES);
        EvolutionApiException name = mapper.fromStatus(op, 400, "application/json",
                "{\"status\":400,\"error\":\"Bad Request\",\"response\":{\"message\":[[\"instance requires property \\\"instanceName\\\"\"]]}}");
        assertThat(name.tip()).isEqualTo(ErrorMapper.TIP_CHECK_NAME);
    }

    @Test
    void otherForbiddenIsAnAuthenticationProblem() {
        EvolutionApiException e = mapper.fromStatus(op, 403, "application/json",
                "{\"status\":403,\"error\":\"Forbidden\",\"response\":{\"message\":[\"Missing global api key\"]}}");
        assertThat(e).isInstanceOf(AuthenticationException.class);
        assertThat(e.tip()).isEqualTo(ErrorMapper.TIP_CHECK_KEY);
    }

    @Test
    void olderServersRefusingToDeleteAnOpenInstance() {
        EvolutionApiException e = mapper.fromStatus(Operation.on("delete", "shop-1"), 400, "application/json",
                "{\"status\":400,\"error\":\"Bad Request\",\"response\":{\"message\":[\"The \\\"shop-1\\\" instance needs to be disconnected\"]}}");
        assertThat(e).isInstanceOf(ValidationException.class);
        assertThat(e.tip()).contains("Log the instance out first");
    }

    @Test
    void v1ErrorsSentAs500WithAFlag() {
        EvolutionApiException e = mapper.fromStatus(op, 500, "application/json", "{\"error\":true,\"message\":\"Instance not found\"}");
        assertThat(e).isInstanceOf(ServerErrorException.class);
        assertThat(e.serverMessages()).containsExactly("Instance not found");
    }

    @Test
    void connectFailureSentAs200() {
        EvolutionApiException e = mapper.operationFailed(op, 200, List.of("[object Object]"));
        assertThat(e).isInstanceOf(OperationFailedException.class);
        assertThat(e.summary()).contains("no reason");
        assertThat(e.tip()).contains("loaded");
    }
}
