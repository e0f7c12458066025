package com.evolutionconsole.demo;

/** Receives what the server would emit to its event sinks (Socket.IO, webhooks), in emission order. */
@FunctionalInterface
public interface DemoEventListener {

    void onEvent(DemoEvent event);
}
