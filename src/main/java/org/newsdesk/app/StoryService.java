package org.newsdesk.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Comment;
import org.newsdesk.model.Revision;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.User;
import org.newsdesk.store.AuditTrail;
import org.newsdesk.store.Comments;
import org.newsdesk.store.Database;
import org.newsdesk.store.Revisions;
import org.newsdesk.store.StaleVersionException;
import org.newsdesk.store.Stories;
import org.newsdesk.workflow.Action;
import org.newsdesk.workflow.Permissions;
import org.newsdesk.workflow.WorkflowException;

/**
 * A story's life in the newsroom: writing and saving it, moving it through review, comments, revisions and their
 * differences; every change is checked against {@link Permissions} and written to the audit trail.
 */
public final class StoryService {
    /** While typing, a revision is kept at most this often; every status change keeps one regardless. */
    public static final Duration TYPING_REVISION_INTERVAL = Duration.ofMinutes(5);

    private final Database database;
    private final Stories stories;
    private final Revisions revisions;
    private final Comments comments;
    private final AuditTrail audit;
    private final PeopleService people;
    private final Clock clock;

    public StoryService(Database database, Stories stories, Revisions revisions, Comments comments,
                        AuditTrail audit, PeopleService people, Clock clock) {
        this.database = database;
        this.stories = stories;
        this.revisions = revisions;
        this.comments = comments;
        this.audit = audit;
        this.people = people;
        this.clock = clock;
    }

    /** A new DRAFT by {@code actor}, with its first revision. */
    public Story create(String actor, String headline, String body, List<UUID> clipIds) {
        return database.write(connection -> {
            User author = people.require(actor);
            Story created = stories.insert(Story.draft(author.name(), headline, body, clipIds, clock.instant()));
            revisions.add(created.id(), created.headline(), created.body(), author.name(), "created");
            audit.append(author.name(), "story.create", created.id().toString(),
                    "created \"" + created.headline() + "\" as a draft");
            return created;
        });
    }

    /**
     * Saves the text and details of {@code edited} (headline, body, clips, outlet, attribution, section, tags);
     * status and author stay as stored. {@code edited.version()} must be the stored version.
     *
     * @throws SaveConflictException when someone saved a newer version first; the stored story is untouched and
     *                               the text of {@code edited} is kept as a revision
     */
    public Story save(String actor, Story edited) {
        User editor = people.require(actor);
        Story stored = require(edited.id());
        Permissions.check(editor, stored, Action.EDIT);
        Story merged = new Story(stored.id(), edited.headline(), edited.body(), edited.clipIds(), edited.outlet(),
                edited.attribution(), edited.section(), edited.tags(), stored.author(), stored.status(),
                edited.version(), stored.createdAt(), stored.updatedAt(), stored.updatedBy());
        if (edited.version() == stored.version() && sameContent(stored, merged)) {
            return stored;
        }
        try {
            return database.write(connection -> {
                Story saved = stories.update(merged, editor.name());
                Optional<Revision> latest = revisions.latest(saved.id());
                boolean due = latest.map(revision -> !revision.createdAt().plus(TYPING_REVISION_INTERVAL)
                        .isAfter(clock.instant())).orElse(true);
                boolean changedSince = latest.map(revision -> !revision.headline().equals(saved.headline())
                        || !revision.body().equals(saved.body())).orElse(true);
                if (due && changedSince) {
                    revisions.add(saved.id(), saved.headline(), saved.body(), editor.name(), "typing");
                }
                if (!typingOnSinceLastAuditLine(editor, saved)) {
                    audit.append(editor.name(), "story.edit", saved.id().toString(),
                            "saved version " + saved.version() + " (" + saved.wordCount() + " words)");
                }
                return saved;
            });
        } catch (StaleVersionException stale) {
            throw conflict(editor, merged);
        }
    }

    /**
     * Whether the story's last audit line is this person's edit from less than the typing interval ago: autosave
     * while typing then adds no line, so the trail shows each stretch of editing once, not every keystroke pause.
     */
    private boolean typingOnSinceLastAuditLine(User editor, Story saved) {
        return audit.list(saved.id().toString(), 1).stream().anyMatch(line -> line.action().equals("story.edit")
                && line.actor().equals(editor.name())
                && line.at().plus(TYPING_REVISION_INTERVAL).isAfter(clock.instant()));
    }

    private SaveConflictException conflict(User editor, Story losing) {
        return database.write(connection -> {
            Story current = require(losing.id());
            Revision kept = revisions.add(losing.id(), losing.headline(), losing.body(), editor.name(),
                    "conflict: not saved over version " + current.version() + " by "
                            + Objects.requireNonNullElse(current.updatedBy(), "someone else"));
            audit.append(editor.name(), "story.conflict", losing.id().toString(), "a save from version "
                    + losing.version() + " met version " + current.version() + "; kept as revision " + kept.id());
            return new SaveConflictException(losing.version(), current, kept);
        });
    }

    private static boolean sameContent(Story a, Story b) {
        return a.headline().equals(b.headline()) && a.body().equals(b.body()) && a.clipIds().equals(b.clipIds())
                && Objects.equals(a.outlet(), b.outlet()) && Objects.equals(a.attribution(), b.attribution())
                && Objects.equals(a.section(), b.section()) && a.tags().equals(b.tags());
    }

    /**
     * Why {@code who} may not change {@code story} in this window, as the one line the editor shows above a
     * read-only story ("this one is Ted's"), or empty when they may edit it.
     */
    public Optional<String> editRefusal(User who, Story story) {
        if (database.isReadOnly()) {
            return Optional.of("This newsroom is open read-only in this window, so its stories cannot change here.");
        }
        return Permissions.refusal(who, story, Action.EDIT);
    }

    /** Whether {@code who} may submit {@code story} now (its author, with the story in draft or returned). */
    public boolean maySubmit(User who, Story story) {
        return !database.isReadOnly() && Permissions.refusal(who, story, Action.SUBMIT).isEmpty();
    }

    public Story submit(String actor, UUID id) {
        return move(actor, id, Action.SUBMIT, null);
    }

    /** The author takes a submitted story back to DRAFT. */
    public Story withdraw(String actor, UUID id) {
        return move(actor, id, Action.WITHDRAW, null);
    }

    public Story approve(String actor, UUID id) {
        return move(actor, id, Action.APPROVE, null);
    }

    /** An editor sends a submitted story back to its writer; {@code comment} says what to change and is required. */
    public Story returnToWriter(String actor, UUID id, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new WorkflowException("A story is returned with a comment saying what to change.");
        }
        return move(actor, id, Action.RETURN, comment);
    }

    public Story spike(String actor, UUID id) {
        return move(actor, id, Action.SPIKE, null);
    }

    /** An editor brings a spiked story back as a DRAFT. */
    public Story restore(String actor, UUID id) {
        return move(actor, id, Action.RESTORE, null);
    }

    private Story move(String actor, UUID id, Action action, String comment) {
        return database.write(connection -> {
            User who = people.require(actor);
            Story moved = moveInTransaction(who, require(id), action, "");
            if (comment != null) {
                addComment(who, id, comment);
            }
            return moved;
        });
    }

    /**
     * Moves {@code story} by {@code action} as {@code who}, keeping a revision and an audit line; callers run it
     * inside their own {@code Database.write} (publishing an edition moves many stories in one transaction).
     */
    Story moveInTransaction(User who, Story story, Action action, String why) {
        Permissions.check(who, story, action);
        StoryStatus from = story.status();
        Story moved = stories.update(story.movedTo(action.target()), who.name());
        revisions.add(moved.id(), moved.headline(), moved.body(), who.name(), action.pastParticiple());
        audit.append(who.name(), "story." + action.name().toLowerCase(java.util.Locale.ROOT), moved.id().toString(),
                from.label() + " → " + moved.status().label() + why);
        return moved;
    }

    public Optional<Story> find(UUID id) {
        return stories.find(id);
    }

    /** The stories in {@code statuses} (every status when empty), only {@code author}'s when not null, newest first. */
    public List<Story> list(Collection<StoryStatus> statuses, String author, int limit) {
        return stories.list(statuses, author, limit);
    }

    /** How many stories {@link #list} would give without a limit. */
    public int count(Collection<StoryStatus> statuses, String author) {
        return stories.count(statuses, author);
    }

    /** The stories with these ids, in the order of {@code ids}; missing ones are left out. */
    public List<Story> findAll(List<UUID> ids) {
        return stories.findAll(ids);
    }

    /** Ids of stories starting with {@code prefix} (a short id typed on the command line), at most {@code limit}. */
    public List<UUID> idsStartingWith(String prefix, int limit) {
        return stories.idsStartingWith(prefix, limit);
    }

    /** The stories that summarise the clip {@code clipId}. */
    public List<Story> usingClip(UUID clipId) {
        return stories.findByClip(clipId);
    }

    /** Tags in use, most used first. */
    public List<String> tags() {
        return stories.tags();
    }

    /** Sections that stories name. */
    public List<String> sectionsInUse() {
        return stories.sections();
    }

    /** Whether {@code who} may change the text of {@code story} now (never in a file opened read-only). */
    public boolean canEdit(User who, Story story) {
        return editRefusal(who, story).isEmpty();
    }

    /** A story waiting for review and when it was (last) submitted. */
    public record QueuedStory(Story story, Instant submittedAt) {
    }

    /**
     * The review queue: every submitted story, the longest waiting first (by its last submission; a story
     * submitted before revisions were kept counts from its last change). One query finds the moments.
     */
    public List<QueuedStory> reviewQueue() {
        Map<UUID, Instant> submitted = revisions.lastReasonOfStoriesIn(StoryStatus.SUBMITTED.name(),
                Action.SUBMIT.pastParticiple());
        return stories.list(Set.of(StoryStatus.SUBMITTED), null, 0).stream()
                .map(story -> new QueuedStory(story, submitted.getOrDefault(story.id(), story.updatedAt())))
                .sorted(Comparator.comparing(QueuedStory::submittedAt))
                .toList();
    }

    /**
     * What an editor compares a story under review against: the revision submitted last, and before it the last
     * version {@code editor} saw (one they returned, approved or edited themselves, or any return). Either may be
     * null: a story never submitted, or in review for the first time.
     */
    public record ReviewBaseline(Revision submitted, Revision seen) {
        /** "returned", "approved" or "last edited": what the editor did to the version they saw. */
        public String seenVerb() {
            String reason = seen == null ? "" : Objects.requireNonNullElse(seen.reason(), "");
            return reason.equals(Action.RETURN.pastParticiple()) || reason.equals(Action.APPROVE.pastParticiple())
                    ? reason : "last edited";
        }
    }

    /** The review baselines of story {@code storyId} for {@code editor}, from its revisions. */
    public ReviewBaseline reviewBaseline(UUID storyId, String editor) {
        List<Revision> all = revisions.list(storyId);
        int submittedAt = -1;
        for (int i = all.size() - 1; i >= 0; i--) {
            if (Action.SUBMIT.pastParticiple().equals(all.get(i).reason())) {
                submittedAt = i;
                break;
            }
        }
        Revision seen = null;
        for (int i = submittedAt - 1; i >= 0; i--) {
            Revision revision = all.get(i);
            if (revision.author().equalsIgnoreCase(editor)
                    || Action.RETURN.pastParticiple().equals(revision.reason())) {
                seen = revision;
                break;
            }
        }
        return new ReviewBaseline(submittedAt < 0 ? null : all.get(submittedAt), seen);
    }

    /** The story's comments, oldest first. */
    public List<Comment> comments(UUID id) {
        return comments.list(id);
    }

    /** Adds a note by {@code actor}, a writer or an editor, to the story. */
    public Comment comment(String actor, UUID id, String text) {
        return database.write(connection -> {
            User who = people.require(actor);
            require(id);
            return addComment(who, id, text);
        });
    }

    private Comment addComment(User who, UUID id, String text) {
        if (text == null || text.isBlank()) {
            throw new WorkflowException("A comment needs some text.");
        }
        Comment added = comments.add(id, who.name(), text.strip());
        audit.append(who.name(), "story.comment", id.toString(), text.strip());
        return added;
    }

    /** The story's revisions, oldest first. */
    public List<Revision> revisions(UUID id) {
        return revisions.list(id);
    }

    /**
     * Puts the text of revision {@code revisionId} back as the story's text, kept as a new revision too. The text
     * it replaces is kept as a revision first, in the same transaction (revisions are otherwise taken only every
     * few minutes of typing), so restoring never loses what was written since.
     */
    public Story restoreRevision(String actor, UUID storyId, long revisionId) {
        return database.write(connection -> {
            User who = people.require(actor);
            Story story = require(storyId);
            Revision revision = requireRevision(revisionId);
            if (!revision.storyId().equals(storyId)) {
                throw new WorkflowException("Revision " + revisionId + " belongs to another story.");
            }
            Permissions.check(who, story, Action.EDIT);
            List<Revision> kept = revisions.list(storyId);
            Revision latest = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (latest == null || !latest.headline().equals(story.headline()) || !latest.body().equals(story.body())) {
                revisions.add(storyId, story.headline(), story.body(), who.name(),
                        "before restoring revision " + revisionId);
            }
            Story restored = stories.update(story.withText(revision.headline(), revision.body()), who.name());
            revisions.add(storyId, restored.headline(), restored.body(), who.name(),
                    "restored revision " + revisionId);
            audit.append(who.name(), "story.revision-restore", storyId.toString(),
                    "restored the text of revision " + revisionId + " as version " + restored.version());
            return restored;
        });
    }

    /** What changed from one revision to another, word by word. */
    public RevisionDiff diff(long fromRevisionId, long toRevisionId) {
        Revision from = requireRevision(fromRevisionId);
        Revision to = requireRevision(toRevisionId);
        if (!from.storyId().equals(to.storyId())) {
            throw new WorkflowException("Revisions " + fromRevisionId + " and " + toRevisionId
                    + " belong to different stories.");
        }
        return RevisionDiff.between(RevisionDiff.text(from.headline(), from.body()),
                RevisionDiff.text(to.headline(), to.body()));
    }

    /** What changed from a revision to the story's current text, word by word. */
    public RevisionDiff diffAgainstCurrent(long revisionId, UUID storyId) {
        Revision from = requireRevision(revisionId);
        Story story = require(storyId);
        if (!from.storyId().equals(storyId)) {
            throw new WorkflowException("Revision " + revisionId + " belongs to another story.");
        }
        return RevisionDiff.between(RevisionDiff.text(from.headline(), from.body()),
                RevisionDiff.text(story.headline(), story.body()));
    }

    private Story require(UUID id) {
        return stories.find(id).orElseThrow(() -> new WorkflowException("There is no story " + id + "."));
    }

    private Revision requireRevision(long id) {
        return revisions.find(id).orElseThrow(() -> new WorkflowException("There is no revision " + id + "."));
    }
}
