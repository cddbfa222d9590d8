package org.newsdesk.ui.editor;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.newsdesk.model.Words;
import org.newsdesk.ui.editor.StoryEditorViewModel.Gauge;

/** The summary's word count against the newsroom's target, and what that says in words. */
final class WordGauge {
    private final ReadOnlyIntegerWrapper wordCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper minWords = new ReadOnlyIntegerWrapper(150);
    private final ReadOnlyIntegerWrapper maxWords = new ReadOnlyIntegerWrapper(250);
    private final ReadOnlyObjectWrapper<Gauge> gauge = new ReadOnlyObjectWrapper<>(Gauge.EMPTY);

    WordGauge() {
        wordCount.addListener((observable, before, now) -> update());
        minWords.addListener((observable, before, now) -> update());
        maxWords.addListener((observable, before, now) -> update());
    }

    /** Counts the words of {@code text}. */
    void count(String text) {
        wordCount.set(Words.count(text));
    }

    /** Sets the newsroom's target. */
    void target(int min, int max) {
        minWords.set(min);
        maxWords.set(max);
    }

    private void update() {
        int words = wordCount.get();
        gauge.set(words == 0 ? Gauge.EMPTY : words < minWords.get() ? Gauge.SHORT
                : words > maxWords.get() ? Gauge.LONG : Gauge.ON_TARGET);
    }

    /** What the gauge says in words: "182 words · target 150–250". */
    String text() {
        int words = wordCount.get();
        String count = words == 1 ? "1 word" : words + " words";
        return switch (gauge.get()) {
            case EMPTY -> "No words yet · target " + minWords.get() + "–" + maxWords.get();
            case SHORT -> count + " · " + (minWords.get() - words) + " short of " + minWords.get();
            case ON_TARGET -> count + " · on target";
            case LONG -> count + " · " + (words - maxWords.get()) + " over " + maxWords.get();
        };
    }

    ReadOnlyIntegerProperty wordCountProperty() {
        return wordCount.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty minWordsProperty() {
        return minWords.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty maxWordsProperty() {
        return maxWords.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Gauge> gaugeProperty() {
        return gauge.getReadOnlyProperty();
    }
}
