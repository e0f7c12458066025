package com.evolutionconsole.service.live;

import com.evolutionconsole.service.ServerConnection;
import java.util.function.Consumer;

/** Opens a server's live-event stream; the app opens Socket.IO, ViewModel tests open none. */
@FunctionalInterface
public interface LiveEvents {

    /** No events at all: the console polls. */
    LiveEvents NONE = (connection, events, status) -> {
        status.accept(LiveEventStream.Status.DOWN);
        return LiveSubscription.NONE;
    };

    /** Socket.IO against the connection's server, with its key. */
    LiveEvents SOCKET_IO = (connection, events, status) -> {
        LiveEventStream stream = new LiveEventStream(connection.client(), connection.secret(), events, status);
        stream.start();
        return stream;
    };

    /** Starts listening; callbacks come on a background thread. Close the result to stop. */
    LiveSubscription open(ServerConnection connection, Consumer<LiveEvent> events, Consumer<LiveEventStream.Status> status);
}
