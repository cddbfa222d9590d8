package org.newsdesk.export;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.newsdesk.model.Words;

/**
 * A story's Markdown summary made safe to print: rendered with commonmark, cleaned to a few harmless elements with
 * a jsoup {@link Safelist}, closed with its attribution in house style, and then written three ways (email HTML
 * with inline styles, web HTML, plain text).
 */
final class RenderedSummary {
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().softbreak(" ").build();
    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "em", "strong", "a", "ul", "ol", "li", "blockquote", "br")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto");
    private static final List<String> BLOCKS = List.of("p", "ul", "ol", "blockquote");

    static final String TEXT_STYLE = "margin:0 0 12px";
    static final String LINK_STYLE = "color:#0b5cad;text-decoration:underline";
    static final String LIST_STYLE = "margin:0 0 12px;padding:0 0 0 24px";
    static final String ITEM_STYLE = "margin:0 0 6px";
    static final String QUOTE_STYLE = "margin:0 0 12px;padding:0 0 0 12px;border-left:3px solid #c8ced6";

    private final Document document;
    private final Element body;

    private RenderedSummary(Document document) {
        this.document = document;
        this.body = document.body();
    }

    /**
     * The summary of {@code markdown}, with links other than absolute http(s) and mailto removed (their text stays);
     * each removed link is reported to {@code dropped} by its address.
     */
    static RenderedSummary of(String markdown, String attribution, Consumer<String> dropped) {
        String html = HTML.render(MARKDOWN.parse(Texts.clean(markdown)));
        Document dirty = Jsoup.parseBodyFragment(html);
        for (Element link : dirty.select("a")) {
            String href = link.attr("href").strip();
            if (!link.hasAttr("href")) {
                link.unwrap();
            } else if (!Links.isSafe(href)) {
                dropped.accept(href);
                link.unwrap();
            } else {
                link.attr("href", href);
            }
        }
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        wrapLooseText(clean.body());
        removeEmpty(clean.body());
        RenderedSummary summary = new RenderedSummary(clean);
        summary.attribute(Texts.line(attribution));
        return summary;
    }

    /** Whether the summary already names its source with {@code attribution}, wherever it says so. */
    boolean mentions(String attribution) {
        return normalized(body.text()).contains(normalized(attribution));
    }

    /** Ends the summary with its attribution in house style, unless the text already carries it. */
    private void attribute(String attribution) {
        if (attribution.isEmpty() || mentions(attribution)) {
            return;
        }
        Element last = body.children().isEmpty() ? null : body.children().last();
        if (last != null && last.tagName().equals("p") && last.childNodeSize() > 0
                && last.childNode(last.childNodeSize() - 1) instanceof TextNode tail) {
            String text = tail.getWholeText().stripTrailing();
            if (text.endsWith(".") && !text.endsWith("..")) {
                tail.text(text.substring(0, text.length() - 1) + ", " + attribution + ".");
                return;
            }
            tail.text(text + " " + Texts.capitalized(attribution) + ".");
            return;
        }
        body.appendElement("p").text(Texts.capitalized(attribution) + ".");
    }

    /** The summary for the web page: clean elements, no styles (the page's style sheet dresses them). */
    String webHtml() {
        return body.html();
    }

    /** The summary for email: clean elements with inline styles, which is all most mail clients honour. */
    String emailHtml() {
        Element copy = document.clone().body();
        for (Element element : copy.select("*")) {
            switch (element.tagName()) {
                case "p" -> element.attr("style", TEXT_STYLE);
                case "a" -> element.attr("style", LINK_STYLE);
                case "ul", "ol" -> element.attr("style", LIST_STYLE);
                case "li" -> element.attr("style", ITEM_STYLE);
                case "blockquote" -> element.attr("style", QUOTE_STYLE);
                default -> {
                }
            }
        }
        return copy.html();
    }

    /** The summary as plain text: paragraphs apart by a blank line, links written out after their words. */
    String text() {
        StringBuilder out = new StringBuilder();
        for (Element block : body.children()) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            blockText(block, "", out);
        }
        return out.toString();
    }

    int words() {
        return Words.count(body.text());
    }

    private static void blockText(Element block, String prefix, StringBuilder out) {
        switch (block.tagName()) {
            case "ul", "ol" -> {
                int number = 1;
                boolean first = true;
                for (Element item : block.children()) {
                    if (!first) {
                        out.append('\n');
                    }
                    first = false;
                    String marker = block.tagName().equals("ol") ? (number++) + ". " : "- ";
                    out.append(prefix).append(marker).append(inlineText(item));
                }
            }
            case "blockquote" -> {
                boolean first = true;
                for (Element inner : block.children()) {
                    if (!first) {
                        out.append('\n').append(prefix).append(">\n");
                    }
                    first = false;
                    blockText(inner, prefix + "> ", out);
                }
            }
            default -> out.append(prefix).append(inlineText(block).replace("\n", "\n" + prefix));
        }
    }

    private static String inlineText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.text());
            } else if (node instanceof Element child) {
                switch (child.tagName()) {
                    case "br" -> text.append('\n');
                    case "a" -> {
                        String words = child.text().strip();
                        String href = child.attr("href");
                        String shown = href.toLowerCase(Locale.ROOT).startsWith("mailto:")
                                ? href.substring("mailto:".length()) : href;
                        text.append(words.isEmpty() || words.equals(href) || words.equals(shown) ? href
                                : words + " (" + href + ")");
                    }
                    case "ul", "ol", "blockquote", "p" -> {
                        StringBuilder nested = new StringBuilder();
                        blockText(child, "", nested);
                        text.append(' ').append(nested.toString().replace('\n', ' '));
                    }
                    default -> text.append(inlineText(child));
                }
            }
        }
        return text.toString().replaceAll("[ ]+", " ").replaceAll(" ?\n ?", "\n").strip();
    }

    /** Text or inline elements left at the top level (from a heading or loose HTML) go into a paragraph. */
    private static void wrapLooseText(Element body) {
        Element paragraph = null;
        for (Node node : List.copyOf(body.childNodes())) {
            boolean block = node instanceof Element element && BLOCKS.contains(element.tagName());
            boolean blank = node instanceof TextNode text && text.isBlank();
            if (block) {
                paragraph = null;
            } else if (!blank || paragraph != null) {
                if (paragraph == null) {
                    paragraph = new Element("p");
                    node.before(paragraph);
                }
                paragraph.appendChild(node);
            }
        }
    }

    private static void removeEmpty(Element body) {
        for (Element element : body.select("p, li, ul, ol, blockquote")) {
            if (element.text().isBlank() && element.select("br").isEmpty() && element.children().isEmpty()) {
                element.remove();
            }
        }
        for (Node node : List.copyOf(body.childNodes())) {
            if (node instanceof TextNode text && text.isBlank()) {
                node.remove();
            }
        }
    }

    private static String normalized(String text) {
        return text.replace('\u2019', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
