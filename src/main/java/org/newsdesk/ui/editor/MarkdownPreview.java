package org.newsdesk.ui.editor;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsdesk.export.SummaryHtml;

/**
 * The page the story editor's preview shows: the headline, then the summary exactly as the export renders and
 * cleans it (its attribution included), styled for the theme. No script can survive the export's cleaning, and
 * the preview's WebView runs no JavaScript anyway.
 */
public final class MarkdownPreview {
    private MarkdownPreview() {
    }

    /** The summary's body as safe HTML (no page around it). */
    public static String bodyHtml(String markdown) {
        return SummaryHtml.of(markdown, "");
    }

    /** A whole page for the preview: the headline and the rendered summary with its attribution, styled for the theme. */
    public static String page(String headline, String markdown, String attribution, boolean dark) {
        Document page = Document.createShell("");
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css(dark)));
        Element article = page.body().appendElement("article");
        if (headline != null && !headline.isBlank()) {
            article.appendElement("h1").text(headline.strip());
        }
        if (markdown == null || markdown.isBlank()) {
            article.appendElement("p").addClass("empty").text("The rendered summary appears here as you write.");
        } else {
            article.append(SummaryHtml.of(markdown, attribution));
        }
        return page.outerHtml();
    }
    private static String css(boolean dark) {
        String text = dark ? "#e6edf3" : "#1f2328";
        String muted = dark ? "#8d96a0" : "#656d76";
        String background = dark ? "#0d1117" : "#ffffff";
        String link = dark ? "#4493f8" : "#0969da";
        return "html{background:" + background + ";}"
                + "body{font-family:Georgia,'DejaVu Serif',serif;font-size:15px;line-height:1.6;color:" + text
                + ";margin:14px 18px;}"
                + "h1{font-family:'Helvetica Neue',Arial,'DejaVu Sans',sans-serif;font-size:19px;line-height:1.3;"
                + "margin:0 0 10px;}"
                + "p{margin:0 0 10px;} a{color:" + link + ";}"
                + "blockquote{margin:0 0 10px;padding-left:12px;border-left:3px solid " + muted + ";color:" + muted
                + ";}"
                + ".empty,.attribution{color:" + muted + ";font-style:italic;}";
    }
}
