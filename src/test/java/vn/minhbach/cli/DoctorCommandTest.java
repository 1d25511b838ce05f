package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code minhbach doctor} with a PATH that holds no browser and no OCR engine. */
class DoctorCommandTest {
    @TempDir
    Path dir;

    /** Makes {@code doctor} see {@code dir/bin} (empty) as the whole PATH. */
    private CliRun doctor(String... args) throws IOException {
        Map<String, String> environment = Map.of("PATH", Files.createDirectories(dir.resolve("bin")).toString());
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == DoctorCommand.class ? type.cast(new DoctorCommand(environment))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        String[] all = new String[args.length + 1];
        all[0] = "doctor";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(factory, all);
    }

    private Path config(String extra) throws IOException {
        return Files.writeString(dir.resolve("c.yaml"), """
                organisation: "UBND huyện Lý Sơn"
                sites:
                  portal: {url: "https://lyson.quangngai.gov.vn/"}
                store: {url: "jdbc:h2:file:%s"}
                %s
                """.formatted(dir.resolve("db/minhbach").toAbsolutePath(), extra));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        }
    }

    @Test
    void withoutAConfigTheMissingBrowserAndOcrArePrintedWithTheirCostAndExitZero() throws Exception {
        CliRun run = doctor();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(9);
        assertThat(run.out().lines()).element(0).asString().startsWith("OK        Java                     17");
        assertThat(run.out()).contains("THIẾU     Chromium                 không tìm thấy trên PATH. Hậu quả: trang chỉ"
                        + " hiển thị bằng JavaScript (ví dụ cổng dịch vụ công VNPT iGate) sẽ là UNKNOWN với lý do"
                        + " \"needs a browser to read; install chromium and chromium-driver\". Cách sửa: sudo apt-get"
                        + " install chromium chromium-driver")
                .contains("THIẾU     Tesseract (OCR)          không tìm thấy trên PATH. Hậu quả: tệp PDF scan đính"
                        + " kèm không đọc được")
                .contains("BỎ QUA    CSDL lịch sử (store)     không có --config")
                .contains("BỎ QUA    SMTP (email.smtp)        không có --config");
        assertThat(run.out().lines()).last().asString().startsWith("Kết quả: chạy được; thiếu hoặc cần xem lại:"
                + " Chromium, chromedriver, Tesseract (OCR)");
    }

    @Test
    void inEnglishEveryLineAndTheSummaryAreEnglish() throws Exception {
        CliRun run = doctor("--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(9);
        assertThat(run.out()).contains("MISSING   Chromium                 not found on the PATH. Consequence: pages shown"
                        + " only by JavaScript (such as the VNPT iGate public-service portals) will be UNKNOWN with the"
                        + " reason \"needs a browser to read; install chromium and chromium-driver\". Fix: sudo apt-get"
                        + " install chromium chromium-driver, or set MINHBACH_CHROMIUM")
                .contains("MISSING   Tesseract (OCR)          not found on the PATH. Consequence: scanned PDF"
                        + " attachments cannot be read: items that rest on them are UNKNOWN (the document's text")
                .contains("SKIPPED   Tesseract: Vietnamese    Tesseract is missing")
                .contains("SKIPPED   History database (store) no --config: not checked (minhbach doctor -c FILE)")
                .contains("SKIPPED   SMTP (email.smtp)        no --config")
                .doesNotContain("THIẾU", "BỎ QUA", "Hậu quả", "Cách sửa", "không");
        assertThat(run.out().lines()).last().asString().isEqualTo("Result: minhbach can run; missing or worth a look:"
                + " Chromium, chromedriver, Tesseract (OCR) (see the consequences above).");
    }

    @Test
    void inEnglishAConfigsStoreIsCheckedToo() throws Exception {
        CliRun run = doctor("--config", config("").toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("OK        History database (store) jdbc:h2:file:")
                .containsPattern("SELECT 1 works\\)|the first audit creates it")
                .contains("SKIPPED   SMTP (email.smtp)        the config has no email section: no e-mail is sent");
    }

    @Test
    void aConfigWhoseStoreWorksAndThatSendsNoMailExitsZero() throws Exception {
        CliRun run = doctor("--config", config("").toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("OK        CSDL lịch sử (store)     jdbc:h2:file:")
                .contains("BỎ QUA    SMTP (email.smtp)        config không có mục email");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            store   | LỖI       CSDL lịch sử (store)     jdbc:postgresql://127.0.0.1:
            smtp    | LỖI       SMTP (email.smtp)        127.0.0.1:
            """)
    void aRequiredPartThatDoesNotWorkExitsThree(String broken, String line) throws Exception {
        int port = closedPort();
        String extra = broken.equals("smtp") ? """
                email:
                  smtp: {host: "127.0.0.1", port: %d, security: none}
                  from: "minhbach@lyson.gov.vn"
                  to: ["tuphap@lyson.gov.vn"]
                """.formatted(port) : "";
        Path file = config(extra);
        if (broken.equals("store")) {
            Files.writeString(file, Files.readString(file).replaceFirst("jdbc:h2:file:[^\"]+",
                    "jdbc:postgresql://127.0.0.1:" + port + "/minhbach"));
        }

        CliRun run = doctor("-c", file.toString());

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.CANNOT_RUN);
        assertThat(run.out().lines()).anyMatch(l -> l.startsWith(line));
        assertThat(run.out().lines()).last().asString().startsWith("Kết quả: LỖI ở ");
    }

    @Test
    void aBrokenConfigIsAUsageErrorAfterTheMachinesChecks() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), "organisation: X\nsites: {portal: {url: \"https://x.vn/\"}}\n"
                + "crawl: {maxPages: many}\n");

        CliRun run = doctor("-c", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).contains("OK        Java");
        assertThat(run.err()).contains("config error: " + file).contains("crawl.maxPages: expected an integer")
                .doesNotContain("\tat ");
    }

    @Test
    void doctorIsListedAmongTheCommands() {
        assertThat(Main.commandLine().getSubcommands()).containsKey("doctor");
        assertThat(Main.commandLine().getSubcommands().get("doctor").getUsageMessage())
                .contains("--config=FILE");
    }
}
