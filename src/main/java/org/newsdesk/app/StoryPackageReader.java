package org.newsdesk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.nio.file.Path;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.store.Clips;

/**
 * Reading a story package: the file (within its size cap), then its JSON into outlets, clips and stories, each bad
 * field named in one sentence; a story arrives SUBMITTED at most.
 */
final class StoryPackageReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clips clips;
    private final Clock clock;

    StoryPackageReader(Clips clips, Clock clock) {
        this.clips = clips;
        this.clock = clock;
    }

    /** What a package holds. */
    record Content(List<Outlet> outlets, List<Clip> clips, List<Story> stories) {
    }

    /**
     * Reads a package file, refusing one larger than {@link StoryPackageService#MAX_BYTES} before reading it.
     *
     * @throws StoryPackageException with one sentence when the file is missing, too large or not UTF-8
     */
    static String readFile(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = java.nio.file.Files.size(file);
            if (size > StoryPackageService.MAX_BYTES) {
                throw new StoryPackageException(name + " is " + megabytes(size) + "; a story package may be at"
                        + " most " + megabytes(StoryPackageService.MAX_BYTES) + ", so nothing was imported.");
            }
            return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new StoryPackageException("There is no file " + file + ".", e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new StoryPackageException(name + " is not UTF-8 text, so it is not a story package.", e);
        } catch (java.io.IOException e) {
            throw new StoryPackageException("Could not read " + name + " (" + e.getMessage() + ").", e);
        }
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    Content parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // A parser limit (nesting, length) reports no location; a hostile package must still get a sentence.
            throw new StoryPackageException(e.getLocation() == null
                    ? "The package is not usable JSON (" + e.getOriginalMessage() + ")."
                    : "The package is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ").", e);
        }
        if (root == null || !root.isObject()) {
            throw new StoryPackageException("The package is not a JSON object.");
        }
        String format = root.path("format").asText("");
        if (!StoryPackageService.FORMAT.equals(format)) {
            throw new StoryPackageException("format: expected \"" + StoryPackageService.FORMAT + "\", found "
                    + (format.isEmpty() ? "nothing" : "\"" + format + "\"") + ".");
        }
        List<Outlet> outletList = new ArrayList<>();
        for (Item item : items(root, "outlets")) {
            outletList.add(new Outlet(required(item, "name"), optional(item, "attribution"),
                    strings(item, "domains")));
        }
        List<Clip> clipList = new ArrayList<>();
        Set<UUID> knownClips = new HashSet<>();
        for (Item item : items(root, "clips")) {
            UUID id = uuid(item, "id");
            Clip clip = new Clip(id, required(item, "url"), optional(item, "canonicalUrl"), optional(item, "title"),
                    optional(item, "byline"), optional(item, "siteName"), instant(item, "publishedTime", null),
                    optional(item, "leadImageUrl"), optional(item, "lang"), optional(item, "text"),
                    instant(item, "capturedAt", clock.instant()));
            clipList.add(clip);
            knownClips.add(id);
        }
        List<Story> storyList = new ArrayList<>();
        Set<UUID> storyIds = new HashSet<>();
        for (Item item : items(root, "stories")) {
            UUID id = uuid(item, "id");
            if (!storyIds.add(id)) {
                throw item.wrong("id", "appears twice in the package");
            }
            List<UUID> storyClips = new ArrayList<>();
            JsonNode clipIds = item.node().path("clipIds");
            if (!clipIds.isMissingNode() && !clipIds.isNull()) {
                if (!clipIds.isArray()) {
                    throw item.wrong("clipIds", "must be a list of clip ids");
                }
                for (JsonNode clipId : clipIds) {
                    UUID clip = parseUuid(clipId.asText(), item, "clipIds");
                    if (!knownClips.contains(clip) && clips.find(clip).isEmpty()) {
                        throw item.wrong("clipIds", "names clip " + clip + ", which is neither in the package nor"
                                + " in this newsroom");
                    }
                    storyClips.add(clip);
                }
            }
            String author = required(item, "author");
            Instant updatedAt = instant(item, "updatedAt", clock.instant());
            Story story = new Story(id, optional(item, "headline"), optional(item, "body"), storyClips,
                    optional(item, "outlet"), optional(item, "attribution"), optional(item, "section"),
                    strings(item, "tags"), author, cappedStatus(item), 0, updatedAt, updatedAt, author);
            storyList.add(story);
        }
        return new Content(outletList, clipList, storyList);
    }

    /** A package is a writer's hand-in: approval happens on the editor's desk, so it arrives SUBMITTED at most. */
    private static StoryStatus cappedStatus(Item item) {
        String text = item.node().path("status").asText("DRAFT");
        StoryStatus status;
        try {
            status = StoryStatus.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw item.wrong("status", "\"" + text + "\" is not a story status (DRAFT, SUBMITTED, RETURNED, SPIKED)");
        }
        return status == StoryStatus.APPROVED || status == StoryStatus.PUBLISHED ? StoryStatus.SUBMITTED : status;
    }

    private record Item(String where, JsonNode node) {
        StoryPackageException wrong(String field, String problem) {
            return new StoryPackageException(where + "." + field + ": " + problem + ".");
        }
    }

    private static List<Item> items(JsonNode root, String field) {
        JsonNode array = root.path(field);
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new StoryPackageException(field + ": must be a list.");
        }
        List<Item> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String where = field + "[" + i + "]";
            if (!array.get(i).isObject()) {
                throw new StoryPackageException(where + ": must be an object.");
            }
            result.add(new Item(where, array.get(i)));
        }
        return result;
    }

    private static String required(Item item, String field) {
        JsonNode value = item.node().path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw item.wrong(field, value.isMissingNode() || value.isNull() ? "is missing" : "must be non-empty text");
        }
        return value.asText();
    }

    private static String optional(Item item, String field) {
        JsonNode value = item.node().path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw item.wrong(field, "must be text");
        }
        return value.asText();
    }

    private static List<String> strings(Item item, String field) {
        JsonNode value = item.node().path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw item.wrong(field, "must be a list of text");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw item.wrong(field, "must be a list of text");
            }
            result.add(element.asText());
        }
        return result;
    }

    private static UUID uuid(Item item, String field) {
        return parseUuid(required(item, field), item, field);
    }

    private static UUID parseUuid(String text, Item item, String field) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw item.wrong(field, "\"" + text + "\" is not a UUID");
        }
    }

    private static Instant instant(Item item, String field, Instant fallback) {
        String text = optional(item, field);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException again) {
                throw item.wrong(field, "\"" + text + "\" is not an ISO-8601 time such as 2024-05-10T09:00:00Z");
            }
        }
    }
}
