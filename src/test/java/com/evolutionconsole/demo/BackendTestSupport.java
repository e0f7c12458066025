package com.evolutionconsole.demo;

import com.evolutionconsole.testing.MutableClock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A backend on a hand-moved clock with its events recorded, and shortcuts to drive it. */
abstract class BackendTestSupport {

    static final Duration FIRST_QR = Duration.ofSeconds(2);
    static final Duration ROTATION = Duration.ofSeconds(45);
    static final Duration REFUSED_HOLD = Duration.ofSeconds(3);
    static final Duration FLAP = Duration.ofSeconds(5);

    final MutableClock clock = MutableClock.at("2026-11-25T08:00:00Z");
    final List<DemoEvent> events = new CopyOnWriteArrayList<>();
    DemoBackend backend;

    void startBackend(boolean reachable, int qrLimit) {
        backend = new DemoBackend(DemoServerConfig.builder("global-key").clock(clock).noDelays()
                .firstQrDelay(FIRST_QR).qrRotation(ROTATION).qrLimit(qrLimit).refusedHold(REFUSED_HOLD)
                .flapPeriod(FLAP).whatsappReachable(reachable).build());
        backend.addListener(events::add);
    }

    Map<String, Object> create(String name, boolean qrcode, String number) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("instanceName", name);
        body.put("qrcode", qrcode);
        body.put("integration", "WHATSAPP-BAILEYS");
        if (number != null) {
            body.put("number", number);
        }
        return backend.answerCreation(backend.create(body), "http://127.0.0.1:1");
    }

    InstanceView view(String name) {
        return backend.instance(name).orElseThrow();
    }

    String liveState(String name) {
        return view(name).liveState();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> inner(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }

    List<String> eventNames() {
        return events.stream().map(DemoEvent::event).toList();
    }

    void openByScan(String name) {
        clock.advance(FIRST_QR);
        backend.phoneScanned(name, "Shop One", "5511999990000");
    }
}
