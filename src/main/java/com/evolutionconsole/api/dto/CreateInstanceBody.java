package com.evolutionconsole.api.dto;

/** The v2 create body (camelCase). Null fields are left out, as the server expects. */
public record CreateInstanceBody(String instanceName, String integration, Boolean qrcode, String token,
                                 String number, Boolean rejectCall, String msgCall, Boolean groupsIgnore,
                                 Boolean alwaysOnline, Boolean readMessages, Boolean readStatus,
                                 Boolean syncFullHistory, WebsocketBody websocket) {
}
