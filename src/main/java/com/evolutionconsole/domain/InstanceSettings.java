package com.evolutionconsole.domain;

/** An instance's behaviour settings (the server's Setting row). */
public record InstanceSettings(boolean rejectCall, String msgCall, boolean groupsIgnore, boolean alwaysOnline,
                               boolean readMessages, boolean readStatus, boolean syncFullHistory,
                               Secret wavoipToken) {

    public InstanceSettings {
        msgCall = msgCall == null ? "" : msgCall;
    }

    /** The v2 server's defaults: everything off, no call message. */
    public static InstanceSettings defaults() {
        return new InstanceSettings(false, "", false, false, false, false, false, null);
    }
}
