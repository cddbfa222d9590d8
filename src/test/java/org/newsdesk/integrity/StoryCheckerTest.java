package org.newsdesk.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;

/**
 * Every kind of finding but misquotes (see QuoteCheckTest), each with the cases that must and must not be flagged.
 * Its outlets, clip and story are public: IntegrityServiceTest (in app, beside the service) builds on them.
 */
@Timeout(10)
public class StoryCheckerTest {
    public static final Outlet WSJ = new Outlet("The Wall Street Journal", "the Wall Street Journal", List.of("wsj.com"));
    public static final Outlet NYT = new Outlet("The New York Times", "the New York Times", List.of("nytimes.com"));
    public static final String CLIP_URL = "https://www.wsj.com/articles/prison-heat-123?mod=hp_lead_pos1";

    private final StoryChecker checker = new StoryChecker();

    public static Clip clip(String url, String article) {
        String text = Fixtures.article(article);
        int titleEnd = text.indexOf('\n');
        return new Clip(UUID.randomUUID(), url, url.replaceAll("\\?.*", ""), text.substring(0, titleEnd), "Staff",
                "The Wall Street Journal", Instant.parse("2024-05-10T09:00:00Z"), null, "en",
                text.substring(titleEnd).strip(), Instant.parse("2024-05-10T10:00:00Z"));
    }

    public static Story story(String body, String outlet, String attribution, List<UUID> clipIds) {
        return new Story(UUID.randomUUID(), "Prisons swelter", body.replace("\\n", "\n"), clipIds, outlet, attribution,
                "Prisons", List.of(), "Ted", StoryStatus.SUBMITTED, 1, Instant.EPOCH, Instant.EPOCH, "Ted");
    }

    private List<Finding> findings(Finding.Kind kind, String body, String outlet, String attribution,
                                   CheckContext context) {
        Clip clip = clip(CLIP_URL, "prison-heat");
        return checker.check(story(body, outlet, attribution, List.of(clip.id())), List.of(clip), WSJ, context)
                .stream().filter(finding -> kind == null || finding.kind() == kind).toList();
    }

    private List<Finding> findings(Finding.Kind kind, String body) {
        return findings(kind, body, "The Wall Street Journal", "the Wall Street Journal reports",
                CheckContext.defaults().withOutlets(List.of(WSJ, NYT)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            thirteen words lifted                | The report describes cells where the air barely moved, fans that had been broken for months. | 1
            lifted with other case and dashes    | THE REPORT describes cells where the air barely moved—fans that had been broken for months.  | 1
            lifted across a line break           | The report describes cells where the air\\nbarely moved, fans that had been broken for months. | 1
            the same words in quotation marks    | The report "describes cells where the air barely moved, fans that had been broken for months." | 0
            eleven words only                    | Inspectors say it describes cells where the air barely moved, fans that were new.            | 0
            words broken by a quotation          | It describes cells where the air "barely moved," fans that had been broken for months.       | 0
            a long name is not prose             | Jails run by the Ministry of Public Security's Institute of Forensic Science had its access to tools. | 0
            paraphrase                           | Inspectors say air hardly moved in the cells and fans had been broken for months on end.      | 0
            """)
    void liftedProseIsFlaggedOutsideQuotationMarks(String name, String body, int expected) {
        List<Finding> copied = findings(Finding.Kind.COPIED, body.replace("Jails run by the Ministry",
                "Jails run by the Ministry"));
        if (name.startsWith("a long name")) {
            Clip clip = clip("https://www.wsj.com/articles/fentanyl-1", "fentanyl-talks");
            copied = checker.check(story(body, "The Wall Street Journal", "the Wall Street Journal reports",
                    List.of(clip.id())), List.of(clip), WSJ, CheckContext.defaults())
                    .stream().filter(finding -> finding.kind() == Finding.Kind.COPIED).toList();
        }
        assertEquals(expected, copied.size(), name + ": " + copied);
    }

    @Test
    void aCopiedFindingSpansTheLiftedWordsAndShowsTheSource() {
        String body = "Inspectors were shocked. The report describes cells where the air barely moved, fans that had"
                + " been broken for months. More follows.";

        Finding finding = findings(Finding.Kind.COPIED, body).get(0);

        assertEquals(body.indexOf("describes"), finding.start());
        assertEquals(body.indexOf(". More"), finding.end());
        assertEquals("describes cells where the air barely moved, fans that had been broken for months",
                finding.quote());
        assertEquals("The summary repeats 14 consecutive words of the source outside quotation marks.",
                finding.message());
        assertEquals("describes cells where the air barely moved, fans that had been broken for months",
                finding.closest());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            attribution line names the outlet | The Wall Street Journal | the Wall Street Journal reports | Prisons are hot.                               | -
            body names the outlet             | The Wall Street Journal | -                                | Prisons are hot, the Wall Street Journal reports. | -
            name without The, other case      | The Wall Street Journal | -                                | WALL STREET JOURNAL reporters found heat.          | -
            short form after the full name    | The Wall Street Journal | the Journal reports              | The Wall Street Journal found heat.                | -
            short form alone                  | The Wall Street Journal | the Journal reports              | Prisons are hot.                                   | does not name The Wall Street Journal
            no attribution at all             | The Wall Street Journal | -                                | Prisons are hot.                                   | never names The Wall Street Journal
            line names another outlet         | The Wall Street Journal | the New York Times reports       | Prisons are hot.                                   | names The New York Times, but the clip comes from
            story credited to another outlet  | The New York Times      | the Wall Street Journal reports  | Prisons are hot.                                   | credited to The New York Times
            body credits another outlet       | The Wall Street Journal | -                                | Prisons are hot, the New York Times reports.       | credits The New York Times
            """)
    void attributionNamesTheClipsOutlet(String name, String outlet, String line, String body, String expected) {
        List<Finding> attribution = findings(Finding.Kind.ATTRIBUTION, body, outlet, line,
                CheckContext.defaults().withOutlets(List.of(WSJ, NYT)));
        if (expected == null) {
            assertEquals(List.of(), attribution, name);
        } else {
            assertTrue(attribution.stream().anyMatch(f -> f.message().contains(expected)), name + ": " + attribution);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            the clip's own address                 | Read the [full story](https://www.wsj.com/articles/prison-heat-123).            | -
            the address with tracking and www      | Read the [full story](https://wsj.com/articles/prison-heat-123/?utm_source=x#top). | -
            another site's document                | See [the report](https://corrections.example.gov/heat-report.pdf).           | -
            an autolink                            | See <https://corrections.example.gov/heat-report>.                            | -
            a mailto link                          | [Write to the desk](mailto:desk@example.com).                                 | -
            a reference link to the clip           | Read the [full story][1].\\n\\n[1]: https://www.wsj.com/articles/prison-heat-123 | -
            a relative reference link              | See [the report][r].\\n\\n[r]: /reports/heat.pdf                                | not an absolute
            a relative link                        | See [the report](/reports/heat.pdf).                                          | not an absolute
            no scheme                              | Read the [full story](wsj.com/articles/prison-heat-123).                      | not an absolute
            a javascript link                      | [Click](javascript:alert(1)).                                                 | not an absolute
            full story of another article          | Read the [full story](https://www.wsj.com/articles/other-story-456).          | not to the clip's source
            the outlet's name on another site      | As the [Wall Street Journal](https://example.com/copy) found.                  | not to the clip's source
            the same site, another article         | An [earlier piece](https://www.wsj.com/articles/older-789) said so.            | not to the clip's source
            """)
    void linksAreAbsoluteAndTheSourceLinkGoesToTheClip(String name, String body, String expected) {
        List<Finding> links = findings(Finding.Kind.LINK, body.replace("\\n", "\n"));
        if (expected == null) {
            assertEquals(List.of(), links, name);
        } else {
            assertEquals(1, links.size(), name + ": " + links);
            assertTrue(links.get(0).message().contains(expected), name + ": " + links.get(0).message());
            String marked = body.replace("\\n", "\n").substring(links.get(0).start(), links.get(0).end());
            assertTrue(marked.startsWith("[") && marked.endsWith(")") || marked.endsWith("]"),
                    name + " spans the link: " + marked);
        }
    }

    @ParameterizedTest(name = "{0} words")
    @CsvSource(textBlock = """
            149, 1
            150, 0
            250, 0
            251, 1
            """)
    void lengthIsCheckedAgainstTheTarget(int words, int expected) {
        String body = "word ".repeat(words).strip();
        assertEquals(expected, findings(Finding.Kind.LENGTH, body).size());
    }

    @Test
    void linkAddressesDoNotCountAsWords() {
        String body = "word ".repeat(149) + "[word](https://www.example.com/a-very-long-address-with-many-parts-in-it)";
        assertEquals(List.of(), findings(Finding.Kind.LENGTH, body));
    }

    @Test
    void theWordTargetComesFromTheContext() {
        List<Finding> length = findings(Finding.Kind.LENGTH, "word ".repeat(120), "The Wall Street Journal",
                "the Wall Street Journal reports", CheckContext.defaults().withWordTarget(100, 300));
        assertEquals(List.of(), length);
        assertEquals("The summary has 120 words, fewer than 150 (the target is 150–250).",
                findings(Finding.Kind.LENGTH, "word ".repeat(120)).get(0).message());
    }

    @Test
    void twoStoriesOfAnEditionFromOneSourceAreDuplicates() {
        Clip clip = clip(CLIP_URL, "prison-heat");
        Clip sameSource = clip("https://wsj.com/articles/prison-heat-123?utm_campaign=x", "prison-heat");
        Clip otherSource = clip("https://www.wsj.com/articles/bail-1", "bail-reform");
        Story story = story("Prisons are hot.", "The Wall Street Journal", "the Wall Street Journal reports",
                List.of(clip.id()));
        Story twin = story("Heat again.", "The Wall Street Journal", "the Wall Street Journal reports",
                List.of(sameSource.id())).withText("Heat kills", "Heat again.");
        Story other = story("Bail.", "The Wall Street Journal", "the Wall Street Journal reports",
                List.of(otherSource.id()));
        CheckContext edition = CheckContext.defaults().withEdition(List.of(
                new CheckContext.EditionStory(story, List.of(clip)),
                new CheckContext.EditionStory(twin, List.of(sameSource)),
                new CheckContext.EditionStory(other, List.of(otherSource))));

        List<Finding> duplicates = checker.check(story, List.of(clip), WSJ, edition).stream()
                .filter(f -> f.kind() == Finding.Kind.DUPLICATE).toList();

        assertEquals(1, duplicates.size(), duplicates.toString());
        assertEquals("This edition also carries \"Heat kills\", from the same source "
                + "(wsj.com/articles/prison-heat-123).", duplicates.get(0).message());
    }

    @Test
    void aSourceAlreadyPublishedNamesTheEditionAndDate() {
        Clip clip = clip(CLIP_URL, "prison-heat");
        Story story = story("Prisons are hot.", "The Wall Street Journal", "the Wall Street Journal reports",
                List.of(clip.id()));
        UUID earlier = UUID.randomUUID();
        ArchiveLookup archive = (key, excluding) -> key.equals("wsj.com/articles/prison-heat-123")
                && excluding.equals(story.id())
                ? Optional.of(new PublishedUse(LocalDate.of(2024, 5, 3), "Friday digest", earlier, "Prisons bake"))
                : Optional.empty();

        List<Finding> duplicates = checker.check(story, List.of(clip), WSJ,
                CheckContext.defaults().withArchive(archive)).stream()
                .filter(f -> f.kind() == Finding.Kind.DUPLICATE).toList();

        assertEquals(List.of(Finding.about(Finding.Kind.DUPLICATE, "The source was already published in the "
                + "2024-05-03 edition (\"Friday digest\") as \"Prisons bake\".")), duplicates);
    }

    @Test
    void findingsComeInTheOrderOfTheirSpans() {
        String body = "Read the [full story](/x). It said \"nothing of the kind was found there,\" she wrote.";
        List<Finding> all = findings(null, body, "The Wall Street Journal", "the Wall Street Journal reports",
                CheckContext.defaults());
        assertEquals(List.of(Finding.Kind.LENGTH, Finding.Kind.LINK, Finding.Kind.MISQUOTE),
                all.stream().map(Finding::kind).toList());
    }
}
