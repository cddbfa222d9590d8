package org.newsdesk.export;

/**
 * A story's summary as the newsletter's web page will show it, for previews: the same Markdown rendering,
 * cleaning and attribution as the export, so what a writer sees is what readers get.
 */
public final class SummaryHtml {
    private SummaryHtml() {
    }

    /** The cleaned HTML of {@code markdown}, ending with {@code attribution} in house style unless it says it. */
    public static String of(String markdown, String attribution) {
        return RenderedSummary.of(markdown == null ? "" : markdown, attribution == null ? "" : attribution, dropped -> {
        }).webHtml();
    }
}
