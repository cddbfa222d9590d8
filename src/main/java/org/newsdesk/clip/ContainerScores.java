package org.newsdesk.clip;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Readability's scoring on a cleaned page: each paragraph scores its containers, and the best container, with its
 * worthy siblings, is taken as the article.
 */
final class ContainerScores {
    private static final Set<String> DIV_LIKE = Set.of("div", "section", "article", "main", "center", "font");
    private static final Set<String> PARAGRAPH_BREAKS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "li", "main");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|"
            + "comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|"
            + "sidebar|skyscraper|sponsor|shopping|tags|widget");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    private final Map<Element, Stats> stats = new IdentityHashMap<>();

    /** Measures every element under {@code body} in one walk. */
    ContainerScores(Element body) {
        measure(body);
    }

    private static final class Stats {
        int text;
        int links;
        int paragraphs;
        boolean hasBlockChild;
        boolean scored;
        double score;
    }

    /** The length of the paragraph text under {@code element}. */
    int paragraphs(Element element) {
        return stats(element).paragraphs;
    }

    private Stats stats(Element element) {
        return stats.computeIfAbsent(element, e -> new Stats());
    }

    /** One post-order walk: text, link text and paragraph text per element, and whether it holds blocks. */
    private void measure(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode text) {
                    Element parent = text.parentElement();
                    if (parent != null) {
                        stats(parent).text += PageFurniture.collapsedLength(text.getWholeText());
                    }
                } else if (node instanceof Element element && element != root) {
                    Stats own = stats(element);
                    if (element.parent() != null) {
                        Stats parent = stats(element.parent());
                        String tag = element.normalName();
                        parent.text += own.text;
                        parent.links += tag.equals("a") ? own.text : own.links;
                        parent.paragraphs += tag.equals("p") || tag.equals("pre") ? own.text : own.paragraphs;
                        if (PARAGRAPH_BREAKS.contains(tag)) {
                            parent.hasBlockChild = true;
                        }
                    }
                }
            }
        }, root);
    }

    /** The elements that hold the article: the best container and its worthy siblings, or the marked body. */
    List<Element> chooseContent(Element body) {
        List<Element> candidates = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            String tag = element.normalName();
            boolean paragraph = tag.equals("p") || tag.equals("pre") || tag.equals("td")
                    || (DIV_LIKE.contains(tag) && !stats(element).hasBlockChild);
            if (!paragraph) {
                continue;
            }
            Stats own = stats(element);
            if (own.text < 25) {
                continue;
            }
            if (isTeaser(element)) {
                // A summary under a linked headline, alone in its box, is a card in a list of other stories.
                continue;
            }
            String text = element.text();
            double score = 1 + countCommas(text) + Math.min(Math.floor(text.length() / 100.0), 3);
            Element ancestor = element.parent();
            for (int level = 0; ancestor != null && level < 5; level++) {
                Stats ancestorStats = stats(ancestor);
                if (!ancestorStats.scored) {
                    ancestorStats.scored = true;
                    ancestorStats.score = baseScore(ancestor);
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                ancestorStats.score += score / divider;
                ancestor = ancestor.parent();
            }
        }
        if (candidates.isEmpty()) {
            return List.of(body);
        }
        Element top = null;
        double topScore = -1;
        List<Element> ranked = new ArrayList<>();
        for (Element candidate : candidates) {
            Stats own = stats(candidate);
            own.score = own.score * (1 - linkDensity(candidate));
            ranked.add(candidate);
            if (own.score > topScore) {
                top = candidate;
                topScore = own.score;
            }
        }
        top = widen(top, ranked, body);
        Element marked = markedArticleBody(body);
        if (marked != null && marked != top) {
            int markedText = stats(marked).paragraphs;
            int topText = stats(top).paragraphs;
            if (isAncestor(marked, top) && linkDensity(marked) < 0.3) {
                // The page marks its article body around what the scoring found: take all of it.
                return List.of(marked);
            }
            if (isAncestor(top, marked) ? markedText * 10 >= topText * 8 : markedText > topText) {
                return List.of(marked);
            }
            if (!isAncestor(top, marked) && underHeadline(marked, body) && !underHeadline(top, body)) {
                // The scoring found a box of teasers away from the headline; the page marks its article elsewhere.
                return List.of(marked);
            }
        }
        return withSiblings(top, body);
    }

    /** Readability's step up: when the best candidates share an ancestor, or the parent scores well, take it. */
    private Element widen(Element top, List<Element> ranked, Element body) {
        double topScore = stats(top).score;
        ranked.sort((a, b) -> Double.compare(stats(b).score, stats(a).score));
        List<Element> alternatives = new ArrayList<>();
        for (Element candidate : ranked.subList(0, Math.min(5, ranked.size()))) {
            if (candidate != top && stats(candidate).score / topScore >= 0.75) {
                alternatives.add(candidate);
            }
        }
        if (alternatives.size() >= 3) {
            Element parent = top.parent();
            while (parent != null && parent != body) {
                int containing = 0;
                for (Element alternative : alternatives) {
                    containing += isAncestor(parent, alternative) ? 1 : 0;
                }
                if (containing >= 3) {
                    top = parent;
                    break;
                }
                parent = parent.parent();
            }
        }
        double lastScore = stats(top).score;
        double threshold = lastScore / 3;
        Element parent = top.parent();
        while (parent != null && parent != body && parent.parent() != null) {
            Stats parentStats = stats(parent);
            if (!parentStats.scored) {
                parent = parent.parent();
                continue;
            }
            if (parentStats.score < threshold) {
                break;
            }
            if (parentStats.score > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentStats.score;
            parent = parent.parent();
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** The element the page marks as its article body (schema.org or a common class), when it holds the text. */
    private Element markedArticleBody(Element body) {
        Element best = null;
        int bestText = 0;
        for (Element element : body.select("[itemprop=articleBody], [property=content:encoded], [class~=(?i)(article-?body|"
                + "articlebody|article__body|story-?body|entry-content|post-?content|article-?content|story-?content|"
                + "field-name-body|field--name-body)]")) {
            int text = stats(element).paragraphs;
            if (text > bestText) {
                best = element;
                bestText = text;
            }
        }
        int total = stats(body).paragraphs;
        if (best == null || bestText < 200) {
            return null;
        }
        // Half the page's paragraphs, or a quarter when the marked body sits under the page's headline: a short
        // post beside a carousel of longer teasers is still the post.
        return bestText * 2 >= total || (bestText * 4 >= total && underHeadline(best, body)) ? best : null;
    }

    /** Whether the page's {@code <h1>} and {@code element} share a container below the body. */
    private static boolean underHeadline(Element element, Element body) {
        Element at = element.parent();
        for (int level = 0; at != null && at != body && level < 8; level++, at = at.parent()) {
            if (at.getElementsByTag("h1").size() == 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTeaser(Element paragraph) {
        Element parent = paragraph.parent();
        if (parent == null || parent.childrenSize() > 5) {
            return false;
        }
        Element previous = paragraph.previousElementSibling();
        for (int i = 0; previous != null && i < 3; i++, previous = previous.previousElementSibling()) {
            String tag = previous.normalName();
            boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
            if (heading && previous.selectFirst("a[href]") != null
                    || tag.equals("a") && previous.selectFirst("h1, h2, h3, h4, h5, h6") != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(Element ancestor, Element element) {
        for (Element at = element.parent(); at != null; at = at.parent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private List<Element> withSiblings(Element top, Element body) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double topScore = stats(top).score;
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> siblings = parent.children();
        boolean[] chosen = new boolean[siblings.size()];
        for (int i = 0; i < siblings.size(); i++) {
            Element sibling = siblings.get(i);
            if (sibling == top) {
                chosen[i] = true;
                continue;
            }
            Stats own = stats(sibling);
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            double density = linkDensity(sibling);
            if (own.scored && own.score + bonus >= threshold) {
                chosen[i] = true;
            } else if (own.text > 80 && density < 0.25 && (own.paragraphs * 2 >= own.text
                    || isTextTag(sibling.normalName()))) {
                // A sibling box that is mostly paragraph text: one paragraph per box, as on many news sites.
                chosen[i] = true;
            } else if (isTextTag(sibling.normalName()) && own.text > 0 && own.text <= 80 && density == 0
                    && SENTENCE_END.matcher(sibling.text()).find()) {
                chosen[i] = true;
            }
        }
        // A short subheading between two chosen boxes belongs to the article too.
        for (int i = 1; i + 1 < siblings.size(); i++) {
            if (!chosen[i] && chosen[i - 1] && chosen[i + 1]) {
                Element sibling = siblings.get(i);
                Stats own = stats(sibling);
                if (own.text > 0 && own.text < 200 && own.links == 0
                        && sibling.selectFirst("h2, h3, h4, h5, h6, strong, b") != null) {
                    chosen[i] = true;
                }
            }
        }
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < siblings.size(); i++) {
            if (chosen[i]) {
                result.add(siblings.get(i));
            }
        }
        return result;
    }

    private static boolean isTextTag(String tag) {
        return tag.equals("p") || tag.equals("blockquote") || tag.equals("ul") || tag.equals("ol") || tag.equals("pre");
    }

    private double linkDensity(Element element) {
        Stats own = stats(element);
        return own.text == 0 ? 0 : Math.min(1.0, (double) own.links / own.text);
    }

    private static double baseScore(Element element) {
        double score = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = element.className() + " " + element.id();
        if (!element.className().isEmpty()) {
            score += NEGATIVE.matcher(element.className()).find() ? -25 : 0;
            score += POSITIVE.matcher(element.className()).find() ? 25 : 0;
        }
        if (!element.id().isEmpty()) {
            score += NEGATIVE.matcher(element.id()).find() ? -25 : 0;
            score += POSITIVE.matcher(element.id()).find() ? 25 : 0;
        }
        if (element.attr("itemprop").equalsIgnoreCase("articleBody") || PageFurniture.ARTICLE_BODY.matcher(names).find()) {
            score += 25;
        }
        return score;
    }

    private static int countCommas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                commas++;
            }
        }
        return commas;
    }
}
