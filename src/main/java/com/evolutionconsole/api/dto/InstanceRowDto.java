package com.evolutionconsole.api.dto;

import com.squareup.moshi.Json;

/** One v2 fetchInstances row (a database row: name in "name", relations capitalised). */
public record InstanceRowDto(String id, String name, String connectionStatus, String ownerJid, String profileName,
                             String profilePicUrl, String integration, String number, String businessId,
                             String token, String clientName, Object disconnectionReasonCode,
                             String disconnectionAt, String createdAt, String updatedAt,
                             @Json(name = "Setting") SettingsDto setting,
                             @Json(name = "_count") CountsDto counts) {

    /** The {@code _count} block. */
    public record CountsDto(@Json(name = "Message") Integer message, @Json(name = "Contact") Integer contact,
                            @Json(name = "Chat") Integer chat) {
    }
}
