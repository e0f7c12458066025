package com.evolutionconsole.ui.monitor;

import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.util.concurrent.CompletableFuture;

/** A desktop notification where the system offers one, else a silent fallback (headless, Xvfb); never throws. */
public interface DesktopNotifier extends AutoCloseable {

    /** Shows nothing; for systems without a tray, and for tests. */
    DesktopNotifier NONE = new DesktopNotifier() {
        @Override
        public boolean supported() {
            return false;
        }

        @Override
        public void show(String title, String message, boolean warning) {
            // nothing to show on
        }
    };

    /**
     * The system tray's notifier when the platform has a tray, else {@link #NONE}. Asking starts AWT, which costs
     * about a second: it is asked in the background, so the console's start does not wait for it.
     */
    static DesktopNotifier system() {
        CompletableFuture<DesktopNotifier> probed = new CompletableFuture<>();
        Thread probe = new Thread(() -> probed.complete(probe()), "desktop-notifier-probe");
        probe.setDaemon(true);
        probe.start();
        return new DesktopNotifier() {
            @Override
            public boolean supported() {
                return probed.getNow(NONE).supported(); // not yet known counts as not supported
            }

            @Override
            public void show(String title, String message, boolean warning) {
                probed.thenAccept(notifier -> notifier.show(title, message, warning));
            }

            @Override
            public void close() {
                probed.thenAccept(DesktopNotifier::close);
            }
        };
    }

    private static DesktopNotifier probe() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported() ? new TrayNotifier() : NONE;
        } catch (RuntimeException | LinkageError unavailable) {
            return NONE;
        }
    }

    /** True when notifications can appear at all. */
    boolean supported();

    /** Shows a notification; fails silently where the platform refuses. */
    void show(String title, String message, boolean warning);

    /** Removes anything left on the desktop (the tray icon). */
    @Override
    default void close() {
    }
}
