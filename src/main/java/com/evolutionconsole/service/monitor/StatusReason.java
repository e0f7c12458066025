package com.evolutionconsole.service.monitor;

import java.util.Set;

/** The server's {@code statusReason} codes (contract §5.4): what they mean and which close is final. */
public final class StatusReason {

    /** Logged out, forbidden and other refusals: the server does not reconnect, the phone must pair again. */
    private static final Set<Integer> FINAL = Set.of(401, 402, 403, 406);

    private StatusReason() {
    }

    public static boolean isFinal(Integer code) {
        return code != null && FINAL.contains(code);
    }

    /** For example "401 logged out"; the bare number for a code the contract does not name. */
    public static String describe(int code) {
        String meaning = switch (code) {
            case 200 -> "no error";
            case 401 -> "logged out";
            case 403 -> "forbidden";
            case 402, 406 -> "refused";
            case 408 -> "timed out";
            case 428 -> "connection closed";
            case 440 -> "connection replaced";
            case 500 -> "bad session";
            case 515 -> "restart required";
            default -> "";
        };
        return meaning.isEmpty() ? Integer.toString(code) : code + " " + meaning;
    }
}
