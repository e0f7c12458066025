package com.evolutionconsole.demo;

/** Receives what the server would emit to its event sinks (Socket.IO, webhooks), in emission order. */
@FunctionalInterface
public interface DemoEventListener {

    void onEvent(DemoEvent event);

    /**
     * Whether this listener would pass on events of {@code instance} ({@code configured}: it has an enabled
     * websocket setting): costly events (a QR image) are built only for instances somebody listens to.
     * Called under the backend's lock: answer from the listener's own state only.
     */
    default boolean wants(String instance, boolean configured) {
        return true;
    }
}
