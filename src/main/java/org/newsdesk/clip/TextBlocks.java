package org.newsdesk.clip;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newsdesk.clip.Block.Kind;

/** Writes the article's elements out as blocks of plain text, and joins the blocks into the clip's text. */
final class TextBlocks {
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "dd", "div",
            "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "ul", "center", "details", "summary", "caption");

    private TextBlocks() {
    }

    /** Writes an element out as blocks: paragraphs, headings, list items, table rows. */
    static List<Block> write(Element root) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] linkDepth = {0};
        int[] linkChars = {0};
        int[] preDepth = {0};
        int[] itemDepth = {0};
        Kind[] kind = {Kind.PARAGRAPH};
        Runnable flush = () -> {
            if (current.length() > 0) {
                addBlocks(blocks, current.toString(), kind[0], linkChars[0], preDepth[0] > 0);
            }
            current.setLength(0);
            linkChars[0] = 0;
            // A paragraph inside a list item (<li><p>…</p></li>) is still the item.
            kind[0] = itemDepth[0] > 0 ? Kind.ITEM : Kind.PARAGRAPH;
        };
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String value = text.getWholeText();
                    if (preDepth[0] == 0) {
                        value = collapse(value);
                        if (value.equals(" ") && (current.length() == 0 || current.charAt(current.length() - 1) == ' '
                                || current.charAt(current.length() - 1) == '\n')) {
                            return;
                        }
                    }
                    current.append(value);
                    if (linkDepth[0] > 0) {
                        linkChars[0] += value.strip().length();
                    }
                    return;
                }
                if (!(node instanceof Element element)) {
                    return;
                }
                String tag = element.normalName();
                switch (tag) {
                    case "a" -> linkDepth[0]++;
                    case "br" -> current.append('\n');
                    case "td", "th" -> {
                        if (current.length() > 0 && !current.toString().isBlank()) {
                            current.append(" | ");
                        }
                    }
                    case "pre" -> {
                        flush.run();
                        preDepth[0]++;
                        kind[0] = Kind.PRE;
                    }
                    case "li", "dt", "dd" -> {
                        flush.run();
                        itemDepth[0]++;
                        kind[0] = Kind.ITEM;
                    }
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                        flush.run();
                        kind[0] = Kind.HEADING;
                    }
                    case "tr" -> {
                        flush.run();
                        kind[0] = Kind.ROW;
                    }
                    default -> {
                        if (BLOCK_TAGS.contains(tag)) {
                            flush.run();
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return;
                }
                String tag = element.normalName();
                if (tag.equals("a")) {
                    linkDepth[0]--;
                } else if (tag.equals("pre")) {
                    flush.run();
                    preDepth[0]--;
                } else if (tag.equals("li") || tag.equals("dt") || tag.equals("dd")) {
                    itemDepth[0]--;
                    flush.run();
                } else if (!tag.equals("td") && !tag.equals("th") && BLOCK_TAGS.contains(tag)) {
                    flush.run();
                }
            }
        }, root);
        flush.run();
        return blocks;
    }

    private static void addBlocks(List<Block> blocks, String raw, Kind kind, int linkChars, boolean pre) {
        if (pre) {
            String text = raw.strip();
            if (!text.isEmpty()) {
                blocks.add(new Block(text, Kind.PRE, linkChars, text.length()));
            }
            return;
        }
        // Two line breaks in a row (<br><br>) part paragraphs; one is a line break inside a paragraph.
        StringBuilder paragraph = new StringBuilder();
        for (String line : (raw + "\n\n").split("\n", -1)) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                if (paragraph.length() > 0) {
                    paragraph.append('\n');
                }
                paragraph.append(stripped);
            } else if (paragraph.length() > 0) {
                String text = paragraph.toString();
                blocks.add(new Block(text, kind, Math.min(linkChars, text.length()), text.length()));
                paragraph.setLength(0);
            }
        }
    }

    /** Runs of white space (and zero-width spaces) as one space, without a regular expression per text node. */
    static String collapse(String text) {
        StringBuilder result = null;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean white = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0'
                    || c == '\u200b' || (c > 127 && Character.isWhitespace(c));
            if (white) {
                if (result == null) {
                    result = new StringBuilder(text.length());
                    result.append(text, 0, i);
                }
                if (!space) {
                    result.append(' ');
                }
                space = true;
            } else {
                if (result != null) {
                    result.append(c);
                }
                space = false;
            }
        }
        if (result == null) {
            return text;
        }
        return result.toString();
    }

    /** The blocks as text: paragraphs apart by a blank line, items of one list or rows of one table by a line break. */
    static String join(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        Block previous = null;
        for (Block block : blocks) {
            if (previous != null) {
                boolean sameList = previous.kind() == Kind.ITEM && block.kind() == Kind.ITEM;
                boolean sameTable = previous.kind() == Kind.ROW && block.kind() == Kind.ROW;
                text.append(sameList || sameTable ? "\n" : "\n\n");
            }
            text.append(block.kind() == Kind.ITEM ? "- " + block.text().replace("\n", " ") : block.text());
            previous = block;
        }
        return text.toString();
    }
}
