package com.evolutionconsole.settings;

import com.evolutionconsole.service.OwnerOnlyFiles;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okio.BufferedSink;
import okio.Okio;

/**
 * One JSON settings file with a {@code "version": 1} field beside the content of a record type {@code F}. It is
 * written atomically and owner-only; when it cannot be read it is moved aside as {@code <name>.corrupt-<time>},
 * never deleted or overwritten, so the operator can still recover it.
 */
final class SettingsFile<F> {

    private static final int VERSION = 1;

    private static final Moshi MOSHI = new Moshi.Builder().build();
    private static final JsonAdapter<Object> TREE = MOSHI.adapter(Object.class);
    private static final JsonAdapter<Object> PRETTY = TREE.indent("  ");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern JSON_PATH = Pattern.compile("at path (\\S+)");

    private final Path file;
    private final JsonAdapter<F> format;
    private final String what;
    private final String consequence;
    private final Clock clock;
    /** Set while an unreadable file that could not be moved aside sits at {@link #file}: saving would destroy it. */
    private boolean keptInPlace;

    /**
     * @param what the file's content in words, as in "the {@code saved servers} file"
     * @param consequence what the operator should expect when the file is set aside
     */
    SettingsFile(Path file, Class<F> format, String what, String consequence, Clock clock) {
        this.file = file;
        this.format = MOSHI.adapter(format);
        this.what = what;
        this.consequence = consequence;
        this.clock = clock;
    }

    Path path() {
        return file;
    }

    /**
     * The file's content turned into a value by {@code toValue}, which throws IllegalArgumentException for content
     * that makes no sense; empty when there is no file yet.
     */
    synchronized <V> Optional<V> load(Function<F, V> toValue) throws UnreadableSettingsException {
        keptInPlace = false;
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(toValue.apply(parse(Files.readString(file))));
        } catch (IOException | JsonDataException | IllegalArgumentException unreadable) {
            throw setAside(unreadable);
        }
    }

    synchronized void save(F content) throws IOException {
        if (keptInPlace) {
            throw new IOException("Nothing was saved: " + file + " could not be read nor moved aside, and saving would"
                    + " replace it. Fix or remove that file, then restart the console.");
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("version", VERSION);
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) format.toJsonValue(content);
        tree.putAll(fields);
        try {
            OwnerOnlyFiles.createDirectories(file.toAbsolutePath().getParent());
            OwnerOnlyFiles.write(file, out -> {
                BufferedSink sink = Okio.buffer(Okio.sink(out));
                PRETTY.toJson(sink, tree);
                sink.writeUtf8("\n").flush();
            });
        } catch (IOException e) {
            throw new IOException("The " + what + " file " + file + " could not be written (" + reason(e) + ").", e);
        }
    }

    private F parse(String json) throws IOException {
        if (!(TREE.fromJson(json) instanceof Map<?, ?> root)) {
            throw new IllegalArgumentException("it does not hold a JSON object");
        }
        Object version = root.get("version");
        if (version == null) {
            throw new IllegalArgumentException("it has no version number");
        }
        if (!(version instanceof Number number) || number.doubleValue() != VERSION) {
            String shown = version instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : version.toString();
            throw new IllegalArgumentException("it is version " + shown + ", which this console cannot read;"
                    + " it may come from a newer console");
        }
        return format.fromJson(json); // from the text again: the tree has turned numbers into doubles
    }

    /** The exception carries no cause: a parser's message may quote the file's content, which can be a key. */
    private UnreadableSettingsException setAside(Exception unreadable) {
        String why = reason(unreadable);
        try {
            Path kept = moveAside();
            return new UnreadableSettingsException("The " + what + " file could not be read (" + why + "). It was kept as "
                    + kept + "; " + consequence + ".", kept);
        } catch (IOException immovable) {
            keptInPlace = true;
            return new UnreadableSettingsException("The " + what + " file " + file + " could not be read (" + why
                    + ") nor moved aside (" + reason(immovable) + "). It is left as it is and will not be overwritten; "
                    + consequence + ". Fix or remove that file, then restart the console.", null);
        }
    }

    private Path moveAside() throws IOException {
        String name = file.getFileName() + ".corrupt-" + STAMP.format(LocalDateTime.now(clock));
        for (int copy = 1; ; copy++) {
            try {
                return Files.move(file, file.resolveSibling(copy == 1 ? name : name + "-" + copy));
            } catch (FileAlreadyExistsException earlierCopy) {
                // set aside before within the same second: keep that one too
            }
        }
    }

    /** Why reading or writing failed, in words for the sentence around it. */
    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        if (e instanceof CharacterCodingException) {
            return "it is not UTF-8 text";
        }
        if (e instanceof EOFException) {
            return "it is empty or cut short";
        }
        if (e instanceof JsonEncodingException) {
            Matcher where = JSON_PATH.matcher(String.valueOf(e.getMessage()));
            return "it is not valid JSON" + (where.find() ? place(where.group(1), " near ") : "");
        }
        if (e instanceof JsonDataException) {
            // only the place: Moshi may quote the value, and in the keys file a value is a key
            Matcher where = JSON_PATH.matcher(String.valueOf(e.getMessage()));
            return "unexpected content" + (where.find() ? place(where.group(1), " at ") : "");
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Moshi's path "$" is the document itself: "at its start" reads better than " near $". */
    private static String place(String path, String preposition) {
        return "$".equals(path) ? " at its start" : preposition + path;
    }
}
