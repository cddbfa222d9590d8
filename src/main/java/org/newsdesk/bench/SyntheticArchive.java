package org.newsdesk.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;

/**
 * A made-up newsroom for the benchmark: stories and clips of realistic length, written from a few thousand
 * English-looking words drawn with Zipf-like frequencies and sprinkled with names, the same for the same seed.
 */
public final class SyntheticArchive {
    /** The most frequent words first, as in any English text. */
    private static final String[] FUNCTION_WORDS = ("the of and to a in that is was for on it with as he be by at"
            + " said his from an have are had not this but were they which has been or she her their who its would"
            + " will one after also two more than about when there over into year other up new first out last"
            + " could people some what time any can no only years so them we may because under before while most"
            + " against between three those since both four where says told during such very many then police"
            + " officials state county court federal").split(" ");

    private static final String[] ROOTS = ("court judge jury trial prison jail sentence charge case crime police"
            + " officer detective sheriff prosecutor attorney lawyer defense witness victim suspect arrest warrant"
            + " search evidence verdict appeal motion hearing bail parole probation inmate guard cell reform law"
            + " statute bill vote council mayor governor senator legislature budget fund grant tax report study"
            + " data survey rate figure number record analysis review audit inquiry investigation program policy"
            + " plan rule regulation agency department office bureau board commission panel committee school"
            + " student teacher parent child family neighbor resident community city town village street road"
            + " highway bridge building house home apartment shelter hospital clinic doctor nurse patient drug"
            + " opioid fentanyl overdose treatment recovery addiction dealer gang gun weapon firearm shooting"
            + " robbery burglary theft fraud scheme scam bribe corruption contract vendor company firm business"
            + " market price cost wage worker union strike job employer train protest march rally crowd camera"
            + " video footage phone message email document file letter memo statement interview reporter editor"
            + " newspaper station network border immigrant asylum deport visa migrant citizen voter ballot"
            + " election campaign candidate party debate poll margin district precinct ward region province"
            + " nation country capital island coast river mountain valley desert forest storm flood fire heat"
            + " water power energy oil gas coal plant factory mine farm crop harvest food meal restaurant store"
            + " shop mall bank loan debt mortgage rent tenant landlord eviction owner lease permit license fine"
            + " fee penalty settlement lawsuit claim damage injury death killing murder assault abuse neglect"
            + " custody adoption foster welfare benefit pension insurance claim premium coverage system network"
            + " software computer server hacker breach leak password account platform app device sensor drone"
            + " satellite rocket launch mission test trial vaccine virus disease outbreak symptom dose study"
            + " research scientist professor university college campus class lecture exam grade degree").split(" ");

    private static final String[] SUFFIXES = {"", "s", "ed", "ing", "er", "ers", "al", "ly", "ment", "ion"};

    private static final String[] FIRST_NAMES = ("Maria James Ana Robert Li Mohammed Sarah David Aisha John Elena"
            + " Michael Priya Carlos Fatima William Yuki Daniel Olga Kwame Grace Thomas Ines Samuel Leila Peter"
            + " Chen Laura Omar Rosa").split(" ");
    private static final String[] LAST_NAMES = ("Lopez Smith Nguyen Johnson Garcia Okafor Brown Kim Patel Martin"
            + " Rossi Cohen Walker Silva Haddad Murphy Tanaka Novak Mensah Fischer Ortiz Campbell Dubois Ahmed"
            + " Reyes Larsen Kowalski Moreau Bianchi Sato").split(" ");
    private static final String[] PLACES = ("Chicago Houston Phoenix Denver Atlanta Boston Seattle Baltimore Detroit"
            + " Memphis Portland Tucson Fresno Omaha Miami Oakland Cleveland Tampa Newark Albany Texas Ohio"
            + " Georgia Oregon Arizona Florida Michigan Virginia Nevada Minnesota").split(" ");
    private static final String[][] OUTLETS = {
            {"The Wall Street Journal", "the Wall Street Journal", "wsj.com"},
            {"The New York Times", "the New York Times", "nytimes.com"},
            {"The Washington Post", "the Washington Post", "washingtonpost.com"},
            {"Associated Press", "the Associated Press", "apnews.com"},
            {"Reuters", "Reuters", "reuters.com"},
            {"The Marshall Project", "the Marshall Project", "themarshallproject.org"},
            {"ProPublica", "ProPublica", "propublica.org"},
            {"Los Angeles Times", "the Los Angeles Times", "latimes.com"},
            {"Chicago Tribune", "the Chicago Tribune", "chicagotribune.com"},
            {"The Guardian", "the Guardian", "theguardian.com"},
            {"Houston Chronicle", "the Houston Chronicle", "houstonchronicle.com"},
            {"Tampa Bay Times", "the Tampa Bay Times", "tampabay.com"},
            {"NPR", "NPR", "npr.org"},
            {"Stateline", "Stateline", "stateline.org"},
            {"The Atlanta Journal-Constitution", "the Atlanta Journal-Constitution", "ajc.com"},
            {"The Boston Globe", "the Boston Globe", "bostonglobe.com"}};
    private static final String[] SECTIONS = {"Courts", "Policing", "Prisons", "Drugs", "Justice Reform",
            "Juvenile Justice", "Victims", "Guns", "Immigration", "Research"};

    private static final double ZIPF_EXPONENT = 1.07;

    private final long seed;
    private final String[] vocabulary;
    private final double[] cumulative;
    private final Instant start;

    public SyntheticArchive(long seed, Instant start) {
        this.seed = seed;
        this.start = start;
        this.vocabulary = vocabulary(seed);
        this.cumulative = new double[vocabulary.length];
        double total = 0;
        for (int rank = 0; rank < vocabulary.length; rank++) {
            total += 1.0 / Math.pow(rank + 1, ZIPF_EXPONENT);
            cumulative[rank] = total;
        }
        for (int rank = 0; rank < cumulative.length; rank++) {
            cumulative[rank] /= total;
        }
    }

    private static String[] vocabulary(long seed) {
        Set<String> words = new LinkedHashSet<>(List.of(FUNCTION_WORDS));
        List<String> content = new ArrayList<>();
        for (String root : ROOTS) {
            for (String suffix : SUFFIXES) {
                content.add(inflect(root, suffix));
            }
        }
        java.util.Collections.shuffle(content, new Random(seed));
        words.addAll(content);
        return words.toArray(String[]::new);
    }

    private static String inflect(String root, String suffix) {
        if (suffix.isEmpty()) {
            return root;
        }
        if (root.endsWith("e") && (suffix.startsWith("e") || suffix.startsWith("i") || suffix.startsWith("a"))) {
            return root.substring(0, root.length() - 1) + suffix;
        }
        if (root.endsWith("y") && !suffix.equals("ing") && !suffix.equals("ly")) {
            return root.substring(0, root.length() - 1) + "i" + suffix;
        }
        return root + suffix;
    }

    /** How many distinct words the text is drawn from (names and places aside). */
    public int vocabularySize() {
        return vocabulary.length;
    }

    /** The word of the given frequency rank, 0 being the most common. */
    public String word(int rank) {
        return vocabulary[rank];
    }

    public List<Outlet> outlets() {
        List<Outlet> outlets = new ArrayList<>();
        for (String[] outlet : OUTLETS) {
            outlets.add(new Outlet(outlet[0], outlet[1], List.of(outlet[2])));
        }
        return outlets;
    }

    /** The newsroom's writers and editors, by display name. */
    public List<String> people() {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            people.add(FIRST_NAMES[i % FIRST_NAMES.length] + " " + LAST_NAMES[(i * 7 + 3) % LAST_NAMES.length]);
        }
        return people;
    }

    /** The {@code n}th source article: about 800 words in paragraphs. */
    public Clip clip(int n) {
        SplittableRandom random = random(n, 1);
        String[] outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        Instant published = start.plus(Duration.ofMinutes(30L * n));
        String title = headline(random);
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return new Clip(uuid(n, 1), "https://www." + outlet[2] + "/" + published.toString().substring(0, 10) + "/"
                + slug + "-" + n, null, title, "By " + name(random), outlet[0], published, null, "en",
                paragraphs(random, 800), published.plus(Duration.ofMinutes(20)));
    }

    /** The {@code n}th story, a 200-word summary of {@code clip}, updated some minutes after it was captured. */
    public Story story(int n, Clip clip) {
        SplittableRandom random = random(n, 2);
        String[] outlet = outletOf(clip.siteName());
        String body = paragraphs(random, 200).stripTrailing();
        body = body.substring(0, body.length() - 1) + ", " + outlet[1] + " reports.";
        Instant created = clip.capturedAt().plus(Duration.ofMinutes(5));
        List<String> people = people();
        String author = people.get(random.nextInt(people.size()));
        return new Story(storyId(n), headline(random), body, List.of(clip.id()), outlet[0], Outlet.reports(outlet[1]),
                SECTIONS[random.nextInt(SECTIONS.length)], List.of(word(40 + random.nextInt(200)),
                PLACES[random.nextInt(PLACES.length)]), author, status(random), 0, created,
                created.plus(Duration.ofMinutes(1 + random.nextInt(600))), author);
    }

    /** The id the {@code n}th story gets. */
    public UUID storyId(int n) {
        return uuid(n, 2);
    }

    /** An editor's note on a story. */
    public String comment(int n) {
        return sentence(random(n, 3));
    }

    /** About 200 words of text in paragraphs, for revisions and free use. */
    public String summary(int n) {
        return paragraphs(random(n, 4), 200);
    }

    /**
     * At least {@code count} search queries of the kinds people type: single words (common to rare), names,
     * places, two-word phrases taken from the text, and prefixes.
     */
    public List<String> queries(int count) {
        SplittableRandom random = random(count, 5);
        List<String> queries = new ArrayList<>();
        int kinds = 5;
        for (int i = 0; queries.size() < count; i++) {
            switch (i % kinds) {
                case 0 -> queries.add(vocabulary[FUNCTION_WORDS.length + random.nextInt(vocabulary.length
                        - FUNCTION_WORDS.length)]);
                case 1 -> queries.add(random.nextBoolean() ? LAST_NAMES[random.nextInt(LAST_NAMES.length)]
                        : PLACES[random.nextInt(PLACES.length)]);
                case 2 -> {
                    // Two neighbouring words of the text, not both as common as "of the": nobody searches for that.
                    String[] words = sentence(random).toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").split(" ");
                    List<String> pairs = new ArrayList<>();
                    for (int at = 0; at + 1 < words.length; at++) {
                        if (!isFunctionWord(words[at]) || !isFunctionWord(words[at + 1])) {
                            pairs.add(words[at] + " " + words[at + 1]);
                        }
                    }
                    if (!pairs.isEmpty()) {
                        queries.add("\"" + pairs.get(random.nextInt(pairs.size())) + "\"");
                    }
                }
                case 3 -> {
                    String word = vocabulary[20 + random.nextInt(vocabulary.length - 20)];
                    queries.add(word.substring(0, Math.min(word.length(), 3 + random.nextInt(2))) + "*");
                }
                default -> queries.add(vocabulary[FUNCTION_WORDS.length + random.nextInt(200)] + " "
                        + vocabulary[FUNCTION_WORDS.length + random.nextInt(vocabulary.length
                        - FUNCTION_WORDS.length)]);
            }
        }
        return queries;
    }

    /**
     * A saved news page of about {@code bytes} characters: the article among navigation, scripts, styles,
     * related links and comments, as a real page has them.
     */
    public String newsPage(int n, int bytes) {
        SplittableRandom random = random(n, 6);
        Clip clip = clip(n);
        StringBuilder page = new StringBuilder(bytes + 4096);
        page.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(clip.title()).append(" | ").append(clip.siteName()).append("</title>")
                .append("<meta property=\"og:title\" content=\"").append(clip.title()).append("\">")
                .append("<meta property=\"og:site_name\" content=\"").append(clip.siteName()).append("\">")
                .append("<link rel=\"canonical\" href=\"").append(clip.url()).append("\">")
                .append("<meta property=\"article:published_time\" content=\"").append(clip.publishedTime())
                .append("\"><style>");
        while (page.length() < bytes / 8) {
            page.append(".c").append(page.length()).append("{margin:0 auto;padding:4px 8px;color:#333;"
                    + "font:16px/1.5 Georgia,serif}");
        }
        page.append("</style><script>window.dataLayer=window.dataLayer||[];");
        while (page.length() < bytes / 4) {
            page.append("dataLayer.push({event:'view',id:").append(page.length()).append(",section:'news'});");
        }
        page.append("</script></head><body><header><nav><ul>");
        for (String section : SECTIONS) {
            page.append("<li><a href=\"/section/").append(section.toLowerCase(Locale.ROOT).replace(' ', '-'))
                    .append("\">").append(section).append("</a></li>");
        }
        page.append("</ul></nav></header><main><article><h1>").append(clip.title()).append("</h1>")
                .append("<p class=\"byline\">").append(clip.byline()).append("</p>")
                .append("<time datetime=\"").append(clip.publishedTime()).append("\"></time>");
        for (String paragraph : clip.text().split("\n\n")) {
            page.append("<p>").append(paragraph).append("</p>");
        }
        page.append("</article><aside class=\"related\"><h2>Related</h2><ul>");
        int link = 0;
        while (page.length() < bytes * 3 / 4) {
            page.append("<li><a href=\"/news/").append(n).append('-').append(link++).append("\">")
                    .append(headline(random)).append("</a></li>");
        }
        page.append("</ul></aside><section class=\"comments\">");
        while (page.length() < bytes - 200) {
            page.append("<div class=\"comment\"><b>").append(name(random)).append("</b><p>")
                    .append(sentence(random)).append("</p></div>");
        }
        page.append("</section></main><footer><p>Copyright ").append(clip.siteName())
                .append("</p></footer></body></html>");
        return page.toString();
    }

    private static boolean isFunctionWord(String word) {
        return List.of(FUNCTION_WORDS).contains(word);
    }

    private static String[] outletOf(String name) {
        for (String[] outlet : OUTLETS) {
            if (outlet[0].equals(name)) {
                return outlet;
            }
        }
        return OUTLETS[0];
    }

    private static StoryStatus status(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return StoryStatus.PUBLISHED;
        }
        if (roll < 80) {
            return StoryStatus.APPROVED;
        }
        if (roll < 90) {
            return StoryStatus.SUBMITTED;
        }
        return roll < 95 ? StoryStatus.DRAFT : StoryStatus.SPIKED;
    }

    private SplittableRandom random(int n, int stream) {
        return new SplittableRandom(seed * 1_000_003L + n * 31L + stream);
    }

    private UUID uuid(int n, int stream) {
        SplittableRandom random = random(n, stream + 100);
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    private String pick(SplittableRandom random) {
        double roll = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < roll) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return vocabulary[low];
    }

    private static String name(SplittableRandom random) {
        return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
    }

    private String headline(SplittableRandom random) {
        StringBuilder headline = new StringBuilder();
        int words = 6 + random.nextInt(7);
        for (int i = 0; i < words; i++) {
            String word = i == 2 && random.nextInt(3) == 0 ? PLACES[random.nextInt(PLACES.length)] : pick(random);
            headline.append(i == 0 ? capitalized(word) : " " + word);
        }
        return headline.toString();
    }

    private String sentence(SplittableRandom random) {
        StringBuilder sentence = new StringBuilder();
        int words = 8 + random.nextInt(18);
        for (int i = 0; i < words; i++) {
            int roll = random.nextInt(40);
            String word = roll == 0 ? name(random) : roll == 1 ? PLACES[random.nextInt(PLACES.length)] : pick(random);
            if (i == 0) {
                sentence.append(capitalized(word));
            } else {
                sentence.append(i > 3 && random.nextInt(12) == 0 ? ", " : " ").append(word);
            }
        }
        return sentence.append('.').toString();
    }

    /** About {@code words} words in paragraphs of three to six sentences, separated by blank lines. */
    private String paragraphs(SplittableRandom random, int words) {
        StringBuilder text = new StringBuilder(words * 7);
        int written = 0;
        while (written < words) {
            int sentences = 3 + random.nextInt(4);
            for (int i = 0; i < sentences && written < words; i++) {
                String sentence = sentence(random);
                written += sentence.split(" ").length;
                text.append(i == 0 ? "" : " ").append(sentence);
            }
            text.append("\n\n");
        }
        return text.toString().strip();
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
