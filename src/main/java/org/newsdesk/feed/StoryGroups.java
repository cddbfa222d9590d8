package org.newsdesk.feed;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds items that report the same story: the same link (by its comparison key), or headlines that are the same
 * or nearly so (at least 80% of their words shared, four words or more). Candidates are paired through their
 * longest words, so grouping a few thousand items stays fast.
 */
public final class StoryGroups {
    static final double NEAR = 0.8;
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "in", "on", "to", "for", "and",
            "or", "at", "by", "with", "from", "as", "is", "are", "was", "were", "be", "after", "over", "its", "it");

    private StoryGroups() {
    }

    /** What grouping needs of an item: its position's key, its link key (may be null) and its headline. */
    public record Member(String linkKey, String headline) {
    }

    /**
     * The group of each member, as an index into {@code members} of the group's first member (its own index when
     * it stands alone).
     */
    public static int[] group(List<Member> members) {
        int[] parent = new int[members.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byLink = new HashMap<>();
        Map<String, Integer> byHeadline = new HashMap<>();
        Map<String, List<Integer>> blocks = new HashMap<>();
        List<Set<String>> words = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            if (member.linkKey() != null && !member.linkKey().isBlank()) {
                Integer earlier = byLink.putIfAbsent(member.linkKey(), i);
                if (earlier != null) {
                    union(parent, earlier, i);
                }
            }
            Set<String> tokens = tokens(member.headline());
            words.add(tokens);
            if (tokens.isEmpty()) {
                continue;
            }
            String normalised = String.join(" ", tokens);
            Integer same = byHeadline.putIfAbsent(normalised, i);
            if (same != null) {
                union(parent, same, i);
            }
            if (tokens.size() >= 4) {
                for (String key : blockKeys(tokens)) {
                    blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
        }
        Set<Long> compared = new HashSet<>();
        for (List<Integer> block : blocks.values()) {
            for (int a = 0; a < block.size(); a++) {
                for (int b = a + 1; b < block.size(); b++) {
                    int i = block.get(a);
                    int j = block.get(b);
                    if (find(parent, i) == find(parent, j) || !compared.add(((long) i << 32) | j)) {
                        continue;
                    }
                    if (similarity(words.get(i), words.get(j)) >= NEAR) {
                        union(parent, i, j);
                    }
                }
            }
        }
        int[] groups = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            groups[i] = find(parent, i);
        }
        return groups;
    }

    /** The headline's words, lower case, without accents, punctuation or small words, in order. */
    static Set<String> tokens(String headline) {
        if (headline == null) {
            return Set.of();
        }
        String folded = Normalizer.normalize(headline, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace("\u2019", "'").replaceAll("'s\\b", "");
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !SMALL_WORDS.contains(word)) {
                tokens.add(word);
            }
        }
        return tokens;
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String word : a) {
            if (b.contains(word)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** Pairs of the three longest words: two headlines sharing 80% of their words share at least one such pair. */
    private static List<String> blockKeys(Set<String> tokens) {
        List<String> longest = new ArrayList<>(tokens);
        longest.sort((x, y) -> y.length() != x.length() ? y.length() - x.length() : x.compareTo(y));
        List<String> top = longest.subList(0, Math.min(3, longest.size()));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            for (int j = i + 1; j < top.size(); j++) {
                String x = top.get(i);
                String y = top.get(j);
                keys.add(x.compareTo(y) < 0 ? x + " " + y : y + " " + x);
            }
        }
        return keys;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = find(parent, a);
        int rootB = find(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
