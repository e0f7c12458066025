package com.evolutionconsole.demo;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Makes the random values of the wire look like the real ones: UUIDs, tokens, Prisma cuids, QR texts, pairing codes. */
final class DemoIdentifiers {

    private static final String PAIRING_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger cuidCounter = new AtomicInteger();
    private final String fingerprint = randomBase36(4);

    String instanceId() {
        return UUID.randomUUID().toString();
    }

    /** The default instance token (create's {@code hash}). */
    String token() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    /** A Prisma cuid such as {@code cmwvunjlk0000607db3n197ll}: c, time, counter, fingerprint, random. */
    String cuid(Instant at) {
        String time = Long.toString(at.toEpochMilli(), 36);
        time = time.length() > 8 ? time.substring(time.length() - 8) : "0".repeat(8 - time.length()) + time;
        String counter = Integer.toString(cuidCounter.getAndIncrement() % (36 * 36 * 36 * 36), 36);
        return "c" + time + "0".repeat(4 - counter.length()) + counter + fingerprint + randomBase36(8);
    }

    /** WhatsApp's QR payload: {@code 2@ref,noiseKey,identityKey,advSecret}, all base64. */
    String qrText() {
        return "2@" + base64(66) + "," + base64(32) + "," + base64(32) + "," + base64(16);
    }

    /** Eight characters, shown to users as XXXX-XXXX. */
    String pairingCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(PAIRING_ALPHABET.charAt(random.nextInt(PAIRING_ALPHABET.length())));
        }
        return code.toString();
    }

    private String base64(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getEncoder().encodeToString(value);
    }

    private String randomBase36(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(BASE36.charAt(random.nextInt(BASE36.length())));
        }
        return text.toString();
    }
}
