package com.evolutionconsole.domain;

import java.util.Arrays;

/**
 * A pairing offer from the server: the raw QR text to render, the server's PNG, an optional pairing code and how
 * many codes have been issued. A server that has no code yet (or cannot reach WhatsApp) gives only a count.
 */
public record QrCode(String code, byte[] png, String pairingCode, int count) {

    public QrCode {
        png = png == null ? null : png.clone();
        code = code == null || code.isBlank() ? null : code;
        pairingCode = pairingCode == null || pairingCode.isBlank() ? null : pairingCode;
    }

    /** "No code yet": the server's {@code {"count":N}} without code, image or pairing code. */
    public static QrCode notReady(int count) {
        return new QrCode(null, null, null, count);
    }

    /** True when there is something to scan or type. */
    public boolean isReady() {
        return code != null || png != null || pairingCode != null;
    }

    @Override
    public byte[] png() {
        return png == null ? null : png.clone();
    }

    /** The pairing code as WhatsApp shows it, XXXX-XXXX, or null. */
    public String formattedPairingCode() {
        if (pairingCode == null) {
            return null;
        }
        return pairingCode.length() == 8 ? pairingCode.substring(0, 4) + "-" + pairingCode.substring(4) : pairingCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QrCode qr && count == qr.count && java.util.Objects.equals(code, qr.code)
                && java.util.Objects.equals(pairingCode, qr.pairingCode) && Arrays.equals(png, qr.png);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(code, pairingCode, count) * 31 + Arrays.hashCode(png);
    }

    @Override
    public String toString() {
        return "QrCode[ready=" + isReady() + ", count=" + count + ", png=" + (png == null ? "none" : png.length + " bytes")
                + ", pairingCode=" + (pairingCode == null ? "none" : "present") + "]";
    }
}
