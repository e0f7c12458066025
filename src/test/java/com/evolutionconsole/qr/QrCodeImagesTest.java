package com.evolutionconsole.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodeImagesTest {

    private static final String PREFIX = "data:image/png;base64,";

    /** Shaped like a real WhatsApp pairing code: ref, two 32-byte keys, a 16-byte secret, base64. */
    private final String text = "2@Xq3vT9sJw0pQ1rLk8mN2bC4dE6fG7hI9jK0lM1nO2pQ3rS4tU5vW6xY7zA8bC9dE0fG==,"
            + "3kL9mN2pQ4rS6tU8vW0xY2zA4bC6dE8fG0hI2jK4lM6=,7nO9pQ1rS3tU5vW7xY9zA1bC3dE5fG7hI9jK1lM3nO5=,"
            + "Vx8yZ0aB2cD4eF6gH8iJ0k==";

    private static BufferedImage decodePng(String dataUrl) throws Exception {
        assertThat(dataUrl).startsWith(PREFIX);
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(PREFIX.length()));
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void thePngScansBackToTheSameText() throws Exception {
        BufferedImage image = decodePng(QrCodeImages.dataUrl(text));

        String decoded = new QRCodeReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.PURE_BARCODE, true)).getText();

        assertThat(decoded).isEqualTo(text);
    }

    @Test
    void darkModulesAreTheServerGreenOnWhiteWithAThreeModuleMarginAtFourPixels() throws Exception {
        BufferedImage image = decodePng(QrCodeImages.dataUrl(text));

        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(colours).containsExactlyInAnyOrder(0x198754, 0xFFFFFF);
        // The finder pattern's top-left corner sits right after the 3-module (12 px) quiet zone.
        assertThat(image.getRGB(11, 11) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(12, 12) & 0xFFFFFF).isEqualTo(0x198754);
        assertThat(image.getWidth()).isEqualTo(image.getHeight());
        assertThat(image.getWidth() % 4).isZero();
        // Version 7 (45 modules) + margins: the long WhatsApp payload at level H needs at least that.
        assertThat(image.getWidth() / 4 - 6).isGreaterThanOrEqualTo(45);
    }
}
