package org.newsdesk.clip;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's main text in the spirit of Mozilla's Readability, written for jsoup: remove what is never
 * article text, score the paragraphs into their containers, take the best container and its worthy siblings,
 * then write it out as clean paragraphs. Every walk over the tree is iterative, so depth cannot overflow the stack.
 */
final class MainText {
    private final Document document;
    private final boolean gentle;
    private int totalParagraphText;
    private int keptParagraphText;

    /** With {@code gentle}, only tags and strong junk are removed: the second try for pages the first emptied. */
    MainText(Document document, boolean gentle) {
        this.document = document;
        this.gentle = gentle;
    }

    /** The main text, paragraphs separated by a blank line; {@code title} and {@code byline} are left out of it. */
    String extract(String title, String byline) {
        Element body = document.body();
        if (body == null) {
            return "";
        }
        totalParagraphText = PageFurniture.paragraphText(body);
        new PageFurniture(gentle, totalParagraphText).clean(body);
        ContainerScores scores = new ContainerScores(body);
        keptParagraphText = scores.paragraphs(body);
        List<Element> content = scores.chooseContent(body);
        List<Block> blocks = new ArrayList<>();
        for (Element element : content) {
            blocks.addAll(TextBlocks.write(element));
        }
        return TextBlocks.join(BlockFilter.filter(blocks, title, byline));
    }

    /** The length of all paragraph text on the page before cleaning, once {@link #extract} has run. */
    int pageParagraphText() {
        return totalParagraphText;
    }

    /** Whether cleaning took away most of the page's paragraph text: then a gentler second try may find more. */
    boolean cleaningRemovedMost() {
        return totalParagraphText > 0 && keptParagraphText * 2 < totalParagraphText;
    }
}
