package org.newsdesk.integrity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Story;

/**
 * Runs every integrity check over a story and its clips: misquotes, lifted prose, attribution, links, length and
 * duplicates. The one place the story editor, the edition pre-flight and the command line get their findings from.
 */
public final class StoryChecker {
    private final QuoteCheck quotes;

    public StoryChecker() {
        this(new QuoteCheck());
    }

    /** A checker sharing {@code quotes}' kept source indexes (the story editor's quote check). */
    public StoryChecker(QuoteCheck quotes) {
        this.quotes = quotes;
    }

    /**
     * The findings for {@code story}, in the order of the spans they concern (findings about the whole story first).
     *
     * @param clips   the clips the story summarises
     * @param outlet  the outlet the clips come from, or null when the newsroom does not know it
     */
    public List<Finding> check(Story story, List<Clip> clips, Outlet outlet, CheckContext context) {
        ParsedSummary summary = ParsedSummary.of(story.body());
        List<SourceIndex> sources = clips.stream().map(clip -> quotes.index(QuoteCheck.sourceText(clip))).toList();
        List<Finding> findings = new ArrayList<>();
        findings.addAll(quotes.check(summary, sources));
        findings.addAll(CopyCheck.check(summary, sources));
        findings.addAll(AttributionCheck.check(story, clips, outlet, context.outlets(), summary));
        findings.addAll(LinkCheck.check(summary, clips, outlet));
        findings.addAll(LengthCheck.check(summary, context));
        findings.addAll(DuplicateCheck.check(story, clips, context));
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::kind));
        return List.copyOf(findings);
    }
}
