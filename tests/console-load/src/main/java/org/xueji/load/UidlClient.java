package org.xueji.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One browser tab of the console, speaking Vaadin Flow 24's protocol as flow-client does:
 * the page, the {@code ?v-r=init} bootstrap (csrf token, UI id, first UIDL), then UIDL POSTs
 * {@code {"csrfToken", "rpc", "syncId", "clientId"}} to {@code ?v-r=uidl&v-uiId=N}. Keeps the
 * session cookie, the sync and client ids and the {@link NodeTree}; answers the grid and combo box
 * connectors' {@code confirm(id)} with {@code $server.confirmUpdate(id)} as the browser does.
 *
 * <p>Every response that the real client would treat as a failure (HTTP status, appError,
 * sessionExpired, a resynchronisation, an unexpected client id) throws {@link UidlException}.
 */
final class UidlClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private final NodeTree tree = new NodeTree();
    private String cookie;
    private String csrfToken;
    private int uiId;
    private int syncId;
    private int clientId;
    private int promise;
    private int historyIndex;
    /** HTTP requests of all clients of this JVM, for the report's request rate. */
    static final java.util.concurrent.atomic.AtomicLong REQUESTS = new java.util.concurrent.atomic.AtomicLong();

    UidlClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    NodeTree tree() {
        return tree;
    }

    /** GET of the page and the bootstrap JSON, as the browser's first visit of {@code route}. */
    void open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = get(route);
        if (!page.body().contains("id=\"outlet\"")) {
            throw new UidlException("page " + route + " is not the console's index.html");
        }
        String query = "?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=";
        JsonNode init = JSON.readTree(get(query).body());
        JsonNode config = init.path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (uidl.isMissingNode() || !uidl.has("Vaadin-Security-Key")) {
            throw new UidlException("bootstrap without UIDL or csrf token: " + abbreviate(init.toString()));
        }
        uiId = config.path("v-uiId").asInt();
        csrfToken = uidl.get("Vaadin-Security-Key").asText();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        historyIndex = 0;
        tree.apply(uidl.get("changes"));
        // the client router then asks the server to render the route (Flow.ts: 'ui-navigate')
        navigate(route, "");
    }

    /**
     * Client-side navigation, e.g. a click on a menu entry: Flow.ts sends the 'ui-navigate'
     * event of the UI's root node with the route, the query and the history state.
     */
    JsonNode navigate(String route, String trigger) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", historyIndex++);
        data.put("trigger", trigger);
        return send(List.of(event(1, "ui-navigate", data)));
    }

    /** A click on an element, with the event data a mouse click carries. */
    JsonNode click(int node) throws IOException, InterruptedException {
        return send(List.of(clickEvent(node)));
    }

    static ObjectNode clickEvent(int node) {
        ObjectNode data = JSON.createObjectNode();
        for (String key : List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) {
            data.put(key, false);
        }
        data.put("event.detail", 1);
        data.put("event.button", 0);
        for (String key : List.of("event.clientX", "event.clientY", "event.screenX", "event.screenY")) {
            data.put(key, 0);
        }
        return event(node, "click", data);
    }

    /** Typing into a text field and leaving it: the value property, then its 'change' event. */
    JsonNode type(int node, String value) throws IOException, InterruptedException {
        return send(List.of(sync(node, "value", JSON.getNodeFactory().textNode(value)),
                event(node, "change", JSON.createObjectNode())));
    }

    static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", name);
        rpc.set("data", data);
        return rpc;
    }

    static ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", 1);
        rpc.put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    /** A {@code $server.method(args)} call of a @ClientCallable method. */
    ObjectNode published(int node, String method, JsonNode... args) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        ArrayNode a = rpc.putArray("templateEventMethodArgs");
        for (JsonNode arg : args) {
            a.add(arg);
        }
        rpc.put("promise", promise++);
        return rpc;
    }

    /** One UIDL request and its checks; returns the response message. */
    JsonNode send(List<ObjectNode> rpc) throws IOException, InterruptedException {
        JsonNode response = post(rpc);
        // what flow-client sends right after handling the response, as its own request
        List<ObjectNode> confirms = confirmations(response);
        if (!confirms.isEmpty()) {
            post(confirms);
        }
        return response;
    }

    /** The logout: the server ends the session and answers with sessionExpired and a redirect. */
    JsonNode sendExpectingSessionEnd(List<ObjectNode> rpc) throws IOException, InterruptedException {
        ObjectNode body = body(rpc);
        JsonNode message = parse(postRaw(body));
        if (!message.path("meta").path("sessionExpired").asBoolean(false)) {
            throw new UidlException("logout did not end the session: " + abbreviate(message.toString()));
        }
        cookie = null;
        return message;
    }

    private JsonNode post(List<ObjectNode> rpc) throws IOException, InterruptedException {
        JsonNode message = parse(postRaw(body(rpc)));
        check(message);
        syncId = message.path("syncId").asInt(syncId);
        clientId++;
        tree.apply(message.get("changes"));
        return message;
    }

    private ObjectNode body(List<ObjectNode> rpc) {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        body.putArray("rpc").addAll(rpc);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        return body;
    }

    private String postRaw(ObjectNode body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        return exchange(b).body();
    }

    private void check(JsonNode message) {
        JsonNode meta = message.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new UidlException("sessionExpired");
        }
        if (meta.has("appError")) {
            throw new UidlException("appError: " + abbreviate(meta.get("appError").toString()));
        }
        if (meta.has("async")) {
            throw new UidlException("async message (server pushed out of turn)");
        }
        if (message.path("resynchronize").asBoolean(false) || meta.path("resynchronize").asBoolean(false)) {
            throw new UidlException("resynchronize");
        }
        if (message.has("clientId") && message.get("clientId").asInt() != clientId + 1) {
            throw new UidlException("client id " + message.get("clientId") + ", expected " + (clientId + 1));
        }
    }

    /** The connectors' {@code $connector.confirm(id)} calls, answered with confirmUpdate(id). */
    private List<ObjectNode> confirmations(JsonNode message) {
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode exec : message.path("execute")) {
            int n = exec.size();
            if (n >= 3 && exec.get(n - 1).asText().contains("$connector.confirm(")) {
                JsonNode target = exec.get(0);
                if (target.isArray() && target.size() == 2 && target.get(0).asInt() == 0) {
                    out.add(published(target.get(1).asInt(), "confirmUpdate",
                            JSON.getNodeFactory().numberNode(exec.get(1).asInt())));
                }
            }
        }
        return out;
    }

    /** The item keys a grid received in {@code $connector.set(start, items)} of this response. */
    static List<String> gridKeys(JsonNode message, int grid) {
        List<String> keys = new ArrayList<>();
        for (JsonNode exec : message.path("execute")) {
            int n = exec.size();
            if (n >= 4 && exec.get(n - 1).asText().startsWith("return $0.$connector.set(")
                    && exec.get(0).path(1).asInt(-1) == grid) {
                JsonNode items = exec.get(2).path(1);
                for (JsonNode item : items) {
                    keys.add(item.path("key").asText());
                }
            }
        }
        return keys;
    }

    /** The id attribute is present in the tree (the view or component was rendered). */
    boolean has(String elementId) {
        return tree.byElementId(elementId) >= 0;
    }

    int require(String elementId) {
        int node = tree.byElementId(elementId);
        if (node < 0) {
            throw new UidlException("no element #" + elementId);
        }
        return node;
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return exchange(HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TIMEOUT).GET());
    }

    private HttpResponse<String> exchange(HttpRequest.Builder b) throws IOException, InterruptedException {
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        REQUESTS.incrementAndGet();
        if (r.statusCode() != 200) {
            throw new UidlException("HTTP " + r.statusCode() + " for " + r.request().uri().getQuery());
        }
        // the session id changes at login (VaadinService.reinitializeSession): keep the newest
        r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .reduce((a, c) -> c)
                .ifPresent(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
        return r;
    }

    private static JsonNode parse(String text) throws IOException {
        String t = text.startsWith("for(;;);") ? text.substring(8) : text;
        JsonNode n = JSON.readTree(t);
        return n.isArray() ? n.get(0) : n;
    }

    static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    static final class UidlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UidlException(String message) {
            super(message);
        }
    }
}
