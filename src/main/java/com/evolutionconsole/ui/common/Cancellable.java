package com.evolutionconsole.ui.common;

/** Something started that can be stopped: a background task or a timer. Cancelling twice is harmless. */
@FunctionalInterface
public interface Cancellable {

    Cancellable NONE = () -> { };

    void cancel();
}
