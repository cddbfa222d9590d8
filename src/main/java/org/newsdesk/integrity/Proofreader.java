package org.newsdesk.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.model.WritingSettings;

/**
 * LanguageTool's spelling and grammar check over Markdown, offline: loaded on first use (it takes a second or more
 * and about a hundred megabytes), checking paragraph by paragraph with a cache keyed by the paragraph's text, so
 * only the paragraph being typed is checked again, and able to let go of all of it ({@link #unload()}) when nobody
 * is writing. Markdown syntax and web addresses are handed to LanguageTool as markup, so they are never flagged.
 * One check at a time: LanguageTool's checker is not thread-safe.
 *
 * <p>LanguageTool keeps most of its memory in static caches (its language objects, tagger and chunker models), so
 * dropping the checker inside this JVM frees little. It therefore runs in a helper process
 * ({@link LanguageToolProcess}), one per language for the whole application however many proofreaders use it, which
 * ends when the last of them unloads; only where no helper can start is LanguageTool loaded in-process.
 */
public final class Proofreader {
    private static final int CACHED_PARAGRAPHS = 2_000;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");

    /** What checks one paragraph: LanguageTool, loaded apart from the application's own classes. */
    public interface Engine {
        List<Match> check(String paragraph) throws IOException;
    }

    /**
     * One thing LanguageTool found: its span in the checked text, the rule and the rule's category (such as STYLE or
     * GRAMMAR), whether it is spelling, and replacements.
     */
    public record Match(int start, int end, String ruleId, String category, boolean spelling, String message,
                        List<String> suggestions) {
        public Match {
            category = category == null ? "" : category;
            suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        }

        Match shifted(int offset) {
            return new Match(start + offset, end + offset, ruleId, category, spelling, message, suggestions);
        }
    }

    private final String languageCode;
    private final Set<String> rulesOff;
    private final Map<String, List<Match>> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Match>> eldest) {
            return size() > CACHED_PARAGRAPHS;
        }
    };
    private Engine tool;
    /** Read without the lock, so asking never waits for a check (or a load) under way. */
    private volatile boolean loaded;
    private LanguageToolProcess helper;
    private ExecutorService thread;
    private final boolean inProcess;
    private long lastUsedNanos = System.nanoTime();

    /**
     * @param languageCode "en-US" or "en-GB" (anything else is refused with one sentence)
     * @param rulesOff     LanguageTool rule ids this newsroom has switched off
     */
    public Proofreader(String languageCode, Set<String> rulesOff) {
        this(languageCode, rulesOff, false);
    }

    /** @param inProcess load LanguageTool into this JVM rather than a helper process (tests, measurements) */
    public Proofreader(String languageCode, Set<String> rulesOff, boolean inProcess) {
        this.inProcess = inProcess;
        if (!WritingSettings.LANGUAGES.contains(languageCode)) {
            throw new IllegalArgumentException("The language must be one of " + String.join(", ", WritingSettings.LANGUAGES) + ".");
        }
        this.languageCode = languageCode;
        this.rulesOff = Set.copyOf(rulesOff);
    }

    public String languageCode() {
        return languageCode;
    }

    public Set<String> rulesOff() {
        return rulesOff;
    }

    /** Whether LanguageTool is in memory now. */
    public boolean isLoaded() {
        return loaded;
    }

    /** Loads LanguageTool now if it is not loaded (call it off the FX thread, ahead of the first check). */
    public synchronized void load() {
        lastUsedNanos = System.nanoTime();
        if (tool == null) {
            thread = Executors.newSingleThreadExecutor(task -> {
                Thread languageTool = new Thread(task, "newsdesk-languagetool");
                languageTool.setDaemon(true);
                return languageTool;
            });
            helper = inProcess ? null : LanguageToolProcess.acquire(languageCode, rulesOff);
            tool = helper != null ? helper : onOwnThread(() -> new LanguageToolEngine(languageCode, rulesOff));
            loaded = true;
        }
    }

    /** Lets LanguageTool and the cache go, so the heap can shrink back; the next check loads it again. */
    public synchronized void unload() {
        tool = null;
        loaded = false;
        cache.clear();
        if (helper != null) {
            helper.release();
            helper = null;
        }
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    private <T> T onOwnThread(Callable<T> work) {
        try {
            return thread.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The spelling check was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("LanguageTool could not check the text: " + io.getMessage(), io);
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("LanguageTool failed: " + e.getCause(), e.getCause());
        }
    }

    /** Unloads when no check has run for {@code idleNanos}; returns whether it did. */
    public synchronized boolean unloadIfIdle(long idleNanos) {
        if (tool != null && System.nanoTime() - lastUsedNanos > idleNanos) {
            unload();
            return true;
        }
        return false;
    }

    /**
     * Everything LanguageTool finds in the Markdown {@code text}, with spans in {@code text}; paragraphs already
     * checked come from the cache.
     */
    public synchronized List<Match> check(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        load();
        List<Match> matches = new ArrayList<>();
        int start = 0;
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        while (start < text.length()) {
            int end = breaks.find(start) ? breaks.start() : text.length();
            String paragraph = text.substring(start, end);
            if (!paragraph.isBlank()) {
                for (Match match : paragraph(paragraph)) {
                    matches.add(match.shifted(start));
                }
            }
            start = end < text.length() ? breaks.end() : text.length();
        }
        return matches;
    }

    private List<Match> paragraph(String paragraph) {
        List<Match> cached = cache.get(paragraph);
        if (cached != null) {
            return cached;
        }
        Engine engine = tool;
        List<Match> kept = onOwnThread(() -> List.copyOf(engine.check(paragraph)));
        cache.put(paragraph, kept);
        return kept;
    }
}
