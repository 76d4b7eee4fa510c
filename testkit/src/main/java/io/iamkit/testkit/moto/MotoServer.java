package io.iamkit.testkit.moto;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A {@code moto_server} process (pip package {@code moto}) on a free 127.0.0.1 port, for
 * integration tests against a real, widely used IAM/STS emulator over HTTP.
 *
 * <pre>{@code
 * try (MotoServer moto = MotoServer.start()) {
 *     IamClient iam = IamClient.builder().endpointOverride(moto.endpoint())...
 * }
 * }</pre>
 *
 * <p>Only ever binds the loopback address. {@link #reset()} wipes its state between tests, which is
 * much faster than a new process.
 */
public final class MotoServer implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    /**
     * moto leaves AWS managed policies out unless told otherwise; with this environment they exist in
     * every account, as in AWS (at the cost of a slower start and reset).
     */
    public static final Map<String, String> LOAD_AWS_MANAGED_POLICIES = Map.of("MOTO_IAM_LOAD_MANAGED_POLICIES", "true");

    private final Process process;
    private final URI endpoint;
    private final Path log;

    private MotoServer(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    /** The {@code moto_server} executable on the PATH, if any. */
    public static Optional<Path> executable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "moto_server");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** True when {@code moto_server} can be started here. */
    public static boolean isAvailable() {
        return executable().isPresent();
    }

    /**
     * Starts {@code moto_server} on a free loopback port and waits until it answers.
     *
     * @throws IllegalStateException when {@code moto_server} is not installed or does not come up
     */
    public static MotoServer start() {
        return start(Map.of());
    }

    /**
     * Starts {@code moto_server} with extra environment variables, such as {@link #LOAD_AWS_MANAGED_POLICIES}.
     *
     * @throws IllegalStateException when {@code moto_server} is not installed or does not come up
     */
    public static MotoServer start(Map<String, String> environment) {
        Path exe = executable().orElseThrow(() -> new IllegalStateException(
                "moto_server is not on the PATH: install it with `pip install 'moto[server]'`"));
        int port = freePort();
        try {
            Path log = Files.createTempFile("moto-server-", ".log");
            List<String> command = new ArrayList<>(List.of(exe.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port)));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(environment);
            Process process = pb.start();
            MotoServer server = new MotoServer(process, URI.create("http://127.0.0.1:" + port), log);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start moto_server", e);
        }
    }

    /** {@code http://127.0.0.1:PORT}: the endpoint override for the SDK clients. */
    public URI endpoint() {
        return endpoint;
    }

    /** Wipes every account's state ({@code POST /moto-api/reset}). */
    public void reset() {
        try {
            HttpURLConnection c = (HttpURLConnection) endpoint.resolve("/moto-api/reset").toURL().openConnection();
            c.setRequestMethod("POST");
            c.setConnectTimeout(5000);
            c.setReadTimeout(10000);
            int status = c.getResponseCode();
            c.disconnect();
            if (status != 200) {
                throw new IllegalStateException("moto_server reset answered HTTP " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not reset moto_server", e);
        }
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited with " + process.exitValue() + ": " + tail());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) endpoint.resolve("/moto-api/").toURL().openConnection();
                c.setConnectTimeout(200);
                c.setReadTimeout(2000);
                c.getResponseCode();
                c.disconnect();
                return;
            } catch (IOException notYet) {
                try {
                    TimeUnit.MILLISECONDS.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for moto_server", ie);
                }
            }
        }
        close();
        throw new IllegalStateException("moto_server did not answer within " + STARTUP_TIMEOUT.toSeconds() + " s: " + tail());
    }

    private String tail() {
        try {
            String text = Files.readString(log);
            return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a leftover temp file is harmless
        }
    }
}
