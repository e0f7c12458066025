package com.evolutionconsole.domain;

import java.util.Arrays;
import java.util.Optional;

/** The integrations create accepts; anything else is refused by the server with "Invalid integration". */
public enum Integration {
    WHATSAPP_BAILEYS("WHATSAPP-BAILEYS", "WhatsApp (Baileys)", "Baileys"),
    WHATSAPP_BUSINESS("WHATSAPP-BUSINESS", "WhatsApp Business API", "Business"),
    EVOLUTION("EVOLUTION", "Evolution", "Evolution");

    private final String wireValue;
    private final String label;
    private final String shortLabel;

    Integration(String wireValue, String label, String shortLabel) {
        this.wireValue = wireValue;
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** A table-width name. */
    public String shortLabel() {
        return shortLabel;
    }

    public String wireValue() {
        return wireValue;
    }

    public String label() {
        return label;
    }

    public static Optional<Integration> fromWire(String value) {
        return Arrays.stream(values()).filter(i -> i.wireValue.equals(value)).findFirst();
    }
}
