package com.evolutionconsole.api.dto;

/** {@code POST /settings/set/{i}} answers {@code {"settings":{"instanceName","settings":{…}}}}. */
public record SettingsSetResponseDto(Envelope settings) {
    /** The inner block naming the instance. */
    public record Envelope(String instanceName, SettingsDto settings) {
    }
}
