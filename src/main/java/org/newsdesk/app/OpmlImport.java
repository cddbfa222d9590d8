package org.newsdesk.app;

/** What importing an OPML file did: feeds subscribed, and feeds skipped because they were followed already. */
public record OpmlImport(int added, int alreadyFollowed) {
    public String describe() {
        return (added == 1 ? "1 feed added" : added + " feeds added") + (alreadyFollowed == 0 ? ""
                : ", " + alreadyFollowed + " already followed") + ".";
    }
}
