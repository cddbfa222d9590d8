package org.newsdesk.ui.editor;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsdesk.app.IntegrityService;
import org.newsdesk.model.Clip;

/**
 * The summary's quotations against its clips: the ones not found in the source, and how a passage of the clip
 * becomes a quotation to insert.
 */
public final class QuoteCheck {
    private final IntegrityService integrity;
    private final ObservableList<QuoteFlag> misquotes = FXCollections.observableArrayList();

    QuoteCheck(IntegrityService integrity) {
        this.integrity = integrity;
    }

    /** Flags every quotation in {@code body} that is not in the text of one of {@code clips}. */
    void check(String body, List<Clip> clips) {
        misquotes.setAll(integrity.misquotes(body, clips).stream()
                .map(finding -> new QuoteFlag(finding.start(), finding.end(), finding.quote(), finding.message(),
                        finding.closest()))
                .toList());
    }

    void clear() {
        misquotes.clear();
    }

    /** A passage of the clip as a quotation to insert in the summary: curly quotes, one line. */
    public static String quotation(String passage) {
        String oneLine = passage.strip().replaceAll("\\s+", " ");
        if (oneLine.length() > 1 && (oneLine.startsWith("\"") || oneLine.startsWith("\u201C"))
                && (oneLine.endsWith("\"") || oneLine.endsWith("\u201D"))) {
            oneLine = oneLine.substring(1, oneLine.length() - 1).strip();
        }
        return "\u201C" + oneLine + "\u201D";
    }

    public ObservableList<QuoteFlag> misquotes() {
        return misquotes;
    }
}
