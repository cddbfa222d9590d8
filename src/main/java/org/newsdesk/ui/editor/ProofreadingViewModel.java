package org.newsdesk.ui.editor;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.ArrayList;
import org.newsdesk.app.IntegrityService;
import org.newsdesk.app.WritingService;
import org.newsdesk.integrity.Finding;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Story;
import org.newsdesk.ui.Worker;

/**
 * The marks in the text being written or reviewed: spelling, grammar and house style, and the misquotes and copied
 * runs of the integrity checks. Checks the headline and summary on the proofreading worker (never the FX thread,
 * never the writer thread that saves), one check at a time with the latest text waiting, and keeps the findings of
 * the text they were made for. Ignoring a word lasts while the story is open; adding it to the newsroom dictionary
 * lasts for everyone.
 */
public final class ProofreadingViewModel {
    private final WritingService writing;
    private final IntegrityService integrity;
    private final Worker worker;
    private final ObservableList<Finding> bodyFindings = FXCollections.observableArrayList();
    private final ObservableList<Finding> headlineFindings = FXCollections.observableArrayList();
    private final ObservableList<Finding> allFindings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Set<String> ignoredWords = new HashSet<>();
    private final Set<String> ignoredFindings = new HashSet<>();
    private Request running;
    private Request waiting;
    private String checkedBody = "";
    private int generation;

    /** One check: the summary (or intro) text its findings have spans in, and the work that finds them. */
    private record Request(String body, Callable<Found> work, int generation) {
    }

    private record Found(WritingService.StoryFindings writing, List<Finding> integrity) {
    }

    /** @param worker a worker of its own: loading LanguageTool takes seconds and must not hold up a save */
    public ProofreadingViewModel(WritingService writing, IntegrityService integrity, Worker worker) {
        this.writing = writing;
        this.integrity = integrity;
        this.worker = worker;
    }

    /** Checks the story's text as it is now (now, or after the check running finishes; only the latest waits). */
    public void check(Story draft, List<Clip> clips) {
        if (draft == null) {
            return;
        }
        Set<String> ignored = Set.copyOf(ignoredWords);
        List<Clip> sources = List.copyOf(clips);
        String headline = draft.headline() == null ? "" : draft.headline();
        String body = draft.body() == null ? "" : draft.body();
        submit(new Request(body, () -> new Found(writing.check(headline, body, sources, ignored),
                integrity.checkDraft(draft)), generation));
    }

    /**
     * Checks an edition's intro as typed (spelling, grammar, house style; the edition's clips count as sources);
     * its findings are the body findings, with spans in {@code text}.
     */
    public void checkIntro(LocalDate date, String text) {
        if (date == null) {
            return;
        }
        Set<String> ignored = Set.copyOf(ignoredWords);
        String body = text == null ? "" : text;
        submit(new Request(body, () -> new Found(new WritingService.StoryFindings(List.of(),
                integrity.checkIntro(date, body, ignored)), List.of()), generation));
    }

    private void submit(Request request) {
        if (running != null) {
            waiting = request;
            return;
        }
        run(request);
    }

    private void run(Request request) {
        running = request;
        if (!writing.isLoaded()) {
            message.set("Loading the spelling check…");
        }
        worker.run(request.work(),
                found -> {
                    message.set("");
                    if (request.generation() == generation) {
                        checkedBody = request.body();
                        List<Finding> marks = new ArrayList<>(found.writing().body());
                        found.integrity().stream().filter(finding -> finding.hasSpan()
                                && (finding.kind() == Finding.Kind.MISQUOTE || finding.kind() == Finding.Kind.COPIED))
                                .forEach(marks::add);
                        bodyFindings.setAll(kept(marks));
                        headlineFindings.setAll(kept(found.writing().headline()));
                        List<Finding> all = new ArrayList<>(found.integrity());
                        for (Finding finding : headlineFindings) {
                            all.add(new Finding(finding.kind(), 0, 0, finding.quote(), "Headline: "
                                    + finding.message(), "", finding.suggestions()));
                        }
                        all.addAll(kept(found.writing().body()));
                        all.sort(java.util.Comparator.comparingInt(Finding::start).thenComparing(Finding::kind));
                        allFindings.setAll(all);
                    }
                    next();
                },
                error -> {
                    message.set("The spelling check could not run: " + error.getMessage());
                    next();
                });
    }

    private void next() {
        running = null;
        Request request = waiting;
        waiting = null;
        if (request != null) {
            run(request);
        }
    }

    private List<Finding> kept(List<Finding> findings) {
        return findings.stream().filter(finding -> !ignoredFindings.contains(key(finding))).toList();
    }

    private static String key(Finding finding) {
        return finding.kind() + "\u0000" + finding.quote() + "\u0000" + finding.message();
    }

    /** The finding of the summary covering {@code position}, if any (spelling first). */
    public Finding findingAt(int position) {
        Finding best = null;
        for (Finding finding : bodyFindings) {
            if (finding.start() <= position && position <= finding.end() && finding.hasSpan()
                    && (best == null || finding.isWriting() && !best.isWriting()
                        || finding.kind() == Finding.Kind.SPELLING)) {
                best = finding;
            }
        }
        return best;
    }

    /**
     * Stops marking {@code finding} while the story is open: a misspelt word everywhere in the story, another
     * finding wherever the same words raise it.
     */
    public void ignore(Finding finding, Story draft, List<Clip> clips) {
        if (finding.kind() == Finding.Kind.SPELLING) {
            ignoredWords.add(finding.quote());
        } else {
            ignoredFindings.add(key(finding));
        }
        bodyFindings.removeIf(shown -> shown.kind() == finding.kind() && shown.quote().equals(finding.quote()));
        headlineFindings.removeIf(shown -> shown.kind() == finding.kind() && shown.quote().equals(finding.quote()));
        allFindings.removeIf(shown -> shown.kind() == finding.kind() && shown.quote().equals(finding.quote()));
        check(draft, clips);
    }

    /** Adds the word to the newsroom's dictionary, so no one's check flags it again, and checks again. */
    public void addToDictionary(String person, String word, Story draft, List<Clip> clips) {
        worker.run(() -> writing.addToDictionary(person, word), added -> {
            message.set("\u201C" + added.word() + "\u201D is in the newsroom dictionary.");
            bodyFindings.removeIf(shown -> shown.kind() == Finding.Kind.SPELLING && shown.quote().equals(word));
            headlineFindings.removeIf(shown -> shown.kind() == Finding.Kind.SPELLING && shown.quote().equals(word));
            check(draft, clips);
        }, error -> message.set(error.getMessage()));
    }

    /** Forgets the open story's marks and ignored words (another story opens, or none). */
    public void clear() {
        generation++;
        ignoredWords.clear();
        ignoredFindings.clear();
        bodyFindings.clear();
        headlineFindings.clear();
        allFindings.clear();
        checkedBody = "";
        waiting = null;
    }

    /** Lets LanguageTool go (the editor closed); the next check loads it again. */
    public void release() {
        worker.run(() -> {
            writing.release();
            return null;
        }, done -> { }, error -> { });
    }

    /** Loads LanguageTool ahead of the first check (the window has just shown). */
    public void warmUp() {
        worker.run(() -> {
            writing.warmUp();
            return null;
        }, done -> { }, error -> message.set("The spelling check could not start: " + error.getMessage()));
    }

    /** The summary text the current body findings were made for (their spans are in it). */
    public String checkedBody() {
        return checkedBody;
    }

    public ObservableList<Finding> bodyFindings() {
        return bodyFindings;
    }

    /**
     * Every finding of the last check, as the review queue lists them: all the integrity checks, the headline's
     * writing findings (spanless, saying "Headline:") and the summary's, in the order of their spans.
     */
    public ObservableList<Finding> allFindings() {
        return allFindings;
    }

    public ObservableList<Finding> headlineFindings() {
        return headlineFindings;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
