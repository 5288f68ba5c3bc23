package org.xueji.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * The part of Vaadin Flow's client-side state tree that a virtual user needs: for each node its tag,
 * its attributes (to find elements by their {@code id}) and its DOM event listeners (whose names and
 * event-data expressions are what the browser sends back). Kept up to date from the "changes" of
 * every UIDL response, the way flow-client does, so that no node number is ever hard-coded.
 */
final class NodeTree {

    /** Feature ids of com.vaadin.flow.internal.nodefeature.NodeFeatureRegistry. */
    private static final int ELEMENT_DATA = 0;
    private static final int ELEMENT_ATTRIBUTES = 3;
    private static final int ELEMENT_LISTENERS = 4;

    static final class Node {
        String tag;
        final Map<String, String> attributes = new HashMap<>();
        /** Event name to the key of its event-data expressions in the message's "constants". */
        final Map<String, String> listeners = new HashMap<>();
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode c : changes) {
            int id = c.path("node").asInt();
            switch (c.path("type").asText()) {
                case "attach" -> nodes.computeIfAbsent(id, k -> new Node());
                case "detach" -> nodes.remove(id);
                case "put" -> put(nodes.computeIfAbsent(id, k -> new Node()), c);
                case "remove" -> {
                    Node n = nodes.get(id);
                    if (n != null && c.path("feat").asInt() == ELEMENT_ATTRIBUTES) {
                        n.attributes.remove(c.path("key").asText());
                    } else if (n != null && c.path("feat").asInt() == ELEMENT_LISTENERS) {
                        n.listeners.remove(c.path("key").asText());
                    }
                }
                default -> {
                    // splice / clear of lists (children, class names, ...): not needed to find elements
                }
            }
        }
    }

    private static void put(Node n, JsonNode c) {
        String key = c.path("key").asText();
        JsonNode value = c.get("value");
        switch (c.path("feat").asInt()) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key) && value != null) {
                    n.tag = value.asText();
                }
            }
            case ELEMENT_ATTRIBUTES -> n.attributes.put(key, value == null ? null : value.asText());
            case ELEMENT_LISTENERS -> n.listeners.put(key, value == null ? null : value.asText());
            default -> {
            }
        }
    }

    /**
     * The attached element whose {@code id} attribute is {@code elementId}, or -1. Should a view
     * that was replaced still hold one, the newest node (the highest number) wins.
     */
    int byElementId(String elementId) {
        int found = -1;
        for (Map.Entry<Integer, Node> e : nodes.entrySet()) {
            if (elementId.equals(e.getValue().attributes.get("id")) && e.getKey() > found) {
                found = e.getKey();
            }
        }
        return found;
    }

    Node node(int id) {
        return nodes.get(id);
    }

    int size() {
        return nodes.size();
    }
}
