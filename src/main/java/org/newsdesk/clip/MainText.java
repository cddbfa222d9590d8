package org.newsdesk.clip;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds a page's main text in the spirit of Mozilla's Readability, written for jsoup: remove what is never
 * article text, score the paragraphs into their containers, take the best container and its worthy siblings,
 * then write it out as clean paragraphs. Every walk over the tree is iterative, so depth cannot overflow the stack.
 */
final class MainText {
    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "video", "audio", "source", "picture", "button", "input", "select",
            "textarea", "option", "nav", "aside", "menu", "dialog", "figure", "figcaption", "link", "meta", "head",
            "label", "amp-ad", "amp-analytics", "amp-sidebar", "amp-consent", "amp-social-share", "amp-embed",
            "amp-sticky-ad", "amp-iframe", "amp-pixel", "amp-auto-ads", "amp-user-notification", "amp-geo",
            "amp-carousel", "amp-img", "amp-video", "amp-youtube", "amp-twitter", "amp-instagram", "amp-lightbox");
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "dd", "div",
            "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "ul", "center", "details", "summary", "caption");
    private static final Set<String> DIV_LIKE = Set.of("div", "section", "article", "main", "center", "font");
    private static final Set<String> PARAGRAPH_BREAKS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "li", "main");

    /**
     * Always junk, however much text it holds: comments can be longer than the article, and consent banners are
     * never part of it. ("read-more" is not here: sites hide the rest of the article in such a box.)
     */
    private static final Set<String> STRONG_JUNK = Set.of("comment", "comments", "commentlist", "comment-list",
            "disqus", "respond", "replies", "cookie", "cookies", "cookie-banner", "consent", "gdpr", "cmp",
            "jp-relatedposts", "sharedaddy", "yarpp", "outbrain", "taboola");
    /** Usually junk, unless it holds most of the page's paragraphs (then it is a wrapper around the article). */
    private static final Set<String> WEAK_JUNK = Set.of("header", "footer", "masthead", "menu", "navbar", "nav",
            "navigation", "sidebar", "widget", "widgets", "banner", "breadcrumb", "breadcrumbs", "pagination", "pager",
            "toolbar", "share", "sharing", "share-bar", "sharebar", "social", "social-links", "ad", "ads", "advert",
            "advertisement", "ad-slot", "adslot", "ad-container", "adunit", "dfp", "gpt", "sponsor", "sponsored",
            "promo", "promotion", "popup", "modal", "overlay", "subscribe", "subscription", "signup", "sign-up",
            "paywall", "regwall", "piano", "meta", "entry-meta", "post-meta", "byline", "dateline", "timestamp", "tags",
            "tag-list", "taglist", "categories", "caption", "credit", "skip", "skip-link", "sr-only", "visually-hidden",
            "screen-reader-text", "print-only", "login", "search", "utility", "alert", "notice", "teaser", "related",
            "relatedposts", "recirc", "recirculation", "recommended", "recommendations", "trending", "most-popular",
            "mostpopular", "most-read", "mostread", "more-stories", "morestories", "recent-posts", "recentposts",
            "read-next", "readnext", "author-bio", "authorbio", "about-the-author", "newsletter",
            "newsletter-signup", "gallery", "slideshow", "carousel", "lightbox", "image-viewer", "photo-viewer",
            "caption-toggle", "author-info", "author-box", "authorbox", "about-author", "author-card", "bio",
            "share-tools", "share-buttons", "social-share", "related-links", "related-content", "more-coverage",
            "inline-newsletter", "newsletter-promo", "newsletter-box");
    private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[\\s_-]+");
    private static final Pattern ARTICLE_BODY = Pattern.compile("(?i)(article-?body|articlebody|article__body|"
            + "story-?body|storybody|entry-content|post-?content|post-?body|article-?content|article-?text|"
            + "story-?content|story-?text|body-?text|rich-?text|blog-?post-?content|post-?description)");
    private static final Pattern JUNK_ROLES = Pattern.compile(
            "(?i)navigation|complementary|banner|contentinfo|dialog|alertdialog|menu|menubar|search|toolbar");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|"
            + "comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|"
            + "sidebar|skyscraper|sponsor|shopping|tags|widget");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
    /** Lines of page furniture that slip into article boxes; only short blocks are compared with these. */
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^(advertisement|advertising|ad|ads|sponsored"
            + "( content)?|story continues( below)?( advertisement)?|article continues below.*|continue reading"
            + "( below| the (main )?story)?\\.?|read more( here| stories)?\\.?|read more:.*|read also:.*|related"
            + "( articles| stories| content| coverage| posts| links)?(:.*)?|recommended( for you| stories)?|"
            + "more (from|on) [^.!?]*|see also(:.*)?|share( this)?( article| story| post| page)?( on \\w+)?:?|tweet|"
            + "email|print|save|follow (us|@).*|sign up (for|to) .*(newsletter|email|alerts).*|subscribe( now| today)?"
            + "[.!]?|subscribe (to|for) .*|already a subscriber.*|(log|sign) ?in( to .*)?|(photo|image|picture|video|"
            + "illustration)( credit)?:.*|credit:.*|©.*|\\(c\\) \\d{4}.*|copyright (©|\\(c\\)|\\d{4}).*|"
            + "all rights reserved\\.?|listen to (this )?(article|story).*|\\d+ min(ute)?s? read|reading time:?.*|"
            + "leave a (comment|reply).*|\\d* ?comments?|view comments|show comments|recent posts|see all|"
            + "top of page|bottom of page|skip to .*|we use cookies.*|this (web)?site uses cookies.*|"
            + "accept( all)?( cookies)?|back to top|(previous|next)( article| post| story)?:.*|tags?:.*|"
            + "filed under:?.*|topics?:.*|this article is (only )?(available|for) (to )?subscribers.*|"
            + "to continue reading.*|you have \\d+ free articles? left.*|get the latest.*newsletter.*|"
            + "download (the|our) app.*"
            // Caption and gallery chrome: the buttons and counters of a photo viewer, read out as text.
            + "|caption|close|open|expand|enlarge|zoom|(show|hide|toggle) captions?|full ?screen|view (the )?"
            + "(gallery|photos?|slideshow|image)s?|\\d+ (of|/) \\d+|\\d+ (photos?|images?|bilder|fotos)|"
            + "(photos?|images?|fotos?|bilder?|foto|bild)\\s*(:|©).*|play( video)?|watch( video)?|replay|"
            // Share and newsletter prompts.
            + "share (on|via|to) .*|copy link|link copied.*|facebook|twitter|linkedin|whatsapp|reddit|pinterest|x|"
            + "messenger|flipboard|print (this )?(article|page|story)|(get|join|sign up for) (our|the) .*"
            + "newsletters?.*|enter your email.*|.*\\bnewsletter\\b.{0,40}(sign up|subscribe)( now| here| today)?[.!]?)$");
    /** A short line that only says when the article was published or updated. */
    private static final Pattern TIMESTAMP_LINE = Pattern.compile(
            "(?i)^(last )?(updated|published|posted|modified)( on| at)?:?\\s+(.*\\d.*)$");
    private static final Pattern CLOCK_TIME = Pattern.compile("(?i).*\\b\\d{1,2}[:.]\\d{2}\\s*([ap]\\.?m\\.?)?.*");
    private static final Pattern END_MARKERS = Pattern.compile("(?i)^(related( articles| stories| posts| coverage"
            + "| content| reading)?|recent posts|more (stories|news|from .*|on this( story| topic)?)|read next|"
            + "recommended( for you| reading)?|comments?|\\d+ comments?|leave a (reply|comment)|you (may|might) also"
            + " like.*|most (read|popular|viewed)|trending( now)?|latest (news|stories)|share this:?|about the author"
            + "|what to read next|popular (stories|posts)|also read|see also|related links|more coverage"
            + "|don't miss|more in [^.]{1,40}|about the authors?|more (like|about) this|"
            + "lesen sie auch|mehr zum thema|à lire aussi|weitere artikel)$");
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "(?i)^(by|written by|posted by|reported by|reporting by|story by|words by|von|par|por|door)\\s+.{2,80}$");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    private final Document document;
    private final boolean gentle;
    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private int totalParagraphText;
    private int keptParagraphText;

    /** With {@code gentle}, only tags and strong junk are removed: the second try for pages the first emptied. */
    MainText(Document document, boolean gentle) {
        this.document = document;
        this.gentle = gentle;
    }

    private static final class Stats {
        int text;
        int links;
        int paragraphs;
        boolean hasBlockChild;
        boolean scored;
        double score;
    }

    private enum Kind { PARAGRAPH, HEADING, ITEM, ROW, PRE }

    private record Block(String text, Kind kind, int linkChars, int chars) {
    }

    /** The main text, paragraphs separated by a blank line; {@code title} and {@code byline} are left out of it. */
    String extract(String title, String byline) {
        Element body = document.body();
        if (body == null) {
            return "";
        }
        totalParagraphText = paragraphText(body);
        clean(body);
        measure(body);
        keptParagraphText = stats(body).paragraphs;
        List<Element> content = chooseContent(body);
        List<Block> blocks = new ArrayList<>();
        for (Element element : content) {
            blocks.addAll(write(element));
        }
        return join(filter(blocks, title, byline));
    }

    /** The length of all paragraph text on the page before cleaning, once {@link #extract} has run. */
    int pageParagraphText() {
        return totalParagraphText;
    }

    /** Whether cleaning took away most of the page's paragraph text: then a gentler second try may find more. */
    boolean cleaningRemovedMost() {
        return totalParagraphText > 0 && keptParagraphText * 2 < totalParagraphText;
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
                        stats(parent).text += visibleLength(text.getWholeText());
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

    private static int visibleLength(String text) {
        int length = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    length++;
                    space = true;
                }
            } else {
                length++;
                space = false;
            }
        }
        return length;
    }

    /**
     * Removes junk. Nodes are gathered first and taken out parent by parent, because jsoup renumbers the siblings
     * on each single removal, which is quadratic in a box with thousands of children.
     */
    private void clean(Element body) {
        Map<Element, List<Node>> junkByParent = new IdentityHashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && element != body && isJunk(element)) {
                    junkByParent.computeIfAbsent(element.parent(), parent -> new ArrayList<>()).add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Map.Entry<Element, List<Node>> entry : junkByParent.entrySet()) {
            Element parent = entry.getKey();
            List<Node> junk = entry.getValue();
            if (junk.size() < 16) {
                junk.forEach(Node::remove);
                continue;
            }
            Set<Node> gone = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            gone.addAll(junk);
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) {
                if (!gone.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        }
    }

    private boolean isJunk(Element element) {
        String tag = element.normalName();
        if (JUNK_TAGS.contains(tag)) {
            return true;
        }
        String names = names(element);
        boolean named = !names.isBlank();
        if (element.attr("itemprop").equalsIgnoreCase("articleBody") || named && ARTICLE_BODY.matcher(names).find()) {
            return false;
        }
        if (named && hasWord(names, STRONG_JUNK) && !tag.equals("main") && element.selectFirst("h1") == null) {
            return true;
        }
        if (gentle) {
            return false;
        }
        String style = element.attr("style");
        String role = element.attr("role");
        boolean maybeJunk = tag.equals("header") || tag.equals("footer") || element.hasAttr("hidden")
                || element.attr("aria-hidden").equals("true") || (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find())
                || (!role.isEmpty() && JUNK_ROLES.matcher(role).matches())
                || (named && !tag.equals("article") && !tag.equals("main") && !tag.equals("a")
                    && hasWord(names, WEAK_JUNK));
        return maybeJunk && !holdsArticle(element);
    }

    /**
     * The element's class, id and component names, without WordPress's taxonomy classes ("category-comment",
     * "tag-cookies"), which name the post's subjects, not the box's purpose.
     */
    static String names(Element element) {
        StringBuilder names = new StringBuilder();
        String classes = element.className();
        if (!classes.isEmpty()) {
            for (String name : classes.split("\\s+")) {
                if (!name.startsWith("category-") && !name.startsWith("tag-") && !name.startsWith("post_tag-")) {
                    names.append(name).append(' ');
                }
            }
        }
        // Component names in data attributes say as much as classes on sites built from components.
        return names.append(element.id()).append(' ').append(element.attr("data-component")).append(' ')
                .append(element.attr("data-testid")).toString();
    }

    /** Whether the element holds so much of the page's paragraph text that it must be a wrapper of the article. */
    private boolean holdsArticle(Element element) {
        if (totalParagraphText <= 200) {
            return false;
        }
        return paragraphText(element) * 5 >= totalParagraphText * 2;
    }

    /**
     * The length of the text in the paragraphs ({@code <p>}, {@code <pre>}) under {@code root}, whitespace runs
     * counted as one: counted in one walk, without building the text.
     */
    private static int paragraphText(Element root) {
        int[] length = {0};
        int[] inside = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    if (inside[0] > 0) {
                        length[0] += collapsedLength(text.getWholeText());
                    }
                } else if (node instanceof Element element && isParagraph(element)) {
                    inside[0]++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && isParagraph(element)) {
                    inside[0]--;
                }
            }
        }, root);
        return length[0];
    }

    private static boolean isParagraph(Element element) {
        String tag = element.normalName();
        return tag.equals("p") || tag.equals("pre");
    }

    private static int collapsedLength(String text) {
        int length = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0') {
                if (!space) {
                    length++;
                    space = true;
                }
            } else {
                length++;
                space = false;
            }
        }
        return length;
    }

    /** Whether a class or id names one of {@code words}, alone or joined by "-" or "_" to its neighbours. */
    static boolean hasWord(String names, Set<String> words) {
        String[] tokens = TOKEN_SEPARATOR.split(names.toLowerCase(java.util.Locale.ROOT));
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (token.isEmpty()) {
                continue;
            }
            if (words.contains(token)) {
                return true;
            }
            if (i + 1 < tokens.length) {
                String pair = token + "-" + tokens[i + 1];
                if (words.contains(pair) || words.contains(token + tokens[i + 1])) {
                    return true;
                }
                if (i + 2 < tokens.length && words.contains(pair + "-" + tokens[i + 2])) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Element> chooseContent(Element body) {
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
        if (element.attr("itemprop").equalsIgnoreCase("articleBody") || ARTICLE_BODY.matcher(names).find()) {
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

    /** Writes an element out as blocks: paragraphs, headings, list items, table rows. */
    private static List<Block> write(Element root) {
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

    private static List<Block> filter(List<Block> blocks, String title, String byline) {
        String titleKey = key(title);
        String bylineKey = key(byline);
        List<Block> kept = new ArrayList<>();
        int paragraphs = 0;
        for (Block block : blocks) {
            String text = block.text();
            String textKey = key(text);
            if (textKey.isEmpty()) {
                continue;
            }
            if (block.kind() == Kind.HEADING || (block.chars() < 40 && block.kind() == Kind.PARAGRAPH)) {
                if (paragraphs >= 2 && END_MARKERS.matcher(text.replaceAll("[:.!…]+$", "").strip()).matches()) {
                    break;
                }
            }
            double linkRatio = block.chars() == 0 ? 0 : (double) block.linkChars() / block.chars();
            if ((block.kind() == Kind.PARAGRAPH && linkRatio > 0.6 && block.chars() < 300)
                    || (block.kind() == Kind.ITEM && linkRatio > 0.5)
                    || (block.kind() == Kind.HEADING && linkRatio > 0.5)) {
                continue;
            }
            if (block.chars() < 160 && BOILERPLATE.matcher(text).matches()
                    || block.chars() < 80 && isTimestampLine(text)) {
                continue;
            }
            if (textKey.equals(titleKey) || (!bylineKey.isEmpty() && (textKey.equals(bylineKey)
                    || (block.chars() < 120 && BYLINE_LINE.matcher(text).matches() && textKey.contains(bylineKey))))) {
                continue;
            }
            if (block.chars() < 100 && block.kind() != Kind.ITEM && (BYLINE_LINE.matcher(text).matches()
                    && PageMetadata.words(text) <= 8 || isDateLine(text))) {
                continue;
            }
            if (!kept.isEmpty() && kept.get(kept.size() - 1).text().equals(text)) {
                continue;
            }
            kept.add(block);
            if (block.kind() == Kind.PARAGRAPH && block.chars() > 60) {
                paragraphs++;
            }
        }
        while (!kept.isEmpty() && (kept.get(kept.size() - 1).kind() == Kind.HEADING
                || isAuthorBio(kept.get(kept.size() - 1), byline, kept.size()))) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    private static final Pattern BIO = Pattern.compile("^(\\S+\\s+){1,4}(is|was|covers|writes|reports|has been"
            + "|joined|ist|arbeitet|schreibt)\\b.*");

    /** A short paragraph at the article's end that presents its author: "Jane Doe is a reporter covering …". */
    private static boolean isAuthorBio(Block block, String byline, int kept) {
        if (kept < 3 || byline == null || byline.isBlank() || block.chars() > 400 || block.kind() != Kind.PARAGRAPH) {
            return false;
        }
        String first = byline.split("\\s+(and|und)\\s+|,\\s*")[0].strip();
        String text = block.text();
        if (!text.startsWith(first) && !text.startsWith(first.split("\\s+")[0] + " ")) {
            return false;
        }
        return text.startsWith(first) && BIO.matcher(text).matches();
    }

    private static final Pattern DATE_LINE = Pattern.compile("(?i)^((updated|published|posted|last updated)\\s*:?\\s*)?"
            + "((mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
            + "\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
            + "\\.?,?\\s+\\d{4}|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4})([,\\s]+(at\\s+)?\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?"
            + "(\\s+[a-z]{2,4})?)?\\.?$");

    private static boolean isTimestampLine(String text) {
        Matcher line = TIMESTAMP_LINE.matcher(text);
        if (!line.matches()) {
            return false;
        }
        String when = line.group(4).strip();
        return isDateLine(when) || (CLOCK_TIME.matcher(when).matches() && PageMetadata.words(when) <= 8);
    }

    private static boolean isDateLine(String text) {
        boolean digits = false;
        for (int i = 0; i < text.length() && !digits; i++) {
            digits = Character.isDigit(text.charAt(i));
        }
        return digits && (DATE_LINE.matcher(text.strip()).matches() || text.length() < 40 && Dates.parse(text) != null);
    }

    /** Letters and digits only, lower case, single spaces: for comparing a block with the title or byline. */
    private static String key(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && key.length() > 0) {
                    key.append(' ');
                }
                key.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return key.toString();
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

    private static String join(List<Block> blocks) {
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
