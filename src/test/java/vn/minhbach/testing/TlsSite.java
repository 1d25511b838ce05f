package vn.minhbach.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Loopback servers for certificate tests: an HTTPS site that sends exactly the chain it is given (a leaf
 * without its intermediate, say), and a plain HTTP server where a CA publishes certificates at AIA addresses.
 */
public final class TlsSite implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, String> types = new ConcurrentHashMap<>();

    private TlsSite(HttpServer server) {
        this.server = server;
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /** A plain HTTP server on 127.0.0.1 (where a CA publishes its certificates). */
    public static TlsSite http() throws IOException {
        return new TlsSite(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    }

    /** An HTTPS server on 127.0.0.1 presenting {@code leaf}'s key and exactly the certificates of {@code sent}. */
    public static TlsSite https(LocalCa.Issued leaf, List<X509Certificate> sent) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context(leaf, sent)));
        return new TlsSite(server);
    }

    private static SSLContext context(LocalCa.Issued leaf, List<X509Certificate> sent) {
        try {
            char[] password = "local".toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("site", leaf.key(), password, sent.toArray(new Certificate[0]));
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public TlsSite page(String path, String html) {
        files.put(path, html.getBytes(StandardCharsets.UTF_8));
        types.put(path, "text/html; charset=utf-8");
        return this;
    }

    /** Serves {@code certificate} in DER at {@code path}, as CAs publish their CA Issuers files (.crt). */
    public TlsSite certificate(String path, X509Certificate certificate) {
        try {
            files.put(path, certificate.getEncoded());
            types.put(path, "application/pkix-cert");
            return this;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serves {@code certificates} as a PKCS#7 bundle at {@code path} (.p7c). */
    public TlsSite bundle(String path, X509Certificate... certificates) {
        files.put(path, LocalCa.pkcs7(certificates));
        types.put(path, "application/pkcs7-mime");
        return this;
    }

    /** {@code path} on this server: https for a site, http for a CA's server. */
    public URI url(String path) {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private final List<String> requested = new ArrayList<>();

    /** Paths requested so far, in order. */
    public synchronized List<String> requested() {
        return List.copyOf(requested);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        synchronized (this) {
            requested.add(path);
        }
        byte[] body = files.get(path);
        if (body == null) {
            Replies.send(exchange, 404, "text/html", "<html><body>not found</body></html>".getBytes(StandardCharsets.UTF_8));
        } else {
            Replies.send(exchange, 200, types.get(path), body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
