package com.evolutionconsole.service.monitor;

import com.evolutionconsole.domain.ConnectionState;

/** What one check found: verdict, live state (null if unread), final reason, what was seen, and a tip if unchecked. */
record CheckResult(Verdict verdict, ConnectionState state, Integer reasonCode, String detail, String tip) {

    /** The outcome of a check, and whether a restart could help. */
    enum Verdict {
        /** State open and the presence probe succeeded. */
        HEALTHY(false),
        /** State not open (close, connecting, refused, none). */
        DOWN(true),
        /** Says open, but the presence probe failed: the server has lost the WhatsApp socket. */
        PROBE_FAILED(true),
        /** Final close: a restart cannot help, the phone must pair again. */
        LOGGED_OUT(false),
        /** The server no longer has the instance. */
        MISSING(false),
        /** The server could not be asked (network, key, server error): nothing to restart. */
        UNCHECKABLE(false);

        private final boolean restartable;

        Verdict(boolean restartable) {
            this.restartable = restartable;
        }

        boolean restartable() {
            return restartable;
        }
    }
}
