package com.evolutionconsole.service;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.domain.KeyCheck;
import com.evolutionconsole.domain.KeyKind;
import com.evolutionconsole.domain.ServerInfo;

/** A checked connection to one server: its client, what it said about itself, and what the key opens. */
public record ServerConnection(EvolutionClient client, ServerInfo info, KeyCheck key, boolean demo) {

    /** Create is refused for an instance token (the server answers 401); the UI disables it and says why. */
    public boolean canCreate() {
        return key.kind() != KeyKind.INSTANCE_TOKEN;
    }

    public String url() {
        return client.baseUrl().toString();
    }
}
