package com.evolutionconsole.domain;

import java.time.Instant;

/**
 * One instance as the server lists it. {@code storedState} is the server's database copy, which lags the live
 * state (connectionState): use it only until the live state is known. Counts are null where the server gives none.
 */
public record Instance(String id, String name, ConnectionState storedState, String ownerJid, String profileName,
                       String profilePictureUrl, String integration, String number, Secret token,
                       Instant createdAt, Instant updatedAt, Integer disconnectionReasonCode,
                       Instant disconnectionAt, Integer messageCount, Integer contactCount, Integer chatCount,
                       InstanceSettings settings) {

    public Instance {
        name = name == null ? "" : name;
        storedState = storedState == null ? ConnectionState.ABSENT : storedState;
    }

    /** The phone number the instance is paired with, from its owner JID, else the number given at create. */
    public String phoneNumber() {
        if (ownerJid != null && !ownerJid.isBlank()) {
            int at = ownerJid.indexOf('@');
            String user = at < 0 ? ownerJid : ownerJid.substring(0, at);
            int device = user.indexOf(':');
            return device < 0 ? user : user.substring(0, device);
        }
        return number == null || number.isBlank() ? null : number;
    }

    /**
     * The real server accepts an empty name and can then never reach the instance through a path;
     * such a row is shown as "(unnamed)" with its actions disabled.
     */
    public boolean isUnnamed() {
        return name.isEmpty();
    }

    public String displayName() {
        return isUnnamed() ? "(unnamed)" : name;
    }
}
