package com.evolutionconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.evolutionconsole.domain.KeyKind;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved servers survive restarts, and a damaged file is kept and reported, never lost. */
class ProfileStoreTest {

    private static final Clock AT_1145 = Clock.fixed(Instant.parse("2026-11-25T11:45:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ServerProfile prod = ServerProfile.create("Prod", "https://evo.example.com")
            .withKeyKind(KeyKind.GLOBAL).withTrustedCertificate("AB:CD:EF");
    private final ServerProfile lab = ServerProfile.create("Lab", "http://10.0.0.5:8080");

    @Test
    void noFileYetIsAnEmptyBookAndNoProblem() {
        ProfileLoad load = new ProfileStore(dir.resolve("profiles.json")).load();

        assertThat(load.book()).isEqualTo(ProfileBook.empty());
        assertThat(load.problem()).isEmpty();
        assertThat(load.keptAside()).isEmpty();
    }

    @Test
    void aSavedBookComesBackAsReadableVersionedJson() throws IOException {
        Path file = dir.resolve("profiles.json");
        ProfileBook book = ProfileBook.empty().with(prod).with(lab).withLastUsed(lab.id())
                .withSecretFallback(SecretFallback.OWNER_ONLY_FILE);
        new ProfileStore(file).save(book);

        ProfileLoad load = new ProfileStore(file).load();

        assertThat(load.book()).isEqualTo(book);
        assertThat(load.problem()).isEmpty();
        assertThat(Files.readString(file)).startsWith("{\n  \"version\": 1,\n")
                .contains("\n      \"name\": \"Prod\",\n", "\"keyKind\": \"GLOBAL\"", "\"secretFallback\": \"OWNER_ONLY_FILE\"");
        assertThat(filesIn(dir)).as("no temporary file is left").containsExactly(file);
    }

    @Test
    void theFileAndTheFoldersItNeedsAreOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("config/evolution-console/profiles.json");
        new ProfileStore(file).save(ProfileBook.empty().with(prod));

        assertThat(mode(dir.resolve("config"))).isEqualTo("rwx------");
        assertThat(mode(file.getParent())).isEqualTo("rwx------");
        assertThat(mode(file)).isEqualTo("rw-------");
    }

    @Test
    void fieldsFromANewerConsoleAreSkipped() throws IOException {
        Path file = dir.resolve("profiles.json");
        Files.writeString(file, """
                {"version": 1, "theme": "dark", "profiles": [
                  {"id": "p1", "name": "Prod", "url": "https://evo", "colour": "red", "tags": ["a"]}
                ]}""");

        ProfileLoad load = new ProfileStore(file).load();

        assertThat(load.problem()).isEmpty();
        assertThat(load.book().profiles()).containsExactly(new ServerProfile("p1", "Prod", "https://evo", null, null));
    }

    @Test
    void aPageInsteadOfJsonIsSaidInWords() throws IOException {
        Files.writeString(dir.resolve("profiles.json"), "<html>");
        assertThat(new ProfileStore(dir.resolve("profiles.json"), AT_1145).load().problem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("(it is not valid JSON at its start)")
                        .doesNotContain("$"));
    }

    @Test
    void aCorruptFileIsKeptAsideReportedAndSurvivesTheNextSave() throws IOException {
        Path file = dir.resolve("profiles.json");
        Files.writeString(file, "{\"version\": 1, \"profiles\": [ {\"id\": oops} ] }");
        ProfileStore store = new ProfileStore(file, AT_1145);

        ProfileLoad load = store.load();

        Path kept = dir.resolve("profiles.json.corrupt-20261125-114500");
        assertThat(load.book()).isEqualTo(ProfileBook.empty());
        assertThat(load.keptAside()).contains(kept);
        assertThat(load.problem()).contains("The saved servers file could not be read (it is not valid JSON near $.profiles[0].id)."
                + " It was kept as " + kept + "; the console starts with no saved servers.");
        assertThat(kept).hasContent("{\"version\": 1, \"profiles\": [ {\"id\": oops} ] }");

        store.save(ProfileBook.empty().with(lab));
        assertThat(kept).as("the kept copy is not overwritten").hasContent("{\"version\": 1, \"profiles\": [ {\"id\": oops} ] }");
        assertThat(store.load().book().profiles()).containsExactly(lab);
    }

    @Test
    void aSecondBadFileInTheSameSecondIsKeptToo() throws IOException {
        Path file = dir.resolve("profiles.json");
        ProfileStore store = new ProfileStore(file, AT_1145);
        Files.writeString(file, "first");
        store.load();
        Files.writeString(file, "second");

        assertThat(store.load().keptAside()).contains(dir.resolve("profiles.json.corrupt-20261125-114500-2"));
        assertThat(dir.resolve("profiles.json.corrupt-20261125-114500")).hasContent("first");
        assertThat(dir.resolve("profiles.json.corrupt-20261125-114500-2")).hasContent("second");
    }

    @Test
    void wrongShapesAreCorruptionWithTheirReason() throws IOException {
        assertThat(problemFor("{\"version\": 2, \"profiles\": []}"))
                .contains("(it is version 2, which this console cannot read; it may come from a newer console)");
        assertThat(problemFor("{\"profiles\": []}")).contains("(it has no version number)");
        assertThat(problemFor("[1, 2]")).contains("(it does not hold a JSON object)");
        assertThat(problemFor("")).contains("(it is empty or cut short)");
        assertThat(problemFor("{\"version\": 1, \"profiles\": [ {\"id\": ")).contains("(it is empty or cut short)");
        assertThat(problemFor("{\"version\": 1}")).contains("(it has no \"profiles\" list)");
        assertThat(problemFor("{\"version\": 1, \"profiles\": [{\"id\": \"p1\", \"name\": \"Prod\"}]}"))
                .contains("(profiles[0] has no \"url\")");
        assertThat(problemFor("{\"version\": 1, \"profiles\": [{\"id\": \"p1\", \"name\": [\"Prod\"], \"url\": \"u\"}]}"))
                .contains("(unexpected content at $.profiles[0].name)");
        assertThat(problemFor("{\"version\": 1, \"profiles\": [{\"id\": \"p1\", \"name\": \"Prod\", \"url\": \"u\"},"
                + " {\"id\": \"p2\", \"name\": \"prod\", \"url\": \"v\"}]}"))
                .contains("There is already a server named \"prod\"");
    }

    @Test
    void aFileThatCannotBeReadAtAllIsKeptAsideToo() throws IOException {
        Path file = dir.resolve("profiles.json");
        Files.createDirectory(file); // fails to read even for root, unlike a file without permissions
        Files.writeString(file.resolve("inside"), "x");

        ProfileLoad load = new ProfileStore(file, AT_1145).load();

        assertThat(load.problem().orElseThrow()).contains("could not be read (Is a directory)");
        assertThat(load.keptAside().orElseThrow().resolve("inside")).hasContent("x");
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileWithoutReadPermissionIsKeptAside() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file");
        Path file = dir.resolve("profiles.json");
        Files.writeString(file, "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "this user reads any file");

        ProfileLoad load = new ProfileStore(file, AT_1145).load();

        assertThat(load.problem().orElseThrow()).contains("could not be read (permission denied)");
        assertThat(load.keptAside()).contains(dir.resolve("profiles.json.corrupt-20261125-114500"));
    }

    @Test
    void aBadFileThatCannotBeMovedAsideIsNeverOverwritten() throws IOException {
        // a name too long to take the ".corrupt-…" suffix: a rename that fails for every user, root included
        Path file = dir.resolve("p".repeat(240) + ".json");
        Files.writeString(file, "precious but broken");
        ProfileStore store = new ProfileStore(file, AT_1145);

        ProfileLoad load = store.load();

        assertThat(load.keptAside()).isEmpty();
        assertThat(load.problem().orElseThrow()).contains("could not be read (it is not valid JSON", "nor moved aside (",
                "It is left as it is and will not be overwritten");
        assertThatThrownBy(() -> store.save(ProfileBook.empty().with(lab)))
                .isInstanceOf(IOException.class).hasMessageStartingWith("Nothing was saved: " + file);
        assertThat(file).hasContent("precious but broken");

        Files.writeString(file, "{\"version\": 1, \"profiles\": []}"); // the operator repaired it
        assertThat(store.load().problem()).isEmpty();
        store.save(ProfileBook.empty().with(lab));
        assertThat(store.load().book().profiles()).containsExactly(lab);
    }

    @Test
    void theLocationIsTheSettingsFolder() {
        UserFolders folders = new UserFolders(dir.resolve("config"), dir.resolve("logs"));
        assertThat(ProfileStore.in(folders).path()).isEqualTo(dir.resolve("config/profiles.json"));
    }

    private String problemFor(String content) throws IOException {
        Path file = Files.createTempDirectory(dir, "case").resolve("profiles.json");
        Files.writeString(file, content);
        ProfileLoad load = new ProfileStore(file, AT_1145).load();
        assertThat(load.book()).isEqualTo(ProfileBook.empty());
        assertThat(load.keptAside().orElseThrow()).hasContent(content);
        return load.problem().orElseThrow();
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
