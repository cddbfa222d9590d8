package org.newsdesk.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsdesk.app.SettingsService;
import org.newsdesk.app.WritingService;
import org.newsdesk.integrity.HouseStyle;
import org.newsdesk.model.DictionaryWord;
import org.newsdesk.model.WritingSettings;
import org.newsdesk.ui.Worker;

/**
 * Settings › Writing: the language the spelling and grammar check reads, the rules switched off (LanguageTool's and
 * the house style's), and the newsroom dictionary. Editors change them; everyone else sees them, with the reason
 * (the services refuse anyone else too).
 */
public final class WritingSettingsViewModel {
    /** The languages offered, with their names. */
    public static final Map<String, String> LANGUAGE_NAMES = Map.of("en-US", "English (US)", "en-GB", "English (UK)");
    private static final Map<String, String> CATEGORIES = Map.of(
            "STYLE", "LanguageTool's style advice (informal words, passive voice)",
            "REDUNDANCY", "LanguageTool's wordiness advice (\u201Call of the\u201D, \u201Cfree gift\u201D)",
            "COLLOCATIONS", "LanguageTool's preposition advice (\u201Cconsequences like\u201D)",
            "COMPOUNDING", "LanguageTool's hyphenation advice (\u201Cfull time\u201D)",
            "TYPOGRAPHY", "LanguageTool's typography advice");

    /** A rule switched off: its id and what it is. */
    public record RuleOff(String id, String description) {
    }

    /** A house style rule, which can be switched off by its id. */
    public record HouseRule(String id, String why) {
    }

    private record Snapshot(WritingSettings settings, List<HouseRule> houseRules, String houseStyleProblem,
                            List<DictionaryWord> words, Optional<String> refusal) {
    }

    private final SettingsService settings;
    private final WritingService writing;
    private final Worker worker;
    private final String actor;
    private final ReadOnlyStringWrapper language = new ReadOnlyStringWrapper(WritingSettings.LANGUAGES.get(0));
    private final ObservableList<RuleOff> rulesOff = FXCollections.observableArrayList();
    private final ObservableList<HouseRule> houseRules = FXCollections.observableArrayList();
    private final ObservableList<DictionaryWord> words = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canChange = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** {@code actor} is the person at the keyboard. */
    public WritingSettingsViewModel(SettingsService settings, WritingService writing, Worker worker, String actor) {
        this.settings = settings;
        this.writing = writing;
        this.worker = worker;
        this.actor = actor;
    }

    /** Reads the language, the rules switched off, the house style's rules and the dictionary. */
    public void load() {
        run(() -> {
            List<HouseRule> rules = new ArrayList<>();
            String problem = "";
            try {
                for (HouseStyle.Rule rule : writing.houseStyle().rules()) {
                    rules.add(new HouseRule(rule.id(), rule.why()));
                }
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
            return new Snapshot(settings.writing(), rules, problem, writing.dictionary(),
                    settings.changeRefusal(actor));
        }, snapshot -> {
            houseRules.setAll(snapshot.houseRules());
            show(snapshot.settings());
            words.setAll(snapshot.words());
            canChange.set(snapshot.refusal().isEmpty());
            refusal.set(snapshot.refusal().orElse(""));
            message.set(snapshot.houseStyleProblem());
        });
    }

    /** Makes the spelling and grammar check read {@code code} ("en-US" or "en-GB"). */
    public void chooseLanguage(String code) {
        if (code == null || code.equals(language.get())) {
            return;
        }
        run(() -> {
            settings.set(actor, WritingSettings.KEY_LANGUAGE, code);
            return settings.writing();
        }, now -> {
            show(now);
            message.set("Spelling and grammar now check " + name(now.language()) + ".");
        });
    }

    /** Switches off a rule by its id (shown in brackets at the end of a finding, or a house style rule's id). */
    public void switchOff(String id) {
        if (id == null || id.isBlank()) {
            message.set("Name the rule to switch off: its id ends each finding, in brackets.");
            return;
        }
        String rule = id.strip();
        run(() -> settings.switchWritingRule(actor, rule, true), now -> {
            show(now);
            message.set("Switched off " + rule + ".");
        });
    }

    /** Switches a rule back on. */
    public void switchOn(String id) {
        run(() -> settings.switchWritingRule(actor, id, false), now -> {
            show(now);
            message.set("Switched " + id + " back on.");
        });
    }

    /** Takes a word out of the newsroom dictionary. */
    public void removeWord(String word) {
        run(() -> {
            writing.removeFromDictionary(actor, word);
            return writing.dictionary();
        }, now -> {
            words.setAll(now);
            message.set("Took \u201C" + word + "\u201D out of the newsroom dictionary.");
        });
    }

    /** The name of a language code, such as English (UK). */
    public static String name(String code) {
        return LANGUAGE_NAMES.getOrDefault(code, code);
    }

    private void show(WritingSettings now) {
        language.set(now.language());
        List<RuleOff> off = new ArrayList<>();
        for (String id : now.rulesOff().stream().sorted().toList()) {
            off.add(new RuleOff(id, describe(id)));
        }
        rulesOff.setAll(off);
    }

    private String describe(String id) {
        for (HouseRule rule : houseRules) {
            if (rule.id().equals(id)) {
                return "House style: " + rule.why();
            }
        }
        String category = CATEGORIES.get(id);
        if (category != null) {
            return category + ", all of it";
        }
        return WritingSettings.DEFAULT_RULES_OFF.contains(id) ? "LanguageTool rule, off by default"
                : "LanguageTool rule";
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        busy.set(true);
        worker.run(work, result -> {
            busy.set(false);
            done.accept(result);
        }, error -> {
            busy.set(false);
            message.set(error.getMessage() == null ? error.toString() : error.getMessage());
        });
    }

    /** The language code in force, such as en-US. */
    public ReadOnlyStringProperty languageProperty() {
        return language.getReadOnlyProperty();
    }

    public ObservableList<RuleOff> rulesOff() {
        return rulesOff;
    }

    public ObservableList<HouseRule> houseRules() {
        return houseRules;
    }

    public ObservableList<DictionaryWord> words() {
        return words;
    }

    /** Whether the person may change these settings (editors). */
    public ReadOnlyBooleanProperty canChangeProperty() {
        return canChange.getReadOnlyProperty();
    }

    /** Why the person may not change them, or empty. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
