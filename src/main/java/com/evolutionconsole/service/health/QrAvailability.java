package com.evolutionconsole.service.health;

/** What the optional QR probe found for a closed instance. */
public enum QrAvailability {
    /** The probe was off, or the instance was not closed. */
    NOT_PROBED("not probed"),
    /** connect answered with a code to scan (and started pairing). */
    AVAILABLE("available"),
    /** connect answered without a code: pairing started, but the server has none yet. */
    NO_CODE_YET("no code yet"),
    /** connect failed. */
    FAILED("failed");

    private final String label;

    QrAvailability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
