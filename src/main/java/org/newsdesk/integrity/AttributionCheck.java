package org.newsdesk.integrity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Story;

/**
 * The attribution check: a summary names the outlet its clip comes from, in the body or in its attribution line, and
 * credits no other. An outlet is named by its name or house-style attribution, with or without a leading "The"; a
 * short form ("the Journal", "WSJ") counts once the full name has appeared.
 */
final class AttributionCheck {
    private static final Pattern CREDIT_AFTER = Pattern.compile(
            "\\A\\W{0,3}\\s*(reports|reported|writes|wrote|says|said)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_BEFORE = Pattern.compile("according to\\s+\\z", Pattern.CASE_INSENSITIVE);

    private AttributionCheck() {
    }

    static List<Finding> check(Story story, List<Clip> clips, Outlet outlet, List<Outlet> known, ParsedSummary summary) {
        List<Finding> findings = new ArrayList<>();
        String line = story.attribution() == null ? "" : story.attribution().strip();
        Names expected = expectedNames(story, clips, outlet, known);
        if (expected == null) {
            if (line.isEmpty()) {
                findings.add(Finding.about(Finding.Kind.ATTRIBUTION,
                        "The story has no attribution line and no outlet to attribute it to."));
            }
            return findings;
        }
        boolean bodyNamesFull = expected.mentionsFull(summary.body);
        boolean lineNames = expected.mentionsFull(line)
                || ((bodyNamesFull || expected.mentionsFull(story.headline())) && expected.mentionsShort(line));
        if (line.isEmpty() && !bodyNamesFull) {
            findings.add(Finding.about(Finding.Kind.ATTRIBUTION,
                    "The summary never names " + expected.display + " and has no attribution line."));
        } else if (!line.isEmpty() && !lineNames) {
            Optional<Outlet> other = otherOutletIn(line, known, expected);
            findings.add(Finding.about(Finding.Kind.ATTRIBUTION, other.isPresent()
                    ? "The attribution line names " + other.get().name() + ", but the clip comes from "
                            + expected.display + "."
                    : "The attribution line \"" + line + "\" does not name " + expected.display
                            + ", the outlet of the clip."));
        }
        String credited = story.outlet() == null ? "" : story.outlet().strip();
        if (!credited.isEmpty() && expected.fromClip && !expected.isCalled(credited)) {
            findings.add(Finding.about(Finding.Kind.ATTRIBUTION, "The story is credited to " + credited
                    + ", but its clip comes from " + expected.display + "."));
        }
        if (!bodyNamesFull) {
            findings.addAll(creditsToOthers(summary, known, expected));
        }
        return findings;
    }

    /** The outlet the clips come from: the given outlet, the clips' site names, else the story's own outlet field. */
    private static Names expectedNames(Story story, List<Clip> clips, Outlet outlet, List<Outlet> known) {
        Set<String> full = new LinkedHashSet<>();
        String display = null;
        if (outlet != null) {
            full.add(outlet.name());
            full.add(outlet.attribution());
            display = outlet.name();
        }
        for (Clip clip : clips) {
            if (clip.siteName() != null && !clip.siteName().isBlank()) {
                full.add(clip.siteName().strip());
                display = display == null ? clip.siteName().strip() : display;
                knownAs(clip.siteName(), known).ifPresent(o -> full.add(o.attribution()));
            }
        }
        boolean fromClip = display != null;
        if (!fromClip && story.outlet() != null && !story.outlet().isBlank()) {
            full.add(story.outlet().strip());
            display = story.outlet().strip();
            knownAs(story.outlet(), known).ifPresent(o -> full.add(o.attribution()));
        }
        return display == null ? null : new Names(display, full, fromClip);
    }

    private static Optional<Outlet> knownAs(String name, List<Outlet> known) {
        String key = Names.key(name);
        return known.stream().filter(o -> Names.key(o.name()).equals(key)).findFirst();
    }

    private static Optional<Outlet> otherOutletIn(String text, List<Outlet> known, Names expected) {
        return known.stream().filter(o -> !expected.isCalled(o.name()))
                .filter(o -> new Names(o.name(), Set.copyOf(List.of(o.name(), o.attribution())), true).mentionsFull(text))
                .findFirst();
    }

    private static List<Finding> creditsToOthers(ParsedSummary summary, List<Outlet> known, Names expected) {
        List<Finding> findings = new ArrayList<>();
        for (Outlet other : known) {
            if (expected.isCalled(other.name())) {
                continue;
            }
            Names names = new Names(other.name(), Set.copyOf(List.of(other.name(), other.attribution())), true);
            for (Pattern pattern : names.full) {
                Matcher mention = pattern.matcher(summary.body);
                while (mention.find()) {
                    String before = summary.body.substring(Math.max(0, mention.start() - 20), mention.start());
                    String after = summary.body.substring(mention.end(), Math.min(summary.body.length(),
                            mention.end() + 20));
                    if (CREDIT_AFTER.matcher(after).find() || CREDIT_BEFORE.matcher(before).find()) {
                        findings.add(new Finding(Finding.Kind.ATTRIBUTION, mention.start(), mention.end(),
                                mention.group(), "The summary credits " + other.name() + ", but the clip comes from "
                                        + expected.display + ".", ""));
                    }
                }
            }
        }
        return findings;
    }

    /** The ways prose may name one outlet, as patterns over the original text. */
    private static final class Names {
        final String display;
        final boolean fromClip;
        final List<Pattern> full = new ArrayList<>();
        final List<Pattern> shortForms = new ArrayList<>();
        final Set<String> keys = new LinkedHashSet<>();

        Names(String display, Set<String> names, boolean fromClip) {
            this.display = display;
            this.fromClip = fromClip;
            for (String name : names) {
                String bare = key(name);
                if (bare.isEmpty() || !keys.add(bare)) {
                    continue;
                }
                full.add(phrase("(?:the\\s+)?" + words(bare)));
                String[] parts = bare.split(" ");
                if (parts.length >= 2) {
                    shortForms.add(phrase("the\\s+" + Pattern.quote(parts[parts.length - 1])));
                    StringBuilder initials = new StringBuilder();
                    for (String part : name.strip().split("\\s+")) {
                        if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))
                                && !part.equalsIgnoreCase("the")) {
                            initials.append(part.charAt(0));
                        }
                    }
                    if (initials.length() >= 2) {
                        shortForms.add(phrase(Pattern.quote(initials.toString())));
                    }
                }
            }
        }

        /** A name lower-cased, apostrophes made straight, spaces single, without a leading "the". */
        static String key(String name) {
            String key = name.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
            return key.startsWith("the ") ? key.substring(4) : key;
        }

        private static String words(String bare) {
            StringBuilder pattern = new StringBuilder();
            for (String word : bare.split(" ")) {
                if (pattern.length() > 0) {
                    pattern.append("\\s+");
                }
                pattern.append(Pattern.quote(word).replace("'", "\\E['’]\\Q"));
            }
            return pattern.toString();
        }

        private static Pattern phrase(String regex) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + regex + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        boolean mentionsFull(String text) {
            return text != null && full.stream().anyMatch(p -> p.matcher(text).find());
        }

        boolean mentionsShort(String text) {
            return text != null && shortForms.stream().anyMatch(p -> p.matcher(text).find());
        }

        boolean isCalled(String name) {
            return keys.contains(key(name));
        }
    }
}
