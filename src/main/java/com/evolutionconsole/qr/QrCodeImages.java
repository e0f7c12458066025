package com.evolutionconsole.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/**
 * Renders QR text the way the Evolution API server's node-qrcode call does ({@code margin 3, scale 4, level H, dark #198754}),
 * as a {@code data:image/png;base64,…} URL.
 */
public final class QrCodeImages {

    /** The server's default QRCODE_COLOR. */
    public static final int DARK_RGB = 0x198754;
    public static final int LIGHT_RGB = 0xFFFFFF;
    public static final int MARGIN_MODULES = 3;
    public static final int PIXELS_PER_MODULE = 4;

    private static final String DATA_URL_PREFIX = "data:image/png;base64,";

    private QrCodeImages() {
    }

    public static String dataUrl(String text) {
        return DATA_URL_PREFIX + Base64.getEncoder().encodeToString(png(text));
    }

    public static byte[] png(String text) {
        BitMatrix modules = encode(text);
        int size = modules.getWidth() * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = modules.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE);
                image.setRGB(x, y, dark ? DARK_RGB : LIGHT_RGB);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One matrix cell per module, quiet zone included (a zero size asks ZXing for exactly that). */
    public static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.H,
                    EncodeHintType.MARGIN, MARGIN_MODULES));
        } catch (WriterException e) {
            throw new IllegalArgumentException("text does not fit in a QR code", e);
        }
    }
}
