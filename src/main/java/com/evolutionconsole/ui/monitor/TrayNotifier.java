package com.evolutionconsole.ui.monitor;

import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.Image;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Notifications through {@link SystemTray}; AWT calls run on AWT's own thread. */
final class TrayNotifier implements DesktopNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(TrayNotifier.class);
    private static final String ICON = "/com/evolutionconsole/icons/evolution-console-32.png";

    /** Added on the first notification, so a console that never alerts leaves no icon; AWT thread only. */
    private TrayIcon icon;
    private volatile boolean broken;

    @Override
    public boolean supported() {
        return !broken;
    }

    @Override
    public void show(String title, String message, boolean warning) {
        if (broken) {
            return;
        }
        EventQueue.invokeLater(() -> {
            try {
                if (icon == null) {
                    icon = new TrayIcon(image(), "Evolution Console");
                    icon.setImageAutoSize(true);
                    SystemTray.getSystemTray().add(icon);
                }
                icon.displayMessage(title, message, warning ? TrayIcon.MessageType.WARNING : TrayIcon.MessageType.INFO);
            } catch (AWTException | RuntimeException refused) {
                // A tray that refuses once (no notification area running) is not asked again.
                broken = true;
                LOG.info("Desktop notifications are unavailable: {}", refused.toString());
            }
        });
    }

    @Override
    public void close() {
        EventQueue.invokeLater(() -> {
            if (icon != null) {
                SystemTray.getSystemTray().remove(icon);
                icon = null;
            }
        });
    }

    private static Image image() {
        try (InputStream in = TrayNotifier.class.getResourceAsStream(ICON)) {
            if (in != null) {
                return ImageIO.read(in);
            }
        } catch (IOException unreadable) {
            LOG.debug("Tray icon unreadable", unreadable);
        }
        return new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
    }
}
