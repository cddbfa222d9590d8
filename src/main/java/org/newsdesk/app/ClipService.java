package org.newsdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.clip.ClipException;
import org.newsdesk.clip.Extraction;
import org.newsdesk.clip.Extractor;
import org.newsdesk.clip.FetchedPage;
import org.newsdesk.clip.Fetcher;
import org.newsdesk.clip.SavedPage;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.SourceUrl;
import org.newsdesk.model.Story;
import org.newsdesk.store.AuditTrail;
import org.newsdesk.store.Clips;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutletStore;
import org.newsdesk.model.PendingClip;
import org.newsdesk.store.PendingClipStore;
import org.newsdesk.store.Stories;

/**
 * Clipping a source article: from a URL, a saved page or the clipboard, stored with its raw HTML; a URL clipped
 * offline waits in a queue; an article clipped before is recognised by its canonical URL and not stored twice.
 */
public final class ClipService {
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);

    private final Database database;
    private final Fetcher fetcher;
    private final Extractor extractor;
    private final Clips clips;
    private final OutletStore outlets;
    private final Stories stories;
    private final PendingClipStore pendingClips;
    private final AuditTrail audit;
    private final Clock clock;

    public ClipService(Database database, Fetcher fetcher, Extractor extractor, Clips clips, OutletStore outlets,
            Stories stories, PendingClipStore pendingClips, AuditTrail audit, Clock clock) {
        this.database = database;
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.clips = clips;
        this.outlets = outlets;
        this.stories = stories;
        this.pendingClips = pendingClips;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Clip> find(UUID id) {
        return clips.find(id);
    }

    /** The clips with these ids, in the order given. */
    public List<Clip> findAll(List<UUID> ids) {
        return clips.findAll(ids);
    }

    /**
     * The outlet that published {@code clip}, in house style: the one its domain belongs to, else the one named
     * like the site, else a new outlet of the site's name; none when the page named no site.
     */
    public Optional<Outlet> outletOf(Clip clip) {
        Optional<Outlet> byDomain = outlets.findByDomain(SourceUrl.domain(clip.sourceUrl()));
        if (byDomain.isPresent()) {
            return byDomain;
        }
        if (clip.siteName() != null && !clip.siteName().isBlank()) {
            return Optional.of(outlets.find(clip.siteName())
                    .orElse(new Outlet(clip.siteName(), null, List.of())));
        }
        return Optional.empty();
    }

    /**
     * Clips the article at {@code url}: returns the earlier clip when the article is already in the database,
     * queues the URL when there is no network, and otherwise fetches, extracts and stores it.
     *
     * @throws ClipException when the page cannot be clipped (not found, not a web page, no article in it)
     */
    public ClipResult clipUrl(String url, String user) {
        return storeFetched(fetch(url), user);
    }

    /**
     * What fetching one address gave: the page, or the earlier clip when the article is already in the newsroom,
     * or that the network was not there. Made by {@link #fetch} off the writer thread and stored by
     * {@link #storeFetched} on it.
     */
    public record Fetched(String url, FetchedPage page, ClipResult covered, boolean offline, String error) {
        public Fetched(String url, FetchedPage page, ClipResult covered, boolean offline) {
            this(url, page, covered, offline, null);
        }
    }

    /**
     * The network half of {@link #clipUrl}: reads and fetches, writes nothing, so it runs on the network executor
     * while saves go on.
     *
     * @throws ClipException when the page cannot be fetched for a reason other than being offline
     */
    public Fetched fetch(String url) {
        Optional<ClipResult> covered = covered(url);
        if (covered.isPresent()) {
            return new Fetched(url, null, covered.get(), false);
        }
        try {
            return new Fetched(url, fetcher.fetch(url), null, false);
        } catch (ClipException e) {
            if (!e.isOffline()) {
                throw e;
            }
            return new Fetched(url, null, null, true, e.getMessage());
        }
    }

    /** The writing half of {@link #clipUrl}: stores the fetched page, or queues an address fetched offline. */
    public ClipResult storeFetched(Fetched fetched, String user) {
        if (fetched.covered() != null) {
            return fetched.covered();
        }
        if (fetched.offline()) {
            // The try that just failed counts: the queue shows it, its error and when the next try is due.
            PendingClip queued = queue(fetched.url().strip(), null, user);
            if (fetched.error() != null) {
                pendingClips.recordFailure(queued.id(), fetched.error(),
                        clock.instant().plus(backoff(queued.attempts())));
            }
            return ClipResult.queued(pendingClips.all().stream().filter(each -> each.id() == queued.id())
                    .findFirst().orElse(queued));
        }
        return store(fetched.page().finalUrl(), fetched.page().html(), user, null);
    }

    /** Puts {@code url} in the offline queue, for {@code storyId} (may be null) which gets the clip once fetched. */
    public PendingClip queue(String url, UUID storyId, String user) {
        return database.write(connection -> {
            PendingClip pending = pendingClips.add(url, storyId, user, clock.instant());
            audit.append(user, "clip", url, "queued until the network is back");
            return pending;
        });
    }

    /** Clips a page saved from a browser; its address comes from the page itself, else the file's location. */
    public ClipResult clipFile(Path file, String user) {
        SavedPage page = SavedPage.read(file);
        String url = page.originalUrl() != null ? page.originalUrl() : file.toAbsolutePath().toUri().toString();
        return store(url, page.html(), user, null);
    }

    /**
     * Clips what was pasted: the HTML when there is some, else the plain text, from the article at {@code url}.
     */
    public ClipResult clipPasted(String html, String plainText, String url, String user) {
        if (url == null || url.isBlank()) {
            throw new ClipException("A pasted clip needs the address of the article it came from.");
        }
        String address = url.strip();
        if (html != null && !html.isBlank()) {
            Extraction extraction = extractor.extract(html, address);
            if (!extraction.text().isBlank() || plainText == null || plainText.isBlank()) {
                return store(address, html, extraction, user, null);
            }
        }
        if (plainText == null || plainText.isBlank()) {
            throw new ClipException("Nothing was pasted.");
        }
        String text = paragraphs(plainText);
        String firstLine = text.lines().findFirst().orElse("").strip();
        String title = firstLine.length() > 200 ? firstLine.substring(0, 200) : firstLine;
        Extraction extraction = new Extraction(title, null, null, null, address, null, null, text);
        return store(address, null, extraction, user, null);
    }

    /** Extracts a stored clip again from its raw HTML (after the extractor improved); capture time stays. */
    public Clip reextract(UUID clipId) {
        Clip clip = clips.find(clipId).orElseThrow(() -> new ClipException("There is no clip " + clipId + "."));
        String html = clips.rawHtml(clipId).orElseThrow(() -> new ClipException(
                "The clip \"" + clip.title() + "\" was pasted as text; there is no page to extract again."));
        Extraction extraction = extractor.extract(html, clip.url());
        Clip updated = new Clip(clip.id(), clip.url(), extraction.canonicalUrl(), extraction.title(),
                extraction.byline(), siteName(extraction, clip.url()), extraction.publishedTime(),
                extraction.leadImageUrl(), extraction.lang(), extraction.text(), clip.capturedAt(),
                extraction.confidence());
        return database.write(connection -> {
            clips.updateExtraction(updated);
            audit.append("newsdesk", "clip", clip.id().toString(), "extracted again");
            return updated;
        });
    }

    /** Extracts every clip that kept its HTML again; returns the clips as they are now. */
    public List<Clip> reextractAll() {
        List<Clip> updated = new ArrayList<>();
        for (UUID id : clips.ids()) {
            if (clips.rawHtml(id).isPresent()) {
                updated.add(reextract(id));
            }
        }
        return updated;
    }

    /**
     * Tries the queued URLs that are due: each fetched page is stored (and added to the story it was queued
     * for) and leaves the queue; each failure waits twice as long as the one before, up to six hours.
     *
     * @return what was fetched this time
     */
    public List<ClipResult> retryPending() {
        return storeRetried(fetchDue());
    }

    /** One queued address as tried again: the page, the earlier clip, or why it failed. */
    public record Retried(PendingClip pending, FetchedPage page, ClipResult covered, String failure) {
    }

    /** The network half of {@link #retryPending}: fetches every due address, writing nothing. */
    public List<Retried> fetchDue() {
        List<Retried> tried = new ArrayList<>();
        for (PendingClip pending : pendingClips.due(clock.instant())) {
            Optional<ClipResult> covered = covered(pending.url());
            if (covered.isPresent()) {
                tried.add(new Retried(pending, null, covered.get(), null));
                continue;
            }
            try {
                tried.add(new Retried(pending, fetcher.fetch(pending.url()), null, null));
            } catch (ClipException e) {
                tried.add(new Retried(pending, null, null, e.getMessage()));
            }
        }
        return tried;
    }

    /** The writing half of {@link #retryPending}: stores what was fetched, and when to try the rest again. */
    public List<ClipResult> storeRetried(List<Retried> tried) {
        List<ClipResult> fetched = new ArrayList<>();
        for (Retried retried : tried) {
            PendingClip pending = retried.pending();
            try {
                if (retried.covered() != null) {
                    database.write(connection -> {
                        attach(retried.covered().clip(), pending);
                        pendingClips.remove(pending.id());
                        return null;
                    });
                    fetched.add(retried.covered());
                } else if (retried.page() != null) {
                    String user = pending.requestedBy() == null ? "newsdesk" : pending.requestedBy();
                    fetched.add(store(retried.page().finalUrl(), retried.page().html(), user, pending));
                } else {
                    pendingClips.recordFailure(pending.id(), retried.failure(),
                            clock.instant().plus(backoff(pending.attempts())));
                }
            } catch (ClipException e) {
                pendingClips.recordFailure(pending.id(), e.getMessage(), clock.instant().plus(backoff(pending.attempts())));
            }
        }
        return fetched;
    }

    /** The article waiting in the offline queue for {@code storyId}, if one is. */
    public Optional<PendingClip> pendingFor(UUID storyId) {
        return pendingClips.all().stream().filter(pending -> storyId.equals(pending.storyId())).findFirst();
    }

    /** Takes an address off the offline queue without fetching it; its story, if any, stays as it is. */
    public void removePending(String actor, long id) {
        database.write(connection -> {
            Optional<PendingClip> found = pendingClips.all().stream().filter(each -> each.id() == id).findFirst();
            pendingClips.remove(id);
            found.ifPresent(pending -> audit.append(actor, "clip", pending.url(), "removed from the offline queue"));
            return null;
        });
    }

    /** Everything in the offline queue, oldest first. */
    public List<PendingClip> pending() {
        return pendingClips.all();
    }

    /** How long a queued URL waits after its {@code attemptsSoFar + 1}th failed try: 1, 2, 4 … minutes, at most 6 hours. */
    public static Duration backoff(int attemptsSoFar) {
        int doublings = Math.min(attemptsSoFar, 20);
        Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    private Optional<ClipResult> covered(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        List<Clip> earlier = clips.findBySource(url.strip());
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        Clip clip = earlier.get(0);
        return Optional.of(ClipResult.covered(clip, stories.findByClip(clip.id())));
    }

    private ClipResult store(String url, String html, String user, PendingClip pending) {
        return store(url, html, extractor.extract(html, url), user, pending);
    }

    private ClipResult store(String url, String html, Extraction extraction, String user, PendingClip pending) {
        if (extraction.isEmpty()) {
            throw new ClipException("No article could be found in the page.");
        }
        for (String address : List.of(url, extraction.canonicalUrl() == null ? "" : extraction.canonicalUrl())) {
            Optional<ClipResult> covered = covered(address);
            if (covered.isPresent()) {
                if (pending != null) {
                    database.write(connection -> {
                        attach(covered.get().clip(), pending);
                        pendingClips.remove(pending.id());
                        return null;
                    });
                }
                return covered.get();
            }
        }
        Clip clip = new Clip(UUID.randomUUID(), url, extraction.canonicalUrl(), extraction.title(),
                extraction.byline(), siteName(extraction, url), extraction.publishedTime(),
                extraction.leadImageUrl(), extraction.lang(), extraction.text(), clock.instant(),
                html == null ? null : extraction.confidence());
        return database.write(connection -> {
            clips.insert(clip, html);
            if (pending != null) {
                attach(clip, pending);
                pendingClips.remove(pending.id());
            }
            audit.append(user, "clip", clip.id().toString(), "clipped " + clip.sourceUrl());
            return ClipResult.stored(clip);
        });
    }

    /** Adds the clip to the story the writer started while the URL waited, if that story is still there. */
    private void attach(Clip clip, PendingClip pending) {
        if (pending.storyId() == null) {
            return;
        }
        stories.find(pending.storyId()).ifPresent(story -> {
            if (!story.clipIds().contains(clip.id())) {
                List<UUID> clipIds = new ArrayList<>(story.clipIds());
                clipIds.add(clip.id());
                Story updated = stories.update(story.withClips(clipIds),
                        pending.requestedBy() == null ? story.author() : pending.requestedBy());
                audit.append(updated.updatedBy(), "clip", story.id().toString(), "added clip " + clip.id());
            }
        });
    }

    private String siteName(Extraction extraction, String url) {
        if (extraction.siteName() != null && !extraction.siteName().isBlank()) {
            return extraction.siteName();
        }
        String address = extraction.canonicalUrl() != null ? extraction.canonicalUrl() : url;
        // A syndicated story on a page that names no site is the agency's: "TOM KRISHER, AP Auto Writer".
        return outlets.findByDomain(SourceUrl.domain(address)).map(Outlet::name).orElse(extraction.agency());
    }

    private static String paragraphs(String plainText) {
        StringBuilder text = new StringBuilder();
        for (String paragraph : plainText.replace("\r\n", "\n").split("\\n\\s*\\n")) {
            String cleaned = paragraph.strip().replaceAll("[ \\t\\u00a0]+", " ");
            if (!cleaned.isEmpty()) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(cleaned);
            }
        }
        return text.toString();
    }
}
