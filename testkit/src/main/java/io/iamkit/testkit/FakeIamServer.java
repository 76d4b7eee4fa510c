package io.iamkit.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.iamkit.testkit.internal.Caller;
import io.iamkit.testkit.internal.Engine;
import io.iamkit.testkit.internal.Errors;
import io.iamkit.testkit.internal.FakeIamClient;
import io.iamkit.testkit.internal.FakeStsClient;
import io.iamkit.testkit.internal.QueryCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * A {@link FakeIam} over HTTP, speaking IAM's and STS's Query protocol on 127.0.0.1 only, so that
 * any SDK (or the {@code iamkit serve} command's users) can talk to it with an endpoint override.
 *
 * <pre>{@code
 * try (FakeIamServer server = FakeIamServer.start(fake, 0)) {
 *     IamClient iam = IamClient.builder().endpointOverride(server.endpoint())...
 * }
 * }</pre>
 *
 * <p>The caller is the access key of the request's signature: keys issued by the fake's AssumeRole
 * act as that session; any other key acts as the default account's root. Signatures are not checked.
 */
public final class FakeIamServer implements AutoCloseable {

    static final String IAM_NS = "https://iam.amazonaws.com/doc/2010-05-08/";
    static final String STS_NS = "https://sts.amazonaws.com/doc/2011-06-15/";
    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/[^/]*/[^/]*/([^/]+)/");
    /**
     * The largest request body served. IAM's largest members (a policy document of 131,072
     * characters, URL-encoded) fit well within it; anything bigger is refused unread.
     */
    static final int MAX_BODY = 1 << 20;
    /** Beyond this, an oversized body is not even read to the end: the connection just closes. */
    private static final long MAX_DISCARDED = 64L << 20;
    private static final String INTERNAL_FAILURE = "The request processing has failed because of an unknown error, exception or failure.";
    private static final QueryCodec IAM_CODEC = new QueryCodec(IamClient.class);
    private static final QueryCodec STS_CODEC = new QueryCodec(StsClient.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final Engine engine;
    private final AtomicLong requests = new AtomicLong();

    private FakeIamServer(HttpServer server, ExecutorService executor, Engine engine) {
        this.server = server;
        this.executor = executor;
        this.engine = engine;
    }

    /**
     * Serves {@code fake} on {@code 127.0.0.1:port}; port 0 picks a free one.
     *
     * @return the running server; {@link #endpoint()} is the URL to give SDK clients
     */
    public static FakeIamServer start(FakeIam fake, int port) {
        try {
            // 127.0.0.1 itself: getLoopbackAddress() is ::1 when the JVM prefers IPv6, and endpoint() promises 127.0.0.1.
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            HttpServer http = HttpServer.create(new InetSocketAddress(loopback, port), 64);
            // A thread per open request: a client that stalls mid-body holds one thread, never the whole server.
            ExecutorService executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "fake-iam-http");
                t.setDaemon(true);
                return t;
            });
            http.setExecutor(executor);
            FakeIamServer s = new FakeIamServer(http, executor, fake.engine());
            http.createContext("/", s::handle);
            http.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Answers one request. Every failure becomes an AWS-style {@code ErrorResponse}: the exchange is
     * closed only after the answer is written (closing first, then answering, would drop the
     * connection instead), and only a simulated crash leaves the client without one.
     */
    private void handle(HttpExchange ex) throws IOException {
        String requestId = "fake-" + requests.incrementAndGet();
        try (ex) {
            Reply reply;
            try {
                reply = answer(ex, requestId);
            } catch (RuntimeException e) {
                // A bug in the fake, not the caller's fault: AWS's wording, and only the exception's type as a hint.
                reply = new Reply(500, QueryCodec.errorXml(IAM_NS, "InternalFailure", INTERNAL_FAILURE
                        + " (iamkit fake: " + e.getClass().getSimpleName() + ")", requestId));
            }
            if (reply != null) {
                send(ex, reply.status(), reply.xml());
            }
        }
    }

    /** An HTTP status and XML body. */
    private record Reply(int status, String xml) {
    }

    private static Reply error(String ns, String code, String message, String requestId) {
        return new Reply(Errors.statusOf(code), QueryCodec.errorXml(ns, code, message, requestId));
    }

    /** The answer to one request, or null when a simulated crash drops the connection. */
    private Reply answer(HttpExchange ex, String requestId) throws IOException {
        byte[] raw;
        try (InputStream in = ex.getRequestBody()) {
            raw = in.readNBytes(MAX_BODY + 1);
            if (raw.length > MAX_BODY) {
                // Read the rest without keeping it: closing a socket with unread input resets the
                // connection, and the client would lose the answer.
                discard(in);
                return error(IAM_NS, "RequestEntityTooLarge", "Request body larger than " + MAX_BODY + " bytes", requestId);
            }
        }
        Map<String, String> params;
        try {
            params = QueryCodec.form(new String(raw, StandardCharsets.UTF_8));
            String query = ex.getRequestURI().getRawQuery();
            if (query != null) {
                QueryCodec.form(query).forEach(params::putIfAbsent);
            }
        } catch (IllegalArgumentException malformed) {
            return error(IAM_NS, "MalformedQueryString", "The query string contains a syntax error.", requestId);
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String accessKey = null;
        String scope = null;
        if (auth != null) {
            Matcher m = CREDENTIAL.matcher(auth);
            if (m.find()) {
                accessKey = m.group(1);
                scope = m.group(2);
            }
        }
        boolean sts = "2011-06-15".equals(params.get("Version")) || params.get("Version") == null && "sts".equals(scope);
        String ns = sts ? STS_NS : IAM_NS;
        String action = params.get("Action");
        if (action == null || action.isEmpty()) {
            return error(ns, "MissingAction", "The request is missing an action or a required parameter.", requestId);
        }
        QueryCodec codec = sts ? STS_CODEC : IAM_CODEC;
        Method method = codec.method(action);
        if (method == null) {
            return error(ns, "InvalidAction", "Could not find operation " + action + " for version " + params.get("Version"), requestId);
        }
        Caller caller = engine.callerFor(accessKey);
        Object client = sts ? new FakeStsClient(engine, caller) : new FakeIamClient(engine, caller);
        try {
            Object request = codec.request(method, params);
            Object response = QueryCodec.invoke(method, client, request);
            return new Reply(200, QueryCodec.responseXml(action, ns, response, requestId));
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "InternalFailure" : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            return error(ns, code, message, requestId);
        } catch (SimulatedCrash crash) {
            // A crash after the write: the connection drops without an answer.
            return null;
        }
    }

    /** Reads and drops what is left of a body, up to {@link #MAX_DISCARDED} bytes. */
    private static void discard(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < MAX_DISCARDED && (n = in.read(buffer)) > 0) {
            total += n;
        }
    }

    private static void send(HttpExchange ex, int status, String xml) throws IOException {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/xml");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stops listening; the fake itself (and its state) lives on. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
