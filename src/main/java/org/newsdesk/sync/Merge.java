package org.newsdesk.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Three-way merge of one record, field by field: a field changed only here keeps the local value, one changed only
 * on the server keeps the server's, and one changed on both sides keeps the server's (the caller keeps the local
 * text elsewhere and tells the person).
 */
final class Merge {
    /** The merged record and the fields that were changed differently on both sides. */
    record Result(Map<String, Object> merged, List<String> clashes) {
        boolean sameAs(Map<String, Object> server, List<String> fields) {
            return fields.stream().allMatch(field -> same(merged.get(field), server.get(field)));
        }
    }

    private Merge() {
    }

    /**
     * @param base   the server copy the local change was made from, or null when there is none (a new record)
     * @param fields the fields that belong to the person's edit; the rest come from the server
     */
    static Result fields(Map<String, Object> base, Map<String, Object> local, Map<String, Object> server,
                         List<String> fields) {
        Map<String, Object> merged = new LinkedHashMap<>(server);
        List<String> clashes = new ArrayList<>();
        for (String field : fields) {
            Object mine = local.get(field);
            Object theirs = server.get(field);
            if (same(mine, theirs)) {
                continue;
            }
            Object was = base == null ? null : base.get(field);
            if (base != null && same(theirs, was)) {
                merged.put(field, mine);
            } else if (base == null || !same(mine, was)) {
                clashes.add(field);
            }
        }
        return new Result(merged, clashes);
    }

    /**
     * An edition's items (story + section, in order): the server's list, without what was removed here and with
     * what was added here (at the end of its section's run), so two editors adding stories both keep theirs.
     */
    @SuppressWarnings("unchecked")
    static List<Object> items(List<Object> base, List<Object> local, List<Object> server) {
        Set<String> before = storyIds(base);
        Set<String> mine = storyIds(local);
        List<Object> merged = new ArrayList<>();
        for (Object item : server) {
            String story = String.valueOf(((Map<String, Object>) item).get("story"));
            if (before.contains(story) && !mine.contains(story)) {
                continue;
            }
            merged.add(item);
        }
        Set<String> present = storyIds(merged);
        for (Object item : local) {
            String story = String.valueOf(((Map<String, Object>) item).get("story"));
            if (!before.contains(story) && !present.contains(story)) {
                merged.add(item);
            }
        }
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> storyIds(List<Object> items) {
        Set<String> ids = new LinkedHashSet<>();
        if (items != null) {
            for (Object item : items) {
                ids.add(String.valueOf(((Map<String, Object>) item).get("story")));
            }
        }
        return ids;
    }

    /** Equal as the newsroom sees it: numbers by value, lists element by element, null and "" alike. */
    static boolean same(Object a, Object b) {
        Object x = normal(a);
        Object y = normal(b);
        return Objects.equals(x, y);
    }

    private static Object normal(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Merge::normal).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, normal(v)));
            return copy;
        }
        return value.toString();
    }
}
