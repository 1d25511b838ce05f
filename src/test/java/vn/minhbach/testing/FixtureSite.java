package vn.minhbach.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A fixture site from {@code src/test/resources/sites/<name>/}, served by WireMock on 127.0.0.1 at a
 * dynamic port, with its expected audit outcome from {@code expected.yaml}.
 *
 * <p>Serving rules: every file under {@code __files/} is served at its own path, except that a
 * {@code .html} file loses its extension ({@code web/guest/tin-tuc.html} is {@code /web/guest/tin-tuc}) and
 * {@code index.html} stands for its folder ({@code /}); the Content-Type follows the extension. Files under
 * {@code __files/_routed/} are served only where {@code mappings/*.json} say: query-string pages,
 * redirects, 404s and 503s, which take priority over the plain files. Anything else answers 404.
 */
public final class FixtureSite implements AutoCloseable {

    private static final Path SITES = Paths.get("src", "test", "resources", "sites");
    private static final String ROUTED = "_routed/";
    private static final int FILE_PRIORITY = 10;

    private final String name;
    private final WireMockServer server;
    private final LocalDate asOf;
    private final Map<String, String> expected;
    private final List<String> roles;
    private final List<String> disabled;

    private FixtureSite(String name, WireMockServer server, JsonNode expectations) {
        this.name = name;
        this.server = server;
        this.asOf = LocalDate.parse(expectations.path("asOf").asText());
        Map<String, String> items = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> item : expectations.path("items").properties()) {
            items.put(item.getKey(), item.getValue().path("verdict").asText());
        }
        this.expected = Collections.unmodifiableMap(items);
        this.roles = texts(expectations.path("roles"));
        this.disabled = texts(expectations.path("disabled"));
    }

    /** Starts WireMock on 127.0.0.1 at a free port, serving {@code src/test/resources/sites/<name>}. */
    public static FixtureSite start(String name) {
        Path root = SITES.resolve(name);
        if (!Files.isDirectory(root.resolve("__files"))) {
            throw new IllegalArgumentException("no fixture site " + name + " under " + SITES.toAbsolutePath());
        }
        JsonNode expectations = readYaml(root.resolve("expected.yaml"));
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .usingFilesUnderDirectory(root.toString()).notifier(new ConsoleNotifier(false)));
        server.start();
        try {
            stubFiles(server, root.resolve("__files"));
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return new FixtureSite(name, server, expectations);
    }

    /** The site root, e.g. {@code http://127.0.0.1:43127/}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    /** The absolute URL of a root-relative path (with its query, if any). */
    public URI url(String path) {
        return baseUri().resolve(path.startsWith("/") ? path : "/" + path);
    }

    public String name() {
        return name;
    }

    /** The audit date the expectations are written for. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Item id to expected verdict name, in the order of expected.yaml. */
    public Map<String, String> expected() {
        return expected;
    }

    /** The site roles the expected audit configures ({@code portal}, {@code onestop}). */
    public List<String> roles() {
        return roles;
    }

    /** The item ids the expected audit switches off in its config. */
    public List<String> disabledItems() {
        return disabled;
    }

    @Override
    public void close() {
        server.stop();
    }

    private static void stubFiles(WireMockServer server, Path files) {
        server.stubFor(any(anyUrl()).atPriority(100).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<!DOCTYPE html><html><head><title>404</title></head><body><h1>Không tìm thấy trang</h1></body></html>")));
        try (Stream<Path> walk = Files.walk(files)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = files.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith(ROUTED)) {
                    server.stubFor(get(urlEqualTo(urlPath(relative))).atPriority(FILE_PRIORITY)
                            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType(relative))
                                    .withBodyFile(relative)));
                    // as a web server does: HEAD answers like GET, without the body
                    server.stubFor(request("HEAD", urlEqualTo(urlPath(relative))).atPriority(FILE_PRIORITY)
                            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType(relative))
                                    .withHeader("Content-Length", String.valueOf(Files.size(file)))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + files, e);
        }
    }

    static String urlPath(String relative) {
        String path = "/" + relative;
        if (path.endsWith("/index.html")) {
            return path.substring(0, path.length() - "index.html".length());
        }
        return path.endsWith(".html") ? path.substring(0, path.length() - ".html".length()) : path;
    }

    static String contentType(String relative) {
        String ext = relative.substring(relative.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "html", "aspx" -> "text/html; charset=utf-8";
            case "pdf" -> "application/pdf";
            case "doc" -> "application/msword";
            case "xml" -> "application/xml; charset=utf-8";
            case "txt" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    private static JsonNode readYaml(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return List.copyOf(values);
    }
}
