package com.evolutionconsole.demo;

import java.util.Map;

/**
 * An instance just created, whose create answer is taken later: with {@code qrcode:true} the real server waits
 * for the first QR before it answers.
 */
public final class PendingCreation {

    final DemoInstance instance;
    final Map<String, Object> answerWithoutState;
    private final boolean waitsForQr;

    PendingCreation(DemoInstance instance, Map<String, Object> answerWithoutState, boolean waitsForQr) {
        this.instance = instance;
        this.answerWithoutState = answerWithoutState;
        this.waitsForQr = waitsForQr;
    }

    /** True when create started a connection, so the answer should wait for the first QR. */
    public boolean waitsForQr() {
        return waitsForQr;
    }
}
