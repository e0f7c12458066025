package com.evolutionconsole.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files readable only by their owner (the SDK's "save the QR code securely": mode 600) atomically and
 * durably, and creates folders only their owner can open (700): a QR code, report or settings file is never visible
 * to others, never half-written, and still there after a crash right after the write.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    /** Writes a file's bytes to a stream; when it throws, the target keeps its old content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OwnerOnlyFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Writes to a temporary file in the target's folder, forces it to disk, then renames it over the target. */
    public static void write(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temp = posix()
                ? Files.createTempFile(directory, ".evolution-console-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE))
                : Files.createTempFile(directory, ".evolution-console-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                content.writeTo(out);
                out.flush();
                channel.force(true); // the bytes are on disk before the rename makes them the file
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            if (posix()) {
                Files.setPosixFilePermissions(target, OWNER_READ_WRITE);
            }
            forceFolder(directory);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Creates a folder and any missing parents readable only by the owner where the file system has permissions. */
    public static Path createDirectories(Path directory) throws IOException {
        return posix() ? Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER))
                : Files.createDirectories(directory);
    }

    /** Makes the rename itself durable. */
    private static void forceFolder(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder this way; the file's own bytes were forced already
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
