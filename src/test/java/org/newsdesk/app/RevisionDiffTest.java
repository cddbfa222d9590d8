package org.newsdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdesk.app.RevisionDiff.DiffPart;
import org.newsdesk.app.RevisionDiff.Kind;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class RevisionDiffTest {

    @Test
    void aChangedWordIsShownRemovedThenAdded() {
        RevisionDiff diff = RevisionDiff.between("The council approved the budget.", "The council rejected the budget.");

        assertEquals(List.of(new DiffPart(Kind.SAME, "The council "), new DiffPart(Kind.REMOVED, "approved"),
                new DiffPart(Kind.ADDED, "rejected"), new DiffPart(Kind.SAME, " the budget.")), diff.parts());
        assertEquals("The council [-approved-]{+rejected+} the budget.", diff.render());
    }

    @Test
    void addedAndRemovedWordsAreCountedWithoutPunctuation() {
        RevisionDiff diff = RevisionDiff.between("Police said on Monday.",
                "Police said late on Monday, citing records.");

        assertEquals(3, diff.wordsAdded());
        assertEquals(0, diff.wordsRemoved());
        assertEquals("Police said {+late +}on Monday{+, citing records+}.", diff.render());
    }

    @Test
    void identicalTextsHaveNoChanges() {
        RevisionDiff diff = RevisionDiff.between("Same words here.", "Same words here.");

        assertFalse(diff.hasChanges());
        assertEquals(List.of(new DiffPart(Kind.SAME, "Same words here.")), diff.parts());
    }

    @Test
    void textFromNothingIsAllAdded() {
        assertEquals(List.of(new DiffPart(Kind.ADDED, "Fresh start")), RevisionDiff.between("", "Fresh start").parts());
    }
}
