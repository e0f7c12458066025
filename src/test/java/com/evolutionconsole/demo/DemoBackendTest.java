package com.evolutionconsole.demo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life of instances when WhatsApp is reachable: QRs, the limit, pairing, open, and every operation. */
class DemoBackendTest extends BackendTestSupport {

    @BeforeEach
    void reachableBackend() {
        startBackend(true, 30);
    }

    @Test
    void createWithoutQrcodeStaysClosedUntilConnect() {
        Map<String, Object> answer = create("shop1", false, "5511999990000");

        assertThat(inner(answer, "instance")).containsEntry("status", "close");
        assertThat(answer).doesNotContainKey("qrcode");
        clock.advance(Duration.ofMinutes(5));
        assertThat(liveState("shop1")).isEqualTo("close");
        assertThat(view("shop1").token()).matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
        assertThat(view("shop1").id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(view("shop1").number()).isEqualTo("5511999990000");
    }

    @Test
    void firstQrComesAfterTheDelayThenRotatesWithGrowingCountAndNewCodes() {
        Map<String, Object> answer = create("shop1", true, null);
        assertThat(inner(answer, "instance")).containsEntry("status", "connecting");
        assertThat(answer.get("qrcode")).isEqualTo(Map.of("count", 0));
        assertThat(backend.qrCode("shop1").orElseThrow()).isEqualTo(Map.of("count", 0));
        assertThat(view("shop1").connectionStatus()).isEqualTo("close");

        clock.advance(FIRST_QR.minusMillis(1));
        assertThat(view("shop1").qrCount()).isZero();
        clock.advance(Duration.ofMillis(1));
        Map<String, Object> first = backend.qrCode("shop1").orElseThrow();
        assertThat(first).containsOnlyKeys("pairingCode", "code", "base64", "count");
        assertThat(new ArrayList<>(first.keySet())).containsExactly("pairingCode", "code", "base64", "count");
        assertThat(first).containsEntry("count", 1).containsEntry("pairingCode", null);
        assertThat((String) first.get("code")).matches(
                "2@[A-Za-z0-9+/=]+,[A-Za-z0-9+/]{43}=,[A-Za-z0-9+/]{43}=,[A-Za-z0-9+/]{22}==");
        assertThat((String) first.get("base64")).startsWith("data:image/png;base64,iVBOR");
        assertThat(view("shop1").connectionStatus()).isEqualTo("connecting");

        Set<Object> codes = new HashSet<>(List.of(first.get("code")));
        for (int count = 2; count <= 4; count++) {
            clock.advance(ROTATION);
            Map<String, Object> qr = backend.qrCode("shop1").orElseThrow();
            assertThat(qr.get("count")).isEqualTo(count);
            codes.add(qr.get("code"));
        }
        assertThat(codes).hasSize(4);
        assertThat(liveState("shop1")).isEqualTo("connecting");
    }

    @Test
    void aClockJumpReplaysEveryRotation() {
        create("shop1", true, null);
        clock.advance(FIRST_QR.plus(ROTATION.multipliedBy(9)));

        assertThat(view("shop1").qrCount()).isEqualTo(10);
        assertThat(eventNames().stream().filter("qrcode.updated"::equals)).hasSize(10);
        List<Instant> times = events.stream().filter(e -> e.event().equals("qrcode.updated"))
                .map(DemoEvent::dateTime).toList();
        assertThat(times.get(9)).isEqualTo(times.get(0).plus(ROTATION.multipliedBy(9)));
    }

    @Test
    void theLimitRefusesThenClosesWithTheCountResetUntilConnectAgain() {
        startBackend(true, 3);
        create("shop1", true, null);
        clock.advance(FIRST_QR.plus(ROTATION.multipliedBy(2)));
        assertThat(view("shop1").qrCount()).isEqualTo(3);

        clock.advance(ROTATION);
        assertThat(liveState("shop1")).isEqualTo("refused");
        assertThat(view("shop1").qrCount()).isEqualTo(3);
        DemoEvent limit = events.stream().filter(e -> e.event().equals("qrcode.updated")).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(limit.data()).containsEntry("message", "QR code limit reached, please login again")
                .containsEntry("statusCode", 500);
        assertThat(events.get(events.size() - 1).data()).containsEntry("state", "refused")
                .containsEntry("statusReason", 428);

        clock.advance(REFUSED_HOLD);
        assertThat(liveState("shop1")).isEqualTo("close");
        assertThat(view("shop1").qrCount()).isZero();
        assertThat(view("shop1").connectionStatus()).isEqualTo("close");
        assertThat(backend.qrCode("shop1").orElseThrow()).isEqualTo(Map.of("count", 0));
        clock.advance(Duration.ofMinutes(10));
        assertThat(liveState("shop1")).isEqualTo("close");

        ConnectResult again = backend.connect("shop1", null);
        assertThat(again.started()).isTrue();
        clock.advance(FIRST_QR);
        assertThat(view("shop1").qrCount()).isEqualTo(1);
    }

    @Test
    void phoneScannedOpensTheInstanceAndQrsStop() {
        create("shop1", true, null);
        assertThatThrownBy(() -> backend.phoneScanned("shop1", null, null))
                .isInstanceOf(EvolutionError.class).hasMessageContaining("has no QR code to scan");

        openByScan("shop1");

        InstanceView open = view("shop1");
        assertThat(open.liveState()).isEqualTo("open");
        assertThat(open.connectionStatus()).isEqualTo("open");
        assertThat(open.ownerJid()).isEqualTo("5511999990000@s.whatsapp.net");
        assertThat(open.profileName()).isEqualTo("Shop One");
        int qrEvents = (int) eventNames().stream().filter("qrcode.updated"::equals).count();
        clock.advance(Duration.ofHours(2));
        assertThat(liveState("shop1")).isEqualTo("open");
        assertThat(eventNames().stream().filter("qrcode.updated"::equals)).hasSize(qrEvents);
        assertThat(backend.connect("shop1", null).body())
                .isEqualTo(Map.of("instance", Map.of("instanceName", "shop1", "state", "open")));
        assertThat(backend.fetchInstances("shop1", null, null, null).get(0))
                .containsEntry("connectionStatus", "open")
                .containsEntry("ownerJid", "5511999990000@s.whatsapp.net")
                .containsEntry("profileName", "Shop One");
    }

    @Test
    void phoneScannedDefaultsToTheStoredNumberAndANameFromTheInstanceName() {
        create("front-desk", true, "5511912345678");
        clock.advance(FIRST_QR);
        backend.phoneScanned("front-desk", null, null);

        assertThat(view("front-desk").ownerJid()).isEqualTo("5511912345678@s.whatsapp.net");
        assertThat(view("front-desk").profileName()).isEqualTo("Front Desk");
    }

    @Test
    void presenceWorksOnlyWhenOpen() {
        create("shop1", true, null);
        assertThatThrownBy(() -> backend.setPresence("shop1", "available"))
                .isInstanceOfSatisfying(EvolutionError.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.envelope().toString()).contains(
                            "TypeError: Cannot read properties of undefined (reading 'sendPresenceUpdate')");
                });

        openByScan("shop1");

        assertThat(backend.setPresence("shop1", "composing")).isEqualTo(Map.of("presence", "composing"));
    }

    @Test
    void restartAnswersDependOnTheState() {
        create("shop1", false, null);
        assertThat(backend.restart("shop1")).containsExactly(Map.entry("error", true),
                Map.entry("message", "[object Object]"));

        backend.connect("shop1", null);
        assertThat(backend.restart("shop1")).isEqualTo(Map.of("count", 0));
        clock.advance(FIRST_QR);
        assertThat(backend.restart("shop1")).containsEntry("count", 1).containsKey("code");

        backend.phoneScanned("shop1", null, null);
        events.clear();
        assertThat(backend.restart("shop1"))
                .isEqualTo(Map.of("instance", Map.of("instanceName", "shop1", "state", "open")));
        assertThat(liveState("shop1")).isEqualTo("open");
        assertThat(events).extracting(e -> e.data().get("state")).containsExactly("connecting", "open");
    }

    @Test
    void logoutClosesButKeepsTheInstanceAndResetsTheCount() {
        create("shop1", false, null);
        assertThatThrownBy(() -> backend.logout("shop1")).isInstanceOfSatisfying(EvolutionError.class,
                e -> assertThat(e.envelope().toString()).contains("The \"shop1\" instance is not connected"));

        backend.connect("shop1", null);
        clock.advance(FIRST_QR.plus(ROTATION));
        assertThat(view("shop1").qrCount()).isEqualTo(2);
        events.clear();

        assertThat(backend.logout("shop1")).isEqualTo(Map.of("status", "SUCCESS", "error", false,
                "response", Map.of("message", "Instance logged out")));

        assertThat(liveState("shop1")).isEqualTo("close");
        assertThat(view("shop1").qrCount()).isZero();
        assertThat(view("shop1").connectionStatus()).isEqualTo("close");
        assertThat(eventNames()).containsExactly("logout.instance", "connection.update");
        assertThat(events.get(1).data()).containsEntry("state", "close").containsEntry("statusReason", 401);
        assertThat(backend.fetchInstances(null, null, null, null).get(0))
                .containsEntry("disconnectionReasonCode", 401)
                .containsEntry("disconnectionAt", "2026-11-25T08:00:47.000Z");
    }

    @Test
    void deleteRemovesAtOnceAndLogsOutAConnectingInstance() {
        create("shop1", true, null);
        create("shop2", false, null);
        events.clear();

        assertThat(backend.delete("shop1")).isEqualTo(Map.of("status", "SUCCESS", "error", false,
                "response", Map.of("message", "Instance deleted")));

        assertThat(backend.exists("shop1")).isFalse();
        assertThat(backend.fetchInstances(null, null, null, null)).extracting(row -> row.get("name"))
                .containsExactly("shop2");
        assertThatThrownBy(() -> backend.connectionState("shop1")).isInstanceOfSatisfying(EvolutionError.class,
                e -> assertThat(e.status()).isEqualTo(404));
        assertThat(eventNames()).containsExactly("instance.delete", "remove.instance", "logout.instance",
                "connection.update");
        assertThat(events.get(1).data()).isNull();

        events.clear();
        backend.delete("shop2");
        assertThat(eventNames()).containsExactly("instance.delete", "remove.instance");
    }

    @Test
    void aNumberGivesEightCharacterPairingCodesThatChangeWithEachQr() {
        create("kiosk", true, "5511912345678");
        clock.advance(FIRST_QR);
        String first = view("kiosk").pairingCode();
        assertThat(first).matches("[A-Z0-9]{8}");
        assertThat(backend.qrCode("kiosk").orElseThrow()).containsEntry("pairingCode", first);
        DemoEvent qrEvent = events.stream().filter(e -> e.event().equals("qrcode.updated")).findFirst()
                .orElseThrow();
        assertThat(inner(qrEvent.data(), "qrcode")).containsEntry("pairingCode", first)
                .containsEntry("instance", "kiosk").containsKeys("code", "base64").doesNotContainKey("count");

        clock.advance(ROTATION);
        assertThat(view("kiosk").pairingCode()).matches("[A-Z0-9]{8}");
    }

    @Test
    void connectWithANumberWhileClosedAsksForPairing() {
        create("kiosk", false, null);
        backend.connect("kiosk", "5511912345678");
        clock.advance(FIRST_QR);
        assertThat(view("kiosk").pairingCode()).matches("[A-Z0-9]{8}");

        // While connecting, the number of a second connect is ignored, as on the real server.
        assertThat(backend.connect("kiosk", "").started()).isFalse();
    }

    @Test
    void fetchInstancesRowsHaveTheRecordedFieldsNewestFirstAndFilters() {
        create("older", false, null);
        clock.advance(Duration.ofSeconds(1));
        create("newer", false, "5511900000001");

        List<Map<String, Object>> rows = backend.fetchInstances(null, null, null, null);
        assertThat(rows).extracting(row -> row.get("name")).containsExactly("newer", "older");
        assertThat(new ArrayList<>(rows.get(0).keySet())).containsExactly("id", "name", "connectionStatus",
                "ownerJid", "profileName", "profilePicUrl", "integration", "number", "businessId", "token",
                "clientName", "disconnectionReasonCode", "disconnectionObject", "disconnectionAt", "createdAt",
                "updatedAt", "Chatwoot", "Proxy", "Rabbitmq", "Nats", "Sqs", "Websocket", "Setting", "_count");
        assertThat(new ArrayList<>(inner(rows.get(0), "Setting").keySet())).containsExactly("id", "rejectCall",
                "msgCall", "groupsIgnore", "alwaysOnline", "readMessages", "readStatus", "syncFullHistory",
                "wavoipToken", "createdAt", "updatedAt", "instanceId");
        assertThat(rows.get(0)).containsEntry("createdAt", "2026-11-25T08:00:01.000Z")
                .containsEntry("clientName", "evolution_exchange");

        String olderId = view("older").id();
        assertThat(backend.fetchInstances(null, olderId, null, null)).extracting(row -> row.get("name"))
                .containsExactly("older");
        assertThat(backend.fetchInstances(null, null, "5511900000001", null)).extracting(row -> row.get("name"))
                .containsExactly("newer");
        assertThatThrownBy(() -> backend.fetchInstances("ghost", null, null, null))
                .hasMessageContaining("Instance \"ghost\" not found");
        assertThatThrownBy(() -> backend.fetchInstances(null, null, "123", null))
                .hasMessageContaining("Instance \"123\" not found");
        String newerToken = view("newer").token();
        assertThat(backend.fetchInstances(null, null, null, newerToken)).extracting(row -> row.get("name"))
                .containsExactly("newer");
        assertThatThrownBy(() -> backend.fetchInstances("older", null, null, newerToken))
                .isInstanceOfSatisfying(EvolutionError.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void settingsAndWebsocketAreStoredAndFound() {
        create("shop1", false, null);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("rejectCall", true);
        settings.put("msgCall", "busy");
        assertThat(backend.setSettings("shop1", settings))
                .isEqualTo(Map.of("settings", Map.of("instanceName", "shop1", "settings", settings)));
        assertThat(backend.findSettings("shop1")).containsEntry("rejectCall", true).containsEntry("msgCall", "busy")
                .containsEntry("groupsIgnore", false).hasSize(8);

        assertThat(backend.findWebsocket("shop1")).isNull();
        Map<String, Object> row = backend.setWebsocket("shop1", Map.of("enabled", true, "events", List.of()));
        assertThat(new ArrayList<>(row.keySet())).containsExactly("id", "enabled", "events", "createdAt",
                "updatedAt", "instanceId");
        assertThat(row.get("events")).isEqualTo(DemoBackend.ALL_EVENTS);
        assertThat((String) row.get("id")).matches("c[0-9a-z]{24}");
        Map<String, Object> disabled = backend.setWebsocket("shop1", Map.of("enabled", false,
                "events", List.of("QRCODE_UPDATED")));
        assertThat(disabled).containsEntry("id", row.get("id")).containsEntry("enabled", false)
                .containsEntry("events", List.of());
        assertThat(backend.fetchInstances("shop1", null, null, null).get(0).get("Websocket")).isEqualTo(disabled);
    }

    @Test
    void listenersGetCreateConnectingQrAndOpenEventsInOrder() {
        create("shop1", true, null);
        openByScan("shop1");

        assertThat(eventNames()).containsExactly("instance.create", "connection.update", "qrcode.updated",
                "connection.update");
        DemoEvent created = events.get(0);
        assertThat(created.data()).containsEntry("instanceName", "shop1")
                .containsEntry("instanceId", view("shop1").id());
        assertThat(events.get(1).data()).containsExactly(Map.entry("instance", "shop1"),
                Map.entry("state", "connecting"), Map.entry("statusReason", 200));
        assertThat(events.get(3).data()).containsEntry("state", "open")
                .containsEntry("wuid", "5511999990000@s.whatsapp.net").containsEntry("profileName", "Shop One")
                .containsEntry("statusReason", 200);
        assertThat(events.get(3).sender()).isEqualTo("5511999990000@s.whatsapp.net");
        assertThat(events.get(0).apikey()).isEqualTo(view("shop1").token());

        Map<String, Object> envelope = events.get(1).envelope("http://127.0.0.1:8080");
        assertThat(new ArrayList<>(envelope.keySet())).containsExactly("event", "instance", "data", "server_url",
                "date_time", "apikey");
        assertThat(envelope).containsEntry("date_time", "2026-11-25T08:00:00.000Z");
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        List<DemoEvent> seen = new ArrayList<>();
        backend.addListener(event -> {
            throw new IllegalStateException("listener bug");
        });
        backend.addListener(seen::add);

        create("shop1", false, null);

        assertThat(seen).extracting(DemoEvent::event).containsExactly("instance.create");
    }

    @Test
    void samplesCoverTheStatesADemoNeeds() {
        backend.seedSamples();
        backend.seedSamples();

        assertThat(backend.instances()).extracting(InstanceView::name)
                .containsExactlyInAnyOrder("sales-team", "support-desk", "marketing-bot", "pairing-kiosk");
        assertThat(view("sales-team").liveState()).isEqualTo("open");
        assertThat(view("support-desk").qrCount()).isEqualTo(1);
        assertThat(view("marketing-bot").liveState()).isEqualTo("close");
        assertThat(view("pairing-kiosk").pairingCode()).matches("[A-Z0-9]{8}");
        assertThat(backend.fetchInstances("sales-team", null, null, null).get(0).get("_count"))
                .isEqualTo(Map.of("Message", 1284, "Contact", 312, "Chat", 97));
        assertThat(backend.websocketConfig("support-desk")).containsEntry("enabled", true);
    }
}
