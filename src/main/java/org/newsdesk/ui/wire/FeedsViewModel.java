package org.newsdesk.ui.wire;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsdesk.app.FeedRefreshService;
import org.newsdesk.app.FeedService;
import org.newsdesk.app.WireService;
import org.newsdesk.model.Feed;
import org.newsdesk.model.WatchTerm;
import org.newsdesk.ui.Worker;

/**
 * Settings › Feeds: the followed feeds with the state of their last fetch (the error, when there is one), adding
 * one by its address or its site's, removing one, changing its outlet or how often it is fetched, and the
 * watch-list.
 */
public final class FeedsViewModel {
    /** A feed as the table shows it: the feed and how many items it has brought. */
    public record FeedLine(Feed feed, int items) {
        /** "3 items, 1 new", "not modified", or the error. */
        public String state() {
            if (feed.lastError() != null) {
                return feed.lastError();
            }
            return feed.lastResult() == null ? "not fetched yet" : feed.lastResult();
        }
    }

    /** How often Settings offers to fetch a feed, in minutes; a feed's own interval is offered too. */
    public static final List<Integer> INTERVAL_CHOICES = List.of(5, 10, 15, 30, 60, 120, 240, 480, 720, 1440);

    private final FeedService subscriptions;
    private final WireService wire;
    private final FeedRefreshService refreshing;
    private final Worker worker;
    private final ObservableList<FeedLine> feeds = FXCollections.observableArrayList();
    private final ObservableList<WatchTerm> terms = FXCollections.observableArrayList();
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty outlet = new SimpleStringProperty("");
    private final StringProperty term = new SimpleStringProperty("");
    private final StringProperty termOutlet = new SimpleStringProperty("");
    private final StringProperty person = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper readOnlyReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper mayChange = new ReadOnlyBooleanWrapper(false);

    public FeedsViewModel(FeedService subscriptions, WireService wire, FeedRefreshService refreshing, Worker worker) {
        this.subscriptions = subscriptions;
        this.wire = wire;
        this.refreshing = refreshing;
        this.worker = worker;
    }

    private record Loaded(List<Feed> feeds, Map<UUID, Integer> counts, List<WatchTerm> terms, String refusal) {
    }

    public void load() {
        String actor = person.get();
        worker.run(() -> new Loaded(subscriptions.feeds(), subscriptions.itemCounts(), wire.watchList(),
                subscriptions.changeRefusal(actor).orElse("")), loaded -> {
            readOnlyReason.set(loaded.refusal());
            mayChange.set(loaded.refusal().isEmpty());
            feeds.setAll(loaded.feeds().stream()
                    .map(feed -> new FeedLine(feed, loaded.counts().getOrDefault(feed.id(), 0))).toList());
            terms.setAll(loaded.terms());
        }, error -> message.set("Could not read the feeds: " + error.getMessage()));
    }

    /** Follows the address typed (a feed, or a site whose page names its feed), fetched on a network thread. */
    public void add() {
        String url = address.get().strip();
        if (url.isEmpty()) {
            message.set("Type the address of a feed, or of the site that publishes it.");
            return;
        }
        String named = outlet.get().strip();
        String actor = person.get();
        busy.set(true);
        message.set("Reading " + url + "\u2026");
        worker.fetchThenWrite(() -> subscriptions.read(url, Feed.DEFAULT_INTERVAL),
                read -> subscriptions.follow(read, named.isEmpty() ? null : named, actor), feed -> {
            busy.set(false);
            address.set("");
            outlet.set("");
            message.set("Following " + feed.name() + (feed.outlet() == null ? "" : " for " + feed.outlet()) + ": "
                    + (feed.lastError() != null ? feed.lastError() : feed.lastResult()) + ".");
            load();
        }, error -> {
            busy.set(false);
            message.set("Could not follow " + url + ": " + error.getMessage());
        });
    }

    public void remove(FeedLine line) {
        if (line == null) {
            return;
        }
        String actor = person.get();
        worker.run(() -> subscriptions.unsubscribe(line.feed().id(), actor), removed -> {
            message.set("Stopped following " + removed.name() + ".");
            load();
        }, error -> message.set("Could not remove the feed: " + error.getMessage()));
    }

    /** Ties the feed to {@code newOutlet} (blank for none). */
    public void changeOutlet(FeedLine line, String newOutlet) {
        if (line == null) {
            return;
        }
        String actor = person.get();
        worker.run(() -> subscriptions.setOutlet(line.feed().id(), newOutlet, actor), changed -> {
            message.set(changed.name() + " now belongs to "
                    + (changed.outlet() == null ? "no outlet" : changed.outlet()) + ".");
            load();
        }, error -> message.set("Could not change the outlet: " + error.getMessage()));
    }

    /** Fetches the feed every {@code minutes} from now on (a feed waiting after errors keeps waiting). */
    public void changeInterval(FeedLine line, int minutes) {
        if (line == null || line.feed().interval().toMinutes() == minutes) {
            return;
        }
        String actor = person.get();
        worker.run(() -> subscriptions.setInterval(line.feed().id(), Duration.ofMinutes(minutes), actor), changed -> {
            message.set(changed.name() + " is fetched " + FeedService.every(changed.interval()) + ".");
            load();
        }, error -> {
            message.set("Could not change how often " + line.feed().name() + " is fetched: " + error.getMessage());
            load();
        });
    }

    /** Fetches every feed now (those waiting after errors keep waiting), then shows their states. */
    public void refreshNow() {
        busy.set(true);
        message.set("Fetching the feeds\u2026");
        worker.network(() -> refreshing.fetch(true).join(), outcomes -> worker.run(() -> refreshing.store(outcomes), results -> {
            busy.set(false);
            message.set(WireViewModel.describe(results));
            load();
        }, error -> {
            busy.set(false);
            message.set("Could not store the feeds: " + error.getMessage());
        }), error -> {
            busy.set(false);
            message.set("Could not fetch the feeds: " + error.getMessage());
        });
    }

    public void addTerm() {
        String text = term.get();
        String forOutlet = termOutlet.get().strip();
        String actor = person.get();
        worker.run(() -> wire.watch(text, forOutlet.isEmpty() ? null : forOutlet, actor), added -> {
            term.set("");
            message.set("Watching \u201C" + added.term() + "\u201D"
                    + (added.outlet() == null ? "." : " in " + added.outlet() + "."));
            load();
        }, error -> message.set("Could not add to the watch-list: " + error.getMessage()));
    }

    public void removeTerm(WatchTerm watched) {
        if (watched == null) {
            return;
        }
        String actor = person.get();
        worker.run(() -> wire.unwatch(watched.term(), watched.outlet(), actor), removed -> {
            message.set("No longer watching \u201C" + watched.term() + "\u201D.");
            load();
        }, error -> message.set("Could not remove from the watch-list: " + error.getMessage()));
    }

    public ObservableList<FeedLine> feeds() {
        return feeds;
    }

    public ObservableList<WatchTerm> terms() {
        return terms;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty outletProperty() {
        return outlet;
    }

    public StringProperty termProperty() {
        return term;
    }

    public StringProperty termOutletProperty() {
        return termOutlet;
    }

    public StringProperty personProperty() {
        return person;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the person at the desk may only read the feeds and watch-list (a writer), or empty when they may change them. */
    public ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason.getReadOnlyProperty();
    }

    /** Whether the person at the desk may change the feeds and watch-list; false until the list is loaded. */
    public ReadOnlyBooleanProperty mayChangeProperty() {
        return mayChange.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
