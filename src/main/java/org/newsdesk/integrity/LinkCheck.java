package org.newsdesk.integrity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.SourceUrl;

/**
 * The link check: every link of a summary is an absolute http(s) or mailto address, and a link that claims to be the
 * source (its text says "full story" or names the outlet, or it goes to the clip's site) goes to the clip's article.
 */
final class LinkCheck {
    private static final Pattern CLAIMS_SOURCE = Pattern.compile(
            "\\b(full story|full article|original (story|article|report)|source|read (more|the story|the article)"
                    + "|continue reading)\\b", Pattern.CASE_INSENSITIVE);

    private LinkCheck() {
    }

    static List<Finding> check(ParsedSummary summary, List<Clip> clips, Outlet outlet) {
        List<Finding> findings = new ArrayList<>();
        Set<String> clipKeys = new HashSet<>();
        Set<String> sourceDomains = new HashSet<>();
        for (Clip clip : clips) {
            clipKeys.add(SourceUrl.key(clip.url()));
            clipKeys.add(SourceUrl.key(clip.sourceUrl()));
            sourceDomains.add(SourceUrl.domain(clip.url()));
            sourceDomains.add(SourceUrl.domain(clip.sourceUrl()));
        }
        if (outlet != null) {
            outlet.domains().forEach(domain -> sourceDomains.add(bare(domain)));
        }
        sourceDomains.remove("");
        for (ParsedSummary.MarkdownLink link : summary.links) {
            String destination = link.destination().strip();
            String shown = summary.body.substring(link.start(), link.end());
            if (!isAbsolute(destination)) {
                findings.add(new Finding(Finding.Kind.LINK, link.start(), link.end(), shown,
                        "The link to \"" + destination + "\" is not an absolute http(s) or mailto address.", ""));
            } else if (!clips.isEmpty() && !link.image() && !destination.toLowerCase(Locale.ROOT).startsWith("mailto:")
                    && claimsSource(link, destination, outlet, sourceDomains)
                    && !clipKeys.contains(SourceUrl.key(destination))) {
                String source = clips.get(0).sourceUrl();
                findings.add(new Finding(Finding.Kind.LINK, link.start(), link.end(), shown,
                        "The link \"" + link.text() + "\" goes to " + destination + ", not to the clip's source.",
                        source));
            }
        }
        return findings;
    }

    static boolean isAbsolute(String destination) {
        try {
            URI uri = new URI(destination);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return switch (scheme) {
                case "http", "https" -> uri.getHost() != null && !uri.getHost().isBlank();
                case "mailto" -> uri.getSchemeSpecificPart() != null && uri.getSchemeSpecificPart().contains("@");
                default -> false;
            };
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean claimsSource(ParsedSummary.MarkdownLink link, String destination, Outlet outlet,
                                        Set<String> sourceDomains) {
        String text = link.text().toLowerCase(Locale.ROOT);
        if (CLAIMS_SOURCE.matcher(text).find() || sourceDomains.contains(SourceUrl.domain(destination))) {
            return true;
        }
        return outlet != null
                && (text.contains(withoutThe(outlet.name())) || text.contains(withoutThe(outlet.attribution())));
    }

    private static String withoutThe(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }

    private static String bare(String domain) {
        String lower = domain.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }
}
