package com.evolutionconsole.domain;


/** The five presences an instance can announce (the seed's table), with the server's wire values. */
public enum Presence {
    AVAILABLE("available", "Available", "Online and available"),
    UNAVAILABLE("unavailable", "Unavailable", "Offline / invisible"),
    COMPOSING("composing", "Typing", "Typing indicator, before sending messages"),
    RECORDING("recording", "Recording", "Recording audio, before sending voice notes"),
    PAUSED("paused", "Paused", "Stopped typing");

    private final String wireValue;
    private final String label;
    private final String description;

    Presence(String wireValue, String label, String description) {
        this.wireValue = wireValue;
        this.label = label;
        this.description = description;
    }

    public String wireValue() {
        return wireValue;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
