package org.newsdesk.app;

import org.newsdesk.testing.MovableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.App;
import org.newsdesk.app.SettingsService;
import org.newsdesk.app.SettingsService.OutletImport;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Role;
import org.newsdesk.store.Database;
import org.newsdesk.workflow.WorkflowException;

@Timeout(30)
class SettingsServiceTest {
    private final App app = new App(Database.inMemory(), new MovableClock(Instant.parse("2026-03-02T08:00:00Z")));
    private final SettingsService settings = app.settingsService();

    @BeforeEach
    void newsroom() {
        app.people().welcome("Ann");
        app.people().add("Ann", "Ted", Role.WRITER);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void onlyEditorsChangeSettingsTheTemplateFolderAndOutletsAndEachChangeIsAudited(@TempDir Path templates) {
        String rule = "Only editors change the newsroom's settings, template folder and outlets.";
        Outlet outlet = new Outlet("Reuters", "Reuters", List.of("reuters.com"));

        assertEquals(rule, assertThrows(WorkflowException.class,
                () -> settings.set("Ted", NewsroomSettings.KEY_NEWSLETTER_NAME, "Ted's News")).getMessage());
        assertEquals(rule, assertThrows(WorkflowException.class,
                () -> settings.set("Ted", NewsroomSettings.KEY_TEMPLATE_FOLDER, templates.toString())).getMessage());
        assertEquals(rule, assertThrows(WorkflowException.class,
                () -> settings.saveOutlet("Ted", outlet)).getMessage());
        assertEquals(rule, assertThrows(WorkflowException.class,
                () -> settings.importOutlets("Ted", "name,attribution,domains\nX,X,x.com\n")).getMessage());
        assertEquals(NewsroomSettings.defaults(), settings.current());
        assertEquals(List.of(), settings.outlets());
        assertEquals("There is no one called Nobody in this newsroom; an editor can add them with user add.",
                assertThrows(WorkflowException.class, () -> settings.saveOutlet("Nobody", outlet)).getMessage());

        settings.set("ann", NewsroomSettings.KEY_TEMPLATE_FOLDER, templates.toString());
        settings.saveOutlet("Ann", outlet);
        settings.deleteOutlet("Ann", "Reuters");

        assertEquals(List.of("settings.set Ann", "outlet.save Ann", "outlet.delete Ann"), app.stores().audit().list(null, 0)
                .stream().filter(entry -> entry.action().startsWith("settings.") || entry.action().startsWith("outlet."))
                .map(entry -> entry.action() + " " + entry.actor()).toList());
    }

    @Test
    void aNewNewsroomReadsTheDefaults() {
        assertEquals(NewsroomSettings.defaults(), settings.current());
        assertEquals("150-250", settings.get("story.wordTarget"));
    }

    @Test
    void everySettingSetIsReadBackTypedAndAsText() {
        settings.set("Ann", NewsroomSettings.KEY_NEWSLETTER_NAME, "  Crime and Justice News ");
        settings.set("Ann", NewsroomSettings.KEY_TAGLINE, "A daily report");
        settings.set("Ann", NewsroomSettings.KEY_SPONSOR_LINE, "Co-sponsored by ASU, CJJ and NCJA");
        settings.set("Ann", NewsroomSettings.KEY_WEB_ADDRESS, "https://thecrimereport.org/");
        settings.set("Ann", NewsroomSettings.KEY_SENDER_NAME, "The Desk");
        settings.set("Ann", NewsroomSettings.KEY_SIZE_BUDGET_KB, "80 KB");
        settings.set("Ann", NewsroomSettings.KEY_DEFAULT_SECTIONS, "Drugs, Courts,, Policing");
        settings.set("Ann", NewsroomSettings.KEY_WORD_TARGET, "120 – 200");

        NewsroomSettings read = new App(app.stores().database(), app.clock()).settingsService().current();

        assertEquals(new NewsroomSettings("Crime and Justice News", "A daily report",
                "Co-sponsored by ASU, CJJ and NCJA", "https://thecrimereport.org/", "The Desk", 80, "",
                List.of("Drugs", "Courts", "Policing"), 120, 200), read);
        assertEquals("80", settings.get("export.sizeBudgetKb"));
        assertEquals("Drugs, Courts, Policing", settings.get("EDITION.SECTIONS"));
    }

    @Test
    void aTemplateFolderMustExistAndIsStoredAsAFullPath(@TempDir Path templates) {
        settings.set("Ann", NewsroomSettings.KEY_TEMPLATE_FOLDER, templates.toString());

        assertEquals(templates.toAbsolutePath().toString(), settings.current().templateFolder());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> settings.set("Ann", NewsroomSettings.KEY_TEMPLATE_FOLDER, templates.resolve("gone").toString()));
        assertTrue(refused.getMessage().startsWith("There is no template folder "), refused.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            newsletter.name      | ' '           | The newsletter needs a name.
            newsletter.webAddress| thecrimereport.org | The archive's web address must be a full address such as https://news.example.org/, not “thecrimereport.org”.
            export.sizeBudgetKb  | lots          | The size budget is a whole number of kilobytes, such as 90, not “lots”.
            export.sizeBudgetKb  | 5             | The size budget must be between 10 and 2000 KB (Gmail clips messages over about 102 KB).
            story.wordTarget     | 250-150       | The word-count target is a range such as 150-250 (lowest first, at most 5000), not “250-150”.
            story.wordTarget     | 200           | The word-count target is a range such as 150-250 (lowest first, at most 5000), not “200”.
            edition.sections     | Drugs, drugs  | The section “drugs” is listed twice.
            edition.sections     | ' , '         | Name at least one default section, such as Top stories.
            newsletter.colour    | blue          | There is no setting called newsletter.colour; the settings are newsletter.name, newsletter.tagline, newsletter.sponsor, newsletter.webAddress, newsletter.sender, export.sizeBudgetKb, export.templateFolder, edition.sections, story.wordTarget, writing.language, writing.rulesOff.
            """)
    void aRefusedValueIsNamedInOneSentenceAndNothingChanges(String key, String value, String sentence) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> settings.set("Ann", key, value));

        assertEquals(sentence, refused.getMessage());
        assertEquals(NewsroomSettings.defaults(), settings.current());
    }

    @Test
    void savingTheScreenStoresEveryChangeOrNothingAndAuditsEachChange() {
        NewsroomSettings edited = new NewsroomSettings("The Brief", "Short and daily", "", "", "", 90, "",
                List.of("Top stories"), 150, 250);
        settings.save("Ann", edited);
        NewsroomSettings refused = new NewsroomSettings("The Brief 2", "", "", "not an address", "", 90, "",
                List.of("Top stories"), 150, 250);

        assertThrows(IllegalArgumentException.class, () -> settings.save("Ann", refused));

        assertEquals(edited, settings.current());
        assertEquals(List.of("newsletter.name", "newsletter.tagline"), app.stores().audit().list(null, 0).stream()
                .filter(entry -> entry.action().equals("settings.set")).map(entry -> entry.subject()).toList());
    }

    @Test
    void outletsGoOutAndComeBackThroughCsvWithQuotesIntact() {
        settings.saveOutlet("Ann", new Outlet("The Wall Street Journal", "the Wall Street Journal",
                List.of("wsj.com", "www.WSJ.net")));
        settings.saveOutlet("Ann", new Outlet("Reuters, Ltd", "Reuters, the \"wire\"", List.of("reuters.com")));
        String csv = settings.exportOutlets();
        App other = new App(Database.inMemory(), app.clock());
        other.people().welcome("Bo");

        OutletImport result = other.settingsService().importOutlets("Bo", csv);

        assertEquals("name,attribution,domains\r\n"
                + "\"Reuters, Ltd\",\"Reuters, the \"\"wire\"\"\",reuters.com\r\n"
                + "The Wall Street Journal,the Wall Street Journal,wsj.com wsj.net\r\n", csv);
        assertEquals(new OutletImport(2, 0, 0), result);
        assertEquals(settings.outlets(), other.settingsService().outlets());
        other.close();
    }

    @Test
    void anImportAddsNewOutletsChangesKnownOnesAndAcceptsSemicolons() {
        settings.saveOutlet("Ann", new Outlet("Reuters", "Reuters", List.of("reuters.com")));
        settings.saveOutlet("Ann", new Outlet("ProPublica", "ProPublica", List.of("propublica.org")));

        OutletImport result = settings.importOutlets("Ann", """
                Name,Attribution,Domains
                reuters,Reuters news agency,reuters.com; reuters.co.uk
                ProPublica,ProPublica,propublica.org
                "The Marshall
                Project",the Marshall Project,themarshallproject.org
                """);

        assertEquals(new OutletImport(1, 1, 1), result);
        assertEquals(new Outlet("Reuters", "Reuters news agency", List.of("reuters.co.uk", "reuters.com")),
                app.stores().outlets().find("Reuters").orElseThrow());
        assertEquals("The Marshall\nProject", app.stores().outlets().findByDomain("themarshallproject.org").orElseThrow().name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'name,domains\\nReuters,reuters.com'                          | Line 1 must be the header name,attribution,domains, not name,domains.
            'name,attribution,domains\\nReuters,Reuters'                  | Line 2 has 2 fields; each line needs 3: name, attribution, domains.
            'name,attribution,domains\\nA,A,a.com\\n,B,b.com'             | Line 3 has no outlet name.
            'name,attribution,domains\\nA,A,a.com\\na,A again,b.com'      | Line 3 repeats the outlet a.
            'name,attribution,domains\\nA,A,a.com wsj!.com'               | Line 2: wsj!.com is not a domain name like wsj.com.
            'name,attribution,domains\\n"A,A,a.com'                       | Line 2 opens a quoted field that never closes.
            'name,attribution,domains\\n"A"x,A,a.com'                     | Line 2 has text after a closing quote; write a quote inside a quoted field as "".
            ''                                                            | The file is empty; it needs the header line name,attribution,domains.
            """)
    void aBadOutletFileImportsNothingAndNamesItsLine(String csv, String sentence) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> settings.importOutlets("Ann", csv.replace("\\n", "\n")));

        assertEquals(sentence, refused.getMessage());
        assertEquals(List.of(), settings.outlets());
    }
}
