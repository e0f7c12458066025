package com.evolutionconsole.ui.common;

import com.evolutionconsole.domain.QrCode;
import com.evolutionconsole.qr.QrCodeImages;
import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayInputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The console's one QR renderer: draws the raw code with ZXing into a crisp JavaFX image, and falls back to the
 * server's PNG when there is no raw code (or it does not fit a QR code).
 */
public final class QrImages {

    private QrImages() {
    }

    /** An image of the code with {@code pixelsPerModule} pixels per QR module, or null when there is nothing to draw. */
    public static Image render(QrCode qr, int pixelsPerModule) {
        if (qr == null) {
            return null;
        }
        if (qr.code() != null) {
            try {
                return draw(QrCodeImages.encode(qr.code()), pixelsPerModule);
            } catch (IllegalArgumentException tooLong) {
                // fall through to the server's image
            }
        }
        byte[] png = qr.png();
        if (png != null) {
            Image image = new Image(new ByteArrayInputStream(png));
            return image.isError() ? null : image;
        }
        return null;
    }

    private static Image draw(BitMatrix modules, int scale) {
        int size = modules.getWidth() * scale;
        WritableImage image = new WritableImage(size, size);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                Color color = modules.get(x, y) ? Color.BLACK : Color.WHITE;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        pixels.setColor(x * scale + dx, y * scale + dy, color);
                    }
                }
            }
        }
        return image;
    }
}
