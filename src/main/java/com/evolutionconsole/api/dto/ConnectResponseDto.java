package com.evolutionconsole.api.dto;

/**
 * What connect and restart answer, which is one of: {@code {"instance":{…,"state":"open"}}}; a QR object at the
 * top level; {@code {"instance":{…,"status"},"qrcode":{…}}}; or HTTP 200 {@code {"error":true,"message":…}}.
 * {@code error} and {@code message} are left untyped because servers send them in several types.
 */
public record ConnectResponseDto(InstanceStateDto instance, String pairingCode, String code, String base64,
                                 Integer count, QrCodeDto qrcode, Object error, Object message) {
}
