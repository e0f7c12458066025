package com.evolutionconsole.ui.create;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.demo.DemoServerConfig;
import com.evolutionconsole.demo.EmbeddedEvolutionServer;
import com.evolutionconsole.demo.InstanceView;
import com.evolutionconsole.domain.CreatedInstance;
import com.evolutionconsole.domain.InstanceSettings;
import com.evolutionconsole.domain.Integration;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import com.evolutionconsole.ui.common.QueuedUiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The create dialog's state against the embedded server: live validation, the request sent, failures kept. */
class CreateInstanceViewModelTest {

    private static final String KEY = "create-vm-global-key";

    private EmbeddedEvolutionServer server;
    private EvolutionClient client;
    private final List<CreatedInstance> created = new ArrayList<>();
    private CreateInstanceViewModel vm;

    @BeforeEach
    void start() {
        server = new EmbeddedEvolutionServer(DemoServerConfig.builder(KEY)
                .clock(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)).noDelays().build());
        server.start();
        server.backend().seedSamples();
        client = EvolutionClient.create(server.url(), Secret.of(KEY));
        vm = new CreateInstanceViewModel(() -> client, new ManualUiExecutor(), created::add);
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop();
    }

    @Test
    void theNameIsValidatedAsItIsTyped() {
        assertThat(vm.canCreateBinding().get()).isFalse();
        assertThat(vm.createBlockedReasonBinding().get()).startsWith("Enter a name");
        assertThat(vm.nameProblemsBinding().get()).as("no red on a fresh form").isNull();

        vm.nameProperty().set("support-bot");
        assertThat(vm.canCreateBinding().get()).isTrue();
        assertThat(vm.createBlockedReasonBinding().get()).isNull();
        assertThat(vm.nameProblemsBinding().get()).isNull();
        assertThat(vm.nameWarningsBinding().get()).isNull();

        vm.nameProperty().set("My Bot");
        assertThat(vm.nameWarningsBinding().get()).contains("Avoid spaces").contains("Avoid upper case");
        assertThat(vm.canCreateBinding().get()).as("warnings only advise").isTrue();
        assertThat(vm.nameMarkedBinding().get()).isFalse();

        vm.nameProperty().set("bad\tname");
        assertThat(vm.nameProblemsBinding().get()).contains("control or invisible characters");
        assertThat(vm.canCreateBinding().get()).isFalse();
        assertThat(vm.nameMarkedBinding().get()).isTrue();

        vm.nameProperty().set("");
        assertThat(vm.nameProblemsBinding().get()).startsWith("Enter a name");
        assertThat(vm.createBlockedReasonBinding().get()).startsWith("Enter a name");
    }

    @Test
    void thePhoneNumberIsCheckedAndSentAsDigits() {
        vm.nameProperty().set("phone-check");
        vm.phoneProperty().set("+55 (11) 98765-0001");
        assertThat(vm.phoneDigitsProperty().get()).isEqualTo("5511987650001");
        assertThat(vm.phoneProblemProperty().get()).isNull();
        assertThat(vm.phoneHintBinding().get()).startsWith("Sent as 5511987650001").contains("pairing code");

        for (String bad : List.of("12ab5678901", "1234567", "+1234567890123456", "55 11 9876x")) {
            vm.phoneProperty().set(bad);
            assertThat(vm.phoneProblemProperty().get()).as(bad).contains("country code");
            assertThat(vm.phoneDigitsProperty().get()).isNull();
            assertThat(vm.canCreateBinding().get()).isFalse();
        }

        vm.phoneProperty().set("  ");
        assertThat(vm.phoneProblemProperty().get()).isNull();
        assertThat(vm.phoneDigitsProperty().get()).isNull();
        assertThat(vm.canCreateBinding().get()).isTrue();
    }

    @Test
    void theCallMessageGoesWithRejectCallsOnly() {
        assertThat(vm.callMessageEnabledBinding().get()).isFalse();
        vm.rejectCallProperty().set(true);
        assertThat(vm.callMessageEnabledBinding().get()).isTrue();

        vm.nameProperty().set("calls-allowed");
        vm.callMessageProperty().set("typed, then calls allowed again");
        vm.rejectCallProperty().set(false);
        vm.create();

        InstanceSettings stored = client.findSettings("calls-allowed").orElseThrow();
        assertThat(stored.rejectCall()).isFalse();
        assertThat(stored.msgCall()).isEmpty();
        assertThat(vm.callMessageProperty().get()).as("what was typed stays in the field").isEqualTo("typed, then calls allowed again");
    }

    @Test
    void createSendsEveryField() {
        vm.nameProperty().set("full-form");
        vm.qrNowProperty().set(true);
        vm.phoneProperty().set("+55 11 98765-4321");
        vm.integrationProperty().set(Integration.WHATSAPP_BAILEYS);
        vm.tokenProperty().set("my-own-token-1234");
        vm.rejectCallProperty().set(true);
        vm.callMessageProperty().set("Busy, text me");
        vm.ignoreGroupsProperty().set(true);
        vm.alwaysOnlineProperty().set(true);
        vm.readMessagesProperty().set(true);
        vm.readStatusProperty().set(true);
        vm.syncFullHistoryProperty().set(true);

        vm.create();

        assertThat(created).singleElement().satisfies(instance -> {
            assertThat(instance.name()).isEqualTo("full-form");
            assertThat(instance.qrCode()).as("asked for a QR code at once").isNotNull();
            assertThat(instance.token().reveal()).isEqualTo("my-own-token-1234");
        });
        assertThat(vm.createdProperty().get()).isSameAs(created.get(0));
        InstanceView stored = server.backend().instance("full-form").orElseThrow();
        assertThat(stored.token()).isEqualTo("my-own-token-1234");
        assertThat(stored.number()).isEqualTo("5511987654321");
        assertThat(stored.integration()).isEqualTo("WHATSAPP-BAILEYS");
        assertThat(stored.sessionActive()).isTrue();
        assertThat(stored.pairingCode()).as("a number with the QR asks for a pairing code").isNotNull();
        assertThat(client.findSettings("full-form")).contains(
                new InstanceSettings(true, "Busy, text me", true, true, true, true, true, null));
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void anEmptyTokenLetsTheServerChooseAndQrLaterLeavesItClosed() {
        vm.nameProperty().set("later-one");
        vm.qrNowProperty().set(false);

        vm.create();

        CreatedInstance instance = created.get(0);
        assertThat(instance.qrCode()).isNull();
        assertThat(instance.token()).isNotNull();
        assertThat(server.backend().instance("later-one").orElseThrow().token()).isEqualTo(instance.token().reveal());
        assertThat(server.backend().instance("later-one").orElseThrow().liveState()).isEqualTo("close");
        assertThat(client.findSettings("later-one")).contains(InstanceSettings.defaults());
    }

    @Test
    void aNameConflictMarksTheNameAndKeepsEveryField() {
        vm.nameProperty().set("sales-team");
        vm.phoneProperty().set("+55 11 98765-4321");
        vm.tokenProperty().set("kept-token-value");
        vm.integrationProperty().set(Integration.EVOLUTION);
        vm.rejectCallProperty().set(true);
        vm.callMessageProperty().set("kept message");
        vm.readStatusProperty().set(true);
        vm.qrNowProperty().set(false);

        vm.create();

        assertThat(created).isEmpty();
        assertThat(vm.nameConflictProperty().get()).isTrue();
        assertThat(vm.nameMarkedBinding().get()).isTrue();
        assertThat(vm.errorTextBinding().get()).contains("sales-team").contains("already in use");
        assertThat(vm.errorTipBinding().get()).isNotBlank();
        assertThat(vm.nameProperty().get()).isEqualTo("sales-team");
        assertThat(vm.phoneProperty().get()).isEqualTo("+55 11 98765-4321");
        assertThat(vm.tokenProperty().get()).isEqualTo("kept-token-value");
        assertThat(vm.integrationProperty().get()).isEqualTo(Integration.EVOLUTION);
        assertThat(vm.rejectCallProperty().get()).isTrue();
        assertThat(vm.callMessageProperty().get()).isEqualTo("kept message");
        assertThat(vm.readStatusProperty().get()).isTrue();
        assertThat(vm.qrNowProperty().get()).isFalse();
        assertThat(vm.canCreateBinding().get()).as("free to try again").isTrue();

        vm.nameProperty().set("sales-team-2");
        assertThat(vm.nameConflictProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isNull();
        vm.create();
        assertThat(created).extracting(CreatedInstance::name).containsExactly("sales-team-2");
    }

    @Test
    void otherFailuresShowTheServersWordsAndATip() {
        server.faults().when("POST", "/instance/create").respond(400, "application/json",
                "{\"status\":400,\"error\":\"Bad Request\",\"response\":{\"message\":[\"Invalid proxy\"]}}");
        vm.nameProperty().set("proxy-trouble");

        vm.create();

        assertThat(vm.errorTextBinding().get()).contains("Server said: Invalid proxy");
        assertThat(vm.errorTipBinding().get()).isNotBlank();
        assertThat(vm.nameConflictProperty().get()).isFalse();
        assertThat(vm.nameProperty().get()).isEqualTo("proxy-trouble");
        assertThat(created).isEmpty();
    }

    @Test
    void aServerThatIsDownOrFailingKeepsEveryFieldForTheRetry() {
        vm.nameProperty().set("kept-bot");
        vm.phoneProperty().set("+55 11 98765-4321");
        vm.tokenProperty().set("kept-token-value");
        vm.rejectCallProperty().set(true);
        vm.callMessageProperty().set("kept message");
        vm.alwaysOnlineProperty().set(true);
        vm.qrNowProperty().set(false);
        server.faults().when("POST", "/instance/create").respond(500, "application/json",
                "{\"status\":500,\"error\":\"Internal Server Error\",\"response\":{\"message\":[\"PrismaClientKnownRequestError: "
                        + "x".repeat(20_000) + "\"]}}");

        vm.create();

        assertThat(vm.errorTextBinding().get()).startsWith("The server's database rejected the request to create \"kept-bot\"");
        assertThat(vm.errorTextBinding().get().length()).as("the dump is shown short").isLessThan(600);
        assertEveryFieldKept();

        server.stop();
        vm.create();

        assertThat(vm.errorTextBinding().get()).contains("nothing answers there");
        assertThat(vm.errorTipBinding().get()).contains("running");
        assertThat(vm.busyProperty().get()).isFalse();
        assertEveryFieldKept();
        assertThat(vm.canCreateBinding().get()).as("free to try again").isTrue();
        assertThat(created).isEmpty();
    }

    private void assertEveryFieldKept() {
        assertThat(vm.nameProperty().get()).isEqualTo("kept-bot");
        assertThat(vm.phoneProperty().get()).isEqualTo("+55 11 98765-4321");
        assertThat(vm.tokenProperty().get()).isEqualTo("kept-token-value");
        assertThat(vm.rejectCallProperty().get()).isTrue();
        assertThat(vm.callMessageProperty().get()).isEqualTo("kept message");
        assertThat(vm.alwaysOnlineProperty().get()).isTrue();
        assertThat(vm.qrNowProperty().get()).isFalse();
    }

    @Test
    void busyWhileTheServerWorks() {
        QueuedUiExecutor queued = new QueuedUiExecutor();
        vm = new CreateInstanceViewModel(() -> client, queued, created::add);
        vm.nameProperty().set("slow-one");
        vm.rejectCallProperty().set(true);

        vm.create();

        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.busyTextProperty().get()).isEqualTo("Creating… the server waits for the first QR code (up to 10 s).");
        assertThat(vm.canCreateBinding().get()).isFalse();
        assertThat(vm.createBlockedReasonBinding().get()).isEqualTo(vm.busyTextProperty().get());
        assertThat(vm.callMessageEnabledBinding().get()).isFalse();
        vm.create();
        assertThat(queued.pending).as("a second click sends nothing").hasSize(1);

        queued.runAll();

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(created).extracting(CreatedInstance::name).containsExactly("slow-one");

        vm.qrNowProperty().set(false);
        vm.nameProperty().set("quick-one");
        vm.create();
        assertThat(vm.busyTextProperty().get()).isEqualTo("Creating…");
        queued.runAll();
    }

    @Test
    void theBusinessApiNeedsANumberAndAToken() {
        vm.nameProperty().set("business-line");
        vm.integrationProperty().set(Integration.WHATSAPP_BUSINESS);
        assertThat(vm.integrationNoteBinding().get()).contains("access token");
        assertThat(vm.canCreateBinding().get()).isFalse();
        assertThat(vm.createBlockedReasonBinding().get()).contains("phone number").contains("token");

        vm.phoneProperty().set("5511987650009");
        vm.tokenProperty().set("EAAG-business-access-token");
        assertThat(vm.canCreateBinding().get()).isTrue();

        vm.integrationProperty().set(Integration.WHATSAPP_BAILEYS);
        assertThat(vm.integrationNoteBinding().get()).isNull();
    }
}
