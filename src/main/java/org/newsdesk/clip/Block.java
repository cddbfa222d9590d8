package org.newsdesk.clip;

/** One block of an article's written-out text (paragraph, heading, list item, table row), with its link share. */
record Block(String text, Kind kind, int linkChars, int chars) {
    enum Kind { PARAGRAPH, HEADING, ITEM, ROW, PRE }
}
