package org.newsdesk.clip;

import static org.newsdesk.clip.PageMetadata.clean;
import static org.newsdesk.clip.PageMetadata.words;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsdesk.clip.PageMetadata.Byline;

/** The article's authors and the news agency its byline names, cleaned of "By", dates, job titles and photo credits. */
final class Bylines {
    private static final Pattern BY_PREFIX = Pattern.compile(
            "^(?i)(author|authors|autor|autorin|text|words|written\\s+by|submitted\\s+by|gespeichert\\s+von|"
            + "eingestellt\\s+von|verfasst\\s+von|publié\\s+par|publicado\\s+por|posted\\s+by|reported\\s+by|story\\s+by|words\\s+by|by|par|por|von|di|door)\\s*:?\\s+");
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?"
            + "|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\b\\.?");
    private static final Pattern DATE_LIKE = Pattern.compile(
            "(?i)(\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4})|(\\d{1,2}:\\d{2})|\\b(19|20)\\d{2}\\b|\\b(updated|published|posted|ago)\\b");

    private final String host;
    private final List<Element> authorElements;
    private final List<Element> bylineElements;
    private final MetaTags meta;
    private final LinkedData linkedData;
    private String agency;

    /** {@code authorElements} are the page's rel/itemprop author elements, {@code bylineElements} its byline boxes. */
    Bylines(String host, List<Element> authorElements, List<Element> bylineElements, MetaTags meta,
            LinkedData linkedData) {
        this.host = host;
        this.authorElements = authorElements;
        this.bylineElements = bylineElements;
        this.meta = meta;
        this.linkedData = linkedData;
    }

    /**
     * The article's authors, as "Jane Doe", "Jane Doe and John Roe" or "Jane Doe, John Roe and Ann Poe". Stated
     * authors first (JSON-LD author as text, object, array or {@code @graph} reference; author meta tags), then the
     * page's {@code rel=author} and {@code itemprop=author} elements and its byline boxes; each is cleaned of "By",
     * dates and job titles. A news agency named in the byline ("TOM KRISHER, AP Auto Writer") is kept apart, as
     * {@link #agency()}. The site's own name is taken only when nothing names a person.
     */
    String byline(String siteName) {
        List<String> candidates = new ArrayList<>();
        if (linkedData.article() != null) {
            String authors = authors(linkedData.article().get("author"), siteName);
            if (authors == null) {
                authors = authors(linkedData.article().get("creator"), siteName);
            }
            candidates.add(authors);
        }
        candidates.add(meta.first("author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
                "article:author_name", "cxenseparse:author", "cse_author", "citation_author", "bepress_citation_author"));
        String articleAuthor = meta.first("article:author");
        if (articleAuthor != null && !articleAuthor.contains("://") && !articleAuthor.startsWith("@")) {
            candidates.add(articleAuthor);
        }
        String fallback = null;
        String found = firstName(candidates, siteName);
        if (found != null && found.startsWith("\u0000")) {
            fallback = found.substring(1);
            found = null;
        }
        if (found == null) {
            candidates.clear();
            for (Element element : authorElements) {
                if (PageFurniture.isAside(element)) {
                    continue;
                }
                Element name = element.selectFirst("[itemprop=name]");
                String text = name != null ? (name.is("meta") ? name.attr("content") : name.text())
                        : element.is("meta") ? element.attr("content") : element.text();
                candidates.add(text);
            }
            for (Element element : bylineElements) {
                String classes = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
                if (classes.contains("bio") || classes.contains("about") || classes.contains("avatar")
                        || classes.contains("image") || classes.contains("photo") || classes.contains("comment")
                        || PageFurniture.isAside(element)) {
                    continue;
                }
                String text = element.text();
                if (text.length() < 120) {
                    candidates.add(text);
                }
            }
            found = firstName(candidates, siteName);
        }
        if (found != null && found.startsWith("\u0000")) {
            fallback = fallback == null ? found.substring(1) : fallback;
            found = null;
        }
        return found != null ? found : fallback;
    }

    /** The first candidate that names a person; the site's own name, marked with a NUL, when only that was found. */
    private String firstName(List<String> candidates, String siteName) {
        String siteOnly = null;
        for (String candidate : candidates) {
            Byline parsed = parseByline(candidate);
            if (parsed == null) {
                continue;
            }
            if (parsed.agency() != null && agency == null) {
                agency = parsed.agency();
            }
            if (parsed.name() == null) {
                continue;
            }
            String cleaned = parsed.name();
            if ((siteName != null && Headlines.sameName(cleaned, siteName)) || Headlines.sameHost(cleaned, host)) {
                siteOnly = siteOnly == null ? cleaned : siteOnly;
                continue;
            }
            return cleaned;
        }
        return siteOnly == null ? null : "\u0000" + siteOnly;
    }

    /** The news agency the byline named ("Associated Press", "Reuters"), once {@link #byline} has run. */
    String agency() {
        return agency;
    }

    private String authors(JsonNode node, String siteName) {
        if (node == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        for (JsonNode item : items) {
            JsonNode value = linkedData.resolved(item);
            String name = value.isValueNode() ? value.asText("") : value.path("name").asText("");
            if (name.isBlank() && value.isObject()) {
                name = (value.path("givenName").asText("") + " " + value.path("familyName").asText("")).strip();
            }
            if (value.isObject() && LinkedData.types(value).contains("organization")) {
                String known = knownAgency(name);
                if (known != null && agency == null) {
                    agency = known;
                }
                if (known != null || (siteName != null && Headlines.sameName(name, siteName))) {
                    continue;
                }
            }
            name = clean(name);
            if (name != null && !name.contains("://") && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : joinNames(names);
    }

    static String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
    private static final String[][] AGENCIES = {
        {"associated press", "Associated Press"}, {"the associated press", "Associated Press"}, {"ap", "Associated Press"},
        {"reuters", "Reuters"}, {"thomson reuters", "Reuters"}, {"afp", "AFP"}, {"agence france-presse", "AFP"},
        {"agence france presse", "AFP"}, {"dpa", "dpa"}, {"bloomberg", "Bloomberg"}, {"bloomberg news", "Bloomberg"},
        {"upi", "UPI"}, {"united press international", "UPI"}, {"pa", "PA Media"}, {"pa media", "PA Media"},
        {"press association", "PA Media"}, {"efe", "EFE"}, {"ansa", "ANSA"}, {"kyodo", "Kyodo News"},
        {"kyodo news", "Kyodo News"}, {"xinhua", "Xinhua"}, {"apa", "APA"}, {"sda", "SDA"}, {"epd", "epd"},
        {"kna", "KNA"}, {"cnn wire", "CNN Wire"}, {"canadian press", "The Canadian Press"},
        {"the canadian press", "The Canadian Press"}, {"aap", "AAP"}};
    private static final Pattern JOB_TITLE = Pattern.compile("(?i)\\b(writer|reporter|correspondent|editor|columnist"
            + "|contributor|contributing|producer|staff|special to|photographer|journalist|analyst|critic|anchor"
            + "|bureau|chief|redakteur|redakteurin|korrespondent|korrespondentin|autor|autorin)s?\\b");
    /** A photo credit, not a byline: "Mike Blake/Reuters files", "AP Photo/Jane Doe", "Getty Images". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?i)(\\w/\\s?\\w.*\\b(files?|photos?|images?|pool)\\b"
            + "|\\b(ap|afp|reuters|epa|dpa)\\s*photo\\b|\\bgetty images\\b|\\bshutterstock\\b|^(photo|image|foto|bild)"
            + "\\s*(:|by|von)|/(reuters|ap|afp|getty|epa|dpa)\\b)");
    private static final Pattern VIEW_ALL = Pattern.compile("(?i)^(view all posts|all posts|more posts|more articles"
            + "|all articles|more stories|more from|articles|posts|stories)\\s+(by|from|von)\\s+");

    /** A person's name out of a byline text, or null when the text is a date, a section or a link. */
    String cleanByline(String raw) {
        Byline byline = parseByline(raw);
        return byline == null ? null : byline.name();
    }

    /** Reads a byline apart into its names and its agency; null when it holds neither. */
    Byline parseByline(String raw) {
        String text = clean(raw);
        if (text == null) {
            return null;
        }
        if (PHOTO_CREDIT.matcher(text).find()) {
            return null;
        }
        String foundAgency = null;
        String found = null;
        // A byline element often holds the date too: "By Jane Doe | May 10, 2024" or "Jane Doe Updated 9:00 AM".
        String[] parts = text.split("\\s+[|•·—–]\\s+|\\s{2,}|\\s+-\\s+|\\s+-$");
        for (String part : parts) {
            String piece = part.replaceAll("(?i)\\s*\\b(updated|published|posted|last modified|on)\\b.*$", "")
                    .replaceAll("(?i)\\s+(am|le|el|il|op|den)\\s+\\d.*$", "").strip();
            piece = VIEW_ALL.matcher(piece).replaceFirst("").strip();
            piece = BY_PREFIX.matcher(piece).replaceFirst("").strip();
            List<String> names = new ArrayList<>();
            for (String comma : names(piece)) {
                if (found != null && knownAgency(comma.strip()) == null) {
                    continue;
                }
                String name = comma.replaceAll("[.:]+$", "").strip();
                String known = knownAgency(name);
                if (known == null) {
                    known = agencyWithTitle(name);
                }
                if (known != null) {
                    foundAgency = foundAgency == null ? known : foundAgency;
                    continue;
                }
                if (name.isEmpty() || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT)) || JOB_TITLE.matcher(name).find() || looksLikeDate(name) || isSection(name)
                        || name.contains("://") || name.contains("@") || !Character.isLetter(name.codePointAt(0))
                        || name.length() > 60 || words(name) > 5) {
                    continue;
                }
                names.add(allCaps(name) ? titleCase(name) : name);
            }
            if (!names.isEmpty() && found == null) {
                found = joinNames(names);
            }
        }
        return found == null && foundAgency == null ? null : new Byline(found, foundAgency);
    }

    private static final Set<String> NOT_NAMES = Set.of("by", "von", "par", "por", "di", "door", "author", "authors",
            "autor", "written by", "posted by", "staff", "admin", "administrator", "editor", "editors", "anonymous",
            "guest", "unknown", "null", "undefined");
    private static final Pattern AND = Pattern.compile("\\s+(?i:and|und|et|y|e|&)\\s+");

    /**
     * The comma-separated parts of a byline, each split again at "and" when every side is a full name ("Jane Doe
     * and John Roe", not "Crime and Justice News").
     */
    private static List<String> names(String piece) {
        List<String> parts = new ArrayList<>();
        for (String comma : piece.split("\\s*[,;]\\s*")) {
            String[] people = AND.split(comma);
            boolean allNames = people.length > 1;
            for (String person : people) {
                allNames &= words(person) >= 2;
            }
            if (allNames) {
                parts.addAll(List.of(people));
            } else {
                parts.add(comma);
            }
        }
        return parts;
    }

    /** The agency's usual name when {@code text} is a news agency's name, else null. */
    static String knownAgency(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("[()]", "").strip();
        for (String[] known : AGENCIES) {
            if (lower.equals(known[0])) {
                return known[1];
            }
        }
        return null;
    }

    /** The agency in a job title such as "AP Auto Writer" or "Reuters correspondent", else null. */
    private static String agencyWithTitle(String text) {
        if (!JOB_TITLE.matcher(text).find()) {
            return null;
        }
        for (String word : text.split("\\s+")) {
            String known = knownAgency(word);
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    private static boolean allCaps(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters && text.length() > 3;
    }

    /** "TOM KRISHER" as "Tom Krisher", "JEAN-LUC O'NEIL" as "Jean-Luc O'Neil". */
    static String titleCase(String text) {
        StringBuilder result = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            result.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return result.toString();
    }

    private static boolean looksLikeDate(String text) {
        if (DATE_LIKE.matcher(text).find()) {
            return true;
        }
        return MONTH.matcher(text).find() && text.matches(".*\\d.*");
    }

    private boolean isSection(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        if (Headlines.SECTION_WORDS.contains(lower)) {
            return true;
        }
        String section = meta.first("article:section");
        if (section != null && section.equalsIgnoreCase(lower)) {
            return true;
        }
        String jsonSection = linkedData.articleText("articleSection");
        return jsonSection != null && jsonSection.equalsIgnoreCase(lower);
    }
}
