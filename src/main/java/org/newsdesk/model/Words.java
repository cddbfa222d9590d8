package org.newsdesk.model;

/** Counts words the way an editor does: runs of letters or digits, with apostrophes and hyphens inside a word. */
public final class Words {
    private Words() {
    }

    public static int count(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c)
                    || (inWord && (c == '\'' || c == '\u2019' || c == '-') && i + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(i + 1)));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }
}
