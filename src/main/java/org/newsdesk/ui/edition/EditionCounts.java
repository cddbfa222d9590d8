package org.newsdesk.ui.edition;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newsdesk.model.Story;
import org.newsdesk.ui.edition.EditionBuilderViewModel.SectionView;

/** What the edition on screen adds up to: its stories, their words, the reading time, and all three in a line. */
public final class EditionCounts {
    /** Words a reader gets through in a minute, for the reading-time estimate. */
    public static final int WORDS_PER_MINUTE = 230;

    private final ReadOnlyIntegerWrapper storyCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper wordCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper readingMinutes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper("");

    /** Counts the stories of {@code sections}. */
    void count(List<SectionView> sections) {
        int words = sections.stream().flatMap(view -> view.stories().stream()).mapToInt(Story::wordCount).sum();
        int stories = (int) sections.stream().mapToLong(view -> view.stories().size()).sum();
        storyCount.set(stories);
        wordCount.set(words);
        readingMinutes.set(stories == 0 ? 0 : Math.max(1, (int) Math.ceil(words / (double) WORDS_PER_MINUTE)));
        line.set(stories + (stories == 1 ? " story · " : " stories · ") + String.format("%,d", words) + " words · "
                + readingMinutes.get() + " min read");
    }

    public ReadOnlyIntegerProperty storyCountProperty() {
        return storyCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty wordCountProperty() {
        return wordCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty readingMinutesProperty() {
        return readingMinutes.getReadOnlyProperty();
    }

    /** "3 stories · 540 words · 3 min read". */
    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }
}
