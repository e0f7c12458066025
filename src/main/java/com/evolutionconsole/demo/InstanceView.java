package com.evolutionconsole.demo;

/**
 * A read-only snapshot of one instance, for tests and the demo UI.
 *
 * @param liveState        what connectionState reports now: open, connecting, close or refused
 * @param connectionStatus the database copy fetchInstances shows
 * @param sessionActive    a WhatsApp socket is running (in unreachable mode its live state flaps)
 * @param qrCode           the current QR text, or null
 * @param pairingCode      the current pairing code, or null
 */
public record InstanceView(String id, String name, String token, String integration, String number,
                           String liveState, String connectionStatus, boolean sessionActive, int qrCount,
                           String qrCode, String pairingCode, String ownerJid, String profileName) {
}
