package org.newsdesk.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.App;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Comment;
import org.newsdesk.model.Edition;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Revision;
import org.newsdesk.model.Role;
import org.newsdesk.model.SourceUrl;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.User;
import org.newsdesk.integrity.QuoteCheck;
import org.newsdesk.store.PendingClip;
import org.newsdesk.store.SearchHit;
import org.newsdesk.ui.editor.QuoteFlag;

/**
 * What the desktop app asks of the newsroom, in the words of its screens; every call is slow work for a
 * {@link Worker}. It only reads the stores and hands changes to the {@code app} services.
 */
public final class Newsroom {
    private final App app;
    private final QuoteCheck quoteCheck = new QuoteCheck();

    public Newsroom(App app) {
        this.app = app;
    }

    public App app() {
        return app;
    }

    /** The stories a desk shows to {@code me}, newest change first. */
    public List<Story> stories(StoryQuery query, User me) {
        return app.stories().list(query.statuses(), query.mineOnly() ? me.name() : null, 2000);
    }

    /** How many stories a desk holds for {@code me}. */
    public int count(StoryQuery query, User me) {
        return app.stories().count(query.statuses(), query.mineOnly() ? me.name() : null);
    }

    public Optional<Story> story(UUID id) {
        return app.stories().find(id);
    }

    public List<Clip> clips(List<UUID> ids) {
        return app.clips().findAll(ids);
    }

    public Optional<Clip> clip(UUID id) {
        return app.clips().find(id);
    }

    public List<Story> storiesUsing(UUID clipId) {
        return app.stories().findByClip(clipId);
    }

    public List<SearchHit> search(String query, int limit) {
        return app.search().search(query, limit);
    }

    /** Tags in use, most used first. */
    public List<String> tags() {
        return app.stories().tags();
    }

    /** Sections in use and the newsroom's default sections, without repeats. */
    public List<String> sections() {
        Set<String> all = new LinkedHashSet<>(settings().defaultSections());
        all.addAll(app.stories().sections());
        return new ArrayList<>(all);
    }

    public NewsroomSettings settings() {
        return NewsroomSettings.fromMap(app.settings().all());
    }

    /** The outlet that published the clip: by its domain, else by the site name the page gave. */
    public Optional<Outlet> outletOf(Clip clip) {
        Optional<Outlet> byDomain = app.outlets().findByDomain(SourceUrl.domain(clip.sourceUrl()));
        if (byDomain.isPresent()) {
            return byDomain;
        }
        if (clip.siteName() != null && !clip.siteName().isBlank()) {
            return Optional.of(app.outlets().find(clip.siteName())
                    .orElse(new Outlet(clip.siteName(), clip.siteName(), List.of())));
        }
        return Optional.empty();
    }

    /** Addresses clipped offline, waiting to be fetched, oldest first. */
    public List<PendingClip> pendingClips() {
        return app.clipService().pending();
    }

    /** Tries the pending addresses that are due; returns how many were fetched. */
    public int retryPendingClips() {
        return app.clipService().retryPending().size();
    }

    public List<Edition> recentEditions(int limit) {
        return app.editions().list(limit);
    }

    public Story create(String actor, String headline, String body, List<UUID> clipIds) {
        return app.storyService().create(actor, headline, body, clipIds);
    }

    public Story save(String actor, Story edited) {
        return app.storyService().save(actor, edited);
    }

    public Story submit(String actor, UUID id) {
        return app.storyService().submit(actor, id);
    }

    public Story withdraw(String actor, UUID id) {
        return app.storyService().withdraw(actor, id);
    }

    public List<Comment> comments(UUID storyId) {
        return app.storyService().comments(storyId);
    }

    public Comment comment(String actor, UUID storyId, String text) {
        return app.storyService().comment(actor, storyId, text);
    }

    /** The story's revisions, newest first. */
    public List<Revision> revisions(UUID storyId) {
        List<Revision> oldestFirst = new ArrayList<>(app.storyService().revisions(storyId));
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    public Story restoreRevision(String actor, UUID storyId, long revisionId) {
        return app.storyService().restoreRevision(actor, storyId, revisionId);
    }

    public Optional<User> person(String name) {
        return app.people().find(name);
    }

    public List<User> people() {
        return app.people().all();
    }

    public boolean hasAnyone() {
        return app.people().hasAnyone();
    }

    /** The first editor of the newsroom, else its first person. */
    public Optional<User> firstEditor() {
        List<User> everyone = people();
        return everyone.stream().filter(user -> user.role() == Role.EDITOR).findFirst()
                .or(() -> everyone.stream().findFirst());
    }

    /** Whether {@code who} may change the text of {@code story} now. */
    public boolean canEdit(User who, Story story) {
        return editRefusal(who, story).isEmpty();
    }

    public Optional<String> editRefusal(User who, Story story) {
        return app.storyService().editRefusal(who, story);
    }

    public boolean maySubmit(User who, Story story) {
        return app.storyService().maySubmit(who, story);
    }



    /**
     * The quotations of {@code markdownBody} that none of the clips contains, by the project's one quote check
     * (which keeps the clips' indexes, so checking on every pause in typing stays cheap).
     */
    public List<QuoteFlag> misquotes(String markdownBody, List<Clip> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        return quoteCheck.misquotes(markdownBody, sources.stream().map(QuoteCheck::sourceText).toList()).stream()
                .map(finding -> new QuoteFlag(finding.start(), finding.end(), finding.quote(), finding.message(),
                        finding.closest()))
                .toList();
    }

    /** The desks' story lists need only a few statuses at a time. */
    public record StoryQuery(Set<StoryStatus> statuses, boolean mineOnly) {
        public StoryQuery {
            statuses = Set.copyOf(statuses);
        }
    }
}
