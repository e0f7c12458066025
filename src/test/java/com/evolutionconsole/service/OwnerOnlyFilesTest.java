package com.evolutionconsole.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is replaced whole or not at all, and only its owner can read it. */
class OwnerOnlyFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWriteReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.json");
        OwnerOnlyFiles.write(target, "old".getBytes(StandardCharsets.UTF_8));
        OwnerOnlyFiles.write(target, "new content".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("new content");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldFileIntact() throws IOException {
        Path target = dir.resolve("profiles.json");
        OwnerOnlyFiles.write(target, "complete old content".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> OwnerOnlyFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("complete old content");
        assertThat(filesIn(dir)).as("the temporary file is cleaned up").containsExactly(target);
    }

    @Test
    void filesAreOwnerReadWriteAndFoldersOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path folder = OwnerOnlyFiles.createDirectories(dir.resolve("a/b"));
        Path target = folder.resolve("secret.png");
        OwnerOnlyFiles.write(target, new byte[] {1, 2, 3});

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
