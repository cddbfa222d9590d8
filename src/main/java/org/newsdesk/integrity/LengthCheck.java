package org.newsdesk.integrity;

import java.util.List;

/** The length check: the words a reader sees (link addresses and markup not counted) within the newsroom's target. */
final class LengthCheck {
    private LengthCheck() {
    }

    static List<Finding> check(ParsedSummary summary, CheckContext context) {
        int words = summary.visibleWordCount;
        if (words >= context.minWords() && words <= context.maxWords()) {
            return List.of();
        }
        return List.of(Finding.about(Finding.Kind.LENGTH, "The summary has " + words + " word" + (words == 1 ? "" : "s")
                + (words < context.minWords() ? ", fewer than " : ", more than ")
                + (words < context.minWords() ? context.minWords() : context.maxWords())
                + " (the target is " + context.minWords() + "–" + context.maxWords() + ")."));
    }
}
