package com.evolutionconsole.api.dto;

/** {@code GET /}: v2 and v1 shapes (v1 adds swagger, lacks clientName and whatsappWebVersion). */
public record ServerInfoDto(Object status, String message, String version, String clientName, String manager,
                           String documentation, String whatsappWebVersion, String swagger) {
}
