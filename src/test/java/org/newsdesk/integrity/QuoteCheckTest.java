package org.newsdesk.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The misquote check, case by case: what must be flagged and what must not. */
@Timeout(10)
class QuoteCheckTest {
    private static final String SOURCE = """
            Prison Heat Reaches 'Dangerous' Levels

            "We found people lying on concrete floors because the floor was the only cool surface left," the \
            inspector general, Lorraine Becker, wrote. "No sentence handed down by any court in this state \
            includes being cooked."

            Angela Moss said her son called her in July. "He told me, 'Mom, they keep saying help is coming, \
            and it never comes,'" she said. The well-known advocate added that the state's record was \
            "a long-running disgrace."

            The corrections department said it had already installed cooling units in two of the prisons \
            named in the report and would add portable units at three more before next summer.
            """;

    private final QuoteCheck check = new QuoteCheck();

    private List<Finding> misquotes(String body) {
        return check.misquotes(body.replace("\\n", "\n"), List.of(SOURCE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            straight quotes                 | Inspectors found "people lying on concrete floors" in July.
            curly quotes                    | Inspectors found “people lying on concrete floors” in July.
            single curly quotes             | Inspectors found ‘people lying on concrete floors’ in July.
            mixed marks                     | Inspectors found “people lying on concrete floors" in July.
            different case                  | "No Sentence Handed Down By Any Court" includes that, she wrote.
            line break inside               | "No sentence handed down by any court in this\\nstate includes being cooked," she wrote.
            line break and indent           | "No sentence handed down\\n   by any court," she wrote.
            ellipsis of three dots          | "We found people lying on concrete floors ... the only cool surface left," Becker wrote.
            ellipsis character              | "We found people lying … because the floor was the only cool surface," Becker wrote.
            spaced ellipsis                 | "We found people . . . on concrete floors," Becker wrote.
            ellipsis at the start           | She wrote of "... people lying on concrete floors."
            bracketed insertion             | "[Inmates were] lying on concrete floors because the floor was the only cool surface left," she wrote.
            two-word scare quote            | The so-called "cooling units" were late.
            one-word scare quote            | The "disgrace" went on.
            scare quote not in source       | The so-called "heat dome" stayed.
            the source's own quotation      | Her son told her, "Mom, they keep saying help is coming."
            nested quotation                | She said, "He told me, 'Mom, they keep saying help is coming, and it never comes.'"
            dash for hyphen                 | She called it "a long—running disgrace."
            spaced dash for hyphen          | She called it "a long – running disgrace."
            apostrophe styles               | She called "the state’s record" a disgrace.
            from the clip's headline        | The report found "Prison Heat Reaches Dangerous Levels" across the state.
            quotation with a link           | "[No sentence handed down](https://example.com/report) by any court," she wrote.
            emphasis inside a linked quote  | "[No sentence *handed* down](https://example.com/report (the "report")) by any court," she wrote.
            quotation in emphasis           | *"No sentence handed down by any court,"* she wrote.
            unclosed at paragraph end       | "No sentence handed down by any court in this state\\n\\nThe department said more.
            apostrophe is no quotation      | The inmates' families said the prisons' fans were broken.
            """)
    void passagesFromTheSourceAreNotFlagged(String name, String body) {
        assertEquals(List.of(), misquotes(body), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            changed word              | "We found people lying on concrete floors because the floor was the only cold surface left," she wrote. | cold
            added word                | "We found people lying on the concrete floors," she wrote.                                              | adds
            dropped word              | "We found people lying on floors because the floor was the only cool surface left," she wrote.          | leaves out
            reordered words           | "We found people lying on floors concrete," she wrote.                                                   | order
            not in the source         | "Conditions were better than expected," the department said.                                            | does not appear
            ellipsis parts reordered  | "the only cool surface left ... We found people lying on concrete floors," she wrote.                  | order
            ellipsis over paragraphs  | "No sentence handed down by any court ... she said. The well-known advocate," she wrote.                | order
            single-quoted changed     | The department said it ‘had already installed heating units in two’ prisons.                             | heating
            multi-paragraph second    | "No sentence handed down by any court in this state\\n\\n"includes being boiled," she wrote.           | boiled
            """)
    void alteredQuotationsAreFlagged(String name, String body, String inMessage) {
        List<Finding> findings = misquotes(body);
        assertEquals(1, findings.size(), name + ": " + findings);
        Finding finding = findings.get(0);
        assertEquals(Finding.Kind.MISQUOTE, finding.kind());
        assertTrue(finding.message().contains(inMessage), name + ": " + finding.message());
    }

    @Test
    void aFindingSpansTheQuotationAndShowsTheClosestPassage() {
        String body = "Becker wrote that \"no sentence handed down by any court in this county includes being cooked.\"";

        Finding finding = misquotes(body).get(0);

        assertEquals(body.indexOf('"'), finding.start());
        assertEquals(body.length(), finding.end());
        assertEquals("no sentence handed down by any court in this county includes being cooked.", finding.quote());
        assertEquals("The quotation says \"county\" where the source says \"state\".", finding.message());
        assertEquals("No sentence handed down by any court in this state includes being cooked", finding.closest());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            soft hyphen in the clip       | concrete | con\u00ADcrete
            zero-width space in the clip  | concrete | con\u200Bcrete
            word joiner in the clip       | concrete | con\u2060crete
            decomposed accent in the clip | café     | cafe\u0301
            composed accent in the clip   | cafe\u0301 | café
            """)
    void invisibleCharactersAndAccentFormsDoNotMakeAFaithfulQuoteAMisquote(String name, String inSummary,
                                                                          String inClip) {
        String clip = "\"We found people lying on " + unescape(inClip) + " floors,\" she wrote.";
        String body = "\"We found people lying on " + unescape(inSummary) + " floors,\" the inspector wrote.";

        assertEquals(List.of(), check.misquotes(body, List.of(clip)), name);
    }

    @Test
    void aFindingStillPointsAtTheWriterTextWhenItHasInvisibleCharacters() {
        String body = "Becker wrote that \"no sen\u00ADtence handed down by any court in this county\u200B includes"
                + " being cooked.\"";

        Finding finding = misquotes(body).get(0);

        assertEquals(body.indexOf('"'), finding.start());
        assertEquals(body.length(), finding.end());
        assertEquals("The quotation says \"county\" where the source says \"state\".", finding.message());
    }

    private static String unescape(String text) {
        return text.replace("\\u00AD", "\u00AD").replace("\\u200B", "\u200B").replace("\\u2060", "\u2060")
                .replace("\\u0301", "\u0301");
    }

    @Test
    void aQuotationMayComeFromAnyOfTheClips() {
        String body = "\"Officials see China as having a critical role,\" and \"the floor was the only cool surface left.\"";

        assertEquals(List.of(), check.misquotes(body, List.of(SOURCE, Fixtures.article("fentanyl-talks"))));
        assertEquals(1, check.misquotes(body, List.of(SOURCE)).size());
    }

    @Test
    void withoutASourceNothingIsFlagged() {
        assertEquals(List.of(), check.misquotes("\"Entirely invented words here,\" he said.", List.of()));
    }

    @Test
    void theIndexOfASourceIsKeptForTheNextCheck() {
        assertTrue(check.index(SOURCE) == check.index(SOURCE), "the same index is handed back");
    }
}
