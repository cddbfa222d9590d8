package org.newsdesk.ui.edition;

import java.util.UUID;

/**
 * One thing to fix before an edition goes out: the story it concerns (null for the edition as a whole), its
 * headline, what kind of problem it is ("not approved", "misquote", "link", …) and one sentence saying what is wrong.
 */
public record PreflightItem(UUID storyId, String headline, String kind, String message) {
}
