package com.evolutionconsole.ui.monitor;

import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;

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

    /** The system tray's notifier when the platform has a tray, else {@link #NONE}. */
    static DesktopNotifier system() {
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
