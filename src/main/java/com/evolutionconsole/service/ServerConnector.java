package com.evolutionconsole.service;

import com.evolutionconsole.api.EvolutionApiException;
import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.domain.KeyCheck;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.domain.ServerInfo;

/** Checks a URL and key the way the connect dialog promises: the server answers {@code GET /}, and the key works. */
public final class ServerConnector {

    /** Blocks; on failure the new client is closed and the typed error is thrown. */
    public ServerConnection connect(String url, Secret key, boolean demo) {
        EvolutionClient client = EvolutionClient.create(url, key);
        try {
            ServerInfo info = client.serverInfo();
            KeyCheck check = client.checkKey();
            return new ServerConnection(client, info, check, key, demo);
        } catch (EvolutionApiException | IllegalArgumentException e) {
            client.close();
            throw e;
        }
    }
}
