package org.newsdesk.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The newsroom's house style: a small editable file of rules, each a pattern, what to write instead and why
 * ({@code house-style.txt}; the default set for a US digest ships with Newsdesk). Rules are checked in the prose of
 * a summary (link addresses and quotations left alone: a quotation stays as the source has it).
 */
public final class HouseStyle {
    /** The file name looked for in the newsroom's template folder. */
    public static final String FILE_NAME = "house-style.txt";
    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine"};

    /** One rule of the file. */
    public record Rule(String id, Pattern pattern, String suggest, String why) {
    }

    private final List<Rule> rules;

    private HouseStyle(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The default rules shipped with Newsdesk. */
    public static HouseStyle defaults() {
        try (InputStream in = HouseStyle.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("The default house style is missing from the application.");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a rule file; a bad rule is refused with one sentence naming its line.
     *
     * @throws IllegalArgumentException when a rule lacks a pattern or why, or its pattern does not compile
     */
    public static HouseStyle parse(String text) {
        List<Rule> rules = new ArrayList<>();
        String id = null;
        String pattern = null;
        String suggest = "";
        String why = null;
        int ruleLine = 0;
        String[] lines = text.split("\\R", -1);
        for (int n = 0; n <= lines.length; n++) {
            String line = n < lines.length ? lines[n].strip() : "[";
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (id != null) {
                    rules.add(rule(id, pattern, suggest, why, ruleLine));
                }
                if (n == lines.length) {
                    break;
                }
                if (!line.endsWith("]") || line.length() < 3) {
                    throw new IllegalArgumentException("Line " + (n + 1) + " of the house style should name a rule"
                            + " as [id].");
                }
                id = line.substring(1, line.length() - 1).strip();
                pattern = null;
                suggest = "";
                why = null;
                ruleLine = n + 1;
                continue;
            }
            int equals = line.indexOf('=');
            if (id == null || equals < 0) {
                throw new IllegalArgumentException("Line " + (n + 1) + " of the house style is neither a rule name,"
                        + " nor pattern =, suggest = or why =.");
            }
            String key = line.substring(0, equals).strip();
            String value = unquote(line.substring(equals + 1).strip());
            switch (key) {
                case "pattern" -> pattern = value;
                case "suggest" -> suggest = value;
                case "why" -> why = value;
                default -> throw new IllegalArgumentException("Line " + (n + 1) + " of the house style has an"
                        + " unknown key \"" + key + "\" (pattern, suggest or why).");
            }
        }
        return new HouseStyle(rules);
    }

    private static Rule rule(String id, String pattern, String suggest, String why, int line) {
        if (pattern == null || pattern.isEmpty() || why == null || why.isEmpty()) {
            throw new IllegalArgumentException("The house style rule [" + id + "] on line " + line
                    + " needs both a pattern and a why.");
        }
        try {
            return new Rule(id, Pattern.compile(pattern), suggest, why);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("The pattern of house style rule [" + id + "] on line " + line
                    + " is not a valid regular expression: " + e.getDescription() + ".");
        }
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /**
     * The house style findings in {@code prose} (same offsets as the text it came from), skipping the rules in
     * {@code rulesOff} and every span that overlaps one of {@code leaveAlone} (quotations, link addresses).
     */
    List<Finding> check(String prose, String text, List<int[]> leaveAlone, Set<String> rulesOff) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (rulesOff.contains(rule.id())) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(prose);
            while (matcher.find()) {
                if (matcher.end() == matcher.start() || overlaps(matcher.start(), matcher.end(), leaveAlone)) {
                    continue;
                }
                String suggestion = suggestion(rule.suggest(), matcher);
                findings.add(new Finding(Finding.Kind.STYLE, matcher.start(), matcher.end(),
                        text.substring(matcher.start(), matcher.end()), rule.why() + " [" + rule.id() + "]", "",
                        List.of(suggestion)));
            }
        }
        return findings;
    }

    private static boolean overlaps(int start, int end, List<int[]> spans) {
        for (int[] span : spans) {
            if (start < span[1] && span[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static String suggestion(String template, Matcher matcher) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '$' && template.startsWith("words", i + 1) && i + 6 < template.length()
                    && Character.isDigit(template.charAt(i + 6))) {
                String figure = group(matcher, template.charAt(i + 6) - '0');
                out.append(figure.length() == 1 ? NUMBER_WORDS[figure.charAt(0) - '0'] : figure);
                i += 6;
            } else if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                out.append(group(matcher, template.charAt(i + 1) - '0'));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String group(Matcher matcher, int group) {
        String value = group <= matcher.groupCount() ? matcher.group(group) : null;
        return value == null ? "" : value;
    }
}
