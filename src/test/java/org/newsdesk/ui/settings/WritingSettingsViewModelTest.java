package org.newsdesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.App;
import org.newsdesk.model.Role;
import org.newsdesk.store.Database;
import org.newsdesk.ui.Worker;

/** Settings › Writing without a window: an editor changes the language, rules and dictionary; a writer only sees. */
class WritingSettingsViewModelTest {
    private App app;

    @BeforeEach
    void newsroom() {
        app = new App(Database.inMemory(), Clock.systemUTC());
        app.people().welcome("Ann");
        app.people().add("Ann", "Ted", Role.WRITER);
        app.writing().addToDictionary("Ted", "Ndlovuzane");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private WritingSettingsViewModel screenFor(String person) {
        WritingSettingsViewModel screen = new WritingSettingsViewModel(app.settingsService(), app.writing(),
                Worker.inline(), person);
        screen.load();
        return screen;
    }

    private List<String> idsOff(WritingSettingsViewModel screen) {
        return screen.rulesOff().stream().map(WritingSettingsViewModel.RuleOff::id).toList();
    }

    @Test
    void anEditorChoosesTheLanguageAndSwitchesRulesOffAndBackOn() {
        WritingSettingsViewModel screen = screenFor("Ann");
        assertTrue(screen.canChangeProperty().get());
        assertEquals("en-US", screen.languageProperty().get());
        assertTrue(idsOff(screen).contains("STYLE"), idsOff(screen).toString());
        assertTrue(screen.houseRules().stream().anyMatch(rule -> rule.id().equals("percent")));

        screen.chooseLanguage("en-GB");
        assertEquals("en-GB", app.settingsService().writing().language());
        assertEquals("Spelling and grammar now check English (UK).", screen.messageProperty().get());

        screen.switchOff("percent");
        assertTrue(app.settingsService().writing().rulesOff().contains("percent"));
        assertTrue(screen.rulesOff().contains(new WritingSettingsViewModel.RuleOff("percent",
                "House style: House style spells out \"percent\" after a figure.")), screen.rulesOff().toString());

        screen.switchOn("STYLE");
        assertFalse(app.settingsService().writing().rulesOff().contains("STYLE"));
        assertFalse(idsOff(screen).contains("STYLE"));
        assertEquals("Switched STYLE back on.", screen.messageProperty().get());

        screen.switchOff("two words");
        assertEquals("Name a rule by its id, such as ALL_OF_THE or percent, not \u201Ctwo words\u201D.",
                screen.messageProperty().get());
    }

    @Test
    void anEditorRemovesADictionaryWord() {
        WritingSettingsViewModel screen = screenFor("Ann");
        assertEquals(List.of("Ndlovuzane"), screen.words().stream().map(word -> word.word()).toList());

        screen.removeWord("Ndlovuzane");

        assertEquals(List.of(), screen.words());
        assertEquals(List.of(), app.writing().dictionary());
    }

    @Test
    void aWriterSeesEverythingAndTheServicesRefuseTheirChanges() {
        WritingSettingsViewModel screen = screenFor("Ted");
        assertFalse(screen.canChangeProperty().get());
        assertEquals("Only editors change the newsroom's settings, template folder and outlets.",
                screen.refusalProperty().get());
        assertEquals(1, screen.words().size());

        screen.switchOff("percent");
        assertEquals("Only editors change the newsroom's settings, template folder and outlets.",
                screen.messageProperty().get());
        screen.removeWord("Ndlovuzane");
        assertEquals("Only editors remove words from the newsroom dictionary.", screen.messageProperty().get());
        screen.chooseLanguage("en-GB");

        assertFalse(app.settingsService().writing().rulesOff().contains("percent"));
        assertEquals(1, app.writing().dictionary().size());
        assertEquals("en-US", app.settingsService().writing().language());
    }
}
