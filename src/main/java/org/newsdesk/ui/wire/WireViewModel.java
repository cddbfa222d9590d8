package org.newsdesk.ui.wire;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.newsdesk.app.FeedRefresh;
import org.newsdesk.app.WireClip;
import org.newsdesk.app.WireEntry;
import org.newsdesk.app.WireFilter;
import org.newsdesk.app.FeedRefreshService;
import org.newsdesk.app.FeedService;
import org.newsdesk.app.WireService;
import org.newsdesk.model.WireItem;
import org.newsdesk.model.WireItemState;
import org.newsdesk.ui.Worker;

/**
 * The Wire desk: the feeds' items newest first, filtered as the person types, "matching only" or "new only";
 * refreshing fetches on the network threads and stores on the writer thread; Enter clips an item into a story,
 * D dismisses it.
 */
public final class WireViewModel {
    private final WireService wire;
    private final FeedService subscriptions;
    private final FeedRefreshService feedRefresh;
    private final Worker worker;
    private final ObservableList<WireEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<WireEntry> shown = new FilteredList<>(entries, entry -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty matchingOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty newOnly = new SimpleBooleanProperty(false);
    private final StringProperty person = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper newMatching = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper hasFeeds = new ReadOnlyBooleanWrapper(true);
    private Runnable changed = () -> { };

    public WireViewModel(WireService wire, FeedService subscriptions, FeedRefreshService feedRefresh, Worker worker) {
        this.wire = wire;
        this.subscriptions = subscriptions;
        this.feedRefresh = feedRefresh;
        this.worker = worker;
        filter.addListener((observable, before, now) -> applyFilter());
        matchingOnly.addListener((observable, before, now) -> load());
        newOnly.addListener((observable, before, now) -> load());
        newMatching.addListener((observable, before, now) -> updateSummary());
    }

    /** Runs {@code listener} after each change this desk makes to the wire: stored items, a look, a dismissal, a clip. */
    public void onChanged(Runnable listener) {
        this.changed = listener;
    }

    private record Loaded(List<WireEntry> entries, int newMatching, boolean hasFeeds) {
    }

    /** Reads the items again, off the FX thread. */
    public void load() {
        WireFilter asked = new WireFilter(newOnly.get(), matchingOnly.get(), "", false, WireFilter.DEFAULT_LIMIT);
        worker.run(() -> new Loaded(wire.items(asked), wire.newMatchingCount(), !subscriptions.feeds().isEmpty()), loaded -> {
            entries.setAll(loaded.entries());
            newMatching.set(loaded.newMatching());
            hasFeeds.set(loaded.hasFeeds());
            applyFilter();
        }, error -> message.set("Could not read the wire: " + error.getMessage()));
    }

    /**
     * Fetches the feeds (every feed when {@code evenIfNotDue}, else those whose interval has passed) on the
     * network threads, then stores what came on the writer thread and reads the items again.
     */
    public void refresh(boolean evenIfNotDue) {
        if (refreshing.get()) {
            return;
        }
        refreshing.set(true);
        if (evenIfNotDue) {
            message.set("Fetching the feeds\u2026");
        }
        worker.network(() -> feedRefresh.fetch(evenIfNotDue).join(),
                outcomes -> worker.run(() -> feedRefresh.store(outcomes), results -> {
                    refreshing.set(false);
                    if (evenIfNotDue || results.stream().anyMatch(r -> r.newItems() > 0)) {
                        message.set(describe(results));
                    }
                    changed.run();
                    load();
                }, error -> failed("Could not store the feeds: ", error)),
                error -> failed("Could not fetch the feeds: ", error));
    }

    /**
     * Fetches the feeds that are due and stores what they bring, quietly, then runs {@code afterwards} (the main
     * window's minute-by-minute poll, which keeps the sidebar's count current while the person works elsewhere).
     */
    public void fetchDue(Runnable afterwards) {
        if (refreshing.get()) {
            return;
        }
        refreshing.set(true);
        worker.network(() -> feedRefresh.fetch(false).join(),
                outcomes -> worker.run(() -> feedRefresh.store(outcomes), results -> {
                    refreshing.set(false);
                    afterwards.run();
                }, error -> failed("Could not store the feeds: ", error)),
                error -> failed("Could not fetch the feeds: ", error));
    }

    private void failed(String doing, Throwable error) {
        refreshing.set(false);
        Throwable cause = error.getCause() != null && error instanceof java.util.concurrent.CompletionException
                ? error.getCause() : error;
        message.set(doing + cause.getMessage());
    }

    static String describe(List<FeedRefresh> results) {
        if (results.isEmpty()) {
            return "No feed is due yet.";
        }
        int fresh = results.stream().mapToInt(FeedRefresh::newItems).sum();
        long failed = results.stream().filter(r -> r.result() == FeedRefresh.Result.FAILED).count();
        return (fresh == 1 ? "1 new item" : fresh + " new items") + " from " + (results.size() == 1 ? "1 feed"
                : results.size() + " feeds") + (failed == 0 ? "." : "; " + failed + (failed == 1 ? " feed" : " feeds")
                + " failed (see Settings \u203a Feeds).");
    }

    /** The person looked at the item: a new item becomes seen. */
    public void select(WireEntry entry) {
        if (entry == null || entry.item().state() != WireItemState.NEW) {
            return;
        }
        UUID id = entry.item().id();
        worker.run(() -> {
            wire.markSeen(id);
            return wire.newMatchingCount();
        }, count -> {
            replace(entry, WireItemState.SEEN);
            newMatching.set(count);
            changed.run();
        }, error -> message.set("Could not mark the item seen: " + error.getMessage()));
    }

    /**
     * Clips the item's article and starts a story from it (or finds the story that already covers it), then hands
     * the story's id to {@code openStory}; offline, the story is started and the URL waits in Pending clips.
     */
    public void clip(WireEntry entry, Consumer<UUID> openStory) {
        if (entry == null) {
            return;
        }
        if (entry.item().link() == null) {
            message.set("This item has no web address to clip.");
            return;
        }
        String actor = person.get();
        message.set("Clipping \u201C" + entry.item().headline() + "\u201D\u2026");
        // the article is fetched on a network thread; its clip and story are written on the writer thread
        worker.fetchThenWrite(() -> wire.fetchClip(entry.item().id()), fetched -> wire.storeClip(fetched, actor),
                clipped -> {
                    message.set(clipMessage(clipped));
                    openStory.accept(clipped.story().id());
                    changed.run();
                    load();
                }, error -> message.set("Could not clip: " + error.getMessage()));
    }

    static String clipMessage(WireClip clipped) {
        if (clipped.alreadyCovered()) {
            String headline = clipped.story().headline().isBlank() ? "(untitled)" : clipped.story().headline();
            return "Already covered: \u201C" + headline + "\u201D, taken by " + clipped.takenBy() + " ("
                    + clipped.story().status().label().toLowerCase(Locale.ROOT) + ").";
        }
        if (clipped.queued()) {
            return "You are offline: the article waits in Pending clips and is fetched when the network is back."
                    + " Your story is started.";
        }
        return "Story started from the item.";
    }

    /** Sets the item aside; it leaves the list. */
    public void dismiss(WireEntry entry) {
        if (entry == null) {
            return;
        }
        String actor = person.get();
        worker.run(() -> {
            wire.dismiss(entry.item().id(), actor);
            return wire.newMatchingCount();
        }, count -> {
            // by id: the row may have been replaced meanwhile (marked seen) by an equal item in another state
            entries.removeIf(listed -> listed.item().id().equals(entry.item().id()));
            newMatching.set(count);
            updateSummary();
            changed.run();
            message.set("Dismissed \u201C" + entry.item().headline() + "\u201D.");
        }, error -> message.set("Could not dismiss: " + error.getMessage()));
    }

    private void replace(WireEntry entry, WireItemState state) {
        int index = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).item().id().equals(entry.item().id())) {
                index = i;
            }
        }
        if (index < 0) {
            return;
        }
        WireItem item = entry.item();
        WireItem changed = new WireItem(item.id(), item.feedId(), item.guid(), item.link(), item.linkKey(),
                item.headline(), item.teaser(), item.author(), item.publishedAt(), item.seenAt(), state,
                item.storyId(), item.takenBy(), item.coveredBy(), item.coveredStoryId());
        entries.set(index, new WireEntry(changed, entry.source(), entry.headlineSpans(), entry.teaserSpans(),
                entry.matching(), entry.groupSize(), entry.firstInGroup()));
    }

    private void applyFilter() {
        String[] words = filter.get().toLowerCase(Locale.ROOT).strip().split("\\s+");
        shown.setPredicate(entry -> {
            String haystack = (entry.item().headline() + " " + entry.item().teaser() + " " + entry.source())
                    .toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (!word.isEmpty() && !haystack.contains(word)) {
                    return false;
                }
            }
            return true;
        });
        updateSummary();
    }

    private void updateSummary() {
        int total = entries.size();
        int visible = shown.size();
        String count = total == 1 ? "1 item" : total + " items";
        summary.set(total == 0 ? "" : (visible == total ? count : visible + " of " + count)
                + " \u00b7 " + newMatching.get() + " new matching the watch-list");
    }

    /** The items that pass the filter, newest first, each story group together. */
    public ObservableList<WireEntry> shownEntries() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty matchingOnlyProperty() {
        return matchingOnly;
    }

    public BooleanProperty newOnlyProperty() {
        return newOnly;
    }

    /** Who is at the desk: clips and dismissals are theirs. */
    public StringProperty personProperty() {
        return person;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    /** New items the watch-list matches (every new item while the watch-list is empty): the sidebar's count. */
    public ReadOnlyIntegerProperty newMatchingProperty() {
        return newMatching.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasFeedsProperty() {
        return hasFeeds.getReadOnlyProperty();
    }
}
