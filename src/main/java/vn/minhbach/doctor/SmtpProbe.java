package vn.minhbach.doctor;

import vn.minhbach.model.Text;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import vn.minhbach.config.EmailConfig;

/**
 * Whether the configured SMTP server answers: connect, read the 220 greeting, EHLO, STARTTLS when
 * {@code security} is {@code starttls} (TLS from the first byte for {@code ssl}, the certificate and host name
 * checked as a send checks them), EHLO again, QUIT. No login, no message. The credential variables the config
 * names must be set, since a send reads them.
 */
final class SmtpProbe {
    static final Text NAME = Text.plain("SMTP (email.smtp)");
    static final Text COST = Text.of("tools.doctor.smtp.cost");

    private SmtpProbe() {
    }

    static Check probe(EmailConfig.Smtp smtp, UnaryOperator<String> environment, Duration timeout) {
        String where = smtp.host() + ":" + smtp.port() + " (" + smtp.security().name().toLowerCase(Locale.ROOT) + ")";
        Text answered;
        SmtpReply ehlo;
        try (SmtpTalk talk = SmtpTalk.open(smtp, timeout)) {
            SmtpReply greeting = talk.reply();
            if (greeting.code() != 220) {
                return failed(Text.of("tools.doctor.smtp.greeting", where, greeting.first()),
                        Text.of("tools.doctor.smtp.check-port"));
            }
            answered = Text.plain(greeting.first());
            ehlo = talk.ehlo();
            if (smtp.security() == EmailConfig.Security.STARTTLS) {
                if (!ehlo.offers("STARTTLS")) {
                    return failed(Text.of("tools.doctor.smtp.no-starttls", where, answered),
                            Text.of("tools.doctor.smtp.use-ssl"));
                }
                talk.startTls();
                ehlo = talk.ehlo();
            }
            if (smtp.security() != EmailConfig.Security.NONE) {
                answered = answered.then(Text.plain("; ")).then(talk.tlsProtocol());
            }
            talk.quit();
        } catch (UnknownHostException e) {
            return failed(Text.of("tools.doctor.smtp.unknown-host", where, smtp.host()),
                    Text.of("tools.doctor.smtp.check-host"));
        } catch (SocketTimeoutException e) {
            return failed(Text.of("tools.doctor.smtp.timeout", where, timeout.toSeconds()),
                    Text.of("tools.doctor.smtp.check-network"));
        } catch (ConnectException e) {
            return failed(Text.of("tools.doctor.smtp.no-connection", where, String.valueOf(e.getMessage())),
                    Text.of("tools.doctor.smtp.check-network"));
        } catch (SSLException e) {
            return failed(Text.of("tools.doctor.smtp.tls-failed", where, String.valueOf(e.getMessage())),
                    Text.of("tools.doctor.smtp.trust"));
        } catch (SmtpFailure e) {
            return failed(Text.plain(where + ": ").then(e.text()), Text.of("tools.doctor.smtp.check"));
        } catch (IOException | RuntimeException e) {
            return failed(Text.plain(where + ": " + e.getMessage()), Text.of("tools.doctor.smtp.check"));
        }
        Text found = Text.plain(where + ": ").then(answered);
        Text unset = unset(environment, found, "email.smtp.userEnv", smtp.userEnv());
        unset = unset != null ? unset : unset(environment, found, "email.smtp.passwordEnv", smtp.passwordEnv());
        if (unset != null) {
            return failed(unset, Text.of("tools.doctor.set-variable"));
        }
        if (smtp.userEnv() != null && !ehlo.offers("AUTH")) {
            return new Check(NAME, Check.Status.WARNING, Text.of("tools.doctor.smtp.no-auth", found), COST,
                    Text.of("tools.doctor.smtp.drop-login"));
        }
        return Check.ok(NAME, found);
    }

    /** What was found, then which variable is named but not set; null when none is. */
    private static Text unset(UnaryOperator<String> environment, Text found, String key, String name) {
        return name == null || environment.apply(name) != null ? null
                : Text.of("tools.doctor.smtp.unset", found, key, name);
    }

    private static Check failed(Text found, Text fix) {
        return new Check(NAME, Check.Status.FAILED, found, COST, fix);
    }

    /** One SMTP conversation on a socket that TLS may take over. */
    private static final class SmtpTalk implements AutoCloseable {
        private final String host;
        private final int port;
        private Socket socket;

        private SmtpTalk(String host, int port, Socket socket) {
            this.host = host;
            this.port = port;
            this.socket = socket;
        }

        static SmtpTalk open(EmailConfig.Smtp smtp, Duration timeout) throws IOException {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(smtp.host(), smtp.port()), (int) timeout.toMillis());
                socket.setSoTimeout((int) timeout.toMillis());
                SmtpTalk talk = new SmtpTalk(smtp.host(), smtp.port(), socket);
                if (smtp.security() == EmailConfig.Security.SSL) {
                    talk.startTlsHandshake();
                }
                return talk;
            } catch (IOException | RuntimeException e) {
                socket.close();
                throw e;
            }
        }

        SmtpReply reply() throws IOException {
            return SmtpReply.read(socket.getInputStream());
        }

        SmtpReply command(String line) throws IOException {
            socket.getOutputStream().write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return reply();
        }

        /** EHLO with this side's address literal, which needs no DNS look-up. */
        SmtpReply ehlo() throws IOException {
            var local = socket.getLocalAddress();
            String literal = local instanceof Inet6Address ? "[IPv6:" + local.getHostAddress() + "]"
                    : "[" + local.getHostAddress() + "]";
            SmtpReply reply = command("EHLO " + literal);
            if (reply.code() != 250) {
                throw new SmtpFailure(Text.of("tools.doctor.smtp.ehlo-refused", reply.first()));
            }
            return reply;
        }

        void startTls() throws IOException {
            SmtpReply reply = command("STARTTLS");
            if (reply.code() != 220) {
                throw new SmtpFailure(Text.of("tools.doctor.smtp.starttls-refused", reply.first()));
            }
            startTlsHandshake();
        }

        private void startTlsHandshake() throws IOException {
            SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                    .createSocket(socket, host, port, true);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            socket = tls;
        }

        Text tlsProtocol() {
            return socket instanceof SSLSocket tls ? Text.plain(tls.getSession().getProtocol())
                    : Text.of("tools.doctor.smtp.plain");
        }

        void quit() {
            try {
                command("QUIT");
            } catch (IOException e) {
                // The server answered EHLO already; a QUIT it drops says nothing more about it.
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
