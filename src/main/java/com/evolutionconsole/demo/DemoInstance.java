package com.evolutionconsole.demo;

import com.evolutionconsole.qr.QrCodeImages;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One instance: its database row (with the Setting and Websocket rows) and its WhatsApp session, whose
 * changes happen at computed instants so a moved clock replays them exactly. Not thread-safe: the backend
 * guards every instance with its own lock.
 */
final class DemoInstance {

    /** What the WhatsApp socket is doing; the live state shown on the wire is derived from it and the clock. */
    enum Session { NONE, CONNECTING, OPEN, REFUSED }

    static final String CONNECTING = "connecting";
    static final String OPEN = "open";
    static final String CLOSE = "close";
    static final String REFUSED = "refused";

    private static final int LOGGED_OUT = 401;
    private static final int CONNECTION_CLOSED = 428;
    private static final int NO_ERROR = 200;

    private final DemoServerConfig config;
    private final DemoIdentifiers ids;
    private final Consumer<DemoEvent> sink;
    /** Whether anyone listens to events: a QR image is costly, so an unheard qrcode.updated is not built. */
    private final BooleanSupplier observed;

    final String id;
    final String name;
    final String token;
    final String integration;
    final String number;
    final String businessId;
    final Instant createdAt;
    Instant updatedAt;
    /** The database copy of the state: written only when a QR arrives, on open and on a final close. */
    String connectionStatus;
    String ownerJid;
    String profileName;
    String profilePicUrl;
    Integer disconnectionReasonCode;
    String disconnectionObject;
    Instant disconnectionAt;
    int messageCount;
    int contactCount;
    int chatCount;

    private final Map<String, Object> settings;
    private final String settingId;
    private final Instant settingCreatedAt;
    private Instant settingUpdatedAt;

    private String websocketId;
    private boolean websocketEnabled;
    private List<String> websocketEvents;
    private Instant websocketCreatedAt;
    private Instant websocketUpdatedAt;

    private Session session = Session.NONE;
    private Instant sessionStart;
    /** The next instant at which the session changes by itself, or null. */
    private Instant nextChange;
    private String pairingNumber;
    private int qrCount;
    private String qrText;
    private String qrImage;
    private String pairingCode;

    DemoInstance(DemoServerConfig config, DemoIdentifiers ids, Consumer<DemoEvent> sink, BooleanSupplier observed,
                 String name, String token, String integration, String number, String businessId,
                 Map<String, Object> settings, Instant now) {
        this.config = config;
        this.ids = ids;
        this.sink = sink;
        this.observed = observed;
        this.id = ids.instanceId();
        this.name = name;
        this.token = token;
        this.integration = integration;
        this.number = number;
        this.businessId = businessId;
        this.createdAt = now;
        this.updatedAt = now;
        this.settings = new LinkedHashMap<>(settings);
        // Prisma writes the Setting row a few milliseconds after the instance row.
        this.settingCreatedAt = now.plusMillis(2);
        this.settingUpdatedAt = settingCreatedAt;
        this.settingId = ids.cuid(settingCreatedAt);
        this.connectionStatus = CLOSE;
    }

    // ---- state as seen from outside ----------------------------------------------------------------------

    /** The live state connectionState reports: in unreachable mode a running session flaps with the clock. */
    String liveState(Instant now) {
        switch (session) {
            case OPEN:
                return OPEN;
            case REFUSED:
                return REFUSED;
            case CONNECTING:
                if (config.whatsappReachable()) {
                    return CONNECTING;
                }
                long phase = Duration.between(sessionStart, now).toMillis() / config.flapPeriod().toMillis();
                return phase % 2 == 0 ? CONNECTING : CLOSE;
            default:
                return CLOSE;
        }
    }

    Session session() {
        return session;
    }

    boolean hasQr() {
        return qrText != null;
    }

    int qrCount() {
        return qrCount;
    }

    String qrText() {
        return qrText;
    }

    String pairingCode() {
        return pairingCode;
    }

    Instant nextChange() {
        return nextChange;
    }

    /** The QR object of connect: {@code {"count":0}} until a QR exists, then pairingCode, code, base64, count. */
    Map<String, Object> qrObject() {
        Map<String, Object> qr = new LinkedHashMap<>();
        if (qrText != null) {
            qr.put("pairingCode", pairingCode);
            qr.put("code", qrText);
            qr.put("base64", qrImage());
        }
        qr.put("count", qrCount);
        return qr;
    }

    /** A fetchInstances row, fields in the order of the recording. */
    Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("name", name);
        row.put("connectionStatus", connectionStatus);
        row.put("ownerJid", ownerJid);
        row.put("profileName", profileName);
        row.put("profilePicUrl", profilePicUrl);
        row.put("integration", integration);
        row.put("number", number);
        row.put("businessId", businessId);
        row.put("token", token);
        row.put("clientName", config.clientName());
        row.put("disconnectionReasonCode", disconnectionReasonCode);
        row.put("disconnectionObject", disconnectionObject);
        row.put("disconnectionAt", Timestamps.format(disconnectionAt));
        row.put("createdAt", Timestamps.format(createdAt));
        row.put("updatedAt", Timestamps.format(updatedAt));
        row.put("Chatwoot", null);
        row.put("Proxy", null);
        row.put("Rabbitmq", null);
        row.put("Nats", null);
        row.put("Sqs", null);
        row.put("Websocket", websocketRow());
        Map<String, Object> setting = new LinkedHashMap<>();
        setting.put("id", settingId);
        setting.putAll(settings);
        setting.put("createdAt", Timestamps.format(settingCreatedAt));
        setting.put("updatedAt", Timestamps.format(settingUpdatedAt));
        setting.put("instanceId", id);
        row.put("Setting", setting);
        Map<String, Object> count = new LinkedHashMap<>();
        count.put("Message", messageCount);
        count.put("Contact", contactCount);
        count.put("Chat", chatCount);
        row.put("_count", count);
        return row;
    }

    Map<String, Object> settings() {
        return new LinkedHashMap<>(settings);
    }

    /** Prisma's update: only the fields given change. */
    void updateSettings(Map<String, Object> values, Instant now) {
        values.forEach((key, value) -> {
            if (settings.containsKey(key) && value != null) {
                settings.put(key, value);
            }
        });
        settingUpdatedAt = now;
    }

    /** The stored Websocket row, or null when none was ever set. */
    Map<String, Object> websocketRow() {
        if (websocketId == null) {
            return null;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", websocketId);
        row.put("enabled", websocketEnabled);
        row.put("events", List.copyOf(websocketEvents));
        row.put("createdAt", Timestamps.format(websocketCreatedAt));
        row.put("updatedAt", Timestamps.format(websocketUpdatedAt));
        row.put("instanceId", id);
        return row;
    }

    /** An upsert: the row keeps its id and creation time. */
    void storeWebsocket(boolean enabled, List<String> events, Instant now) {
        if (websocketId == null) {
            websocketId = ids.cuid(now);
            websocketCreatedAt = now;
        }
        websocketEnabled = enabled;
        websocketEvents = List.copyOf(events);
        websocketUpdatedAt = now;
    }

    // ---- session life --------------------------------------------------------------------------------------

    /** Opens a WhatsApp socket; with a number the QRs carry pairing codes. */
    void startSession(Instant now, String numberForPairing) {
        session = Session.CONNECTING;
        sessionStart = now;
        pairingNumber = numberForPairing;
        emitState(CONNECTING, NO_ERROR, now);
        // Unreachable: the next change is the next connecting phase of the flap, one close phase later.
        nextChange = config.whatsappReachable()
                ? now.plus(config.firstQrDelay())
                : now.plus(config.flapPeriod().multipliedBy(2));
    }

    /** A session that is already open (non-Baileys channels, sample data). */
    void markOpen(Instant now) {
        session = Session.OPEN;
        connectionStatus = OPEN;
        updatedAt = now;
    }

    /** Processes the change due at {@link #nextChange()}, which must not be null. */
    void changeOnSchedule() {
        Instant at = nextChange;
        if (session == Session.REFUSED) {
            finalClose(at);
        } else if (!config.whatsappReachable()) {
            emitState(CONNECTING, NO_ERROR, at);
            nextChange = at.plus(config.flapPeriod().multipliedBy(2));
        } else if (qrCount >= config.qrLimit()) {
            refuse(at);
        } else {
            issueQr(at);
        }
    }

    /** The phone scanned the QR: the session opens and stays open. */
    void open(Instant now, String phoneNumber, String name) {
        session = Session.OPEN;
        nextChange = null;
        resetQr();
        ownerJid = phoneNumber + "@s.whatsapp.net";
        profileName = name;
        connectionStatus = OPEN;
        updatedAt = now;
        emitOpen(now);
    }

    /** The socket drops and reconnects at once, so the instance is open again. */
    void reconnectOpen(Instant now) {
        emitState(CONNECTING, NO_ERROR, now);
        emitOpen(now);
    }

    /** What the logout endpoint does: {@code logout.instance}, then the final close. */
    void logout(Instant now) {
        emit("logout.instance", null, now);
        finalClose(now);
    }

    private void issueQr(Instant at) {
        qrCount++;
        qrText = ids.qrText();
        qrImage = null; // drawn when first served: thousands of instances rotate codes nobody looks at
        pairingCode = pairingNumber == null ? null : ids.pairingCode();
        connectionStatus = CONNECTING;
        updatedAt = at;
        nextChange = at.plus(config.qrRotation());
        if (observed.getAsBoolean()) {
            Map<String, Object> qrcode = new LinkedHashMap<>();
            qrcode.put("instance", name);
            qrcode.put("pairingCode", pairingCode);
            qrcode.put("code", qrText);
            qrcode.put("base64", qrImage());
            emit("qrcode.updated", Map.of("qrcode", qrcode), at);
        }
    }

    private void refuse(Instant at) {
        session = Session.REFUSED;
        Map<String, Object> limit = new LinkedHashMap<>();
        limit.put("message", "QR code limit reached, please login again");
        limit.put("statusCode", 500);
        emit("qrcode.updated", limit, at);
        emitState(REFUSED, CONNECTION_CLOSED, at);
        nextChange = at.plus(config.refusedHold());
    }

    /** A close that does not reconnect: the database copy becomes close and the QR count starts over. */
    private void finalClose(Instant at) {
        session = Session.NONE;
        nextChange = null;
        pairingNumber = null;
        resetQr();
        connectionStatus = CLOSE;
        disconnectionReasonCode = LOGGED_OUT;
        disconnectionAt = at;
        // Baileys' lastDisconnect, stored as a JSON string like the real server does.
        disconnectionObject = "{\"error\":{\"data\":null,\"isBoom\":true,\"isServer\":false,\"output\":{\"statusCode\":401,"
                + "\"payload\":{\"statusCode\":401,\"error\":\"Unauthorized\",\"message\":\"Intentional Logout\"},"
                + "\"headers\":{}}},\"date\":\"" + Timestamps.format(at) + "\"}";
        updatedAt = at;
        emitState(CLOSE, LOGGED_OUT, at);
    }

    private void resetQr() {
        qrCount = 0;
        qrText = null;
        qrImage = null;
        pairingCode = null;
    }

    private void emitState(String state, int reason, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("instance", name);
        data.put("state", state);
        data.put("statusReason", reason);
        emit("connection.update", data, at);
    }

    private void emitOpen(Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("instance", name);
        data.put("wuid", ownerJid);
        data.put("profileName", profileName);
        data.put("profilePictureUrl", profilePicUrl);
        data.put("state", OPEN);
        data.put("statusReason", NO_ERROR);
        emit("connection.update", data, at);
    }

    private String qrImage() {
        if (qrImage == null && qrText != null) {
            qrImage = QrCodeImages.dataUrl(qrText);
        }
        return qrImage;
    }

    void emit(String event, Map<String, Object> data, Instant at) {
        sink.accept(new DemoEvent(event, name, data, at, token, ownerJid));
    }
}
