package com.evolutionconsole.service;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.domain.KeyCheck;
import com.evolutionconsole.domain.KeyKind;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.domain.ServerInfo;

/**
 * A checked connection to one server: its client, what it said about itself, what the key opens, and the key
 * itself (for the live-event handshake; {@link Secret} never prints it).
 */
public record ServerConnection(EvolutionClient client, ServerInfo info, KeyCheck key, Secret secret, boolean demo) {

    /** Create is refused for an instance token (the server answers 401); the UI disables it and says why. */
    public boolean canCreate() {
        return key.kind() != KeyKind.INSTANCE_TOKEN;
    }

    public String url() {
        return client.baseUrl().toString();
    }

    /** The fingerprint of the certificate the operator trusted for this server, or null: what a profile stores. */
    public String pinnedCertificate() {
        return client.pinnedCertificate();
    }
}
