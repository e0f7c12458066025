package com.evolutionconsole.domain;

import java.util.Arrays;
import java.util.Optional;

/** The integrations create accepts; anything else is refused by the server with "Invalid integration". */
public enum Integration {
    WHATSAPP_BAILEYS("WHATSAPP-BAILEYS", "WhatsApp (Baileys)"),
    WHATSAPP_BUSINESS("WHATSAPP-BUSINESS", "WhatsApp Business API"),
    EVOLUTION("EVOLUTION", "Evolution");

    private final String wireValue;
    private final String label;

    Integration(String wireValue, String label) {
        this.wireValue = wireValue;
        this.label = label;
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
