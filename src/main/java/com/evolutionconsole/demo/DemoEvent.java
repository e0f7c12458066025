package com.evolutionconsole.demo;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event of one instance, as the real server emits it.
 *
 * @param event    wire name: {@code qrcode.updated}, {@code connection.update}, {@code logout.instance},
 *                 {@code remove.instance}, {@code instance.create}, {@code instance.delete}
 * @param instance instance name
 * @param data     the event's data object, or null where the real server sends null
 * @param dateTime when it happened on the server clock
 * @param apikey   the instance token, which the real server puts in the envelope
 * @param sender   the owner JID, or null before the instance was ever paired
 */
public record DemoEvent(String event, String instance, Map<String, Object> data, Instant dateTime, String apikey,
                        String sender) {

    /** The envelope of CONTRACT §5.2: {@code {event,instance,data,server_url,date_time,sender?,apikey}}. */
    public Map<String, Object> envelope(String serverUrl) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("event", event);
        envelope.put("instance", instance);
        envelope.put("data", data);
        envelope.put("server_url", serverUrl);
        envelope.put("date_time", Timestamps.format(dateTime));
        if (sender != null) {
            envelope.put("sender", sender);
        }
        envelope.put("apikey", apikey);
        return envelope;
    }
}
