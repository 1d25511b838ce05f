package vn.minhbach.doctor;

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
    static final String NAME = "SMTP (email.smtp)";
    static final String COST = "không gửi được e-mail tóm tắt (audit --email, email --test, serve)";

    private SmtpProbe() {
    }

    static Check probe(EmailConfig.Smtp smtp, UnaryOperator<String> environment, Duration timeout) {
        String where = smtp.host() + ":" + smtp.port() + " (" + smtp.security().name().toLowerCase(Locale.ROOT) + ")";
        String answered;
        SmtpReply ehlo;
        try (SmtpTalk talk = SmtpTalk.open(smtp, timeout)) {
            SmtpReply greeting = talk.reply();
            if (greeting.code() != 220) {
                return failed(where + ": máy chủ chào bằng \"" + greeting.first() + "\"", "kiểm tra email.smtp.port");
            }
            answered = greeting.first();
            ehlo = talk.ehlo();
            if (smtp.security() == EmailConfig.Security.STARTTLS) {
                if (!ehlo.offers("STARTTLS")) {
                    return failed(where + ": " + answered + "; máy chủ không đề nghị STARTTLS, mà security: starttls"
                            + " không bao giờ gửi thư dạng văn bản thường", "dùng security: ssl (cổng 465) nếu máy chủ"
                            + " hỗ trợ; security: none chỉ cho relay trên cùng máy hoặc mạng nội bộ");
                }
                talk.startTls();
                ehlo = talk.ehlo();
            }
            if (smtp.security() != EmailConfig.Security.NONE) {
                answered += "; " + talk.tlsProtocol();
            }
            talk.quit();
        } catch (UnknownHostException e) {
            return failed(where + ": không tìm thấy máy chủ " + smtp.host(), "kiểm tra email.smtp.host và DNS");
        } catch (SocketTimeoutException e) {
            return failed(where + ": không trả lời trong " + timeout.toSeconds() + " giây",
                    "kiểm tra email.smtp.host, email.smtp.port và tường lửa");
        } catch (ConnectException e) {
            return failed(where + ": không kết nối được (" + e.getMessage() + ")",
                    "kiểm tra email.smtp.host, email.smtp.port và tường lửa");
        } catch (SSLException e) {
            return failed(where + ": TLS không thành: " + e.getMessage(), "chứng chỉ của máy chủ phải đúng tên máy và"
                    + " được JVM tin cậy (CA riêng: -Djavax.net.ssl.trustStore=...)");
        } catch (IOException | RuntimeException e) {
            return failed(where + ": " + e.getMessage(), "kiểm tra email.smtp");
        }
        String found = where + ": " + answered;
        String unset = unset(environment, "email.smtp.userEnv", smtp.userEnv());
        unset = unset != null ? unset : unset(environment, "email.smtp.passwordEnv", smtp.passwordEnv());
        if (unset != null) {
            return failed(found + "; nhưng " + unset, "đặt biến môi trường đó trước khi chạy minhbach");
        }
        if (smtp.userEnv() != null && !ehlo.offers("AUTH")) {
            return new Check(NAME, Check.Status.WARNING, found + "; máy chủ không đề nghị AUTH nên không đăng nhập được",
                    COST, "bỏ email.smtp.userEnv/passwordEnv nếu đây là relay không cần đăng nhập");
        }
        return Check.ok(NAME, found);
    }

    /** Says which variable is named but not set, or null. */
    private static String unset(UnaryOperator<String> environment, String key, String name) {
        return name == null || environment.apply(name) != null ? null
                : key + " gọi biến môi trường " + name + ", biến này chưa được đặt";
    }

    private static Check failed(String found, String fix) {
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
                throw new IOException("EHLO được trả lời \"" + reply.first() + "\"");
            }
            return reply;
        }

        void startTls() throws IOException {
            SmtpReply reply = command("STARTTLS");
            if (reply.code() != 220) {
                throw new IOException("STARTTLS được trả lời \"" + reply.first() + "\"");
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

        String tlsProtocol() {
            return socket instanceof SSLSocket tls ? tls.getSession().getProtocol() : "không mã hoá";
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
