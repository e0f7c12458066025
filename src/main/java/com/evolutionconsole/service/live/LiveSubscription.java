package com.evolutionconsole.service.live;

/** An open live-event stream: it can also listen on one instance's own namespace, and says what it has seen. */
public interface LiveSubscription extends AutoCloseable {

    /** No stream: nothing to watch, nothing seen. */
    LiveSubscription NONE = new LiveSubscription() {
        @Override
        public void watchInstance(String name) {
        }

        @Override
        public boolean globalEventsSeen() {
            return false;
        }

        @Override
        public void close() {
        }
    };

    /** Listens on {@code /{name}} too (servers without global events send an instance's events only there). */
    void watchInstance(String name);

    /** True once an event came through the global namespace: the server has global events on. */
    boolean globalEventsSeen();

    @Override
    void close();
}
