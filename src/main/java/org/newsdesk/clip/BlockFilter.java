package org.newsdesk.clip;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.clip.Block.Kind;

/**
 * Drops the written-out blocks that are not the article: boilerplate lines, link lists, timestamps, the title and
 * byline again, and whatever follows a "Related stories" marker.
 */
final class BlockFilter {
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

    private BlockFilter() {
    }

    /** The blocks that are the article's text, with the {@code title} and {@code byline} left out. */
    static List<Block> filter(List<Block> blocks, String title, String byline) {
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
}
