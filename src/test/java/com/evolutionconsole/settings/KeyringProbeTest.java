package com.evolutionconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javakeyring.BackendNotSupportedException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The probe answers in time whatever the keyring does: works, refuses, breaks or never answers. */
class KeyringProbeTest {

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseHungOpeners() {
        release.countDown();
    }

    @Test
    void thisMachineGetsAnAnswerWithinTheLimit() {
        long start = System.nanoTime();
        KeyringStatus status = KeyringProbe.probe();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(KeyringProbe.TIME_LIMIT.plusSeconds(2));
        if (status.isAvailable()) {
            status.backend().close();
        } else {
            assertThat(status.reason()).startsWith("No system keyring is available (").endsWith(").");
        }
    }

    @Test
    void aKeyringThatAnswersWithNoSuchEntryIsAvailable() {
        InMemoryKeyring keyring = new InMemoryKeyring();
        KeyringStatus status = KeyringProbe.probe(() -> keyring, Duration.ofSeconds(5));

        assertThat(status.isAvailable()).isTrue();
        assertThat(status.backend()).isSameAs(keyring);
        assertThat(status.reason()).isNull();
    }

    @Test
    void noBackendIsAReasonForTheOperator() {
        KeyringStatus status = KeyringProbe.probe(() -> {
            throw new BackendNotSupportedException("No available keyring backend found");
        }, Duration.ofSeconds(5));

        assertThat(status.isAvailable()).isFalse();
        assertThat(status.reason()).isEqualTo("No system keyring is available (no available keyring backend found).");
    }

    @Test
    void aBrokenKeyringOrMissingNativeLibraryIsUnavailableNotAnError() {
        InMemoryKeyring broken = new InMemoryKeyring();
        broken.outage = new IllegalStateException("DBus connection closed");
        assertThat(KeyringProbe.probe(() -> broken, Duration.ofSeconds(5)).reason())
                .isEqualTo("No system keyring is available (DBus connection closed).");
        assertThat(broken.closed.getCount()).as("the broken connection is released").isZero();

        assertThat(KeyringProbe.probe(() -> {
            throw new UnsatisfiedLinkError("Unable to load library 'secret-1'");
        }, Duration.ofSeconds(5)).isAvailable()).isFalse();
    }

    @Test
    void aKeyringThatNeverAnswersIsGivenUpOnAndClosedWhenItFinallyDoes() throws InterruptedException {
        InMemoryKeyring late = new InMemoryKeyring();
        long start = System.nanoTime();

        KeyringStatus status = KeyringProbe.probe(() -> {
            release.await(); // like a D-Bus that accepted the connection and never replies
            return late;
        }, Duration.ofMillis(300));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(status.isAvailable()).isFalse();
        assertThat(status.reason()).isEqualTo("No system keyring is available (it did not answer within 300 ms).");
        release.countDown();
        assertThat(late.closed.await(10, TimeUnit.SECONDS)).as("the late connection is released").isTrue();
    }
}
