package com.evolutionconsole.api;

import com.squareup.moshi.JsonEncodingException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;

/**
 * The one place that turns a failed exchange into a typed {@link EvolutionApiException}: decided on the HTTP
 * status (never on the envelope's unreliable "error" label), with the server's messages flattened and cleaned of
 * secrets, and a tip that fits (the SDK's advice: create the instance first, check the name, check the key).
 */
final class ErrorMapper {

    static final String TIP_CREATE_FIRST = "Create the instance first, or check its name for typos.";
    static final String TIP_CHECK_NAME = "Check the instance name format: letters, digits and hyphens, as in \"support-bot\".";
    static final String TIP_CHECK_VALUES = "Correct what the server's message points at, then try again.";
    static final String TIP_CHECK_KEY = "Check the API key: the server's global key opens everything, an instance token only its own instance.";
    static final String TIP_CONNECT_FIRST = "Connect the instance first (scan its QR code or use a pairing code), then try again.";
    static final String TIP_SERVER_DOWN = "Check that the Evolution API server is running and reachable, then try again.";
    static final String TIP_COMPARE_FINGERPRINT = "Compare the fingerprint with the one on the server; trust it only if they match.";

    private final ServerMessages serverMessages;
    private final Redactor redactor;
    private final HttpUrl baseUrl;

    ErrorMapper(ServerMessages serverMessages, Redactor redactor, HttpUrl baseUrl) {
        this.serverMessages = serverMessages;
        this.redactor = redactor;
        this.baseUrl = baseUrl;
    }

    /** A non-2xx answer. {@code body} may be null or cut short; {@code contentType} may be null. */
    EvolutionApiException fromStatus(Operation op, int status, String contentType, String body) {
        Object parsed = serverMessages.parse(body).orElse(null);
        List<String> messages = redactor.clean(ServerMessages.of(parsed));
        String first = messages.isEmpty() ? "" : messages.get(0);
        if (parsed == null && looksLikeHtml(contentType, body)) {
            return htmlAnswer(op, status);
        }
        return switch (status) {
            case 401 -> new AuthenticationException(401, messages,
                    "The server refused the API key when asked to " + op.phrase() + ".", TIP_CHECK_KEY);
            case 403 -> forbidden(op, messages, first);
            case 404 -> notFound(op, messages, first);
            case 400 -> invalid(op, messages, first);
            default -> {
                if (status >= 500) {
                    yield new ServerErrorException(status, messages, serverFailure(op, status, first),
                            isGateway(status) ? TIP_SERVER_DOWN
                                    : "Try again; if it keeps failing, check the values sent and the server's log.");
                }
                yield new BadResponseException(status, messages,
                        "The server answered HTTP " + status + " to the request to " + op.phrase() + ", which the console did not expect.",
                        "Check that the URL points at an Evolution API server, then try again.", null);
            }
        };
    }

    /** 502, 503, 504: what a proxy answers when the server behind it is down. */
    private static boolean isGateway(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    /** A 3xx: not followed, since the API key would go along to wherever it points. */
    EvolutionApiException redirected(Operation op, int status, String location) {
        String target = location == null || location.isBlank() ? "another address"
                : EvolutionApiException.shorten(redactor.clean(List.of(location)).get(0));
        return new BadResponseException(status, List.of(),
                "The server answered the request to " + op.phrase() + " with a redirect (HTTP " + status + ") to "
                        + target + ". The console does not follow redirects, so the API key goes only to the URL you gave.",
                "If that address is the server, use it as the server's URL (for example its https:// address).", null);
    }

    /** An HTTP 200 whose body says {@code "error": true}. */
    EvolutionApiException operationFailed(Operation op, int status, List<String> rawMessages) {
        List<String> messages = redactor.clean(rawMessages);
        boolean opaque = messages.isEmpty() || messages.stream().allMatch(m -> m.equals("[object Object]"));
        String reason = opaque ? "the server gave no reason" : EvolutionApiException.shorten(String.join("; ", messages));
        String tip = switch (op.verb()) {
            case "restart" -> "Restart works only on a connected or connecting instance: " + TIP_CONNECT_FIRST.toLowerCase(Locale.ROOT);
            case "connect" -> "The server may hold the instance but not have it loaded: restart the server, or delete and re-create the instance.";
            default -> "Check the instance's state and try again.";
        };
        String summary = op.verb().equals("restart") && opaque
                ? "Could not restart \"" + op.instance() + "\": the server gave no reason; this happens when the instance is not connected."
                : "Could not " + op.phrase() + ": " + reason + ".";
        return new OperationFailedException(status, messages, summary, tip);
    }

    /** A 2xx answer that could not be read (malformed, truncated, wrong shape; empty when {@code cause} is null). */
    EvolutionApiException unreadable(Operation op, int status, String contentType, Exception cause) {
        if (looksLikeHtml(contentType, null)) {
            return htmlAnswer(op, status);
        }
        String detail = cause == null ? "it was empty"
                : cause instanceof EOFException ? "it ended too early" : "it is not the JSON the console expects";
        return new BadResponseException(status, List.of(),
                "The server's answer to the request to " + op.phrase() + " could not be read: " + detail + ".",
                "Check that the URL points at an Evolution API server (not a proxy or web page) and try again.", cause);
    }

    /** No answer at all. */
    EvolutionApiException fromIo(Operation op, IOException e, Duration timeout) {
        String where = baseUrl.host() + ":" + baseUrl.port();
        if (e instanceof InterruptedIOException && "Canceled".equals(e.getMessage())) {
            return new NetworkException("The request to " + op.phrase() + " was cancelled.", "Start it again if needed.", e);
        }
        CertificateRefusal refusal = certificateRefusalIn(e);
        if (refusal != null) {
            return untrustedCertificate(refusal.details(), e);
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return new RequestTimeoutException("The server at " + where + " did not answer the request to " + op.phrase()
                    + " within " + timeout.toSeconds() + " s.",
                    "The server may be overloaded or stuck: try again, and check its log if it persists.", e);
        }
        if (e instanceof UnknownHostException) {
            return new NetworkException("The host name \"" + baseUrl.host() + "\" could not be found.",
                    "Check the server URL's host name and this computer's network connection.", e);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new NetworkException("Could not connect to " + where + ": nothing answers there.",
                    TIP_SERVER_DOWN + " Check the URL and port.", e);
        }
        if (e instanceof SSLException) {
            return new NetworkException("The secure (HTTPS) connection to " + where + " failed: "
                    + redactor.clean(String.valueOf(e.getMessage())) + ".",
                    "Check the server's certificate, or use http:// for a server on this machine.", e);
        }
        if (e instanceof JsonEncodingException || e instanceof EOFException) {
            return unreadable(op, 200, null, e);
        }
        if (e instanceof HtmlAnswerException html) {
            return htmlAnswer(op, html.status());
        }
        if (String.valueOf(e.getMessage()).startsWith("unexpected end of stream")) {
            // OkHttp's words for a server that stopped or dropped the connection after taking the request.
            return new NetworkException("The server at " + where + " closed the connection without answering the request to "
                    + op.phrase() + ".", TIP_SERVER_DOWN, e);
        }
        return new NetworkException("The connection to " + where + " failed while trying to " + op.phrase() + ": "
                + redactor.clean(String.valueOf(e.getMessage())) + ".",
                TIP_SERVER_DOWN, e);
    }

    private EvolutionApiException untrustedCertificate(CertificateDetails certificate, IOException e) {
        String server = "The server at " + origin();
        if (certificate.pinChanged()) {
            return new UntrustedCertificateException(server + " presented a different certificate from the one you"
                    + " trusted: it has changed since then, and someone may be intercepting the connection.",
                    "Do not connect unless you know the server's certificate was replaced: compare the new"
                            + " fingerprint with the one on the server, and trust it only if they match.",
                    certificate, e);
        }
        List<String> reasons = new ArrayList<>();
        if (certificate.selfSigned()) {
            reasons.add("self-signed");
        } else if (!certificate.chainTrusted() && !certificate.expired()) {
            reasons.add("issued by an authority this computer does not trust");
        }
        if (certificate.expired()) {
            reasons.add("expired on " + LocalDate.ofInstant(certificate.notAfter(), ZoneOffset.UTC));
        }
        if (certificate.hostnameMismatch()) {
            reasons.add("issued for another name than " + baseUrl.host());
        }
        String tip = certificate.chainTrusted()
                ? "Use the name the certificate was issued for (see its subject), or compare the fingerprint with the"
                        + " one on the server and trust it only if they match."
                : TIP_COMPARE_FINGERPRINT;
        return new UntrustedCertificateException(server + " presented a certificate that is not trusted ("
                + String.join(", ", reasons) + ").", tip, certificate, e);
    }

    /** The refusal from {@link ServerTrust}, which the TLS handshake failure carries as its cause. */
    private static CertificateRefusal certificateRefusalIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertificateRefusal refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** Scheme, host and port, as an operator reads a server's address. */
    private String origin() {
        String root = baseUrl.newBuilder().username("").password("").encodedPath("/").build().toString();
        return root.substring(0, root.length() - 1);
    }

    private EvolutionApiException forbidden(Operation op, List<String> messages, String first) {
        if (first.contains("already in use")) {
            boolean noName = first.contains("\"undefined\"");
            return new NameConflictException(messages,
                    noName ? "The server received no instance name." : "The name is already in use on this server.",
                    noName ? "Enter a name for the instance." : "Choose another name, or open the existing instance.");
        }
        return new AuthenticationException(403, messages,
                "The server refused to " + op.phrase() + " (403 Forbidden).", TIP_CHECK_KEY);
    }

    private EvolutionApiException notFound(Operation op, List<String> messages, String first) {
        if (first.startsWith("Cannot ")) {
            return new NotFoundException(messages, true,
                    "The server has no endpoint to " + op.phrase() + " (" + first + ").",
                    "Check the base URL (the API root, as in http://host:8080) and that the server is Evolution API v2.");
        }
        if (op.instance() == null) {
            // Not about one instance (the listing, the key check): a 404 here means the URL leads somewhere else.
            return new NotFoundException(messages, false,
                    "The server answered 404 Not Found to the request to " + op.phrase() + ".",
                    "Check the base URL (the API root, as in http://host:8080) and that the server is Evolution API v2.");
        }
        return new NotFoundException(messages, false, "The server has no instance \"" + op.instance() + "\".", TIP_CREATE_FIRST);
    }

    private EvolutionApiException invalid(Operation op, List<String> messages, String first) {
        if (first.startsWith("TypeError: Cannot read properties of undefined")) {
            return new ValidationException(messages,
                    "Could not " + op.phrase() + ": the instance is not connected to WhatsApp.", TIP_CONNECT_FIRST);
        }
        if (first.endsWith("instance is not connected")) {
            return new ValidationException(messages,
                    "Could not " + op.phrase() + ": the instance is not connected.",
                    "Nothing to log out: connect the instance first if you want to pair it.");
        }
        if (first.endsWith("needs to be disconnected")) {
            return new ValidationException(messages,
                    "Could not " + op.phrase() + ": this server deletes only disconnected instances.",
                    "Log the instance out first, then delete it.");
        }
        // the name tip only where the server's words are about the name ("Invalid proxy" is not)
        boolean aboutTheName = messages.stream().anyMatch(m -> m.toLowerCase(java.util.Locale.ROOT).contains("name"));
        return new ValidationException(messages, "The server rejected the request to " + op.phrase() + " as invalid.",
                aboutTheName ? TIP_CHECK_NAME : TIP_CHECK_VALUES);
    }

    private static String serverFailure(Operation op, int status, String first) {
        if (first.startsWith("PrismaClient")) {
            return "The server's database rejected the request to " + op.phrase() + " (HTTP " + status + ").";
        }
        return "The server failed with an internal error (HTTP " + status + ") while trying to " + op.phrase() + ".";
    }

    private EvolutionApiException htmlAnswer(Operation op, int status) {
        boolean gateway = isGateway(status);
        String summary = gateway
                ? "A proxy in front of the server answered HTTP " + status + ": the Evolution API server behind it is down or unreachable."
                : "The server answered the request to " + op.phrase() + " with a web page (HTTP " + status + ") instead of JSON.";
        String tip = gateway ? TIP_SERVER_DOWN
                : "Check the base URL: it should be the Evolution API root (as in http://host:8080), not a web page.";
        return status >= 500
                ? new ServerErrorException(status, List.of(), summary, tip)
                : new BadResponseException(status, List.of(), summary, tip, null);
    }

    private static boolean looksLikeHtml(String contentType, String body) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        if (body == null) {
            return false;
        }
        String start = body.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<"); // <!doctype html>, <html>, or any other markup
    }
}
