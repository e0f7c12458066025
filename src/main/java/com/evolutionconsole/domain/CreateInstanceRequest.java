package com.evolutionconsole.domain;

import java.util.Objects;

/**
 * Everything the operator can ask of create. {@code number} (digits with country code) asks for a pairing code;
 * {@code token} null lets the server choose one; {@code settings} and {@code websocket} null keep server defaults.
 */
public record CreateInstanceRequest(String name, Integration integration, boolean qrcode, String number,
                                    Secret token, InstanceSettings settings, WebsocketConfig websocket) {

    public CreateInstanceRequest {
        Objects.requireNonNull(name, "name");
        integration = integration == null ? Integration.WHATSAPP_BAILEYS : integration;
        number = number == null || number.isBlank() ? null : number.strip();
    }

    /** A Baileys instance with the server's defaults, optionally asking for a QR code at once. */
    public static CreateInstanceRequest simple(String name, boolean qrcode) {
        return new CreateInstanceRequest(name, Integration.WHATSAPP_BAILEYS, qrcode, null, null, null, null);
    }
}
