package com.evolutionconsole.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The instances of the embedded server and their lives, without HTTP. Thread-safe. Time only comes from the
 * configured clock and is computed lazily: every operation first runs {@link #advance()}, which performs each
 * change that fell due since the last call, so a test moves its clock instead of sleeping.
 */
public final class DemoBackend {

    /** Everything {@code /websocket/set} stores for {@code events: []}. */
    static final List<String> ALL_EVENTS = List.of("APPLICATION_STARTUP", "QRCODE_UPDATED", "MESSAGES_SET",
            "MESSAGES_UPSERT", "MESSAGES_EDITED", "MESSAGES_UPDATE", "MESSAGES_DELETE", "SEND_MESSAGE", "CONTACTS_SET",
            "CONTACTS_UPSERT", "CONTACTS_UPDATE", "PRESENCE_UPDATE", "CHATS_SET", "CHATS_UPSERT", "CHATS_UPDATE",
            "CHATS_DELETE", "GROUPS_UPSERT", "GROUP_UPDATE", "GROUP_PARTICIPANTS_UPDATE", "CONNECTION_UPDATE",
            "LABELS_EDIT", "LABELS_ASSOCIATION", "CALL", "TYPEBOT_START", "TYPEBOT_CHANGE_STATUS", "REMOVE_INSTANCE",
            "LOGOUT_INSTANCE", "INSTANCE_CREATE", "INSTANCE_DELETE", "STATUS_INSTANCE");

    static final String BAILEYS = "WHATSAPP-BAILEYS";
    static final String BUSINESS = "WHATSAPP-BUSINESS";
    private static final Set<String> INTEGRATIONS = Set.of(BAILEYS, BUSINESS, "EVOLUTION");
    private static final List<String> SETTING_NAMES = List.of("rejectCall", "msgCall", "groupsIgnore",
            "alwaysOnline", "readMessages", "readStatus", "syncFullHistory", "wavoipToken");
    private static final Logger LOG = LoggerFactory.getLogger(DemoBackend.class);

    private final DemoServerConfig config;
    private final DemoIdentifiers ids = new DemoIdentifiers();
    private final Object lock = new Object();
    /** Keyed by name, in creation order. */
    private final Map<String, DemoInstance> instances = new LinkedHashMap<>();
    /** Events raised under the lock, delivered after it is released so listeners may call back. */
    private final Queue<DemoEvent> undelivered = new ArrayDeque<>();
    private final Object deliveryLock = new Object();
    private final List<DemoEventListener> listeners = new CopyOnWriteArrayList<>();

    public DemoBackend(DemoServerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public DemoServerConfig config() {
        return config;
    }

    public void addListener(DemoEventListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(DemoEventListener listener) {
        listeners.remove(listener);
    }

    /** Performs, in time order, every change due up to the clock's current instant, and emits its events. */
    public void advance() {
        locked(now -> null);
    }

    // ---- lookups ---------------------------------------------------------------------------------------------

    public boolean exists(String name) {
        return locked(now -> instances.containsKey(name));
    }

    public int instanceCount() {
        return locked(now -> instances.size());
    }

    /** True when {@code key} is the token of instance {@code name}. */
    public boolean isTokenOf(String name, String key) {
        return locked(now -> {
            DemoInstance instance = instances.get(name);
            return instance != null && instance.token.equals(key);
        });
    }

    /** True when some instance has this token. */
    public boolean isInstanceToken(String key) {
        return locked(now -> instances.values().stream().anyMatch(instance -> instance.token.equals(key)));
    }

    public Optional<InstanceView> instance(String name) {
        return locked(now -> Optional.ofNullable(instances.get(name)).map(instance -> view(instance, now)));
    }

    /** Every instance, in creation order. */
    public List<InstanceView> instances() {
        return locked(now -> instances.values().stream().map(instance -> view(instance, now)).toList());
    }

    /** The stored Websocket row of an instance (for event sinks), or null. */
    public Map<String, Object> websocketConfig(String name) {
        return locked(now -> Optional.ofNullable(instances.get(name)).map(DemoInstance::websocketRow).orElse(null));
    }

    // ---- create ----------------------------------------------------------------------------------------------

    /**
     * {@code POST /instance/create} after the guards and the schema: the controller, in the real order, so that
     * failures after the instance was saved (websocket without events, BUSINESS without number, a proxy) keep it.
     */
    public PendingCreation create(Map<String, Object> body) {
        return locked(now -> {
            String integration = text(body, "integration");
            if (BUSINESS.equals(integration) && isBlank(text(body, "token"))) {
                throw EvolutionError.badRequest("token is required");
            }
            if (integration == null || !INTEGRATIONS.contains(integration)) {
                throw EvolutionError.badRequest("Invalid integration");
            }
            String name = text(body, "instanceName");
            if (name == null) {
                throw EvolutionError.badRequest("\nInvalid `this.prismaRepository.instance.create()` invocation in\n"
                        + "/evolution/dist/main.js:1:1\n\nArgument `name` is missing.");
            }
            String token = isBlank(text(body, "token")) ? ids.token() : text(body, "token");
            String number = emptyToNull(text(body, "number"));
            DemoInstance instance = new DemoInstance(config, ids, undelivered::add, () -> observed(name), name, token, integration,
                    number, emptyToNull(text(body, "businessId")), creationSettings(body), now);
            instances.put(name, instance);
            if (body.get("websocket") instanceof Map<?, ?> websocket) {
                // The create path always stores enabled:true, whatever was sent.
                Object events = websocket.get("events");
                if (events == null) {
                    throw EvolutionError.badRequest("Cannot read properties of undefined (reading 'length')");
                }
                instance.storeWebsocket(true, eventsToStore(true, events), now);
            }
            instance.emit("instance.create", instanceIdentity(instance), now);
            if (!isBlank(text(body, "proxyHost")) && !isBlank(text(body, "proxyPort"))
                    && !isBlank(text(body, "proxyProtocol"))) {
                // The real server tests the proxy by fetching through it; a loopback demo has nowhere to go.
                throw EvolutionError.badRequest("Invalid proxy");
            }
            if (BUSINESS.equals(integration) && number == null) {
                throw EvolutionError.badRequest("number is required");
            }
            boolean baileys = BAILEYS.equals(integration);
            if (!baileys) {
                instance.markOpen(now);
            }
            boolean startsConnection = baileys && Boolean.TRUE.equals(body.get("qrcode"));
            if (startsConnection) {
                instance.startSession(now, number);
            }
            return new PendingCreation(instance, creationAnswer(body, instance, startsConnection), startsConnection);
        });
    }

    /** The 201 body of create, with the live state and QR as of now (the real server answers after its wait). */
    public Map<String, Object> answerCreation(PendingCreation creation, String serverUrl) {
        return locked(now -> {
            Map<String, Object> answer = new LinkedHashMap<>(creation.answerWithoutState);
            @SuppressWarnings("unchecked")
            Map<String, Object> head = new LinkedHashMap<>((Map<String, Object>) answer.get("instance"));
            if (BUSINESS.equals(creation.instance.integration)) {
                head.put("webhookWaBusiness", serverUrl + "/webhook/meta");
                head.put("accessTokenWaBusiness", "evolution");
            }
            head.put("status", creation.instance.liveState(now));
            answer.put("instance", head);
            if (creation.waitsForQr()) {
                answer.put("qrcode", creation.instance.qrObject());
            }
            return answer;
        });
    }

    private Map<String, Object> creationAnswer(Map<String, Object> body, DemoInstance instance, boolean withQr) {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("instanceName", instance.name);
        head.put("instanceId", instance.id);
        head.put("integration", instance.integration);
        head.put("webhookWaBusiness", null);
        head.put("accessTokenWaBusiness", "");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("instance", head);
        answer.put("hash", instance.token);
        Map<String, Object> webhook = new LinkedHashMap<>();
        Map<?, ?> sentWebhook = body.get("webhook") instanceof Map<?, ?> map ? map : Map.of();
        putIfPresent(webhook, "webhookUrl", sentWebhook.get("url"));
        putIfPresent(webhook, "webhookHeaders", sentWebhook.get("headers"));
        putIfPresent(webhook, "webhookByEvents", sentWebhook.get("byEvents"));
        putIfPresent(webhook, "webhookBase64", sentWebhook.get("base64"));
        answer.put("webhook", webhook);
        for (String sink : List.of("websocket", "rabbitmq", "nats", "sqs")) {
            Map<String, Object> echo = new LinkedHashMap<>();
            if (body.get(sink) instanceof Map<?, ?> sent) {
                putIfPresent(echo, "enabled", sent.get("enabled"));
            }
            answer.put(sink, echo);
        }
        answer.put("settings", instance.settings());
        if (withQr) {
            answer.put("qrcode", Map.of("count", 0));
        }
        return answer;
    }

    private static Map<String, Object> creationSettings(Map<String, Object> body) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String setting : SETTING_NAMES) {
            boolean isText = setting.equals("msgCall") || setting.equals("wavoipToken");
            Object sent = body.get(setting);
            settings.put(setting, isText ? (sent instanceof String s ? s : "") : Boolean.TRUE.equals(sent));
        }
        return settings;
    }

    // ---- instance routes -------------------------------------------------------------------------------------

    /** {@code GET /instance/connect/{name}?number=}: what happens depends on the live state. */
    public ConnectResult connect(String name, String number) {
        return locked(now -> {
            DemoInstance instance = require(name);
            String state = instance.liveState(now);
            switch (state) {
                case DemoInstance.OPEN:
                    return new ConnectResult(stateAnswer(name, DemoInstance.OPEN), false);
                case DemoInstance.CONNECTING:
                    return new ConnectResult(instance.qrObject(), false);
                case DemoInstance.CLOSE:
                    instance.startSession(now, emptyToNull(number));
                    return new ConnectResult(instance.qrObject(), true);
                default:
                    Map<String, Object> head = new LinkedHashMap<>();
                    head.put("instanceName", name);
                    head.put("status", state);
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("instance", head);
                    answer.put("qrcode", instance.qrObject());
                    return new ConnectResult(answer, false);
            }
        });
    }

    /** The current QR object, or empty once the instance is gone. */
    public Optional<Map<String, Object>> qrCode(String name) {
        return locked(now -> Optional.ofNullable(instances.get(name)).map(DemoInstance::qrObject));
    }

    public Map<String, Object> connectionState(String name) {
        return locked(now -> stateAnswer(name, require(name).liveState(now)));
    }

    /**
     * {@code POST /instance/restart/{name}}. Returns null in the brief {@code refused} state, where the real
     * controller falls through and answers an empty body.
     */
    public Map<String, Object> restart(String name) {
        return locked(now -> {
            DemoInstance instance = require(name);
            switch (instance.liveState(now)) {
                case DemoInstance.CLOSE:
                    // The real controller throws a non-Error object and answers its toString with HTTP 200.
                    Map<String, Object> failure = new LinkedHashMap<>();
                    failure.put("error", true);
                    failure.put("message", "[object Object]");
                    return failure;
                case DemoInstance.OPEN:
                    instance.reconnectOpen(now);
                    return stateAnswer(name, DemoInstance.OPEN);
                case DemoInstance.CONNECTING:
                    return instance.qrObject();
                default:
                    return null;
            }
        });
    }

    public Map<String, Object> setPresence(String name, String presence) {
        return locked(now -> {
            if (!DemoInstance.OPEN.equals(require(name).liveState(now))) {
                throw EvolutionError.badRequest(
                        "TypeError: Cannot read properties of undefined (reading 'sendPresenceUpdate')");
            }
            return Map.of("presence", presence);
        });
    }

    public Map<String, Object> logout(String name) {
        return locked(now -> {
            DemoInstance instance = require(name);
            if (DemoInstance.CLOSE.equals(instance.liveState(now))) {
                throw EvolutionError.badRequest("The \"" + name + "\" instance is not connected");
            }
            instance.logout(now);
            return success("Instance logged out");
        });
    }

    /** Removes the instance at once; an open or connecting one is logged out first (its events follow). */
    public Map<String, Object> delete(String name) {
        return locked(now -> {
            DemoInstance instance = require(name);
            String state = instance.liveState(now);
            instances.remove(name);
            instance.emit("instance.delete", instanceIdentity(instance), now);
            instance.emit("remove.instance", null, now);
            if (DemoInstance.OPEN.equals(state) || DemoInstance.CONNECTING.equals(state)) {
                instance.logout(now);
            }
            return success("Instance deleted");
        });
    }

    /**
     * The demo's stand-in for a phone scanning the QR: a connecting instance that shows a QR opens as
     * {@code number@s.whatsapp.net}. Null arguments take defaults (the instance's number, a name from its name).
     */
    public Map<String, Object> phoneScanned(String name, String profileName, String number) {
        return locked(now -> {
            DemoInstance instance = require(name);
            if (instance.session() != DemoInstance.Session.CONNECTING || !instance.hasQr()) {
                throw EvolutionError.badRequest("The \"" + name + "\" instance has no QR code to scan (state: "
                        + instance.liveState(now) + "); call /instance/connect/" + name + " and wait for a QR first");
            }
            String phone = number != null ? number : instance.number != null ? instance.number : demoNumber(name);
            instance.open(now, phone, profileName != null ? profileName : titleCase(name));
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("instanceName", name);
            head.put("state", DemoInstance.OPEN);
            head.put("ownerJid", instance.ownerJid);
            head.put("profileName", instance.profileName);
            return Map.of("instance", head);
        });
    }

    /**
     * {@code GET /instance/fetchInstances}: database rows, newest first. With an instance token
     * ({@code instanceToken} not null) only that token's instance, and filters that miss it give 401.
     */
    public List<Map<String, Object>> fetchInstances(String instanceName, String instanceId, String number,
                                                    String instanceToken) {
        return locked(now -> {
            if (instanceToken != null) {
                DemoInstance own = instances.values().stream()
                        .filter(instance -> instance.token.equals(instanceToken))
                        .filter(instance -> isBlank(instanceName) || instance.name.equals(instanceName))
                        .filter(instance -> isBlank(instanceId) || instance.id.equals(instanceId))
                        .findFirst().orElseThrow(EvolutionError::unauthorized);
                return List.of(own.row());
            }
            if (!isBlank(instanceName)) {
                DemoInstance instance = instances.get(instanceName);
                if (instance == null) {
                    throw EvolutionError.notFound("Instance \"" + instanceName + "\" not found");
                }
                return List.of(instance.row());
            }
            if (!isBlank(instanceId) || !isBlank(number)) {
                boolean byId = !isBlank(instanceId);
                return List.of(instances.values().stream()
                        .filter(instance -> byId ? instance.id.equals(instanceId) : number.equals(instance.number))
                        .findFirst()
                        .orElseThrow(() -> EvolutionError.notFound(
                                "Instance \"" + (byId ? instanceId : number) + "\" not found"))
                        .row());
            }
            List<DemoInstance> newestFirst = new ArrayList<>(instances.values());
            Collections.reverse(newestFirst);
            newestFirst.sort(Comparator.comparing((DemoInstance instance) -> instance.createdAt).reversed());
            return newestFirst.stream().map(DemoInstance::row).toList();
        });
    }

    /** {@code POST /settings/set/{name}} after the schema: answers {@code {"settings":{instanceName,settings}}}. */
    public Map<String, Object> setSettings(String name, Map<String, Object> values) {
        return locked(now -> {
            require(name).updateSettings(values, now);
            Map<String, Object> inner = new LinkedHashMap<>();
            inner.put("instanceName", name);
            inner.put("settings", values);
            return Map.of("settings", inner);
        });
    }

    public Map<String, Object> findSettings(String name) {
        return locked(now -> require(name).settings());
    }

    /** {@code POST /websocket/set/{name}}: {@code enabled:false} stores no events, {@code events:[]} stores all. */
    public Map<String, Object> setWebsocket(String name, Object websocket) {
        return locked(now -> {
            DemoInstance instance = require(name);
            if (!(websocket instanceof Map<?, ?> sent)) {
                throw EvolutionError.uncaught("Cannot set properties of undefined (setting 'events')");
            }
            boolean enabled = Boolean.TRUE.equals(sent.get("enabled"));
            if (enabled && sent.get("events") == null) {
                throw EvolutionError.uncaught("Cannot read properties of undefined (reading 'length')");
            }
            instance.storeWebsocket(enabled, eventsToStore(enabled, sent.get("events")), now);
            return instance.websocketRow();
        });
    }

    /** The stored Websocket row, or null (written as JSON {@code null}). */
    public Map<String, Object> findWebsocket(String name) {
        return locked(now -> require(name).websocketRow());
    }

    // ---- sample data -----------------------------------------------------------------------------------------

    /**
     * Adds sample instances in different states, for the demo: an open one with history, one connecting with a
     * live QR (and a websocket sink), one closed after a logout, one pairing by number. Existing names are kept.
     */
    public void seedSamples() {
        locked(now -> {
            seed("sales-team", "5511987650001", now.minus(Duration.ofDays(3)), instance -> {
                instance.ownerJid = "5511987650001@s.whatsapp.net";
                instance.profileName = "Sales Team";
                instance.messageCount = 1284;
                instance.contactCount = 312;
                instance.chatCount = 97;
                instance.markOpen(now.minus(Duration.ofHours(20)));
            });
            seed("support-desk", null, now.minus(Duration.ofDays(1)), instance -> {
                instance.storeWebsocket(true, List.of("QRCODE_UPDATED", "CONNECTION_UPDATE"), instance.createdAt);
                // Started just long enough ago for its first QR to be due now.
                instance.startSession(now.minus(config.firstQrDelay()), null);
            });
            seed("marketing-bot", "5511987650003", now.minus(Duration.ofHours(6)), instance -> {
                instance.ownerJid = "5511987650003@s.whatsapp.net";
                instance.profileName = "Marketing Bot";
                instance.messageCount = 86;
                instance.contactCount = 41;
                instance.chatCount = 12;
                instance.markOpen(instance.createdAt);
                instance.logout(now.minus(Duration.ofHours(2)));
            });
            seed("pairing-kiosk", "5511912345678", now.minus(Duration.ofMinutes(10)),
                    instance -> instance.startSession(now.minus(config.firstQrDelay()), "5511912345678"));
            advanceTo(now);
            return null;
        });
    }

    private void seed(String name, String number, Instant createdAt, Consumer<DemoInstance> life) {
        if (instances.containsKey(name)) {
            return;
        }
        Map<String, Object> settings = creationSettings(Map.of());
        DemoInstance instance = new DemoInstance(config, ids, undelivered::add, () -> observed(name), name, ids.token(), BAILEYS, number,
                null, settings, createdAt);
        instances.put(name, instance);
        life.accept(instance);
    }

    // ---- machinery -------------------------------------------------------------------------------------------

    /** Runs {@code operation} under the lock after advancing time, then delivers the events it raised. */
    private <T> T locked(Function<Instant, T> operation) {
        try {
            synchronized (lock) {
                Instant now = config.clock().instant();
                advanceTo(now);
                return operation.apply(now);
            }
        } finally {
            deliver();
        }
    }

    /** Earliest change first across all instances, so events come out in clock order. */
    /**
     * Brings every instance up to {@code now}. Instances are independent, so each catches up on its own (in its own
     * time order) in one pass: linear in the number of instances, which matters with thousands of them.
     */
    private void advanceTo(Instant now) {
        for (DemoInstance instance : instances.values()) {
            Instant change;
            while ((change = instance.nextChange()) != null && !change.isAfter(now)) {
                instance.changeOnSchedule();
            }
        }
    }

    /** Called under the lock, while an instance changes. */
    private boolean observed(String instance) {
        if (listeners.isEmpty()) {
            return false;
        }
        DemoInstance subject = instances.get(instance);
        Map<String, Object> websocket = subject == null ? null : subject.websocketRow();
        boolean configured = websocket != null && Boolean.TRUE.equals(websocket.get("enabled"));
        for (DemoEventListener listener : listeners) {
            if (listener.wants(instance, configured)) {
                return true;
            }
        }
        return false;
    }

    private void deliver() {
        synchronized (deliveryLock) {
            while (true) {
                DemoEvent event;
                synchronized (lock) {
                    event = undelivered.poll();
                }
                if (event == null) {
                    return;
                }
                for (DemoEventListener listener : listeners) {
                    try {
                        listener.onEvent(event);
                    } catch (RuntimeException e) {
                        LOG.warn("event listener failed on {} of {}", event.event(), event.instance(), e);
                    }
                }
            }
        }
    }

    private DemoInstance require(String name) {
        DemoInstance instance = instances.get(name);
        if (instance == null) {
            throw EvolutionError.notFound("The \"" + name + "\" instance does not exist");
        }
        return instance;
    }

    private static InstanceView view(DemoInstance instance, Instant now) {
        return new InstanceView(instance.id, instance.name, instance.token, instance.integration, instance.number,
                instance.liveState(now), instance.connectionStatus,
                instance.session() != DemoInstance.Session.NONE && instance.session() != DemoInstance.Session.OPEN,
                instance.qrCount(), instance.qrText(), instance.pairingCode(), instance.ownerJid,
                instance.profileName);
    }

    private static List<String> eventsToStore(boolean enabled, Object events) {
        if (!enabled) {
            return List.of();
        }
        List<String> chosen = events instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
        return chosen.isEmpty() ? ALL_EVENTS : chosen;
    }

    private static Map<String, Object> stateAnswer(String name, String state) {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("instanceName", name);
        head.put("state", state);
        return Map.of("instance", head);
    }

    private static Map<String, Object> success(String message) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "SUCCESS");
        answer.put("error", false);
        answer.put("response", Map.of("message", message));
        return answer;
    }

    private static Map<String, Object> instanceIdentity(DemoInstance instance) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("instanceName", instance.name);
        data.put("instanceId", instance.id);
        return data;
    }

    /** A stable made-up Brazilian mobile number for an instance opened without one. */
    private static String demoNumber(String name) {
        return "55119" + String.format("%08d", Math.floorMod(name.hashCode(), 100_000_000));
    }

    private static String titleCase(String name) {
        StringBuilder title = new StringBuilder();
        for (String word : name.split("[-_ ]+")) {
            if (!word.isEmpty()) {
                title.append(title.length() == 0 ? "" : " ")
                        .append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return title.length() == 0 ? "Demo Phone" : title.toString();
    }

    private static String text(Map<String, Object> body, String key) {
        return body.get(key) instanceof String value ? value : null;
    }

    private static void putIfPresent(Map<String, Object> target, String key, Object value) {
        if (value != null) {
            target.put(key, value);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isEmpty();
    }

    private static String emptyToNull(String value) {
        return isBlank(value) ? null : value;
    }
}
