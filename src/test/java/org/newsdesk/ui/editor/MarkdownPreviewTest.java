package org.newsdesk.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownPreviewTest {
    @Test
    void markdownIsRenderedAsFormatting() {
        String html = MarkdownPreview.bodyHtml("A *bold* move, [the Times](https://nytimes.com/a) reports.");
        assertTrue(html.contains("<em>bold</em>"), html);
        assertTrue(html.contains("href=\"https://nytimes.com/a\""), html);
    }

    @Test
    void scriptsAndScriptLinksNeverReachThePreview() {
        Document page = Jsoup.parse(MarkdownPreview.page("<script>alert(1)</script>",
                "<script>alert(2)</script> <img src=x onerror=alert(3)> [x](javascript:alert) <b onclick=x>b</b>",
                "", false));
        assertTrue(page.select("script").isEmpty());
        assertTrue(page.select("[onerror], [onclick], img").isEmpty());
        assertTrue(page.select("a[href^=javascript]").isEmpty());
        assertTrue(page.select("h1").text().contains("<script>alert(1)"));
    }

    @Test
    void thePreviewEndsWithTheAttributionAsTheNewsletterWill() {
        Document page = Jsoup.parse(MarkdownPreview.page("Fentanyl talks", "Talks stalled in Beijing.",
                "the Wall Street Journal reports", false));

        assertTrue(page.select("p").last().text().equals("Talks stalled in Beijing, the Wall Street Journal reports."),
                page.select("p").last().text());
    }
}
