package org.newsdesk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Edition;
import org.newsdesk.model.EditionStatus;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Section;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Stories, clips and settings that carry every kind of active content a hostile page could smuggle in; every exported
 * file is parsed (as a browser would, and the feed as XML) and must hold none of it as anything but text.
 */
@Timeout(30)
class HostileContentTest {
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)><circle r=1 /></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<a href=\"javascript:alert(1)\">plain js</a>",
            "<a href=\"jav&#x61;script:alert(1)\">entity js</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">decimal js</a>",
            "<a href=\"java\tscript:alert(1)\">tab js</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
            "<div style=\"width: expression(alert(1))\">expr</div>",
            "<p style=\"background:url(javascript:alert(1))\">bg</p>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<style>body{background:url(\"javascript:alert(1)\")}</style>",
            "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
            "<form action=\"javascript:alert(1)\"><button>go</button></form>",
            "<base href=\"javascript:alert(1)//\"><link rel=stylesheet href=\"https://evil.example/x.css\">",
            "\"><script>alert(1)</script>",
            "' onmouseover='alert(1)' x='",
            "</title><script>alert(1)</script>",
            "--><script>alert(1)</script><!--",
            "<![endif]--><script>alert(1)</script>",
            "]]><script>alert(1)</script>",
            "<math><mi xlink:href=\"javascript:alert(1)\">m</mi></math>",
            "\u0001\u0008 control characters \uFFFE");
    static final String MARKDOWN_PAYLOADS = """
            [plain js](javascript:alert(1)) and [entity js](jav&#x61;script:alert(1)) and \
            [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and <javascript:alert(1)> and \
            [vb](vbscript:msgbox(1)) and ![img](javascript:alert(1)) and [ok](https://example.com/ok).

            """;
    static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "svg", "math", "form", "input", "button", "textarea", "select", "base", "noscript", "template",
            "portal", "audio", "video", "source", "track");
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "xlink:href",
            "background", "poster", "srcset", "ping", "cite", "longdesc", "codebase");

    private static RenderedEdition rendered;
    private static String hostile;

    @BeforeAll
    static void renderHostileEdition() {
        hostile = String.join(" ", PAYLOADS);
        List<String> urls = List.of("javascript:alert(1)", "jav&#x61;script:alert(1)", " javascript:alert(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "java\tscript:alert(1)",
                "https://ok.example.com/\"><script>alert(1)</script>", "vbscript:msgbox(1)");
        List<EditionItem> items = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        Instant at = Instant.parse("2024-05-14T08:00:00Z");
        int n = 0;
        for (String url : urls) {
            n++;
            Clip clip = new Clip(SampleEditions.uuid("hostile clip " + n), url, url, hostile, hostile, hostile, at,
                    url.startsWith("data") ? "data:image/svg+xml,<svg onload=alert(1)>" : url, hostile, hostile, at);
            Story story = new Story(SampleEditions.uuid("hostile story " + n), hostile + " " + n,
                    MARKDOWN_PAYLOADS + String.join("\n\n", PAYLOADS), List.of(clip.id()), hostile,
                    n % 2 == 0 ? "" : hostile, hostile, List.of(hostile), "Ted", StoryStatus.APPROVED, 1, at, at, "Ted");
            items.add(new EditionItem(story, List.of(clip), n % 2 == 0 ? new Outlet(hostile, hostile, List.of()) : null));
            ids.add(story.id());
        }
        Edition edition = new Edition(SampleEditions.uuid("hostile edition"), SampleEditions.DATE, hostile, hostile,
                EditionStatus.DRAFT, List.of(new Section(hostile, ids)), null);
        NewsroomSettings settings = new NewsroomSettings(hostile, hostile, hostile, "javascript:alert(1)//", hostile,
                90, "", List.of(), 150, 250);
        List<ArchiveEntry> earlier = List.of(new ArchiveEntry(SampleEditions.DATE.minusDays(1), hostile,
                List.of(hostile, hostile), null));
        rendered = new EditionRenderer().render(new EditionContent(edition, items, earlier, settings));
    }

    @Test
    void theNewsletterHtmlHoldsNoActiveContent() {
        assertNoActiveContent(RenderedEdition.NEWSLETTER_HTML);
    }

    @Test
    void theWebPageHoldsNoActiveContent() {
        assertNoActiveContent(RenderedEdition.WEB_PAGE);
    }

    @Test
    void theArchivePageHoldsNoActiveContent() {
        assertNoActiveContent(RenderedEdition.ARCHIVE);
    }

    @Test
    void hostileTextIsShownAsTextNotDropped() {
        Document html = Jsoup.parse(rendered.file(RenderedEdition.NEWSLETTER_HTML));

        assertEquals(1, html.select("title").size());
        assertTrue(html.title().startsWith(Texts.line(hostile).substring(0, 30)), html.title());
        assertTrue(html.select("h2").eachText().contains(Texts.line(hostile) + " 1"));
    }

    @Test
    void onlyLinksToAbsoluteWebAddressesSurviveAndEachDroppedOneIsReported() {
        Document html = Jsoup.parse(rendered.file(RenderedEdition.NEWSLETTER_HTML));

        assertTrue(html.select("a").eachAttr("href").stream().allMatch(Links::isSafe));
        assertTrue(html.select("a").eachAttr("href").contains("https://example.com/ok"));
        assertTrue(rendered.warnings().stream().anyMatch(w -> w.contains("javascript:alert(1)")));
        assertTrue(rendered.warnings().stream().anyMatch(w -> w.contains("data:text/html")));
        assertTrue(rendered.warnings().stream().anyMatch(w -> w.contains("vbscript:msgbox(1)")));
        assertTrue(rendered.warnings().stream().anyMatch(w -> w.contains("web address in settings")));
    }

    @Test
    void thePlainTextHoldsNoMarkupEvenWhenReadAsHtml() {
        String text = rendered.file(RenderedEdition.NEWSLETTER_TEXT);
        Document asHtml = Jsoup.parse(text);

        assertTrue(asHtml.head().children().isEmpty());
        assertTrue(asHtml.body().children().isEmpty(), asHtml.body().children().toString());
        assertTrue(asHtml.select("*").stream().allMatch(element -> element.attributesSize() == 0));
        assertFalse(hasComment(asHtml));
        for (String line : text.split("\n")) {
            assertTrue(line.codePointCount(0, line.length()) <= 78 || line.strip().matches("https?://\\S+"), line);
        }
        assertTrue(text.contains("https://example.com/ok"));
        assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\n'));
    }

    @Test
    void theFeedIsWellFormedAndCarriesEverythingAsText() throws Exception {
        org.w3c.dom.Document feed = EditionRendererTest.parseXml(rendered.file(RenderedEdition.FEED));

        NodeList all = feed.getElementsByTagName("*");
        Set<String> atom = Set.of("feed", "id", "title", "subtitle", "updated", "author", "name", "generator",
                "link", "entry", "content");
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.Element element = (org.w3c.dom.Element) all.item(i);
            assertEquals("http://www.w3.org/2005/Atom", element.getNamespaceURI());
            assertTrue(atom.contains(element.getLocalName()), element.getLocalName());
            String type = element.getAttribute("type");
            if (Set.of("title", "subtitle", "content").contains(element.getLocalName())) {
                assertEquals("text", type);
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String name = attributes.item(a).getNodeName();
                assertTrue(Set.of("xmlns", "type", "href", "rel", "xml:lang").contains(name), name);
                if (name.equals("href")) {
                    assertTrue(Links.isWeb(attributes.item(a).getNodeValue()));
                }
            }
        }
        assertEquals(0, feed.getElementsByTagNameNS("*", "link").getLength(), "no web address, so no links");
        Jsoup.parse(rendered.file(RenderedEdition.FEED), "", Parser.xmlParser());
    }

    private static void assertNoActiveContent(String name) {
        Document html = Jsoup.parse(rendered.file(name));
        for (Element element : html.getAllElements()) {
            String tag = element.normalName();
            assertFalse(ACTIVE_ELEMENTS.contains(tag), name + " has <" + tag + ">");
            if (tag.equals("meta")) {
                assertFalse(element.attr("http-equiv").equalsIgnoreCase("refresh"), name + " has a meta refresh");
            }
            if (tag.equals("link")) {
                assertEquals("alternate", element.attr("rel"), name + " links a style sheet");
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                assertFalse(key.startsWith("on"), name + " has an event handler " + key);
                assertFalse(key.equals("srcdoc") || key.equals("formaction"), name + " has " + key);
                if (URL_ATTRIBUTES.contains(key)) {
                    assertTrue(isHarmlessUrl(value), name + ": " + key + "=" + value);
                }
                if (key.equals("style")) {
                    assertFalse(isActiveCss(value), name + ": style=" + value);
                }
            }
        }
        assertEquals(1, html.select("style").size(), name + " keeps only its own style sheet");
        assertFalse(isActiveCss(html.selectFirst("style").data()), name);
        assertTrue(html.select("head > *").stream().allMatch(e -> Set.of("meta", "title", "style", "link")
                .contains(e.normalName())), name);
        html.traverse((node, depth) -> {
            if (node instanceof Comment comment) {
                String data = comment.getData().strip();
                assertTrue(data.startsWith("[if mso]") || data.startsWith("[endif]"), name + ": <!--" + data);
                assertFalse(data.toLowerCase(Locale.ROOT).contains("script"), name + ": <!--" + data);
            }
        });
    }

    /** An address a browser would not run: http(s), mailto, or a relative path with no scheme at all. */
    private static boolean isHarmlessUrl(String value) {
        String squeezed = value.replaceAll("[\\u0000-\\u0020]", "").toLowerCase(Locale.ROOT);
        int colon = squeezed.indexOf(':');
        int slash = squeezed.indexOf('/');
        boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        return hasScheme ? Links.isSafe(value) : !squeezed.startsWith("//");
    }

    private static boolean isActiveCss(String css) {
        String lower = css.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        return lower.contains("expression(") || lower.contains("url(") || lower.contains("javascript:")
                || lower.contains("@import") || lower.contains("behavior:") || lower.contains("-moz-binding");
    }

    private static boolean hasComment(Document document) {
        boolean[] found = {false};
        document.traverse((node, depth) -> found[0] |= node instanceof Comment);
        return found[0];
    }
}
