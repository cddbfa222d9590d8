package org.newsdesk.clip;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A 200 KB news page (the WordPress fixture padded with the furniture real pages carry) extracted warm: the issue
 * asks for at most 15 ms a page. Measured in CPU time of this thread, so a busy machine does not fail it; the
 * bound here is looser than the goal, and the figure is printed for the report.
 */
@Timeout(120)
class ExtractorSpeedTest {
    @Test
    void aWarm200KilobytePageIsExtractedInAFewMilliseconds() throws URISyntaxException {
        String page = SavedPage.readHtml(Path.of(getClass()
                .getResource("/org/newsdesk/clip/pages/wordpress-comments.html").toURI()));
        StringBuilder furniture = new StringBuilder();
        for (int i = 0; furniture.length() < 190_000; i++) {
            furniture.append("<div class=\"card\"><h3><a href=\"/story/").append(i).append("\">Another headline ")
                    .append(i).append("</a></h3><p>A short summary of another story, with a few words and commas.</p>")
                    .append("<script>window.slot").append(i).append(" = {\"id\": ").append(i).append("};</script></div>\n");
        }
        String html = page.replace("</body>", "<section class=\"more\">" + furniture + "</section></body>");
        Extractor extractor = new Extractor();
        for (int i = 0; i < 200; i++) {
            extractor.extract(html, "https://justicedeskdaily.org/2024/03/01/solitary-confinement-report/");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int pages = 100;
        long start = threads.getCurrentThreadCpuTime();
        String text = "";
        for (int i = 0; i < pages; i++) {
            text = extractor.extract(html, "https://justicedeskdaily.org/2024/03/01/solitary-confinement-report/").text();
        }
        double millis = (threads.getCurrentThreadCpuTime() - start) / 1e6 / pages;
        System.out.printf("%d KB page: %.2f ms CPU per page, warm%n", html.length() / 1024, millis);

        assertTrue(text.startsWith("The number of people held in solitary confinement"), text);
        assertTrue(millis < 40, millis + " ms per page");
    }
}
