package org.newsdesk.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.WritingSettings;
import org.newsdesk.store.AuditTrail;
import org.newsdesk.export.OutletCsv;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutletStore;
import org.newsdesk.store.SettingsStore;
import org.newsdesk.model.User;
import org.newsdesk.workflow.Permissions;
import org.newsdesk.workflow.WorkflowException;

/**
 * The newsroom's settings and outlet house style: read typed, changed one key at a time (command line) or all at
 * once (settings screen), each value checked first and refused with one sentence; only editors change them,
 * and every change is audited.
 */
public final class SettingsService {
    /** Largest size budget accepted, in KB: far above Gmail's ~102 KB clipping point, so only typos are refused. */
    static final int MAX_SIZE_BUDGET_KB = 2_000;
    static final int MAX_WORDS = 5_000;
    private static final Pattern RULE_ID = Pattern.compile("[\\p{L}\\p{N}_.-]+");

    private final Database database;
    private final SettingsStore settings;
    private final OutletStore outlets;
    private final AuditTrail audit;
    private final PeopleService people;

    public SettingsService(Database database, SettingsStore settings, OutletStore outlets, AuditTrail audit,
                           PeopleService people) {
        this.database = database;
        this.settings = settings;
        this.outlets = outlets;
        this.audit = audit;
        this.people = people;
    }

    /** The acting editor's name as the newsroom spells it; anyone else is refused with the rule. */
    private String editor(String actor) {
        User who = people.require(actor);
        Permissions.newsroomRefusal(who).ifPresent(rule -> {
            throw new WorkflowException(rule);
        });
        return who.name();
    }

    /** What an outlet import changed. */
    public record OutletImport(int added, int changed, int unchanged) {
        public String describe() {
            return added + " added, " + changed + " changed, " + unchanged + " unchanged";
        }
    }

    /** The settings in force: stored values, defaults for the rest. */
    public NewsroomSettings current() {
        return NewsroomSettings.fromMap(settings.all());
    }

    /** Every setting's key and value as text, in {@link NewsroomSettings#KEYS} order. */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>(current().toMap());
        all.putAll(writing().toMap());
        return all;
    }

    /** The writing checks' settings in force: language and the rules switched off. */
    public WritingSettings writing() {
        return WritingSettings.fromMap(settings.all());
    }

    /** Why {@code actor} may not change the newsroom's settings, or empty when they may (editors). */
    public Optional<String> changeRefusal(String actor) {
        return Permissions.newsroomRefusal(people.require(actor));
    }

    /**
     * Switches one writing rule off, or back on: a LanguageTool rule id, family or category (such as ALL_OF_THE,
     * EN_COMPOUNDS or STYLE) or a house style rule id (such as percent). Editors only; audited.
     *
     * @return the writing settings now in force
     * @throws IllegalArgumentException when the id is not one word
     */
    public WritingSettings switchWritingRule(String actor, String ruleId, boolean off) {
        String id = ruleId == null ? "" : ruleId.strip();
        if (!RULE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Name a rule by its id, such as ALL_OF_THE or percent, not "
                    + quoted(id) + ".");
        }
        return database.write(connection -> {
            String editor = editor(actor);
            Set<String> rules = new LinkedHashSet<>(writing().rulesOff());
            boolean changed = off ? rules.add(id) : rules.remove(id);
            if (changed) {
                String value = String.join(",", rules.stream().sorted().toList());
                settings.set(WritingSettings.KEY_RULES_OFF, value);
                audit.append(editor, "settings.set", WritingSettings.KEY_RULES_OFF, value);
            }
            return writing();
        });
    }

    /** One setting's value as text; an unknown key is refused with the list of known ones. */
    public String get(String key) {
        return all().get(requireKnown(key));
    }

    /**
     * Checks and stores one setting, as {@code settings set KEY VALUE} does.
     *
     * @return the settings now in force
     * @throws IllegalArgumentException with one sentence when the key is unknown or the value is refused
     */
    public NewsroomSettings set(String actor, String key, String value) {
        String known = requireKnown(key);
        String normalised = normalise(known, value == null ? "" : value);
        return database.write(connection -> {
            String editor = editor(actor);
            String before = get(known);
            if (!before.equals(normalised)) {
                settings.set(known, normalised);
                audit.append(editor, "settings.set", known, normalised);
            }
            return current();
        });
    }

    /**
     * Checks and stores every setting of {@code edited} in one transaction, as the settings screen's Save does;
     * nothing is stored when any value is refused.
     */
    public NewsroomSettings save(String actor, NewsroomSettings edited) {
        return database.write(connection -> {
            String editor = editor(actor);
            Map<String, String> before = all();
            Map<String, String> changed = new LinkedHashMap<>();
            // only changed values are checked, so a template folder that has since gone does not block the rest
            edited.toMap().forEach((key, value) -> {
                if (!value.equals(before.get(key))) {
                    changed.put(key, normalise(key, value));
                }
            });
            changed.forEach((key, value) -> {
                if (!value.equals(before.get(key))) {
                    settings.set(key, value);
                    audit.append(editor, "settings.set", key, value);
                }
            });
            return current();
        });
    }

    /** Checks a key and value as {@link #set} would, without storing anything. */
    public static String check(String key, String value) {
        return normalise(requireKnown(key), value == null ? "" : value);
    }

    /** The checked, tidied text form of {@code value} for {@code key}, or one sentence saying why it is refused. */
    public static String normalise(String key, String value) {
        String text = value.strip();
        return switch (key) {
            case NewsroomSettings.KEY_NEWSLETTER_NAME -> {
                if (text.isEmpty()) {
                    throw new IllegalArgumentException("The newsletter needs a name.");
                }
                yield oneLine(text, "The newsletter name");
            }
            case NewsroomSettings.KEY_TAGLINE -> oneLine(text, "The tagline");
            case NewsroomSettings.KEY_SPONSOR_LINE -> oneLine(text, "The sponsor line");
            case NewsroomSettings.KEY_SENDER_NAME -> oneLine(text, "The sender name");
            case NewsroomSettings.KEY_WEB_ADDRESS -> webAddress(text);
            case NewsroomSettings.KEY_SIZE_BUDGET_KB -> Integer.toString(sizeBudget(text));
            case NewsroomSettings.KEY_TEMPLATE_FOLDER -> templateFolder(text);
            case NewsroomSettings.KEY_DEFAULT_SECTIONS -> String.join(", ", sections(text));
            case NewsroomSettings.KEY_WORD_TARGET -> wordTarget(text);
            case WritingSettings.KEY_LANGUAGE -> language(text);
            case WritingSettings.KEY_RULES_OFF -> String.join(",", WritingSettings.parseRules(text));
            default -> throw new IllegalArgumentException(unknown(key));
        };
    }

    /** Every outlet, by name. */
    public List<Outlet> outlets() {
        return outlets.all();
    }

    /** Adds or changes one outlet (its domains become exactly those given). */
    public Outlet saveOutlet(String actor, Outlet outlet) {
        Outlet checked = OutletCsv.checked(outlet, "The outlet " + outlet.name());
        return database.write(connection -> {
            String editor = editor(actor);
            Outlet saved = outlets.save(checked);
            audit.append(editor, "outlet.save", saved.name(), saved.attribution() + " | "
                    + String.join(" ", saved.domains()));
            return saved;
        });
    }

    public void deleteOutlet(String actor, String name) {
        database.write(connection -> {
            String editor = editor(actor);
            if (outlets.find(name).isEmpty()) {
                throw new IllegalArgumentException("There is no outlet called " + name + ".");
            }
            outlets.delete(name);
            audit.append(editor, "outlet.delete", name, null);
            return null;
        });
    }

    /** The outlets as CSV ({@code name,attribution,domains}), for a spreadsheet or another newsroom. */
    public String exportOutlets() {
        return OutletCsv.write(outlets.all());
    }

    /**
     * Adds the CSV's outlets and changes those of the same name; all of it or, when any line is refused, none.
     *
     * @throws IllegalArgumentException naming the first bad line
     */
    public OutletImport importOutlets(String actor, String csv) {
        List<Outlet> incoming = OutletCsv.read(csv);
        return database.write(connection -> {
            String editor = editor(actor);
            int added = 0;
            int changed = 0;
            int unchanged = 0;
            for (Outlet outlet : incoming) {
                Optional<Outlet> existing = outlets.find(outlet.name());
                Outlet named = existing.map(found -> new Outlet(found.name(), outlet.attribution(), outlet.domains()))
                        .orElse(outlet);
                if (existing.isPresent() && sameOutlet(existing.get(), named)) {
                    unchanged++;
                    continue;
                }
                outlets.save(named);
                if (existing.isPresent()) {
                    changed++;
                } else {
                    added++;
                }
            }
            OutletImport result = new OutletImport(added, changed, unchanged);
            audit.append(editor, "outlet.import", null, result.describe());
            return result;
        });
    }

    private static boolean sameOutlet(Outlet a, Outlet b) {
        return a.attribution().equals(b.attribution())
                && new LinkedHashSet<>(a.domains()).equals(new LinkedHashSet<>(b.domains()));
    }

    private static String requireKnown(String key) {
        String wanted = key == null ? "" : key.strip();
        return knownKeys().stream().filter(known -> known.equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(unknown(wanted)));
    }

    private static String unknown(String key) {
        return "There is no setting called " + key + "; the settings are " + String.join(", ", knownKeys()) + ".";
    }

    private static List<String> knownKeys() {
        List<String> keys = new ArrayList<>(NewsroomSettings.KEYS);
        keys.addAll(WritingSettings.KEYS);
        return keys;
    }

    private static String language(String text) {
        return WritingSettings.LANGUAGES.stream().filter(code -> code.equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The language must be one of "
                        + String.join(", ", WritingSettings.LANGUAGES) + "."));
    }

    /** A value the person typed, set apart in quotation marks so that "not a url" reads "not “a url”". */
    private static String quoted(String text) {
        return "\u201C" + text + "\u201D";
    }

    private static String oneLine(String text, String what) {
        if (text.contains("\n") || text.contains("\r")) {
            throw new IllegalArgumentException(what + " must fit on one line.");
        }
        if (text.length() > 300) {
            throw new IllegalArgumentException(what + " is " + text.length() + " characters long; keep it under 300.");
        }
        return text;
    }

    private static String webAddress(String text) {
        if (text.isEmpty()) {
            return text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // refused below with the same sentence as any other malformed address
        }
        throw new IllegalArgumentException("The archive's web address must be a full address such as "
                + "https://news.example.org/, not " + quoted(text) + ".");
    }

    private static int sizeBudget(String text) {
        int kb;
        try {
            kb = Integer.parseInt(text.replaceFirst("(?i)\\s*kb$", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The size budget is a whole number of kilobytes, such as 90, not "
                    + quoted(text) + ".");
        }
        if (kb < 10 || kb > MAX_SIZE_BUDGET_KB) {
            throw new IllegalArgumentException("The size budget must be between 10 and " + MAX_SIZE_BUDGET_KB
                    + " KB (Gmail clips messages over about 102 KB).");
        }
        return kb;
    }

    private static String templateFolder(String text) {
        if (text.isEmpty()) {
            return text;
        }
        Path folder;
        try {
            folder = Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(quoted(text) + " is not a folder name this system accepts.");
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("There is no template folder " + quoted(text) + ".");
        }
        return folder.toAbsolutePath().normalize().toString();
    }

    private static List<String> sections(String text) {
        List<String> sections = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("The section " + quoted(name) + " is listed twice.");
            }
            sections.add(oneLine(name, "A section name"));
        }
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("Name at least one default section, such as Top stories.");
        }
        return sections;
    }

    private static String wordTarget(String text) {
        String[] parts = text.split("\\s*[-–]\\s*");
        try {
            if (parts.length == 2) {
                int low = Integer.parseInt(parts[0].strip());
                int high = Integer.parseInt(parts[1].strip());
                if (low >= 1 && high >= low && high <= MAX_WORDS) {
                    return low + "-" + high;
                }
            }
        } catch (NumberFormatException e) {
            // refused below with the sentence that shows the form
        }
        throw new IllegalArgumentException("The word-count target is a range such as 150-250 (lowest first, at most "
                + MAX_WORDS + "), not " + quoted(text) + ".");
    }
}
