package com.evolutionconsole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.demo.DemoServerConfig;
import com.evolutionconsole.demo.EmbeddedEvolutionServer;
import com.evolutionconsole.domain.Presence;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.service.InstanceStatusLoader;
import com.evolutionconsole.service.ServerConnector;
import com.evolutionconsole.service.export.ExportFormat;
import com.evolutionconsole.service.health.HealthChecker;
import com.evolutionconsole.service.health.ReportFormat;
import com.evolutionconsole.service.health.SameThreadExecutorService;
import com.evolutionconsole.service.live.LiveEvent;
import com.evolutionconsole.service.live.LiveEventStream;
import com.evolutionconsole.service.live.LiveEvents;
import com.evolutionconsole.testing.MutableClock;
import com.evolutionconsole.ui.bulk.InstanceListExporter;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import com.evolutionconsole.ui.common.ScriptedDialogs;
import com.evolutionconsole.ui.create.CreateInstanceViewModel;
import com.evolutionconsole.ui.health.HealthViewModel;
import com.evolutionconsole.ui.instances.InstanceTableViewModel;
import com.evolutionconsole.ui.lifecycle.InstanceActionsViewModel;
import com.evolutionconsole.ui.qr.QrPaneViewModel;
import com.evolutionconsole.ui.shell.ShellViewModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.evolutionconsole.settings.InMemoryKeyring;
import com.evolutionconsole.settings.KeyringStatus;
import com.evolutionconsole.settings.ProfileStore;
import com.evolutionconsole.settings.SavedServers;
import com.evolutionconsole.settings.SecretFallback;
import com.evolutionconsole.settings.UserFolders;
import com.evolutionconsole.ui.server.ConnectServerViewModel;
import com.evolutionconsole.ui.server.ServerProfilesViewModel;
import com.evolutionconsole.ui.server.ServersViewModel;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole console, run with a known key against the embedded server while the real file log records everything
 * at DEBUG: no file written (log, QR code, health report, export) and no error text holds the key or the instance
 * token, as text, URL-encoded or in base64.
 */
class RedactionAcrossFilesTest {

    // '+', '/' and '=' make the URL-encoded form differ from the plain one
    private static final String KEY = "REDACT+me/7f3a9c=GLOBAL";
    private static final String WRONG_KEY = KEY + "-but-wrong";
    private static final String TOKEN = "REDACT+token/5e1d=INSTANCE";
    private static final String BOT = "redaction-bot";

    @TempDir
    Path logFolder;
    @TempDir
    Path savedFolder;

    private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    /** Every text the console showed or threw. */
    private final List<String> texts = new ArrayList<>();
    private EmbeddedEvolutionServer server;

    @BeforeEach
    void logToTheRealFileAtDebug() throws JoranException {
        // The product's loggers live in the global context, so the real logback.xml is loaded into it.
        logging.reset();
        logging.putProperty("evolution.console.logDir", logFolder.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(logging);
        configurator.doConfigure(RedactionAcrossFilesTest.class.getResource("/logback.xml"));
        logging.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.DEBUG);
        // the HTTP log comes from the client's logger at DEBUG; the product's file has it once this level is set
        logging.getLogger("com.evolutionconsole").setLevel(Level.DEBUG);
        logging.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender("CONSOLE");

        server = new EmbeddedEvolutionServer(DemoServerConfig.builder(KEY).clock(MutableClock.at("2026-11-25T10:00:00Z"))
                .noDelays().build());
        server.start();
        server.backend().seedSamples();
    }

    @AfterEach
    void restoreTheTestLogging() throws JoranException {
        server.stop();
        pool.shutdownNow();
        logging.reset();
        new ContextInitializer(logging).autoConfig();
    }

    @Test
    void noFileAndNoErrorTextHoldsTheKeyOrTheToken() throws IOException {
        runEveryFlow();

        Path log = logFolder.resolve("evolution-console.log");
        String logged = Files.readString(log);
        assertThat(logged).as("the log reached the file, HTTP lines included")
                .contains(BOT, "--> POST " + server.url() + "/instance/create", "<-- 401", "Could not");
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(logFolder), Files.walk(savedFolder))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).extracting(path -> path.getFileName().toString()).contains("evolution-console.log",
                BOT + "_qr.png", "health.md", "health.csv", "health.json", "instances.csv", "instances.json");
        assertThat(files).extracting(path -> path.getFileName().toString()).contains("profiles.json", "secrets.json");
        for (Path file : files) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            if (file.getFileName().toString().equals("secrets.json")) {
                // the owner-only file the operator chose instead of a keyring: the key belongs there, and only there
                assertThat(bytes).contains(KEY);
                assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
                continue;
            }
            assertThat(secretFound(bytes)).as("%s, for example: %s", file, bytes.lines()
                    .filter(line -> !secretFound(line).isEmpty()).findFirst().orElse("")).isEmpty();
        }
        assertThat(executor.failures).as("the failing flows did fail").hasSizeGreaterThanOrEqualTo(4);
        executor.failures.forEach(failure -> texts.add(stackTrace(failure)));
        for (String text : texts) {
            assertThat(secretFound(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)))
                    .as(text).isEmpty();
        }
    }

    @Test
    void theSearchFindsEachFormOfTheSecrets() {
        for (String secret : List.of(KEY, TOKEN)) {
            byte[] utf8 = secret.getBytes(StandardCharsets.UTF_8);
            for (String form : List.of(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8),
                    Base64.getEncoder().encodeToString(utf8), Base64.getUrlEncoder().withoutPadding().encodeToString(utf8))) {
                assertThat(secretFound("before " + form + " after")).as(form).isNotEmpty();
            }
        }
        assertThat(secretFound("apikey: [hidden]")).isEmpty();
    }

    private void runEveryFlow() {
        InstanceTableViewModel[] table = new InstanceTableViewModel[1];
        ShellViewModel[] shell = new ShellViewModel[1];
        table[0] = new InstanceTableViewModel(() -> shell[0].client(), new InstanceStatusLoader(pool), executor);
        InstanceActionsViewModel actions = new InstanceActionsViewModel(() -> shell[0].client(), executor, dialogs,
                (name, state) -> shell[0].instanceChanged(name, state));
        shell[0] = new ShellViewModel(executor, new ServerConnector(), table[0], actions, LiveEvents.NONE);
        ShellViewModel console = shell[0];
        QrPaneViewModel qr = new QrPaneViewModel(console::client, executor, dialogs, table[0]::showState);

        console.connect(server.url(), Secret.of(WRONG_KEY), false);
        texts.add(console.connectErrorProperty().get().fullText());
        console.connect(server.url(), Secret.of(KEY), false);
        assertThat(console.connectionProperty().get()).as("connected").isNotNull();
        saveTheServer(console);
        EvolutionClient client = console.client();

        List<LiveEvent> events = new CopyOnWriteArrayList<>();
        List<LiveEventStream.Status> statuses = new CopyOnWriteArrayList<>();
        LiveEventStream live = new LiveEventStream(client, Secret.of(KEY), events::add, statuses::add);
        live.start();
        waitFor(() -> statuses.contains(LiveEventStream.Status.LIVE));

        CreateInstanceViewModel create = new CreateInstanceViewModel(console::client, executor, created -> { });
        create.nameProperty().set(BOT);
        create.tokenProperty().set(TOKEN);
        create.create();
        waitFor(() -> events.stream().anyMatch(e -> BOT.equals(e.instance())));
        live.close();
        create.create(); // the name is taken now
        texts.add(create.errorTextBinding().get());

        table[0].refreshAndFocus(BOT);
        qr.instanceProperty().set(table[0].row(BOT));
        qr.connect();
        assertThat(qr.codeProperty().get()).as("a code to save").isNotNull();
        dialogs.saveAnswer = savedFolder.resolve(BOT + "_qr.png");
        qr.saveQr();

        server.backend().phoneScanned(BOT, "Redaction Shop", "5511900001111");
        console.instanceChanged(BOT, null);
        table[0].focusedProperty().set(table[0].row(BOT));
        actions.setPresence(Presence.COMPOSING);
        actions.restart();
        texts.add(actions.resultProperty().get().text());
        dialogs.confirmAnswer = true;
        actions.logout();
        actions.restart(); // refused: it is closed now
        texts.add(actions.resultProperty().get().text() + " " + actions.resultProperty().get().tip());
        texts.add(String.valueOf(catchThrowable(() -> client.setPresence(BOT, Presence.AVAILABLE))));

        // servers that echo what they were sent
        server.faults().when("GET", "/instance/fetchInstances").respond(500, "application/json",
                "{\"status\":500,\"error\":\"Internal Server Error\",\"response\":{\"message\":[\"PrismaClientKnownRequestError: "
                        + "token " + TOKEN + " of key " + KEY + " rejected\"]}}");
        table[0].refresh();
        texts.add(table[0].errorProperty().get().fullText());
        server.faults().when("GET", "/instance/connectionState/").respond(401, "application/json",
                "{\"status\":401,\"error\":\"Unauthorized\",\"response\":{\"message\":\"Invalid key " + KEY + "\"}}");
        texts.add(stackTrace(catchThrowable(() -> client.connectionState(BOT))));

        HealthViewModel health = new HealthViewModel(console::client, new HealthChecker(new SameThreadExecutorService(),
                Clock.systemUTC()), executor, dialogs);
        health.probeQrProperty().set(true);
        health.check(List.of());
        for (ReportFormat format : ReportFormat.values()) {
            dialogs.saveAnswer = savedFolder.resolve("health." + format.extension());
            health.save(format);
        }
        InstanceListExporter exporter = new InstanceListExporter(executor, dialogs);
        for (ExportFormat format : ExportFormat.values()) {
            dialogs.saveAnswer = savedFolder.resolve("instances." + format.extension());
            exporter.export(table[0].allRows(), format);
        }

        dialogs.typedAnswer = BOT;
        actions.delete();
        texts.add(String.valueOf(catchThrowable(() -> client.delete(BOT))));
        texts.add(client.toString());
        texts.add(console.connectionProperty().get().toString());
        console.closeStream();
        client.close();
    }

    /**
     * The server saved twice through the Servers dialog's ViewModels: with a keyring (the key goes only there) and
     * without one, the operator choosing the owner-only file (the one file allowed to hold it).
     */
    private void saveTheServer(ShellViewModel console) {
        UserFolders withKeyring = new UserFolders(savedFolder.resolve("keyring-config"), logFolder);
        UserFolders withFile = new UserFolders(savedFolder.resolve("file-config"), logFolder);
        InMemoryKeyring keyring = new InMemoryKeyring();
        for (UserFolders folders : List.of(withKeyring, withFile)) {
            KeyringStatus status = folders == withKeyring ? KeyringStatus.available(keyring)
                    : KeyringStatus.unavailable("No system keyring is available (test).");
            ServersViewModel servers = new ServersViewModel(() -> SavedServers.open(ProfileStore.in(folders),
                    () -> status, folders), console, executor, dialogs);
            servers.load(false, () -> { });
            if (folders == withFile) {
                servers.chooseFallback(SecretFallback.OWNER_ONLY_FILE);
            }
            ServerProfilesViewModel form = new ServerProfilesViewModel(servers,
                    new ConnectServerViewModel(new ServerConnector(), executor), dialogs);
            form.nameProperty().set("Redaction server");
            form.editor().urlProperty().set(server.url());
            form.editor().keyProperty().set(KEY);
            form.editor().check();
            form.connect();
            assertThat(form.finishedProperty().get()).as("saved and connected").isTrue();
        }
        assertThat(keyring.entries).containsValue(KEY);
    }

    /** The forms of the key and the token found in {@code bytes} (read as ISO-8859-1, one char per byte). */
    private static List<String> secretFound(String bytes) {
        List<String> found = new ArrayList<>();
        for (String secret : List.of(KEY, TOKEN)) {
            byte[] utf8 = secret.getBytes(StandardCharsets.UTF_8);
            for (String form : List.of(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8),
                    Base64.getEncoder().encodeToString(utf8), Base64.getUrlEncoder().withoutPadding().encodeToString(utf8))) {
                if (bytes.contains(form)) {
                    found.add(form);
                }
            }
        }
        return found;
    }

    private static String stackTrace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return failure + "\n" + out;
    }

    private static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("the condition was not met in 10 s", e);
        }
    }
}
