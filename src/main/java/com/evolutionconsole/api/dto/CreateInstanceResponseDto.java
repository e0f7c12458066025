package com.evolutionconsole.api.dto;

/**
 * Create's 201 body. {@code hash} is the instance token: a string on v2, {@code {"apikey":…}} or
 * {@code {"jwt":…}} on v1, so it stays untyped here.
 */
public record CreateInstanceResponseDto(CreatedInstanceDto instance, Object hash, SettingsDto settings,
                                        QrCodeDto qrcode) {
}
