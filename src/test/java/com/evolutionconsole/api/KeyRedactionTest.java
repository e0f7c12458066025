package com.evolutionconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.evolutionconsole.domain.CreateInstanceRequest;
import com.evolutionconsole.domain.CreatedInstance;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.Integration;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.testing.Recording;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A known key and token go through successful and failing calls; neither may show up in logs, errors or toString. */
class KeyRedactionTest {

    private static final String KEY = "super-secret-global-key-7f3a9c";
    private static final String TOKEN = "14CA4F2F-754F-4591-8752-3FB947A0F49A";

    private MockWebServer server;
    private ListAppender<ILoggingEvent> logs;
    private Logger clientLogger;
    private Level previousLevel;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        clientLogger = (Logger) LoggerFactory.getLogger(EvolutionClient.class);
        previousLevel = clientLogger.getLevel();
        clientLogger.setLevel(Level.DEBUG);
        logs = new ListAppender<>();
        logs.start();
        clientLogger.addAppender(logs);
    }

    @AfterEach
    void stop() throws IOException {
        clientLogger.detachAppender(logs);
        clientLogger.setLevel(previousLevel);
        server.shutdown();
    }

    @Test
    void keysStayOutOfLogsErrorsAndStrings() {
        EvolutionClient client = EvolutionClient.create(server.url("/").toString(), Secret.of(KEY));
        List<String> texts = new ArrayList<>();

        server.enqueue(recorded(5));
        List<Instance> instances = client.fetchInstances();
        texts.add(instances.toString());

        server.enqueue(recorded(3));
        CreatedInstance created = client.create(CreateInstanceRequest.simple("probe-1", true));
        texts.add(created.toString());

        // a server that echoes the key back in its error message
        server.enqueue(new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
                .setBody("{\"status\":401,\"error\":\"Unauthorized\",\"response\":{\"message\":\"Invalid key " + KEY + "\"}}"));
        AuthenticationException e = catchThrowableOfType(AuthenticationException.class, client::fetchInstances);
        texts.add(e.getMessage());
        texts.addAll(e.serverMessages());
        texts.add(stackTrace(e));
        texts.add(client.toString());
        texts.add(Secret.of(KEY).toString());

        assertThat(logs.list).as("the client logs its calls").isNotEmpty();
        logs.list.forEach(event -> texts.add(event.getFormattedMessage()));

        assertThat(String.join("\n", texts)).doesNotContain(KEY).doesNotContain(TOKEN);
        assertThat(e.serverMessages()).containsExactly("Invalid key " + Redactor.MASK);
        // the token is still there for an explicit reveal
        assertThat(instances.get(0).token().reveal()).isEqualTo(TOKEN);
    }

    @Test
    void instanceTokensTheClientHasSeenAreMaskedWhenAServerEchoesThem() {
        EvolutionClient client = EvolutionClient.create(server.url("/").toString(), Secret.of(KEY));
        server.enqueue(recorded(5)); // lists an instance with TOKEN
        client.fetchInstances();
        String typedToken = "typed-token-for-a-new-instance-42";
        String dump = "{\"status\":500,\"error\":\"Internal Server Error\",\"response\":{\"message\":[\"PrismaClientValidationError: "
                + "data: { token: '" + typedToken + "' }, where: { token: '" + TOKEN + "' }\"]}}";
        server.enqueue(new MockResponse().setResponseCode(500).setHeader("Content-Type", "application/json").setBody(dump));

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> client.create(
                new CreateInstanceRequest("probe-9", Integration.WHATSAPP_BAILEYS, false, null, Secret.of(typedToken), null, null)));

        assertThat(e.serverMessages()).singleElement().asString()
                .isEqualTo("PrismaClientValidationError: data: { token: '[hidden]' }, where: { token: '[hidden]' }");
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(line -> line.contains(TOKEN))
                .noneMatch(line -> line.contains(typedToken));
    }

    private static MockResponse recorded(int n) {
        Recording.Exchange exchange = Recording.get(n);
        return new MockResponse().setResponseCode(exchange.status()).setHeader("Content-Type", "application/json")
                .setBody(exchange.responseBody());
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
