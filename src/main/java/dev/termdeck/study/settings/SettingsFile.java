package dev.termdeck.study.settings;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.termdeck.core.Lang;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.io.AtomicFiles;
import dev.termdeck.io.InputFiles;
import dev.termdeck.io.JsonProblem;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings file ({@code settings.json} in the data directory): read on start, written atomically when the
 * learner changes a setting. Its absence means this is the first run. A field that is missing takes its default;
 * unknown fields are ignored (a newer termdeck may add some); a bad value is an error naming the file and field.
 * Thread-safe (no mutable state).
 *
 * @param file the settings file
 */
public record SettingsFile(Path file) {
    /** The largest settings file read (one is about 200 bytes). */
    static final long MAX_BYTES = 1024 * 1024;

    /** Built on first use: most starts find no settings file to parse, and a mapper takes a while to set up. */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    public SettingsFile {
        Objects.requireNonNull(file, "file");
    }

    /** The file as stored: codes for enums, {@code null} for "not set". */
    @JsonPropertyOrder({"uiLang", "direction", "mode", "newPerDay", "reviewsPerDay", "desiredRetention"})
    record Stored(String uiLang, String direction, String mode, Integer newPerDay, Integer reviewsPerDay,
            Double desiredRetention) {
    }

    /** The saved settings, or empty when there is no settings file yet (the first run). */
    public Optional<Settings> load() {
        byte[] bytes;
        try {
            bytes = InputFiles.read(file, MAX_BYTES);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                    ? fs.getReason() : e.getClass().getSimpleName();
            throw new TermdeckException(file + ": cannot read the settings (" + reason + ")", e);
        }
        Stored s;
        try {
            s = Json.MAPPER.readValue(bytes, Stored.class);
        } catch (JsonProcessingException e) {
            throw new TermdeckException(JsonProblem.describe(file.toString(), e) + "; fix or delete the file", e);
        } catch (IOException e) {
            throw new TermdeckException(file + ": cannot read the settings", e);
        }
        if (s == null) {
            return Optional.of(Settings.defaults());
        }
        Settings d = Settings.defaults();
        try {
            return Optional.of(new Settings(
                    s.uiLang() == null ? null : Lang.of(s.uiLang()),
                    s.direction() == null ? d.direction() : Direction.of(s.direction()),
                    s.mode() == null ? d.mode() : Mode.of(s.mode()),
                    s.newPerDay() == null ? d.newPerDay() : s.newPerDay(),
                    s.reviewsPerDay() == null ? d.reviewsPerDay() : s.reviewsPerDay(),
                    s.desiredRetention() == null ? d.desiredRetention() : s.desiredRetention()));
        } catch (IllegalArgumentException e) {
            throw new TermdeckException(file + ": " + e.getMessage() + "; fix or delete the file", e);
        }
    }

    /** Writes {@code settings}, atomically replacing the file. */
    public void save(Settings settings) throws IOException {
        Stored s = new Stored(settings.uiLang() == null ? null : settings.uiLang().code(),
                settings.direction().code(), settings.mode().code(), settings.newPerDay(), settings.reviewsPerDay(),
                settings.desiredRetention());
        AtomicFiles.writeString(file, Json.MAPPER.writeValueAsString(s) + "\n");
    }
}
