package org.newsdesk.sync;

import java.util.Map;

/** How a sync names changes for people: "Ed approved “Fentanyl talks”", "the feed …", "your submission". */
final class ChangeWords {
    private ChangeWords() {
    }

    /** Whether a colleague's change is worth a notice on this desk (a save of a draft is not). */
    static boolean isNotable(TeamServer.Change change) {
        return switch (change.kind()) {
            case "story" -> !change.action().equals("SAVE") && !change.action().equals("CREATE");
            case "comment", "edition" -> true;
            case "wire" -> change.action().equals("CLIP");
            default -> false;
        };
    }

    static String verb(String action) {
        return switch (action) {
            case "SUBMIT" -> "submitted";
            case "WITHDRAW" -> "withdrew";
            case "APPROVE" -> "approved";
            case "RETURN" -> "returned";
            case "SPIKE" -> "spiked";
            case "RESTORE" -> "restored";
            case "PUBLISH" -> "published";
            case "CREATE" -> "created";
            case "ADD" -> "added";
            case "DELETE" -> "deleted";
            case "CLIP" -> "clipped";
            case "DISMISS" -> "dismissed";
            default -> "edited";
        };
    }

    /** The change a person made, as in "your submission was not accepted". */
    static String noun(String action) {
        return switch (action) {
            case "SUBMIT" -> "submission";
            case "WITHDRAW" -> "withdrawal";
            case "APPROVE" -> "approval";
            case "RETURN" -> "return";
            case "SPIKE" -> "spike";
            case "RESTORE" -> "restoration";
            case "PUBLISH" -> "publication";
            case "CREATE", "ADD" -> "addition";
            case "DELETE" -> "removal";
            case "CLIP" -> "clip";
            case "DISMISS" -> "dismissal";
            default -> "change";
        };
    }

    static String describe(String kind, Map<String, Object> record) {
        return switch (kind) {
            case "story" -> "\u201c" + text(record, "headline") + "\u201d";
            case "edition" -> "the edition of " + text(record, "date");
            case "person" -> text(record, "name");
            case "outlet" -> "the outlet " + text(record, "name");
            case "setting" -> "the setting " + text(record, "key");
            case "clip" -> "the clip \u201c" + text(record, "title") + "\u201d";
            case "feed" -> "the feed " + text(record, "url");
            case "watch" -> "the watch-word \u201c" + text(record, "term") + "\u201d";
            case "word" -> "\u201c" + text(record, "word") + "\u201d in the newsroom dictionary";
            case "wire" -> "the wire item \u201c" + text(record, "headline") + "\u201d";
            default -> "a " + kind;
        };
    }

    static String text(Map<String, Object> record, String field) {
        Object value = record.get(field);
        return value == null ? "" : value.toString();
    }

    static long number(Object value) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
    }
}
