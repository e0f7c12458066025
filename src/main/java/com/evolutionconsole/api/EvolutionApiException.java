package com.evolutionconsole.api;

import java.util.List;

/**
 * A failed call to an Evolution API server. It says what happened ({@link #summary()}), carries the HTTP status
 * (or {@link #NO_STATUS}) and the server's own messages, and one sentence a person can act on ({@link #tip()}).
 * Texts never contain an API key or token: the client strips them before an exception is built.
 */
public abstract sealed class EvolutionApiException extends RuntimeException
        permits AuthenticationException, NotFoundException, ValidationException, NameConflictException,
        ServerErrorException, OperationFailedException, NetworkException, RequestTimeoutException,
        BadResponseException, InvalidInstanceNameException, UntrustedCertificateException {

    /** The status of a failure that got no HTTP answer. */
    public static final int NO_STATUS = -1;
    /** Server messages longer than this are cut in texts meant for people; the full text goes to the log. */
    public static final int SHOWN_MESSAGE_LIMIT = 300;

    private final int status;
    private final List<String> serverMessages;
    private final String summary;
    private final String tip;

    protected EvolutionApiException(int status, List<String> serverMessages, String summary, String tip,
                                    Throwable cause) {
        super(compose(summary, serverMessages), cause);
        this.status = status;
        this.serverMessages = List.copyOf(serverMessages);
        this.summary = summary;
        this.tip = tip;
    }

    /** The HTTP status, or {@link #NO_STATUS} when no answer came. */
    public int status() {
        return status;
    }

    /** The server's messages, flattened, in full. */
    public List<String> serverMessages() {
        return serverMessages;
    }

    /** What happened, in one sentence. */
    public String summary() {
        return summary;
    }

    /** What to do next, in one sentence. */
    public String tip() {
        return tip;
    }

    /** The server's messages joined and cut to {@link #SHOWN_MESSAGE_LIMIT} characters, or "" when none. */
    public String shownServerMessage() {
        return shorten(String.join("; ", serverMessages));
    }

    static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SHOWN_MESSAGE_LIMIT ? oneLine : oneLine.substring(0, SHOWN_MESSAGE_LIMIT) + "…";
    }

    private static String compose(String summary, List<String> serverMessages) {
        String shown = shorten(String.join("; ", serverMessages));
        return shown.isEmpty() ? summary : summary + " Server said: " + shown;
    }
}
