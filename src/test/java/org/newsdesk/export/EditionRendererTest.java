package org.newsdesk.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Clip;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.w3c.dom.NodeList;

@Timeout(30)
class EditionRendererTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Pattern UNSUPPORTED_CSS = Pattern.compile(
            "(^|;)\\s*(display\\s*:\\s*(flex|grid|inline-flex)|position\\s*:|float\\s*:|background-image\\s*:|grid-)");

    private final EditionRenderer renderer = new EditionRenderer();

    @Test
    void newsletterIsAnEmailSafeTableLayout() {
        Document html = Jsoup.parse(renderer.render(SampleEditions.sample()).file(RenderedEdition.NEWSLETTER_HTML));

        assertEquals("en", html.selectFirst("html").attr("lang"));
        assertEquals("Crime and Justice News \u2013 Tuesday, May 14, 2024", html.title());
        assertEquals("light dark", html.selectFirst("head meta[name=color-scheme]").attr("content"));
        assertNotNull(html.selectFirst("head meta[name=viewport]"));
        Element preheader = html.selectFirst("body > .preheader");
        assertTrue(preheader.attr("style").contains("display:none"));
        assertTrue(preheader.attr("style").contains("mso-hide:all"));
        assertEquals("Fentanyl talks with China and body-camera rules lead today's report.", preheader.text());
        Element card = html.selectFirst("table.nd-card");
        assertEquals("presentation", card.attr("role"));
        assertTrue(card.attr("style").contains("max-width:600px"));
        assertTrue(html.select("table").stream().allMatch(table -> table.attr("role").equals("presentation")));
        assertTrue(msoComments(html).stream().anyMatch(text -> text.contains("width=\"600\"")));
        assertTrue(html.select("img").size() > 0);
        for (Element image : html.select("img")) {
            assertFalse(image.attr("alt").isBlank());
            assertTrue(image.attr("width").matches("\\d+"));
            assertTrue(image.attr("style").contains("max-width:" + image.attr("width") + "px"));
        }
    }

    @Test
    void newsletterKeepsCssInlineExceptMediaQueries() {
        Document html = Jsoup.parse(renderer.render(SampleEditions.sample()).file(RenderedEdition.NEWSLETTER_HTML));

        assertTrue(html.select("script, link, iframe").isEmpty());
        assertEquals(1, html.select("style").size());
        assertNotNull(html.selectFirst("head > style"));
        String css = html.selectFirst("style").data();
        assertTrue(css.contains("prefers-color-scheme:dark"));
        assertEquals("", withoutMediaBlocks(css).strip(), "only media queries in the style element");
        for (Element styled : html.select("[style]")) {
            assertFalse(UNSUPPORTED_CSS.matcher(styled.attr("style").toLowerCase(Locale.ROOT)).find(),
                    styled.attr("style"));
        }
        for (Element width : html.select("[width]")) {
            String value = width.attr("width");
            assertTrue(value.equals("100%") || Integer.parseInt(value) <= 600, value);
        }
    }

    @Test
    void theInThisIssueListLinksEachItemToItsPlaceOnTheWebPage() {
        RenderedEdition rendered = renderer.render(SampleEditions.sample());
        Document html = Jsoup.parse(rendered.file(RenderedEdition.NEWSLETTER_HTML));
        Document page = Jsoup.parse(rendered.file(RenderedEdition.WEB_PAGE));

        List<org.jsoup.nodes.Element> items = html.select("li > a[href^=https://news.example.org/2024-05-14/#]");

        assertTrue(items.size() >= 2, html.select("ul").outerHtml());
        assertEquals(html.select("h2").eachText().subList(1, items.size() + 1),
                items.stream().map(org.jsoup.nodes.Element::text).toList());
        for (org.jsoup.nodes.Element item : items) {
            String anchor = item.attr("href").substring(item.attr("href").indexOf('#') + 1);
            assertEquals(1, page.select("#" + anchor).size(), anchor);
            assertTrue(rendered.file(RenderedEdition.NEWSLETTER_TEXT).contains(item.attr("href")), anchor);
        }
    }

    @Test
    void newsletterLinksAreAbsoluteAndIncludeViewInBrowser() {
        Document html = Jsoup.parse(renderer.render(SampleEditions.sample()).file(RenderedEdition.NEWSLETTER_HTML));

        List<String> links = html.select("a").eachAttr("href");
        assertTrue(links.stream().allMatch(Links::isSafe), links.toString());
        assertTrue(links.contains("https://news.example.org/2024-05-14/"));
        assertEquals("View in browser", html.selectFirst("a[href=https://news.example.org/2024-05-14/]").text());
        assertTrue(links.contains("https://www.wsj.com/politics/national-security/us-china-fentanyl-deal"));
        assertTrue(links.contains("https://www.dea.gov/precursors"));
    }

    @Test
    void newsletterHasNoViewInBrowserLinkWithoutAWebAddress() {
        EditionContent sample = SampleEditions.sample();
        EditionContent content = new EditionContent(sample.edition(), sample.items(), sample.earlier(),
                withWebAddress(sample.settings(), ""));

        RenderedEdition rendered = renderer.render(content);

        Document html = Jsoup.parse(rendered.file(RenderedEdition.NEWSLETTER_HTML));
        assertTrue(html.getElementsContainingOwnText("View in browser").isEmpty());
        assertTrue(html.select("a").eachAttr("href").stream().allMatch(Links::isSafe));
        assertEquals(List.of(), rendered.warnings());
    }

    @Test
    void newsletterFollowsTheDigestShape() {
        Document html = Jsoup.parse(renderer.render(SampleEditions.sample()).file(RenderedEdition.NEWSLETTER_HTML));

        Element contents = html.getElementsMatchingOwnText("^In This Issue$").first().parent();
        assertEquals(List.of("U.S. Seeks to Revive China's Help in Fighting Fentanyl Production",
                "States Split on Releasing Police Body-Camera Footage"), contents.select("li").eachText());
        assertEquals(List.of("In This Issue", "U.S. Seeks to Revive China's Help in Fighting Fentanyl Production",
                "States Split on Releasing Police Body-Camera Footage"), html.select("h2").eachText());
        assertEquals("Read the full story at wsj.com \u2192", html.selectFirst(
                "a[href=https://www.wsj.com/politics/national-security/us-china-fentanyl-deal]").text());
        assertTrue(html.text().contains("co-sponsored by Arizona State University"));
    }

    @Test
    void summaryEndsWithTheAttributionInHouseStyle() {
        Document html = Jsoup.parse(renderer.render(SampleEditions.sample()).file(RenderedEdition.NEWSLETTER_HTML));

        assertTrue(html.text().contains("Advocates say delays undermine trust, the Associated Press reports."));
        assertEquals(1, occurrences(html.text(), "the Wall Street Journal reports"),
                "a body that names its source keeps its own wording");
    }

    @Test
    void theStorysOwnAttributionLineWinsOverTheOutlets() {
        EditionContent sample = SampleEditions.sample();
        EditionItem cameras = sample.items().get(1);
        Story edited = cameras.story().withDetails(cameras.story().outlet(), "AP's Jim Smith reports.",
                cameras.story().section(), List.of());
        EditionContent content = new EditionContent(sample.edition(),
                List.of(sample.items().get(0), new EditionItem(edited, cameras.clips(), cameras.outlet())),
                sample.earlier(), sample.settings());

        String text = renderer.render(content).file(RenderedEdition.NEWSLETTER_TEXT);

        assertTrue(text.contains("Advocates say delays undermine trust, AP's Jim Smith reports."), text);
    }

    @Test
    void anAttributionAfterAQuestionBecomesItsOwnSentence() {
        EditionItem item = SampleEditions.sample().items().get(1);
        RenderedSummary summary = RenderedSummary.of("Will the rules hold?", EditionRenderer.attribution(item), href -> { });

        assertEquals("Will the rules hold? The Associated Press reports.", summary.text());
    }

    @Test
    void plainTextIsWrappedAt78ColumnsAndCarriesEveryLinkOfTheHtml() {
        RenderedEdition rendered = renderer.render(SampleEditions.sample());
        String text = rendered.file(RenderedEdition.NEWSLETTER_TEXT);

        for (String line : text.split("\n")) {
            assertTrue(line.codePointCount(0, line.length()) <= 78 || line.strip().matches("https?://\\S+"), line);
        }
        Set<String> links = new HashSet<>(Jsoup.parse(rendered.file(RenderedEdition.NEWSLETTER_HTML))
                .select("a[href]").eachAttr("href"));
        assertFalse(links.isEmpty());
        for (String link : links) {
            assertTrue(text.contains(link), link);
        }
        assertTrue(text.contains("IN THIS ISSUE"));
        assertTrue(text.contains("lifting sanctions on a Chinese police forensics institute suspected of\n"), text);
    }

    @Test
    void aLongWordGoesOnItsOwnLineUnbroken() {
        String url = "https://www.example.com/" + "a".repeat(90);

        String wrapped = PlainText.wrap("Read the full story at example.com: " + url);

        assertEquals("Read the full story at example.com:\n" + url, wrapped);
        String quote = PlainText.wrap("> quoted " + "word ".repeat(30).strip());
        for (String line : quote.split("\n")) {
            assertTrue(line.startsWith("> ") && line.length() <= 78, line);
        }
        assertEquals(3, quote.split("\n").length);
    }

    @Test
    void feedIsWellFormedAtomWithTheRequiredElements() throws Exception {
        String feedXml = renderer.render(SampleEditions.sample()).file(RenderedEdition.FEED);

        org.w3c.dom.Element feed = parseXml(feedXml).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertOne(feed, "id");
        assertEquals("Crime and Justice News", assertOne(feed, "title").getTextContent());
        Instant.parse(assertOne(feed, "updated").getTextContent());
        assertOne(assertOne(feed, "author"), "name");
        List<org.w3c.dom.Element> entries = children(feed, "entry");
        assertEquals(3, entries.size());
        Set<String> ids = new HashSet<>();
        for (org.w3c.dom.Element entry : entries) {
            assertTrue(ids.add(assertOne(entry, "id").getTextContent()));
            assertTrue(assertOne(entry, "id").getTextContent().startsWith("urn:uuid:"));
            assertFalse(assertOne(entry, "title").getTextContent().isBlank());
            Instant.parse(assertOne(entry, "updated").getTextContent());
            assertEquals("text", assertOne(entry, "content").getAttribute("type"));
        }
        assertEquals("2024-05-13T11:00:00Z", assertOne(entries.get(1), "updated").getTextContent());
        assertTrue(assertOne(entries.get(0), "content").getTextContent()
                .contains("U.S. Seeks to Revive China's Help in Fighting Fentanyl Production"));
    }

    @Test
    void webPageHasTheShapeOfTheSamplePost() {
        Document page = Jsoup.parse(renderer.render(SampleEditions.sample()).file(RenderedEdition.WEB_PAGE));

        assertEquals("Crime and Justice News", page.selectFirst("header .site").text());
        assertEquals("Welcome to Crime and Justice News \u00b7 A daily digest of criminal justice reporting",
                page.selectFirst(".welcome").text());
        Element first = page.selectFirst("article#story-1");
        assertEquals("U.S. Seeks to Revive China's Help in Fighting Fentanyl Production", first.selectFirst("h2").text());
        assertEquals(2, first.select("> p:not(.source)").size());
        assertTrue(first.text().contains("human-rights abuses, the Wall Street Journal reports."));
        assertEquals("https://www.wsj.com/politics/national-security/us-china-fentanyl-deal",
                first.selectFirst(".source a").attr("href"));
        assertEquals("Recent Posts", page.selectFirst("aside h2").text());
        assertEquals(List.of("https://news.example.org/2024-05-13/", "https://news.example.org/2024-05-10/"),
                page.select("aside li a").eachAttr("href"));
        assertEquals("See All", page.selectFirst("aside a[href=https://news.example.org/archive.html]").text());
        assertTrue(page.selectFirst("footer").text().startsWith("A daily report co-sponsored by Arizona State"));
        assertTrue(page.selectFirst(".meta").text().endsWith("1 min read"));
        assertTrue(page.select("script").isEmpty());
    }

    @Test
    void archiveListsThisEditionAndTheEarlierOnesNewestFirst() {
        Document archive = Jsoup.parse(renderer.render(SampleEditions.sample()).file(RenderedEdition.ARCHIVE));

        assertEquals(List.of("Crime and Justice News \u2013 May 14, 2024", "Crime and Justice News \u2013 May 13, 2024",
                "Weekend edition"), archive.select("main h2").eachText());
        assertEquals(List.of("2024-05-14", "2024-05-13", "2024-05-10"), archive.select("main time").eachAttr("datetime"));
    }

    @Test
    void exportingTheSameEditionTwiceGivesIdenticalBytes() {
        RenderedEdition first = new EditionRenderer().render(SampleEditions.sample());
        RenderedEdition second = new EditionRenderer().render(SampleEditions.sample());

        assertEquals(List.of("newsletter.html", "newsletter.txt", "index.html", "archive.html", "feed.xml"),
                List.copyOf(first.files().keySet()));
        for (String name : first.files().keySet()) {
            assertArrayEquals(first.file(name).getBytes(StandardCharsets.UTF_8),
                    second.file(name).getBytes(StandardCharsets.UTF_8), name);
        }
        assertEquals(first.warnings(), second.warnings());
    }

    @Test
    void aTemplateInTheNewsroomFolderReplacesTheDefault(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("newsletter.txt.mustache"),
                "{{> masthead}}\n{{#stories}}* {{headline}}\n{{/stories}}");
        Files.writeString(folder.resolve("masthead.mustache"), "CUSTOM {{newsletter.name}}");
        EditionContent sample = SampleEditions.sample();
        EditionContent content = new EditionContent(sample.edition(), sample.items(), sample.earlier(),
                withTemplateFolder(sample.settings(), folder.toString()));

        RenderedEdition rendered = renderer.render(content);

        assertEquals("CUSTOM Crime and Justice News\n* U.S. Seeks to Revive China's Help in Fighting Fentanyl"
                + " Production\n* States Split on Releasing Police Body-Camera Footage\n",
                rendered.file(RenderedEdition.NEWSLETTER_TEXT));
        assertEquals(renderer.render(sample).file(RenderedEdition.NEWSLETTER_HTML),
                rendered.file(RenderedEdition.NEWSLETTER_HTML), "files without an own template keep the default");
    }

    @Test
    void aBrokenTemplateIsNamedInTheError(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("feed.xml.mustache"), "{{#stories}}unclosed");
        EditionContent sample = SampleEditions.sample();
        EditionContent content = new EditionContent(sample.edition(), sample.items(), sample.earlier(),
                withTemplateFolder(sample.settings(), folder.toString()));

        ExportException error = assertThrows(ExportException.class, () -> renderer.render(content));

        assertTrue(error.getMessage().contains(folder.resolve("feed.xml.mustache").toString()), error.getMessage());
    }

    @Test
    void aFortyStoryEditionStaysWellUnderGmailsClippingSize() {
        RenderedEdition rendered = renderer.render(SampleEditions.large(40, SampleEditions.settings()));

        int bytes = rendered.bytes(RenderedEdition.NEWSLETTER_HTML);
        System.out.printf(Locale.ROOT, "40-story edition: newsletter.html %,d bytes, newsletter.txt %,d bytes%n", bytes,
                rendered.bytes(RenderedEdition.NEWSLETTER_TEXT));
        assertTrue(bytes < 90 * 1024, bytes + " bytes");
        assertEquals(40, Jsoup.parse(rendered.file(RenderedEdition.NEWSLETTER_HTML)).select("h2").size() - 1);
        assertEquals(List.of(), rendered.warnings());
    }

    @Test
    void anEditionOverTheSizeBudgetWarnsWithItsSize() {
        NewsroomSettings tight = withBudget(SampleEditions.settings(), 20);

        RenderedEdition rendered = renderer.render(SampleEditions.large(40, tight));

        String expected = String.format(Locale.ROOT, "The newsletter is %.1f KB, over the budget of 20 KB",
                rendered.bytes(RenderedEdition.NEWSLETTER_HTML) / 1024.0);
        assertEquals(1, rendered.warnings().size());
        assertTrue(rendered.warnings().get(0).startsWith(expected), rendered.warnings().toString());
    }

    @Test
    void aLinkThatIsNotAbsoluteHttpOrMailtoIsDroppedWithAWarningNamingTheStory() {
        EditionContent sample = SampleEditions.sample();
        EditionItem item = sample.items().get(1);
        Story story = item.story().withText("Jail Deaths Rise",
                "See [the filing](/docs/filing.pdf), [the memo](ftp://files.example.com/memo) and"
                        + " [the editor](mailto:editor@example.com).");
        EditionContent content = new EditionContent(sample.edition(),
                List.of(new EditionItem(story, item.clips(), item.outlet())), List.of(), sample.settings());

        RenderedEdition rendered = renderer.render(content);

        assertEquals(List.of(
                "Story \u201cJail Deaths Rise\u201d: the link to \u201c/docs/filing.pdf\u201d was dropped; only absolute"
                        + " http(s) and mailto links are kept.",
                "Story \u201cJail Deaths Rise\u201d: the link to \u201cftp://files.example.com/memo\u201d was dropped;"
                        + " only absolute http(s) and mailto links are kept."), rendered.warnings());
        Document html = Jsoup.parse(rendered.file(RenderedEdition.NEWSLETTER_HTML));
        assertTrue(html.text().contains("See the filing, the memo and the editor, the Associated Press reports."));
        assertEquals(1, html.select("a[href^=mailto:]").size());
        assertTrue(rendered.file(RenderedEdition.NEWSLETTER_TEXT).contains("mailto:editor@example.com"));
    }

    @Test
    void aStoryThatIsNotApprovedIsExportedWithAWarning() {
        EditionContent sample = SampleEditions.sample();
        EditionItem item = sample.items().get(1);
        EditionContent content = new EditionContent(sample.edition(), List.of(new EditionItem(
                item.story().withStatus(StoryStatus.SUBMITTED), item.clips(), item.outlet())), List.of(),
                sample.settings());

        RenderedEdition rendered = renderer.render(content);

        assertEquals(List.of("Story \u201cStates Split on Releasing Police Body-Camera Footage\u201d is submitted,"
                + " not approved."), rendered.warnings());
    }

    @Test
    void listsAndQuotesInASummaryKeepTheirShapeInText() {
        RenderedSummary summary = RenderedSummary.of("Key points:\n\n- one\n- two\n\n> A quote.", "", href -> { });

        assertEquals("Key points:\n\n- one\n- two\n\n> A quote.", summary.text());
        assertTrue(summary.emailHtml().contains("<li style=\"margin:0 0 6px\">one</li>"), summary.emailHtml());
    }

    @Test
    void aStoryWithoutClipsStillRendersAndAStoryWithABadSourceWarns() {
        EditionContent sample = SampleEditions.sample();
        Clip bad = SampleEditions.clip("ftp://files.example.com/story", "Files", "Files");
        Story story = sample.items().get(1).story();
        EditionContent content = new EditionContent(sample.edition(), List.of(new EditionItem(story, List.of(bad),
                null)), List.of(), sample.settings());

        RenderedEdition rendered = renderer.render(content);

        assertEquals(2, rendered.warnings().size(), rendered.warnings().toString());
        assertTrue(rendered.warnings().get(1).endsWith("has no source link."));
        assertTrue(rendered.file(RenderedEdition.NEWSLETTER_TEXT).contains("must be released.\n\nAdvocates say delays undermine trust, Associated Press reports."));
    }

    static NewsroomSettings withWebAddress(NewsroomSettings s, String address) {
        return new NewsroomSettings(s.newsletterName(), s.tagline(), s.sponsorLine(), address, s.senderName(),
                s.sizeBudgetKb(), s.templateFolder(), s.defaultSections(), s.minWords(), s.maxWords());
    }

    static NewsroomSettings withTemplateFolder(NewsroomSettings s, String folder) {
        return new NewsroomSettings(s.newsletterName(), s.tagline(), s.sponsorLine(), s.webAddress(), s.senderName(),
                s.sizeBudgetKb(), folder, s.defaultSections(), s.minWords(), s.maxWords());
    }

    static NewsroomSettings withBudget(NewsroomSettings s, int kb) {
        return new NewsroomSettings(s.newsletterName(), s.tagline(), s.sponsorLine(), s.webAddress(), s.senderName(),
                kb, s.templateFolder(), s.defaultSections(), s.minWords(), s.maxWords());
    }

    static org.w3c.dom.Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof org.w3c.dom.Element element && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static org.w3c.dom.Element assertOne(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> found = children(parent, name);
        assertEquals(1, found.size(), "one atom:" + name + " in atom:" + parent.getLocalName());
        return found.get(0);
    }

    private static List<String> msoComments(Document html) {
        List<String> comments = new ArrayList<>();
        html.traverse((Node node, int depth) -> {
            if (node instanceof Comment comment && comment.getData().startsWith("[if mso]")) {
                comments.add(comment.getData());
            }
        });
        return comments;
    }

    private static String withoutMediaBlocks(String css) {
        StringBuilder rest = new StringBuilder();
        int depth = 0;
        boolean inMedia = false;
        for (int i = 0; i < css.length(); i++) {
            if (!inMedia && css.startsWith("@media", i)) {
                inMedia = true;
            }
            char c = css.charAt(i);
            if (inMedia) {
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    inMedia = false;
                }
            } else {
                rest.append(c);
            }
        }
        return rest.toString();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
