package org.newsdesk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.newsdesk.integrity.Finding;
import org.newsdesk.integrity.HouseStyle;
import org.newsdesk.integrity.Proofreader;
import org.newsdesk.integrity.WritingCheck;
import org.newsdesk.model.Clip;
import org.newsdesk.model.DictionaryWord;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.User;
import org.newsdesk.model.WritingSettings;
import org.newsdesk.store.AuditTrail;
import org.newsdesk.store.Database;
import org.newsdesk.store.DictionaryStore;
import org.newsdesk.store.SettingsStore;
import org.newsdesk.workflow.Permissions;
import org.newsdesk.workflow.WorkflowException;

/**
 * Spelling, grammar and house style for the story editor, the review queue, the pre-flight and {@code story check}:
 * LanguageTool in the newsroom's language (loaded on first use, let go after {@link #IDLE_MINUTES} minutes without
 * a check or when the last editor closes), the house style file, and the newsroom's dictionary.
 */
public final class WritingService {
    /** Minutes without a check after which LanguageTool is unloaded. */
    public static final int IDLE_MINUTES = 5;
    private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-.][\\p{L}\\p{M}\\p{N}]+)*");

    /** The findings of a story's headline and summary, each with spans in its own text. */
    public record StoryFindings(List<Finding> headline, List<Finding> body) {
        public StoryFindings {
            headline = List.copyOf(headline);
            body = List.copyOf(body);
        }
    }

    private final Database database;
    private final SettingsStore settings;
    private final DictionaryStore dictionary;
    private final AuditTrail audit;
    private final PeopleService people;
    private volatile WritingCheck check;
    private WritingSettings checkSettings;
    private Path styleFile;
    private long styleModified;
    private ScheduledExecutorService idleTimer;

    public WritingService(Database database, SettingsStore settings, DictionaryStore dictionary, AuditTrail audit,
                          PeopleService people) {
        this.database = database;
        this.settings = settings;
        this.dictionary = dictionary;
        this.audit = audit;
        this.people = people;
    }

    /**
     * Loads LanguageTool now, on the calling thread (the desktop app calls it on a background thread once the window
     * shows, so the first check does not wait); from then on it unloads itself when idle.
     */
    public void warmUp() {
        current().proofreader().load();
        startIdleTimer();
    }

    /** Lets LanguageTool go now (the last story editor closed); the next check loads it again. */
    public void release() {
        WritingCheck loaded;
        synchronized (this) {
            loaded = check;
        }
        if (loaded != null) {
            loaded.proofreader().unload();
        }
    }

    /** Whether LanguageTool is in memory (never waits for a check under way). */
    public boolean isLoaded() {
        WritingCheck current = check;
        return current != null && current.proofreader().isLoaded();
    }

    /**
     * Checks a story's headline (spelling and grammar) and summary (also house style).
     *
     * @param ignored words the writer chose to ignore in this story
     */
    public StoryFindings check(String headline, String body, List<Clip> clips, Set<String> ignored) {
        WritingCheck writing = current();
        startIdleTimer();
        Set<String> allowed = allowed(clips, ignored);
        return new StoryFindings(writing.check(headline, allowed, false), writing.check(body, allowed, true));
    }

    /** The findings of a text without a clip of its own, such as an edition's intro. */
    public List<Finding> checkText(String text, List<Clip> clips) {
        return checkText(text, clips, Set.of());
    }

    /** The same, less the words the person chose to ignore. */
    public List<Finding> checkText(String text, List<Clip> clips, Set<String> ignored) {
        WritingCheck writing = current();
        startIdleTimer();
        return writing.check(text, allowed(clips, ignored), true);
    }

    /**
     * The story's writing findings as {@code story check} and the pre-flight list them: the summary's with their
     * spans, the headline's about the story as a whole, saying so.
     */
    public List<Finding> findings(String headline, String body, List<Clip> clips) {
        StoryFindings found = check(headline, body, clips, Set.of());
        List<Finding> all = new ArrayList<>();
        for (Finding finding : found.headline()) {
            all.add(new Finding(finding.kind(), 0, 0, finding.quote(), "Headline: " + finding.message(), "",
                    finding.suggestions()));
        }
        all.addAll(found.body());
        return all;
    }

    /** The newsroom's dictionary, alphabetically. */
    public List<DictionaryWord> dictionary() {
        return dictionary.all();
    }

    /**
     * Adds one word to the newsroom's dictionary (audited): anyone in the newsroom may, from the writing screen's
     * right click or {@code dictionary add}. A blank word or one with spaces is refused with one sentence.
     */
    public DictionaryWord addToDictionary(String actor, String word) {
        String clean = word == null ? "" : word.strip();
        if (!ONE_WORD.matcher(clean).matches()) {
            throw new IllegalArgumentException("Only a single word can go in the newsroom dictionary.");
        }
        return database.write(connection -> {
            String who = people.require(actor).name();
            boolean known = dictionary.find(clean).isPresent();
            DictionaryWord added = dictionary.add(clean, who);
            if (!known) {
                audit.append(who, "dictionary.add", clean, null);
            }
            return added;
        });
    }

    /**
     * Takes a word out of the newsroom's dictionary (audited); only editors may.
     *
     * @return whether the word was there
     * @throws WorkflowException when {@code actor} is not an editor
     */
    public boolean removeFromDictionary(String actor, String word) {
        String clean = word == null ? "" : word.strip();
        return database.write(connection -> {
            User who = people.require(actor);
            Permissions.dictionaryRefusal(who).ifPresent(rule -> {
                throw new WorkflowException(rule);
            });
            boolean removed = dictionary.remove(clean);
            if (removed) {
                audit.append(who.name(), "dictionary.remove", clean, null);
            }
            return removed;
        });
    }

    private Set<String> allowed(List<Clip> clips, Set<String> ignored) {
        Set<String> allowed = new HashSet<>(WritingCheck.words(clips));
        allowed.addAll(ignored);
        for (DictionaryWord word : dictionary.all()) {
            allowed.add(word.word());
        }
        return allowed;
    }

    /** The check for the settings and house style file in force, made again when either changed. */
    private synchronized WritingCheck current() {
        Map<String, String> stored = settings.all();
        WritingSettings wanted = WritingSettings.fromMap(stored);
        Path file = styleFile(NewsroomSettings.fromMap(stored).templateFolder());
        long modified = modified(file);
        if (check == null || !wanted.equals(checkSettings) || !Objects.equals(file, styleFile)
                || modified != styleModified) {
            // rules switched off are left out by the check, so only a new language needs a new LanguageTool
            boolean sameLanguage = check != null && checkSettings.language().equals(wanted.language());
            Proofreader proofreader = sameLanguage ? check.proofreader()
                    : new Proofreader(wanted.language(), Set.of());
            if (check != null && !sameLanguage) {
                check.proofreader().unload();
            }
            check = new WritingCheck(proofreader, houseStyle(file), wanted.rulesOff());
            checkSettings = wanted;
            styleFile = file;
            styleModified = modified;
        }
        return check;
    }

    /** The house style in force: the template folder's file when there is one, else the default. */
    public HouseStyle houseStyle() {
        return houseStyle(styleFile(NewsroomSettings.fromMap(settings.all()).templateFolder()));
    }

    private static HouseStyle houseStyle(Path file) {
        if (file == null) {
            return HouseStyle.defaults();
        }
        try {
            return HouseStyle.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("The house style file " + file + " could not be read: "
                    + e.getMessage());
        }
    }

    private static Path styleFile(String templateFolder) {
        if (templateFolder == null || templateFolder.isBlank()) {
            return null;
        }
        try {
            Path file = Path.of(templateFolder).resolve(HouseStyle.FILE_NAME);
            return Files.isRegularFile(file) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static long modified(Path file) {
        try {
            return file == null ? 0 : Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private synchronized void startIdleTimer() {
        if (idleTimer != null) {
            return;
        }
        idleTimer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "newsdesk-proofreader-idle");
            thread.setDaemon(true);
            return thread;
        });
        idleTimer.scheduleWithFixedDelay(() -> {
            WritingCheck loaded;
            synchronized (this) {
                loaded = check;
            }
            if (loaded != null) {
                loaded.proofreader().unloadIfIdle(TimeUnit.MINUTES.toNanos(IDLE_MINUTES));
            }
        }, 1, 1, TimeUnit.MINUTES);
    }
}
