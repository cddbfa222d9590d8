package org.newsdesk.clip;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How sure the extractor is that a clip's text is the whole article, from 0 to 1: from the share of the page's
 * paragraph text it kept, the length of what it kept, whether the page named a title, and, when the page states
 * its article body in structured data, whether that body agrees with the text.
 */
public final class Confidence {
    /** Below this a writer should check the clip against the original page. */
    public static final double LOW = org.newsdesk.model.Clip.LOW_CONFIDENCE;

    private Confidence() {
    }

    /** Whether {@code confidence} is low enough that the original deserves a look; unknown (null) is not low. */
    public static boolean isLow(Double confidence) {
        return confidence != null && confidence < LOW;
    }

    /**
     * @param text the extracted main text
     * @param pageParagraphChars the length of all paragraph text on the page, before anything was removed
     * @param articleBody the structured-data article body, or null when the page states none
     * @param titled whether a title was found
     */
    static double of(String text, int pageParagraphChars, String articleBody, boolean titled) {
        int chars = text.length();
        if (chars == 0) {
            return 0;
        }
        double confidence = 0.9;
        int words = PageMetadata.words(text);
        if (words < 60) {
            confidence -= 0.45;
        } else if (words < 150) {
            confidence -= 0.2;
        }
        if (pageParagraphChars > 0) {
            double kept = Math.min(1.0, (double) chars / pageParagraphChars);
            if (kept < 0.15) {
                confidence -= 0.3;
            } else if (kept < 0.3) {
                confidence -= 0.15;
            }
        }
        if (!titled) {
            confidence -= 0.1;
        }
        if (articleBody != null && !articleBody.isBlank()) {
            double agreement = agreement(articleBody, text);
            if (agreement >= 0.8) {
                confidence = Math.max(confidence, 0.95);
            } else if (agreement < 0.5) {
                // The page says its article is something else: the text is likely a teaser or the wrong box.
                confidence -= 0.4;
            }
        }
        return Math.max(0.05, Math.min(1.0, confidence));
    }

    /** The share of the structured body's distinct words that the text also holds. */
    static double agreement(String articleBody, String text) {
        Set<String> body = words(articleBody);
        if (body.isEmpty()) {
            return 0;
        }
        Set<String> kept = words(text);
        int shared = 0;
        for (String word : body) {
            shared += kept.contains(word) ? 1 : 0;
        }
        return (double) shared / body.size();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2) {
                words.add(word);
            }
        }
        return words;
    }
}
