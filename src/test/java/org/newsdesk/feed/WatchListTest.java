package org.newsdesk.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.model.WatchTerm;

class WatchListTest {
    private static WatchTerm term(String text, String outlet) {
        return new WatchTerm(UUID.randomUUID(), text, outlet);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            police        | Police chief resigns                  | true
            police        | The policeman's ball                  | false
            police        | Ex-police officer charged             | true
            police        | POLICE raid warehouse                 | true
            parole board  | Parole   Board denies release         | true
            parole board  | parole boarding school                | false
            fentanyl      | Fentanyl-laced pills seized           | true
            prison        | Imprisoned reporter freed             | false
            C++           | A C++ bug in court software           | true
            """)
    void termsMatchWholeWordsAndPhrasesInAnyCase(String watched, String headline, boolean matches) {
        assertEquals(matches, new WatchList(List.of(term(watched, null))).matches(headline, "", "Any"));
    }

    @Test
    void spansMarkEachMatchAndMergeOverlaps() {
        WatchList watchList = new WatchList(List.of(term("police", null), term("police chief", null),
                term("audit", null)));
        List<WatchList.Span> spans = watchList.spans("Police chief resigns amid audit of police", "Any");
        assertEquals(3, spans.size());
        assertEquals(0, spans.get(0).start());
        assertEquals("Police chief".length(), spans.get(0).end());
        assertEquals("Police chief resigns amid ".length(), spans.get(1).start());
        assertEquals("Police chief resigns amid audit of ".length(), spans.get(2).start());
    }

    @Test
    void aTermForOneOutletLeavesTheOthersAlone() {
        WatchList watchList = new WatchList(List.of(term("budget", "Metro Ledger")));
        assertTrue(watchList.matches("Budget passes", "", "metro ledger"));
        assertFalse(watchList.matches("Budget passes", "", "Valley Voice"));
        assertTrue(watchList.spans("Budget passes", "Valley Voice").isEmpty());
    }

    @Test
    void theTeaserCountsToo() {
        assertTrue(new WatchList(List.of(term("sentencing", null))).matches("Bill passes", "A sentencing bill.", null));
    }

    @Test
    void itemsOfOneStoryFromSeveralOutletsAreGroupedBySharedLinkOrNearIdenticalHeadline() {
        int[] groups = StoryGroups.group(List.of(
                new StoryGroups.Member("a.example/chief", "Police chief resigns amid audit"),
                new StoryGroups.Member("b.example/x1", "Police Chief Resigns Amid Audit"),
                new StoryGroups.Member("c.example/y", "Police chief resigns amid city audit"),
                new StoryGroups.Member("a.example/chief", "Top cop quits"),
                new StoryGroups.Member("d.example/z", "Fentanyl seizures climb at border"),
                new StoryGroups.Member("e.example/w", "Police chief praised after audit")));
        assertEquals(0, groups[0]);
        assertEquals(0, groups[1]);
        assertEquals(0, groups[2]);
        assertEquals(0, groups[3]);
        assertEquals(4, groups[4]);
        assertEquals(5, groups[5]);
    }
}
