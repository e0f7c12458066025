package com.evolutionconsole.service;

import com.evolutionconsole.api.EvolutionClient;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The risk of a server URL that an API key would cross the network unencrypted: plain http:// to a host that is
 * not this machine. Decided on the URL's text alone (no DNS lookup), so it can follow the operator's typing.
 *
 * @param host the host the key would travel to, as written in the URL
 */
public record PlainHttpWarning(String host) {

    /** The warning for a URL as typed (http:// assumed without a scheme, as the client does); empty when none. */
    public static Optional<PlainHttpWarning> forUrl(String typedUrl) {
        HttpUrl url;
        try {
            url = EvolutionClient.parseBaseUrl(typedUrl);
        } catch (IllegalArgumentException notAUrlYet) {
            return Optional.empty();
        }
        if (url.isHttps() || isThisMachine(url.host())) {
            return Optional.empty();
        }
        return Optional.of(new PlainHttpWarning(url.host().contains(":") ? "[" + url.host() + "]" : url.host()));
    }

    /** What to tell the operator: what can happen, and what to use instead. */
    public String text() {
        return "This key would travel unencrypted (plain HTTP) to " + host + ". Anyone on the network path can read"
                + " it and control every WhatsApp number on this server. Use https:// or an SSH tunnel.";
    }

    /** Loopback only: localhost and its subdomains, 127.0.0.0/8, ::1 (the URL parser writes IPv6 canonically). */
    private static boolean isThisMachine(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.equals("localhost") || name.endsWith(".localhost")
                || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}") || name.equals("::1");
    }
}
