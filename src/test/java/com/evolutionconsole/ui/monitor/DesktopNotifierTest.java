package com.evolutionconsole.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** Where the system has no tray (headless here, as on Xvfb), notifications fall back to nothing, never failing. */
class DesktopNotifierTest {

    @Test
    void withoutATrayTheSystemNotifierIsTheSilentOne() {
        DesktopNotifier notifier = DesktopNotifier.system();

        // the tray is probed in the background; headless, it is unsupported before and after the probe
        assertThat(notifier.supported()).isFalse();
        assertThatCode(() -> {
            notifier.show("Instance unhealthy: shop", "\"shop\" has been unhealthy for 2 min.", true);
            notifier.close();
        }).doesNotThrowAnyException();
    }
}
