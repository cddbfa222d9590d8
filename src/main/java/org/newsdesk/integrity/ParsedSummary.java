package org.newsdesk.integrity;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A story's Markdown body read once for every check: its links with their offsets, its prose with link addresses and
 * markup blanked out (same length, so offsets stay those of the Markdown source), its quotations and its words.
 */
final class ParsedSummary {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    final String body;
    final String prose;
    final List<MarkdownLink> links;
    final List<Quotation> quotations;
    final WordSpans words;
    final int visibleWordCount;

    /** A link or image of the body: its span in the Markdown source, its visible text and where it goes. */
    record MarkdownLink(int start, int end, String text, String destination, boolean image) {
    }

    private ParsedSummary(String body) {
        this.body = body;
        Node document = PARSER.parse(body);
        char[] masked = body.toCharArray();
        List<MarkdownLink> found = new ArrayList<>();
        StringBuilder visible = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found.add(describe(link, false, masked));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                found.add(describe(image, true, masked));
            }

            @Override
            public void visit(Text text) {
                if (!(text.getParent() instanceof Link link && isAutolink(link))) {
                    visible.append(text.getLiteral());
                }
            }

            @Override
            public void visit(Code code) {
                visible.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                visible.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                visible.append(' ');
            }

            @Override
            public void visit(Paragraph paragraph) {
                visitChildren(paragraph);
                visible.append("\n\n");
            }

            @Override
            public void visit(HtmlInline html) {
                blank(html, masked);
            }

            @Override
            public void visit(HtmlBlock html) {
                blank(html, masked);
            }

            @Override
            public void visit(LinkReferenceDefinition definition) {
                blank(definition, masked);
            }
        });
        this.prose = new String(masked);
        this.links = List.copyOf(found);
        this.quotations = Quotation.findAll(prose);
        this.words = WordSpans.of(prose);
        this.visibleWordCount = org.newsdesk.model.Words.count(visible.toString());
    }

    static ParsedSummary of(String markdownBody) {
        return new ParsedSummary(markdownBody == null ? "" : markdownBody);
    }

    private static boolean isAutolink(Link link) {
        return link.getFirstChild() instanceof Text text && text.getNext() == null
                && (link.getDestination().equals(text.getLiteral())
                    || link.getDestination().equals("mailto:" + text.getLiteral()));
    }

    /** Describes a link and blanks out everything of it but its text, so the address is not read as prose. */
    private static MarkdownLink describe(Node link, boolean image, char[] masked) {
        List<SourceSpan> spans = link.getSourceSpans();
        int start = spans.isEmpty() ? 0 : spans.get(0).getInputIndex();
        SourceSpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        int end = last == null ? 0 : last.getInputIndex() + last.getLength();
        boolean[] keep = new boolean[Math.max(0, end - start)];
        StringBuilder text = new StringBuilder();
        collectText(link, text, keep, start);
        boolean autolink = link instanceof Link plain && isAutolink(plain);
        for (int i = start; i < end && i < masked.length; i++) {
            if (image || autolink || !keep[i - start]) {
                masked[i] = ' ';
            }
        }
        String destination = link instanceof Link plain ? plain.getDestination() : ((Image) link).getDestination();
        return new MarkdownLink(start, end, text.toString().strip(), destination == null ? "" : destination, image);
    }

    private static void collectText(Node node, StringBuilder text, boolean[] keep, int offset) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text || child instanceof Code) {
                text.append(child instanceof Text t ? t.getLiteral() : ((Code) child).getLiteral());
                for (SourceSpan span : child.getSourceSpans()) {
                    for (int i = span.getInputIndex(); i < span.getInputIndex() + span.getLength(); i++) {
                        if (i - offset >= 0 && i - offset < keep.length) {
                            keep[i - offset] = true;
                        }
                    }
                }
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            } else {
                collectText(child, text, keep, offset);
            }
        }
    }

    private static void blank(Node node, char[] masked) {
        for (SourceSpan span : node.getSourceSpans()) {
            for (int i = span.getInputIndex(); i < span.getInputIndex() + span.getLength() && i < masked.length; i++) {
                if (masked[i] != '\n') {
                    masked[i] = ' ';
                }
            }
        }
    }

    /** Whether word {@code i} of the body starts with a capital and does not open a sentence: part of a name. */
    boolean isNameWord(int i) {
        int start = words.starts[i];
        if (!Character.isUpperCase(body.codePointAt(start))) {
            return false;
        }
        for (int j = start - 1; j >= 0; j--) {
            char c = body.charAt(j);
            if (c == '\n') {
                int k = j - 1;
                while (k >= 0 && (body.charAt(k) == ' ' || body.charAt(k) == '\t' || body.charAt(k) == '\r')) {
                    k--;
                }
                if (k < 0 || body.charAt(k) == '\n') {
                    return false;
                }
            } else if (!Character.isWhitespace(c) && "\"“”‘’'*_([#>-–—".indexOf(c) < 0) {
                return ".!?:".indexOf(c) < 0;
            }
        }
        return false;
    }
}
