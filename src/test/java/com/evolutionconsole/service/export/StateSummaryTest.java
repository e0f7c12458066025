package com.evolutionconsole.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Instance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed's grouping: open is connected, close is disconnected, anything else (or unread) is unknown. */
class StateSummaryTest {

    @Test
    void groupsAsTheSdkDoesKeepingTheOrderGiven() {
        Map<String, ConnectionState> states = new java.util.LinkedHashMap<>();
        states.put("a-open", ConnectionState.OPEN);
        states.put("b-close", ConnectionState.CLOSE);
        states.put("c-connecting", ConnectionState.CONNECTING);
        states.put("d-refused", ConnectionState.REFUSED);
        states.put("e-v1-closed", ConnectionState.of("closed"));
        states.put("f-absent", ConnectionState.ABSENT);
        states.put("g-unread", null);
        states.put("h-open", ConnectionState.OPEN);

        StateSummary summary = StateSummary.of(List.copyOf(states.keySet()), name -> name, states::get);

        assertThat(summary.connected()).containsExactly("a-open", "h-open");
        assertThat(summary.disconnected()).containsExactly("b-close", "e-v1-closed");
        assertThat(summary.unknown()).containsExactly("c-connecting", "d-refused", "f-absent", "g-unread");
        assertThat(summary.total()).isEqualTo(8);
        assertThat(summary.text()).isEqualTo("2 connected (open) · 2 disconnected (close) · 4 unknown · 8 in all");
    }

    private static Instance instance(String name, ConnectionState stored) {
        return new Instance(null, name, stored, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }
}
