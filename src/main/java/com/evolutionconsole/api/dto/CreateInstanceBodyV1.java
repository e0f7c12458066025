package com.evolutionconsole.api.dto;

import com.squareup.moshi.Json;
import java.util.List;

/** The v1.8 create body (snake_case, flat websocket fields). */
public record CreateInstanceBodyV1(String instanceName, String integration, Boolean qrcode, String token,
                                   String number,
                                   @Json(name = "reject_call") Boolean rejectCall,
                                   @Json(name = "msg_call") String msgCall,
                                   @Json(name = "groups_ignore") Boolean groupsIgnore,
                                   @Json(name = "always_online") Boolean alwaysOnline,
                                   @Json(name = "read_messages") Boolean readMessages,
                                   @Json(name = "read_status") Boolean readStatus,
                                   @Json(name = "sync_full_history") Boolean syncFullHistory,
                                   @Json(name = "websocket_enabled") Boolean websocketEnabled,
                                   @Json(name = "websocket_events") List<String> websocketEvents) {
}
