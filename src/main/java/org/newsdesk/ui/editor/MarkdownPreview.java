package org.newsdesk.ui.editor;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Turns a Markdown summary into the sanitized HTML page the preview shows: commonmark renders it, raw HTML in the
 * Markdown is escaped, and jsoup's Safelist keeps only plain formatting and http(s) links. No script can survive,
 * and the preview's WebView runs no JavaScript anyway.
 */
public final class MarkdownPreview {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.basic().addTags("h1", "h2", "h3", "h4")
            .removeProtocols("a", "href", "ftp", "mailto");

    private MarkdownPreview() {
    }

    /** The summary's body as safe HTML (no page around it). */
    public static String bodyHtml(String markdown) {
        String rendered = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(rendered, SAFE);
    }

    /** A whole page for the preview: the headline, the rendered summary, then the attribution, styled for the theme. */
    public static String page(String headline, String markdown, String attribution, boolean dark) {
        Document page = Document.createShell("");
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css(dark)));
        Element article = page.body().appendElement("article");
        if (headline != null && !headline.isBlank()) {
            article.appendElement("h1").text(headline.strip());
        }
        String body = bodyHtml(markdown);
        if (body.isBlank()) {
            article.appendElement("p").addClass("empty").text("The rendered summary appears here as you write.");
        } else {
            article.append(body);
        }
        if (attribution != null && !attribution.isBlank()) {
            article.appendElement("p").addClass("attribution").text("— " + attribution.strip());
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
