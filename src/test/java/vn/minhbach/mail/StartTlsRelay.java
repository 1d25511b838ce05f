package vn.minhbach.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * An SMTP front that offers STARTTLS, as most submission servers on port 587 do, and after the TLS
 * handshake relays the conversation to a plain GreenMail server behind it. Its certificate is GreenMail's
 * self-signed one. Records the TLS protocol of every upgraded connection.
 */
final class StartTlsRelay implements AutoCloseable {
    private final ServerSocket server;
    private final int upstreamPort;
    private final SSLContext tls;
    final List<String> tlsProtocols = new CopyOnWriteArrayList<>();

    StartTlsRelay(int upstreamPort) throws Exception {
        this.upstreamPort = upstreamPort;
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = StartTlsRelay.class.getResourceAsStream("/greenmail.p12")) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, "changeit".toCharArray());
        tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "starttls-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                client.setSoTimeout(10_000);
                Thread handler = new Thread(() -> serve(client), "starttls-relay-conn");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            upstream.setSoTimeout(10_000);
            readLine(upstream.getInputStream());
            OutputStream out = client.getOutputStream();
            write(out, "220 relay.test ESMTP");
            while (true) {
                String line = readLine(client.getInputStream());
                String command = line.toUpperCase(java.util.Locale.ROOT);
                if (command.startsWith("EHLO")) {
                    write(out, "250-relay.test\r\n250 STARTTLS");
                } else if (command.equals("STARTTLS")) {
                    write(out, "220 2.0.0 Ready to start TLS");
                    SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(client, null,
                            client.getPort(), false);
                    secure.setUseClientMode(false);
                    secure.startHandshake();
                    tlsProtocols.add(secure.getSession().getProtocol());
                    relay(secure, upstream);
                    return;
                } else if (command.equals("QUIT")) {
                    write(out, "221 bye");
                    return;
                } else {
                    write(out, "530 5.7.0 Must issue a STARTTLS command first");
                }
            }
        } catch (IOException e) {
            // The client went away; nothing to relay.
        }
    }

    private static void relay(Socket secure, Socket upstream) throws IOException {
        Thread back = new Thread(() -> copy(upstream, secure), "starttls-relay-back");
        back.setDaemon(true);
        back.start();
        copy(secure, upstream);
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // Either side closed: the conversation is over.
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b == -1 && line.size() == 0) {
            throw new IOException("closed");
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static void write(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
