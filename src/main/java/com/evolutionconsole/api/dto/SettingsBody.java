package com.evolutionconsole.api.dto;

/** The v2 body of {@code POST /settings/set/{i}}: the six booleans are required. */
public record SettingsBody(boolean rejectCall, String msgCall, boolean groupsIgnore, boolean alwaysOnline,
                           boolean readMessages, boolean readStatus, boolean syncFullHistory, String wavoipToken) {
}
