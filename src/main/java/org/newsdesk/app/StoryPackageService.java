package org.newsdesk.app;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.nio.file.Path;
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
 * outlets, to the editor's desk. Import is all-or-nothing and idempotent, and the workflow's rules decide what a
 * package may change; a package never raises a story above SUBMITTED. Reading a package is
 * {@link StoryPackageReader}'s, writing one {@link StoryPackageWriter}'s.
 */
public final class StoryPackageService {
    public static final String FORMAT = "newsdesk-story-package/1";
    /** The largest package read: far above any day's hand-in (text only), far below what would exhaust memory. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Database database;
    private final Stories stories;
    private final Clips clips;
    private final OutletStore outlets;
    private final UserStore users;
    private final Revisions revisions;
    private final AuditTrail audit;
    private final StoryPackageReader reader;
    private final StoryPackageWriter writer;

    public StoryPackageService(Database database, Stories stories, Clips clips, OutletStore outlets,
                               UserStore users, Revisions revisions, AuditTrail audit, Clock clock) {
        this.database = database;
        this.stories = stories;
        this.clips = clips;
        this.outlets = outlets;
        this.users = users;
        this.revisions = revisions;
        this.audit = audit;
        this.reader = new StoryPackageReader(clips, clock);
        this.writer = new StoryPackageWriter(clips, outlets);
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
        StoryPackageReader.Content content = reader.parse(json);
        return new PackagePreview(content.stories().stream().map(Story::headline).toList(),
                content.stories().stream().map(Story::author).distinct().toList(), content.clips().size());
    }


    /**
     * Reads a package file, refusing one larger than {@link #MAX_BYTES} before reading it.
     *
     * @throws StoryPackageException with one sentence when the file is missing, too large or not UTF-8
     */
    public static String read(Path file) {
        return StoryPackageReader.readFile(file);
    }

    /**
     * Imports the package in {@code json} as {@code actor}: all of it, or (on any error) none of it. The workflow
     * rules apply to the person importing ({@link Permissions#importRefusal}); an outlet never takes a domain
     * that another outlet owns.
     */
    public ImportResult importPackage(String json, String actor) {
        if (json.length() > MAX_BYTES) {
            throw new StoryPackageException("The package is larger than " + StoryPackageReader.megabytes(MAX_BYTES)
                    + ", so nothing was imported.");
        }
        StoryPackageReader.Content content = reader.parse(json);
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
        return writer.write(selected);
    }
}
