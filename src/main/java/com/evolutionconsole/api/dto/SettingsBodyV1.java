package com.evolutionconsole.api.dto;

import com.squareup.moshi.Json;

/** The v1.8 body of {@code POST /settings/set/{i}} (snake_case; the head also requires wavoipToken). */
public record SettingsBodyV1(@Json(name = "reject_call") boolean rejectCall,
                             @Json(name = "msg_call") String msgCall,
                             @Json(name = "groups_ignore") boolean groupsIgnore,
                             @Json(name = "always_online") boolean alwaysOnline,
                             @Json(name = "read_messages") boolean readMessages,
                             @Json(name = "read_status") boolean readStatus,
                             @Json(name = "sync_full_history") boolean syncFullHistory,
                             String wavoipToken) {
}
