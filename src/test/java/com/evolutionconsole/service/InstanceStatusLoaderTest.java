package com.evolutionconsole.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.InstanceStatus;
import com.evolutionconsole.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The loader hands over only what changed, so the UI thread's share grows with changes, not with instances. */
class InstanceStatusLoaderTest {

    private TestServer server;
    private InstanceStatusLoader loader;
    private final List<ListingChange> listings = new ArrayList<>();
    private final List<InstanceStatus> states = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new TestServer();
        for (int i = 0; i < 600; i++) {
            server.create("bot-" + i, false);
        }
        loader = new InstanceStatusLoader(server.pool);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void load() throws InterruptedException {
        listings.clear();
        states.clear();
        loader.load(server.client, listings::add, states::addAll);
    }

    @Test
    void theFirstLoadHandsOverEverythingInBatches() throws InterruptedException {
        List<Integer> batchSizes = new ArrayList<>();
        loader.load(server.client, listings::add, batch -> batchSizes.add(batch.size()));
        assertThat(listings).singleElement().satisfies(l -> {
            assertThat(l.addedOrChanged()).hasSize(600);
            assertThat(l.listedCount()).isEqualTo(600);
        });
        assertThat(batchSizes).containsExactly(250, 250, 100);
    }

    @Test
    void laterLoadsHandOverOnlyTheChanges() throws InterruptedException {
        load();
        server.client.connect("bot-7");
        server.client.delete("bot-8");
        server.create("bot-new", false);
        load();
        ListingChange change = listings.get(0);
        assertThat(change.addedOrChanged()).extracting(Instance::name).contains("bot-new").doesNotContain("bot-1");
        assertThat(change.removed()).containsExactly("bot-8");
        assertThat(states).extracting(s -> s.instance().name()).containsExactlyInAnyOrder("bot-7", "bot-new");
        assertThat(states).filteredOn(s -> s.instance().name().equals("bot-7")).singleElement()
                .satisfies(s -> assertThat(s.liveState()).isEqualTo(ConnectionState.CONNECTING));
    }

    @Test
    void aForgottenReadingIsHandedOverAgain() throws InterruptedException {
        load();
        loader.forget("bot-3");
        load();
        assertThat(states).extracting(s -> s.instance().name()).containsExactly("bot-3");
    }

    @Test
    void resetStartsAfresh() throws InterruptedException {
        load();
        loader.reset();
        load();
        assertThat(listings.get(0).addedOrChanged()).hasSize(600);
        assertThat(states).hasSize(600);
    }
}
