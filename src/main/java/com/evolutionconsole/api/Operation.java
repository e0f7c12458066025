package com.evolutionconsole.api;

/** What a call was for, to word its errors: a verb phrase and the instance it concerned (or null). */
record Operation(String verb, String instance) {

    static Operation of(String verb) {
        return new Operation(verb, null);
    }

    static Operation on(String verb, String instance) {
        return new Operation(verb, instance);
    }

    /** "restart \"shop-1\"" or "list the instances". */
    String phrase() {
        return instance == null ? verb : verb + " \"" + instance + "\"";
    }
}
