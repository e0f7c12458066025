package com.evolutionconsole.api.dto;

/** A QR object: {@code {"pairingCode","code","base64","count"}}, often only {@code {"count":0}}. */
public record QrCodeDto(String pairingCode, String code, String base64, Integer count) {
}
