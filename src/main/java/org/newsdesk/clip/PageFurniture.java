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
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Tells the page's furniture (menus, banners, share bars, comments, consent boxes, sidebars) from its article, and
 * takes the furniture out before the text is scored.
 */
final class PageFurniture {
    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "video", "audio", "source", "picture", "button", "input", "select",
            "textarea", "option", "nav", "aside", "menu", "dialog", "figure", "figcaption", "link", "meta", "head",
            "label", "amp-ad", "amp-analytics", "amp-sidebar", "amp-consent", "amp-social-share", "amp-embed",
            "amp-sticky-ad", "amp-iframe", "amp-pixel", "amp-auto-ads", "amp-user-notification", "amp-geo",
            "amp-carousel", "amp-img", "amp-video", "amp-youtube", "amp-twitter", "amp-instagram", "amp-lightbox");
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
    static final Pattern ARTICLE_BODY = Pattern.compile("(?i)(article-?body|articlebody|article__body|"
            + "story-?body|storybody|entry-content|post-?content|post-?body|article-?content|article-?text|"
            + "story-?content|story-?text|body-?text|rich-?text|blog-?post-?content|post-?description)");
    private static final Pattern JUNK_ROLES = Pattern.compile(
            "(?i)navigation|complementary|banner|contentinfo|dialog|alertdialog|menu|menubar|search|toolbar");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Set<String> ASIDE_WORDS = Set.of("comment", "comments", "comment-list", "commentlist",
            "related", "sidebar", "widget", "recirc", "most-popular", "most-read");

    private final boolean gentle;
    private final int totalParagraphText;

    /**
     * With {@code gentle}, only tags and strong junk are furniture; {@code totalParagraphText} is the page's
     * paragraph text before cleaning, against which a wrapper of the article is recognised.
     */
    PageFurniture(boolean gentle, int totalParagraphText) {
        this.gentle = gentle;
        this.totalParagraphText = totalParagraphText;
    }

    /**
     * Removes junk. Nodes are gathered first and taken out parent by parent, because jsoup renumbers the siblings
     * on each single removal, which is quadratic in a box with thousands of children.
     */
    void clean(Element body) {
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
    static int paragraphText(Element root) {
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

    /** The length of {@code text} with each run of white space counted as one character. */
    static int collapsedLength(String text) {
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

    /** Whether the element sits in a comment, a sidebar or a footer, where names and dates are not the article's. */
    static boolean isAside(Element element) {
        int depth = 0;
        boolean inFooter = false;
        for (Element at = element; at != null && depth < 40; at = at.parent(), depth++) {
            String tag = at.normalName();
            if (tag.equals("body")) {
                return inFooter;
            }
            if (tag.equals("aside") || tag.equals("nav") || hasWord(names(at), ASIDE_WORDS)) {
                return true;
            }
            if (tag.equals("article")) {
                // An article's own footer carries its byline and date; the page's footer does not.
                return false;
            }
            inFooter |= tag.equals("footer");
        }
        return inFooter;
    }
}
