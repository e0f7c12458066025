package com.evolutionconsole.service.live;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.QrCode;
import java.util.Map;

/**
 * One server event (CONTRACT §5.2), read into what the console acts on: the instance, its new state and reason
 * code ({@code connection.update}), or a new QR code ({@code qrcode.updated}, which has no count). Fields that do
 * not apply are null.
 */
public record LiveEvent(String event, String instance, ConnectionState state, Integer statusReason, QrCode qrCode,
                        String dateTime) {

    public static final String QRCODE_UPDATED = "qrcode.updated";
    public static final String CONNECTION_UPDATE = "connection.update";
    public static final String LOGOUT_INSTANCE = "logout.instance";
    public static final String REMOVE_INSTANCE = "remove.instance";
    public static final String INSTANCE_CREATE = "instance.create";
    public static final String INSTANCE_DELETE = "instance.delete";

    /** Reads an envelope {@code {event, instance, data, date_time, …}}; null when it is not one. */
    static LiveEvent fromEnvelope(Map<?, ?> envelope) {
        if (!(envelope.get("event") instanceof String event) || !(envelope.get("instance") instanceof String instance)) {
            return null;
        }
        Object data = envelope.get("data");
        ConnectionState state = null;
        Integer reason = null;
        QrCode qr = null;
        if (data instanceof Map<?, ?> map) {
            if (map.get("state") instanceof String s) {
                state = ConnectionState.of(s);
            }
            if (map.get("statusReason") instanceof Number n) {
                reason = n.intValue();
            }
            if (map.get("qrcode") instanceof Map<?, ?> q) {
                qr = new QrCode(text(q.get("code")), null, text(q.get("pairingCode")), 0);
            }
        }
        return new LiveEvent(event, instance, state, reason, qr, text(envelope.get("date_time")));
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    /** The QR limit was reached: {@code qrcode.updated} with a message instead of a code. */
    public boolean qrLimitReached() {
        return QRCODE_UPDATED.equals(event) && qrCode == null;
    }
}
