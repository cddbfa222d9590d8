package org.newsdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * The {@code --json} form of what a command lists or shows: records become objects with their component names,
 * times, dates, ids and enums become their ISO or plain text, so scripts read the same fields the model has.
 */
final class JsonOut {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonOut() {
    }

    /** One compact line of JSON for {@code value}. */
    static String line(Object value) {
        try {
            return JSON.writeValueAsString(tree(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON.", e);
        }
    }

    /** An object with {@code value}'s fields and then {@code extra}'s (which win on a clash). */
    static ObjectNode with(Object value, Map<String, ?> extra) {
        ObjectNode node = (ObjectNode) tree(value);
        extra.forEach((key, field) -> node.set(key, tree(field)));
        return node;
    }

    static JsonNode tree(Object value) {
        if (value == null) {
            return JSON.nullNode();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof Boolean flag) {
            return JSON.getNodeFactory().booleanNode(flag);
        }
        if (value instanceof Integer || value instanceof Long) {
            return JSON.getNodeFactory().numberNode(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return JSON.getNodeFactory().numberNode(number.doubleValue());
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = JSON.createArrayNode();
            items.forEach(item -> array.add(tree(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = JSON.createObjectNode();
            map.forEach((key, field) -> object.set(String.valueOf(key), tree(field)));
            return object;
        }
        if (value instanceof Record record) {
            ObjectNode object = JSON.createObjectNode();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    object.set(component.getName(), tree(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Could not read " + component.getName() + ".", e);
                }
            }
            return object;
        }
        return JSON.getNodeFactory().textNode(value.toString());
    }
}
