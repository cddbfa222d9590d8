package org.newsdesk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.User;
import org.newsdesk.store.AuditTrail;
import org.newsdesk.store.Clips;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutletStore;
import org.newsdesk.store.Revisions;
import org.newsdesk.store.Stories;
import org.newsdesk.store.UserStore;
import org.newsdesk.workflow.Permissions;

/**
 * Story packages ({@code newsdesk-story-package/1}): how a writer's laptop hands stories, with their clips and
 * outlets, to the editor's desk. Import is all-or-nothing and idempotent; a package never raises a story above
 * SUBMITTED.
 */
public final class StoryPackageService {
    public static final String FORMAT = "newsdesk-story-package/1";
    /** The largest package read: far above any day's hand-in (text only), far below what would exhaust memory. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Database database;
    private final Stories stories;
    private final Clips clips;
    private final OutletStore outlets;
    private final UserStore users;
    private final Revisions revisions;
    private final AuditTrail audit;
    private final Clock clock;

    public StoryPackageService(Database database, Stories stories, Clips clips, OutletStore outlets,
                               UserStore users, Revisions revisions, AuditTrail audit, Clock clock) {
        this.database = database;
        this.stories = stories;
        this.clips = clips;
        this.outlets = outlets;
        this.users = users;
        this.revisions = revisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an import did. */
    public record ImportResult(int storiesAdded, int storiesUpdated, int storiesUnchanged, int clipsAdded,
                               int outletsAdded, List<UUID> storyIds) {
        public String describe() {
            return storiesAdded + " stories added, " + storiesUpdated + " updated, " + storiesUnchanged
                    + " unchanged; " + clipsAdded + " clips and " + outletsAdded + " outlets added.";
        }
    }

    /** What a package holds, told before it is imported: its stories' headlines and authors, and its clips. */
    public record PackagePreview(List<String> headlines, List<String> authors, int clips) {
        public String describe() {
            return headlines.size() + (headlines.size() == 1 ? " story" : " stories") + " by "
                    + String.join(", ", authors) + ", with " + clips + (clips == 1 ? " clip" : " clips");
        }
    }

    /**
     * Reads a package without importing anything, so the person can be asked first.
     *
     * @throws StoryPackageException naming the bad field, as an import would
     */
    public PackagePreview preview(String json) {
        PackageContent content = parse(json);
        return new PackagePreview(content.stories().stream().map(Story::headline).toList(),
                content.stories().stream().map(Story::author).distinct().toList(), content.clips().size());
    }

    private record PackageContent(List<Outlet> outlets, List<Clip> clips, List<Story> stories) {
    }

    /**
     * Reads a package file, refusing one larger than {@link #MAX_BYTES} before reading it.
     *
     * @throws StoryPackageException with one sentence when the file is missing, too large or not UTF-8
     */
    public static String read(java.nio.file.Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = java.nio.file.Files.size(file);
            if (size > MAX_BYTES) {
                throw new StoryPackageException(name + " is " + megabytes(size) + "; a story package may be at"
                        + " most " + megabytes(MAX_BYTES) + ", so nothing was imported.");
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

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /**
     * Imports the package in {@code json} as {@code actor}: all of it, or (on any error) none of it. The workflow
     * rules apply to the person importing ({@link Permissions#importRefusal}); an outlet never takes a domain
     * that another outlet owns.
     */
    public ImportResult importPackage(String json, String actor) {
        if (json.length() > MAX_BYTES) {
            throw new StoryPackageException("The package is larger than " + megabytes(MAX_BYTES)
                    + ", so nothing was imported.");
        }
        PackageContent content = parse(json);
        return database.write(connection -> {
            if (users.all().isEmpty()) {
                // A package opened on a brand-new newsroom: whoever imports it is its first person, an editor, as
                // the first person of any newsroom is; the package's authors join as writers.
                users.add(new User(actor, Role.EDITOR));
                audit.append(actor, "user.add", actor, "the first person of the newsroom, an editor");
            }
            User importer = users.find(actor).orElseThrow(() -> new StoryPackageException("There is no person"
                    + " called " + actor + " in this newsroom; ask an editor to add you before importing."));
            int outletsAdded = 0;
            for (Outlet outlet : content.outlets()) {
                if (outlets.find(outlet.name()).isEmpty()) {
                    // a domain another outlet owns stays with it: a package must not re-attribute its stories
                    List<String> free = outlet.domains().stream()
                            .filter(domain -> outlets.findByDomain(domain).isEmpty()).toList();
                    outlets.save(new Outlet(outlet.name(), outlet.attribution(), free));
                    outletsAdded++;
                }
            }
            int clipsAdded = 0;
            for (Clip clip : content.clips()) {
                if (clips.find(clip.id()).isEmpty()) {
                    clips.insert(clip, null);
                    clipsAdded++;
                }
            }
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            for (Story incoming : content.stories()) {
                if (users.find(incoming.author()).isEmpty()) {
                    users.add(new User(incoming.author(), Role.WRITER));
                    audit.append(actor, "user.add", incoming.author(), "added as a writer by a story package");
                }
                Optional<Story> existing = stories.find(incoming.id());
                if (existing.isEmpty() && incoming.status() == StoryStatus.SPIKED && !importer.isEditor()) {
                    throw new StoryPackageException("\"" + incoming.headline() + "\" arrives spiked, and only"
                            + " editors spike stories; nothing was imported.");
                }
                if (existing.isEmpty()) {
                    stories.insert(incoming);
                    audit.append(actor, "import", incoming.id().toString(),
                            "imported \"" + incoming.headline() + "\" as " + incoming.status().label());
                    added++;
                } else if (isNewerWork(existing.get(), incoming)) {
                    Story current = existing.get();
                    Permissions.importRefusal(importer, current, incoming.status(), textDiffers(current, incoming))
                            .ifPresent(rule -> {
                                throw new StoryPackageException(rule + " Nothing was imported.");
                            });
                    revisions.add(current.id(), current.headline(), current.body(), current.updatedBy(),
                            "before import");
                    Story replaced = new Story(current.id(), incoming.headline(), incoming.body(), incoming.clipIds(),
                            incoming.outlet(), incoming.attribution(), incoming.section(), incoming.tags(),
                            current.author(), incoming.status(), current.version(), current.createdAt(),
                            current.updatedAt(), current.updatedBy());
                    stories.update(replaced, actor);
                    audit.append(actor, "import", current.id().toString(), "updated from a story package");
                    updated++;
                } else {
                    unchanged++;
                }
            }
            return new ImportResult(added, updated, unchanged, clipsAdded, outletsAdded,
                    content.stories().stream().map(Story::id).toList());
        });
    }

    /** A package may only bring newer text to a story that is still with its writer or waiting for review. */
    private static boolean isNewerWork(Story current, Story incoming) {
        boolean stillOpen = current.status() == StoryStatus.DRAFT || current.status() == StoryStatus.SUBMITTED
                || current.status() == StoryStatus.RETURNED;
        boolean differs = textDiffers(current, incoming) || current.status() != incoming.status();
        return stillOpen && differs && incoming.updatedAt().isAfter(current.updatedAt());
    }

    private static boolean textDiffers(Story current, Story incoming) {
        return !current.headline().equals(incoming.headline()) || !current.body().equals(incoming.body())
                || !current.clipIds().equals(incoming.clipIds());
    }

    /** The stories (all when {@code statuses} is empty) as a package, with their clips and outlets. */
    public String exportPackage(Collection<StoryStatus> statuses) {
        return exportStories(stories.list(statuses, null, 0));
    }

    /** The given stories as a package, with their clips and outlets. */
    public String exportStories(List<Story> selected) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode outletArray = root.putArray("outlets");
        ArrayNode clipArray = root.putArray("clips");
        ArrayNode storyArray = root.putArray("stories");
        Set<UUID> clipIds = new LinkedHashSet<>();
        Set<String> outletNames = new LinkedHashSet<>();
        for (Story story : selected) {
            clipIds.addAll(story.clipIds());
            if (story.outlet() != null && !story.outlet().isBlank()) {
                outletNames.add(story.outlet());
            }
        }
        List<Clip> packedClips = clips.findAll(new ArrayList<>(clipIds));
        for (Clip clip : packedClips) {
            if (clip.siteName() != null && !clip.siteName().isBlank()) {
                outletNames.add(clip.siteName());
            }
        }
        for (String name : outletNames) {
            outlets.find(name).ifPresent(outlet -> {
                ObjectNode node = outletArray.addObject();
                node.put("name", outlet.name());
                node.put("attribution", outlet.attribution());
                ArrayNode domains = node.putArray("domains");
                outlet.domains().forEach(domains::add);
            });
        }
        for (Clip clip : packedClips) {
            ObjectNode node = clipArray.addObject();
            node.put("id", clip.id().toString());
            node.put("url", clip.url());
            node.put("canonicalUrl", clip.canonicalUrl());
            node.put("title", clip.title());
            node.put("byline", clip.byline());
            node.put("siteName", clip.siteName());
            node.put("publishedTime", clip.publishedTime() == null ? null : clip.publishedTime().toString());
            node.put("leadImageUrl", clip.leadImageUrl());
            node.put("lang", clip.lang());
            node.put("text", clip.text());
            node.put("capturedAt", clip.capturedAt().toString());
        }
        for (Story story : selected) {
            ObjectNode node = storyArray.addObject();
            node.put("id", story.id().toString());
            node.put("headline", story.headline());
            node.put("body", story.body());
            ArrayNode ids = node.putArray("clipIds");
            story.clipIds().forEach(id -> ids.add(id.toString()));
            node.put("outlet", story.outlet());
            node.put("attribution", story.attribution());
            node.put("section", story.section());
            ArrayNode tags = node.putArray("tags");
            story.tags().forEach(tags::add);
            node.put("author", story.author());
            node.put("status", story.status().name());
            node.put("updatedAt", story.updatedAt().toString());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the story package.", e);
        }
    }

    private PackageContent parse(String json) {
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
        if (!FORMAT.equals(format)) {
            throw new StoryPackageException("format: expected \"" + FORMAT + "\", found "
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
        return new PackageContent(outletList, clipList, storyList);
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
