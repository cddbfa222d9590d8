package org.newsdesk.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The default house style for a US digest, and the rule file's format. */
class HouseStyleTest {
    private static List<Finding> check(String body, Set<String> off) {
        ParsedSummary summary = ParsedSummary.of(body);
        List<int[]> quotes = summary.quotations.stream().map(q -> new int[] {q.start(), q.end()}).toList();
        return HouseStyle.defaults().check(summary.prose, body, quotes, off);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Prices rose 5% in May.                          | 5%        | 5 percent
            The council met 3 times.                        | 3         | three
            Officials in the US were told.                  | US        | U.S.
            She spoke to Mr. Jones on Monday.               | 'Mr. '    | ''
            She spoke to Miss Jones on Monday.              | 'Miss '   | ''
            The town sits 4 hours from the coast.           | 4         | four
            The vote passed.  Then it failed.               | '  '      | ' '
            The fines rose, according to the agency.        | according to | reports
            The story was reported by The Wall Street Journal. | by The Wall Street Journal | by the Wall Street Journal
            """)
    void theDefaultRulesFlagAndSuggest(String body, String flagged, String suggestion) {
        List<Finding> findings = check(body, Set.of());

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Finding.Kind.STYLE, findings.get(0).kind());
        assertEquals(flagged, findings.get(0).quote());
        assertEquals(List.of(suggestion), findings.get(0).suggestions());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The bill costs $5 million and passed 12 to 9.5 in a test.
            He was sentenced on May 3 to 15 years.
            The vote was 5 percent short; she is 7 years old.
            "We spoke to Mr. Jones in the US," she said.
            Apple released iOS 13 and version 2 of its app.
            The dishes are 5 metres wide and the sea warmed 1.5 to 2 degrees.
            '1. Christie Mueller\n2. Sam Ponder'
            The Miss. Attorney filed suit.
            """)
    void figuresAndQuotationsThatHouseStyleKeepsAreNotFlagged(String body) {
        assertEquals(List.of(), check(body, Set.of()));
    }

    @Test
    void aRuleSwitchedOffIsNotChecked() {
        assertEquals(List.of(), check("Prices rose 5% in the US.", Set.of("percent", "us-in-text")));
    }

    @Test
    void aNewsroomFileReplacesTheDefaultsAndABadOneIsRefusedWithItsLine() {
        HouseStyle style = HouseStyle.parse("""
                # our own
                [website]
                pattern = \\bweb site\\b
                suggest = website
                why = We write "website".
                """);
        assertEquals(List.of("website"), style.rules().stream().map(HouseStyle.Rule::id).toList());
        assertEquals("The house style rule [broken] on line 1 needs both a pattern and a why.",
                assertThrows(IllegalArgumentException.class, () -> HouseStyle.parse("[broken]\nwhy = x\n"))
                        .getMessage());
        assertEquals("The pattern of house style rule [bad] on line 1 is not a valid regular expression:"
                + " Unclosed group.", assertThrows(IllegalArgumentException.class,
                () -> HouseStyle.parse("[bad]\npattern = (x\nwhy = y\n")).getMessage());
    }
}
