package com.evolutionconsole.api.dto;

import com.squareup.moshi.Json;

/** Instance settings in both dialects: v2 camelCase and v1 snake_case fields; whichever is present wins. */
public record SettingsDto(Boolean rejectCall, String msgCall, Boolean groupsIgnore, Boolean alwaysOnline,
                          Boolean readMessages, Boolean readStatus, Boolean syncFullHistory, String wavoipToken,
                          @Json(name = "reject_call") Boolean rejectCallV1,
                          @Json(name = "msg_call") String msgCallV1,
                          @Json(name = "groups_ignore") Boolean groupsIgnoreV1,
                          @Json(name = "always_online") Boolean alwaysOnlineV1,
                          @Json(name = "read_messages") Boolean readMessagesV1,
                          @Json(name = "read_status") Boolean readStatusV1,
                          @Json(name = "sync_full_history") Boolean syncFullHistoryV1,
                          @Json(name = "wavoip_token") String wavoipTokenV1) {
}
