package org.newsdesk.clip;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The JSON-LD a page states in its {@code ld+json} scripts, and the article object among it. */
final class LinkedData {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final int MAX_JSON_CHARS = 2_000_000;
    private static final String[] ARTICLE_TYPES = {"article", "posting", "report", "newsarticle"};

    private final Map<String, JsonNode> byId = new HashMap<>();
    private final List<JsonNode> jsonObjects = new ArrayList<>();
    private final JsonNode article;

    /** Reads every JSON-LD script; a broken one is passed over. */
    LinkedData(List<Element> scripts) {
        article = readJsonLd(scripts);
    }

    /** The object that best describes the article (a NewsArticle with a headline before a WebPage), or null. */
    JsonNode article() {
        return article;
    }

    /** Every JSON object the page states, nested ones too, in the order read. */
    List<JsonNode> objects() {
        return jsonObjects;
    }

    private JsonNode readJsonLd(List<Element> scripts) {
        for (Element script : scripts) {
            String data = script.data().strip();
            if (data.isEmpty() || data.length() > MAX_JSON_CHARS) {
                continue;
            }
            try {
                collect(JSON.readTree(data));
            } catch (Exception e) {
                // A broken JSON-LD block is common; the page still has its meta tags and text.
            }
        }
        JsonNode best = null;
        int bestRank = 0;
        for (JsonNode node : jsonObjects) {
            int rank = articleRank(node);
            if (rank > bestRank) {
                best = node;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Gathers every JSON object in the tree (arrays, @graph, nested values), without recursion. */
    private void collect(JsonNode root) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        todo.push(root);
        depths.push(0);
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            int depth = depths.pop();
            if (depth > 8 || jsonObjects.size() > 500) {
                continue;
            }
            if (node.isArray()) {
                for (JsonNode item : node) {
                    todo.push(item);
                    depths.push(depth + 1);
                }
            } else if (node.isObject()) {
                jsonObjects.add(node);
                String id = node.path("@id").asText("");
                if (!id.isEmpty() && node.size() > 1) {
                    byId.putIfAbsent(id, node);
                }
                for (JsonNode value : node) {
                    if (value.isContainerNode()) {
                        todo.push(value);
                        depths.push(depth + 1);
                    }
                }
            }
        }
    }

    private static int articleRank(JsonNode node) {
        String types = types(node);
        boolean articleType = false;
        for (String type : ARTICLE_TYPES) {
            articleType |= types.contains(type);
        }
        if (!articleType) {
            return types.contains("webpage") && node.has("headline") ? 1 : 0;
        }
        return 2 + (node.has("headline") ? 2 : 0) + (node.has("articleBody") ? 1 : 0)
                + (types.contains("news") ? 1 : 0);
    }

    /** The node's {@code @type} or types, in lower case, separated by spaces. */
    static String types(JsonNode node) {
        JsonNode type = node.path("@type");
        StringBuilder all = new StringBuilder();
        if (type.isArray()) {
            type.forEach(t -> all.append(t.asText("")).append(' '));
        } else {
            all.append(type.asText(""));
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    /** The node itself, or the object its {@code @id} reference points to. */
    JsonNode resolved(JsonNode node) {
        if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
            JsonNode target = byId.get(node.path("@id").asText(""));
            return target == null ? node : target;
        }
        return node;
    }

    /** The article's {@code field} as cleaned text (a name when it is an object), or null. */
    String articleText(String field) {
        if (article == null) {
            return null;
        }
        JsonNode value = article.get(field);
        if (value == null) {
            return null;
        }
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        String text = value.isValueNode() ? value.asText("") : resolved(value).path("name").asText("");
        return PageMetadata.clean(text);
    }
}
