package org.newsdesk.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.newsdesk.app.ClipResult;
import org.newsdesk.app.ClipService;
import org.newsdesk.app.EditionService;
import org.newsdesk.app.SearchService;
import org.newsdesk.app.StoryService;
import org.newsdesk.model.Clip;
import org.newsdesk.model.PendingClip;
import org.newsdesk.model.SearchHit;
import org.newsdesk.model.Story;
import org.newsdesk.model.User;

/**
 * What the main window decides without a toolkit: what opening a search hit or a clipped article leads to (the
 * story that already covers it, or a new story beside it), starting stories, searching and counting the desks.
 * Every call runs its reads on the {@link Worker} and answers on its callback.
 */
public final class MainWindowViewModel {
    /** How many hits the search field shows. */
    public static final int SEARCH_LIMIT = 100;

    private final StoryService stories;
    private final ClipService clips;
    private final EditionService editions;
    private final SearchService search;
    private final Worker worker;
    private final User person;

    public MainWindowViewModel(StoryService stories, ClipService clips, EditionService editions, SearchService search,
                               Worker worker, User person) {
        this.stories = stories;
        this.editions = editions;
        this.clips = clips;
        this.search = search;
        this.worker = worker;
        this.person = person;
    }

    /** Where opening something leads: an existing story (with a notice to show, maybe empty) or a new one. */
    public sealed interface Opening {
        /** Open the story {@code storyId}; {@code notice} says why, when it is not what was asked for. */
        record ExistingStory(UUID storyId, String notice) implements Opening {
        }

        /** Start a new story beside {@code clip}. */
        record NewStory(Clip clip) implements Opening {
        }

        /** Start a story whose article waits in the offline queue. */
        record Queued(PendingClip pending) implements Opening {
        }

        /** Nothing to open (the clip is gone). */
        record Nothing() implements Opening {
        }
    }

    /** What opening a search hit leads to: a story hit opens it; a clip opens the story covering it, else a new one. */
    public void open(SearchHit hit, Consumer<Opening> then, Consumer<Throwable> failed) {
        if (hit.kind() == SearchHit.Kind.STORY) {
            then.accept(new Opening.ExistingStory(hit.id(), ""));
            return;
        }
        worker.run(() -> {
            List<Story> usedBy = stories.usingClip(hit.id());
            if (!usedBy.isEmpty()) {
                // Opening a search result is not clipping: the story that covers the clip simply opens, with no
                // "already covered" notice (that is for clipping an article a second time).
                return new Opening.ExistingStory(usedBy.get(0).id(), "");
            }
            return clips.find(hit.id()).<Opening>map(Opening.NewStory::new).orElse(new Opening.Nothing());
        }, then, failed);
    }

    /** Clips the article at {@code url} and says what it leads to. */
    public void clipUrl(String url, Consumer<Opening> then, Consumer<Throwable> failed) {
        String who = person.name();
        // the fetch runs on the network executor, so a slow site never holds up a save; storing it is a write
        worker.fetchThenWrite(() -> clips.fetch(url), fetched -> opening(clips.storeFetched(fetched, who)), then,
                failed);
    }

    /** Clips the saved page {@code file} and says what it leads to. */
    public void clipFile(Path file, Consumer<Opening> then, Consumer<Throwable> failed) {
        String who = person.name();
        worker.run(() -> opening(clips.clipFile(file, who)), then, failed);
    }

    /** The story an article clipped just now leads to. */
    static Opening opening(ClipResult result) {
        if (result.isQueued()) {
            return new Opening.Queued(result.pending());
        }
        if (result.alreadyCovered() && !result.usedBy().isEmpty()) {
            Story first = result.usedBy().get(0);
            return new Opening.ExistingStory(first.id(), "Already covered: \u201C" + first.headline() + "\u201D by "
                    + first.author() + " (" + first.status().label().toLowerCase(java.util.Locale.ROOT) + ").");
        }
        return new Opening.NewStory(result.clip());
    }

    /**
     * Starts a story with no clip yet; when {@code pending} is not null its article (waiting in the offline queue)
     * joins the story once fetched.
     */
    public void startStory(PendingClip pending, Consumer<Story> then, Consumer<Throwable> failed) {
        String who = person.name();
        worker.run(() -> {
            Story created = stories.create(who, "", "", List.of());
            if (pending != null) {
                clips.queue(pending.url(), created.id(), who);
            }
            return created;
        }, then, failed);
    }

    /** Retries the offline queue; answers how many articles were fetched. */
    public void retryPending(Consumer<Integer> then, Consumer<Throwable> failed) {
        worker.fetchThenWrite(clips::fetchDue, tried -> clips.storeRetried(tried).size(), then, failed);
    }

    /** Full-text search for the search field. */
    public void search(String query, Consumer<List<SearchHit>> then, Consumer<Throwable> failed) {
        worker.run(() -> search.search(query, SEARCH_LIMIT), then, failed);
    }

    /**
     * The number beside each desk in the sidebar, for the person at the desk: the stories a story desk lists, the
     * stories in the review queue, the editions, the articles waiting to be fetched.
     */
    public void countDesks(List<Desk> desks, Consumer<Map<Desk, Integer>> then, Consumer<Throwable> failed) {
        worker.run(() -> {
            Map<Desk, Integer> counts = new HashMap<>();
            for (Desk desk : desks) {
                Integer count = switch (desk.tally()) {
                    case STORIES -> desk.stories().map(query -> stories.count(query.statuses(), query.author(person)))
                            .orElse(null);
                    case REVIEW_QUEUE -> stories.reviewQueue().size();
                    case EDITIONS -> editions.recent(Integer.MAX_VALUE).size();
                    case PENDING_CLIPS -> clips.pending().size();
                    case OWN -> desk.counter().getAsInt();
                    case NONE -> null;
                };
                if (count != null) {
                    counts.put(desk, count);
                }
            }
            return counts;
        }, then, failed);
    }

    /** Counts what a screen desk counts (the Wire desk: its new matching items), off the FX thread. */
    public void count(java.util.function.IntSupplier counter, Consumer<Integer> then, Consumer<Throwable> failed) {
        worker.run(counter::getAsInt, then, failed);
    }

    /** How many stories each desk query holds for the person at the desk. */
    public void count(List<DeskQuery> queries, Consumer<Map<DeskQuery, Integer>> then, Consumer<Throwable> failed) {
        worker.run(() -> {
            Map<DeskQuery, Integer> counts = new HashMap<>();
            for (DeskQuery query : queries) {
                counts.put(query, stories.count(query.statuses(), query.author(person)));
            }
            return counts;
        }, then, failed);
    }
}
