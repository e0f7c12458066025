package com.evolutionconsole.service.export;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Instance;
import java.time.Instant;
import java.util.Objects;

/**
 * One instance as exported. It has no token field on purpose: an export is shared and stored, a token opens the
 * instance. {@code state} is the state shown (live when known); null fields were not given by the server.
 */
public record InstanceExport(String name, ConnectionState state, String profileName, String number,
                             String integration, Instant createdAt, Integer messageCount, Integer contactCount) {

    public InstanceExport {
        Objects.requireNonNull(name, "name");
        state = state == null ? ConnectionState.ABSENT : state;
    }

    /** The listed instance with the state to show for it. */
    public static InstanceExport of(Instance instance, ConnectionState shownState) {
        return new InstanceExport(instance.name(), shownState, instance.profileName(), instance.phoneNumber(),
                instance.integration(), instance.createdAt(), instance.messageCount(), instance.contactCount());
    }
}
