package org.newsdesk.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.feed.FeedException;
import org.newsdesk.feed.StoryGroups;
import org.newsdesk.feed.WatchList;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.SourceUrl;
import org.newsdesk.model.Story;
import org.newsdesk.model.User;
import org.newsdesk.model.WatchTerm;
import org.newsdesk.model.WireItem;
import org.newsdesk.model.WireItemState;
import org.newsdesk.store.AuditTrail;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutletStore;
import org.newsdesk.store.Wire;
import org.newsdesk.store.WireRow;
import org.newsdesk.workflow.Permissions;
import org.newsdesk.workflow.WorkflowException;

/**
 * The wire desk's items: listing them against the watch-list (matches marked, story groups together), the count of
 * new matching items, looking at, dismissing and clipping an item into a story (the same as clipping its URL); and
 * the watch-list itself. Subscriptions are {@link FeedService}'s, fetching {@link FeedRefreshService}'s.
 */
public final class WireService {
    private final Database database;
    private final Wire wire;
    private final OutletStore outlets;
    private final ClipService clips;
    private final StoryService stories;
    private final AuditTrail audit;
    private final Clock clock;
    private final PeopleService people;

    public WireService(Database database, Wire wire, OutletStore outlets, ClipService clips, StoryService stories,
                       AuditTrail audit, Clock clock, PeopleService people) {
        this.database = database;
        this.wire = wire;
        this.outlets = outlets;
        this.clips = clips;
        this.stories = stories;
        this.audit = audit;
        this.clock = clock;
        this.people = people;
    }

    /** The acting editor's name; a writer is refused with the rule, since only editors change the watch-list. */
    private String editor(String actor) {
        User who = people.require(actor);
        Permissions.wireListRefusal(who).ifPresent(rule -> {
            throw new WorkflowException(rule);
        });
        return who.name();
    }

    /** The items the filter lets through, newest first, each story group together, with watch-list matches. */
    public List<WireEntry> items(WireFilter filter) {
        Set<WireItemState> states = filter.newOnly() ? EnumSet.of(WireItemState.NEW)
                : filter.withDismissed() ? EnumSet.allOf(WireItemState.class)
                : EnumSet.of(WireItemState.NEW, WireItemState.SEEN, WireItemState.CLIPPED);
        WatchList watchList = new WatchList(wire.terms());
        String text = filter.text().toLowerCase(Locale.ROOT);
        List<WireRow> rows = new ArrayList<>();
        List<Boolean> matching = new ArrayList<>();
        for (WireRow row : wire.items(states, null, filter.limit())) {
            WireItem item = row.item();
            boolean matches = watchList.matches(item.headline(), item.teaser(), row.outlet());
            if (filter.matchingOnly() && !matches) {
                continue;
            }
            if (!text.isEmpty() && !item.headline().toLowerCase(Locale.ROOT).contains(text)
                    && !item.teaser().toLowerCase(Locale.ROOT).contains(text)
                    && !row.source().toLowerCase(Locale.ROOT).contains(text)) {
                continue;
            }
            rows.add(row);
            matching.add(matches);
        }
        int[] groups = StoryGroups.group(rows.stream()
                .map(row -> new StoryGroups.Member(row.item().linkKey(), row.item().headline())).toList());
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < groups.length; i++) {
            members.computeIfAbsent(groups[i], group -> new ArrayList<>()).add(i);
        }
        List<WireEntry> entries = new ArrayList<>();
        for (List<Integer> group : members.values()) {
            for (int position = 0; position < group.size(); position++) {
                int i = group.get(position);
                WireRow row = rows.get(i);
                entries.add(new WireEntry(row.item(), row.source(),
                        watchList.spans(row.item().headline(), row.outlet()),
                        watchList.spans(row.item().teaser(), row.outlet()), matching.get(i), group.size(),
                        position == 0));
            }
        }
        return entries;
    }

    /** How many new items the watch-list matches (every new item while the watch-list is empty). */
    public int newMatchingCount() {
        WatchList watchList = new WatchList(wire.terms());
        int count = 0;
        for (WireRow row : wire.items(EnumSet.of(WireItemState.NEW), null, 10_000)) {
            if (watchList.isEmpty() || watchList.matches(row.item().headline(), row.item().teaser(), row.outlet())) {
                count++;
            }
        }
        return count;
    }

    /** Marks a new item as looked at; a dismissed or clipped item stays so. */
    public void markSeen(UUID itemId) {
        wire.markSeen(itemId, clock.instant());
    }

    /** Sets the item aside: it leaves the desk's list (a clipped item stays clipped). */
    public void dismiss(UUID itemId, String actor) {
        WireRow row = requireItem(itemId);
        if (row.item().state() == WireItemState.CLIPPED) {
            throw new FeedException("This item is already clipped into a story; it stays on the desk.");
        }
        database.write(connection -> {
            if (wire.setState(itemId, WireItemState.DISMISSED, clock.instant())) {
                audit.append(actor, "wire.dismiss", itemId.toString(), "dismissed \"" + row.item().headline() + "\"");
            }
            return null;
        });
    }

    /**
     * Clips the item's article, as clipping its URL does, and starts a story from it by {@code actor}; the item
     * remembers the story. An article already in a story is not taken twice: that story comes back,
     * {@code alreadyCovered}. Offline, the story is started and the URL waits in Pending clips. A caller with a
     * writer thread runs {@link #fetchClip} on the network and {@link #storeClip} on that thread instead.
     */
    public WireClip clip(UUID itemId, String actor) {
        return storeClip(fetchClip(itemId), actor);
    }

    /** A wire item and what fetching its article gave; no page when the item was already clipped into a story. */
    public record FetchedItem(UUID itemId, ClipService.Fetched page) {
    }

    /**
     * The network half of {@link #clip}: fetches the item's article and writes nothing, so a slow site never holds
     * up a save. An item already clipped into a story is not fetched again.
     *
     * @throws FeedException when the item has no address; ClipException when its page cannot be clipped
     */
    public FetchedItem fetchClip(UUID itemId) {
        WireItem item = requireItem(itemId).item();
        if (item.link() == null) {
            throw new FeedException("This item has no web address to clip.");
        }
        return new FetchedItem(itemId, taken(item).isPresent() ? null : clips.fetch(item.link()));
    }

    /**
     * The writing half of {@link #clip}, in one transaction: stores the article (or queues its address, fetched
     * offline) and starts the story; an item someone clipped meanwhile gives their story back.
     */
    public WireClip storeClip(FetchedItem fetched, String actor) {
        return database.write(connection -> {
            WireRow row = requireItem(fetched.itemId());
            WireItem item = row.item();
            Optional<Story> taken = taken(item);
            if (taken.isPresent()) {
                return new WireClip(taken.get(), true, false, item.takenBy());
            }
            if (fetched.page() == null) {
                throw new FeedException("This item's story is gone; clip the item again.");
            }
            ClipResult result = clips.storeFetched(fetched.page(), actor);
            if (result.alreadyCovered() && !result.usedBy().isEmpty()) {
                Story first = result.usedBy().get(0);
                wire.markClipped(item.id(), first.id(), first.author(), clock.instant());
                return new WireClip(first, true, false, first.author());
            }
            Story story;
            if (result.isQueued()) {
                story = stories.create(actor, "", "", List.of());
                clips.queue(item.link(), story.id(), actor);
            } else {
                story = stories.create(actor, "", "", List.of(result.clip().id()));
                Optional<Outlet> outlet = Optional.ofNullable(row.outlet()).flatMap(outlets::find)
                        .or(() -> outlets.findByDomain(SourceUrl.domain(result.clip().sourceUrl())));
                if (outlet.isPresent()) {
                    story = stories.save(actor, story.withDetails(outlet.get().name(), outlet.get().reports(), null,
                            List.of()));
                }
            }
            wire.markClipped(item.id(), story.id(), actor, clock.instant());
            audit.append(actor, "wire.clip", item.id().toString(), "started story " + story.id() + " from "
                    + item.link());
            return new WireClip(story, false, result.isQueued(), actor);
        });
    }

    /** The story the item was clipped into, while that story is in the newsroom. */
    private Optional<Story> taken(WireItem item) {
        return item.state() == WireItemState.CLIPPED && item.storyId() != null ? stories.find(item.storyId())
                : Optional.empty();
    }

    public WireRow requireItem(UUID itemId) {
        return wire.findItem(itemId).orElseThrow(() -> new FeedException("There is no wire item " + itemId + "."));
    }

    /** The item whose id is {@code text} or begins with it (four characters at least). */
    public WireRow findItem(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.length() < 4 || !wanted.matches("[0-9a-f-]+")) {
            throw new FeedException("\"" + text + "\" is not an item id; give the id, or its first four characters.");
        }
        List<UUID> matches = wire.itemIdsStartingWith(wanted, 2);
        if (matches.size() != 1) {
            throw new FeedException(matches.isEmpty() ? "There is no wire item whose id begins " + text + "."
                    : "More than one wire item has an id beginning " + text + "; give more of the id.");
        }
        return requireItem(matches.get(0));
    }

    /** Adds a word or phrase to the watch-list, for every outlet or only {@code outlet}. */
    public WatchTerm watch(String term, String outlet, String actor) {
        String editor = editor(actor);
        WatchTerm created;
        try {
            created = new WatchTerm(UUID.randomUUID(), term == null ? "" : term, outlet);
        } catch (IllegalArgumentException e) {
            throw new FeedException(e.getMessage(), e);
        }
        if (created.outlet() != null && outlets.find(created.outlet()).isEmpty()) {
            throw new FeedException("There is no outlet \"" + created.outlet() + "\"; name one the newsroom knows.");
        }
        return database.write(connection -> {
            WatchTerm stored = wire.addTerm(created, clock.instant());
            audit.append(editor, "watch.add", stored.term(), stored.outlet() == null ? "every outlet"
                    : "for " + stored.outlet());
            return stored;
        });
    }

    /** Removes a term from the watch-list (only {@code outlet}'s entry when given); returns how many went. */
    public int unwatch(String term, String outlet, String actor) {
        String editor = editor(actor);
        if (term == null || term.isBlank()) {
            throw new FeedException("Name the word or phrase to remove.");
        }
        return database.write(connection -> {
            int removed = wire.removeTerm(term, outlet == null || outlet.isBlank() ? null : outlet.strip());
            if (removed == 0) {
                throw new FeedException("\"" + term.strip() + "\" is not on the watch-list"
                        + (outlet == null || outlet.isBlank() ? "" : " for " + outlet.strip()) + ".");
            }
            audit.append(editor, "watch.remove", term.strip(), removed + " removed");
            return removed;
        });
    }

    public List<WatchTerm> watchList() {
        return wire.terms();
    }
}
