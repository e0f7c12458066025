package com.evolutionconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import org.junit.jupiter.api.Test;

/** Every message shape the real server uses (CONTRACT §1.4–1.5) flattens to a plain list. */
class ServerMessagesTest {

    private final ServerMessages messages = new ServerMessages(new Moshi.Builder().build());

    @Test
    void stringArray() {
        assertThat(read("{\"status\":404,\"error\":\"Not Found\",\"response\":{\"message\":[\"a\",\"b\"]}}"))
                .containsExactly("a", "b");
    }

    @Test
    void plainString() {
        assertThat(read("{\"status\":401,\"error\":\"Unauthorized\",\"response\":{\"message\":\"Unauthorized\"}}"))
                .containsExactly("Unauthorized");
    }

    @Test
    void nestedArrays() {
        assertThat(read("{\"status\":400,\"response\":{\"message\":[[\"x is required\",\"y is bad\"],[\"z\"]]}}"))
                .containsExactly("x is required", "y is bad", "z");
    }

    @Test
    void topLevelMessageOfAnErrorFlag() {
        assertThat(read("{\"error\":true,\"message\":\"[object Object]\"}")).containsExactly("[object Object]");
    }

    @Test
    void objectsInsideTheMessageAreOpened() {
        assertThat(read("{\"response\":{\"message\":[{\"message\":\"inner\"}, 42, true]}}"))
                .containsExactly("inner", "42", "true");
    }

    @Test
    void nonJsonHasNoMessages() {
        assertThat(messages.parse("<html>")).isEmpty();
        assertThat(messages.parse("")).isEmpty();
        assertThat(ServerMessages.of(null)).isEmpty();
        assertThat(ServerMessages.of(java.util.List.of("a"))).isEmpty();
    }

    private java.util.List<String> read(String body) {
        return ServerMessages.of(messages.parse(body).orElseThrow());
    }
}
