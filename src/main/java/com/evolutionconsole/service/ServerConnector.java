package com.evolutionconsole.service;

import com.evolutionconsole.api.ClientOptions;
import com.evolutionconsole.api.EvolutionApiException;
import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.domain.KeyCheck;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.domain.ServerInfo;

/** Checks a URL and key the way the connect dialog promises: the server answers {@code GET /}, and the key works. */
public final class ServerConnector {

    /**
     * Blocks; on failure the new client is closed and the typed error is thrown (an
     * {@link com.evolutionconsole.api.UntrustedCertificateException} when the server's certificate is refused).
     *
     * @param pinnedCertificate SHA-256 fingerprint of the certificate the operator trusted for this server, or null
     *                          for the platform's checks only
     */
    public ServerConnection connect(String url, Secret key, String pinnedCertificate, boolean demo) {
        EvolutionClient client = EvolutionClient.create(url, key,
                ClientOptions.defaults().withPinnedCertificate(pinnedCertificate));
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
