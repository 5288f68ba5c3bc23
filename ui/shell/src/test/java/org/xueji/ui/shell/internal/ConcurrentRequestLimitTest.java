package org.xueji.ui.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the console runs a bounded number of requests at once, so that requests holding
 * pooled connections and waiting for the next can never drain the pool; the rest wait their turn
 * and are all answered.
 */
class ConcurrentRequestLimitTest {

    @Test
    void atMostTheLimitRunAtOnceAndTheOthersWaitTheirTurn() throws Exception {
        int limit = 2;
        int requests = 6;
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch limitReached = new CountDownLatch(limit);
        Handler app = new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                // the work (a service call holding connections) runs on its own thread, as a blocking servlet would
                new Thread(() -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    limitReached.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    response.setStatus(200);
                    callback.succeeded();
                }).start();
                return true;
            }
        };
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(ShellHttpServer.limited(app, limit));
        server.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            List<CompletableFuture<HttpResponse<Void>>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + connector.getLocalPort() + "/r" + i)).build(),
                        HttpResponse.BodyHandlers.discarding()));
            }
            assertThat(limitReached.await(30, TimeUnit.SECONDS)).as("the first requests run").isTrue();
            Thread.sleep(500); // time for a third request to start, were the limit not kept
            assertThat(running).as("requests running while the first ones wait").hasValue(limit);
            release.countDown();
            for (CompletableFuture<HttpResponse<Void>> a : answers) {
                assertThat(a.get(30, TimeUnit.SECONDS).statusCode()).as("every waiting request answered").isEqualTo(200);
            }
            assertThat(mostAtOnce).as("never more than the limit at once").hasValue(limit);
        } finally {
            server.stop();
        }
    }
}
