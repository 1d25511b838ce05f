package vn.minhbach.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoctorTest {
    @TempDir
    Path emptyBin;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            17.0.15+6-Debian-1deb12u1 | OK
            21.0.2+13                 | OK
            11.0.22+7                 | FAILED
            """)
    void javaSeventeenOrLater(String version, Check.Status status) {
        Check java = JavaCheck.of(Runtime.Version.parse(version), "Debian", "/usr/lib/jvm/java");

        assertThat(java.status()).isEqualTo(status);
        assertThat(java.found()).isEqualTo(version + " (Debian, /usr/lib/jvm/java)");
    }

    @Test
    void withoutProgramsOrConfigOnlyJavaIsThere() {
        List<Check> checks = new Doctor(FakePrograms.pathOf(emptyBin), Duration.ofSeconds(5)).run(null);

        assertThat(checks).extracting(Check::name, Check::status).containsExactly(
                tuple("Java", Check.Status.OK),
                tuple("Chromium", Check.Status.MISSING),
                tuple("chromedriver", Check.Status.MISSING),
                tuple("Chromium/chromedriver", Check.Status.SKIPPED),
                tuple("Tesseract (OCR)", Check.Status.MISSING),
                tuple("Tesseract: tiếng Việt", Check.Status.SKIPPED),
                tuple("CSDL lịch sử (store)", Check.Status.SKIPPED),
                tuple("SMTP (email.smtp)", Check.Status.SKIPPED));
        assertThat(Doctor.anyFailed(checks)).isFalse();
        assertThat(Doctor.summary(checks)).isEqualTo("Kết quả: chạy được; thiếu hoặc cần xem lại: Chromium,"
                + " chromedriver, Tesseract (OCR) (xem hậu quả ở trên).");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            OK,OK       | Kết quả: đủ mọi phần.
            OK,SKIPPED  | Kết quả: đủ mọi phần.
            WARNING,OK  | Kết quả: chạy được; thiếu hoặc cần xem lại: a (xem hậu quả ở trên).
            MISSING,FAILED | Kết quả: LỖI ở b; cần sửa trước khi kiểm tra theo config này.
            """)
    void theSummaryLine(String statuses, String summary) {
        String[] two = statuses.split(",");
        List<Check> checks = List.of(new Check("a", Check.Status.valueOf(two[0]), "x", null, null),
                new Check("b", Check.Status.valueOf(two[1]), "y", null, null));

        assertThat(Doctor.summary(checks)).isEqualTo(summary);
        assertThat(Doctor.anyFailed(checks)).isEqualTo(summary.contains("LỖI"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            OK      | 17.0.15 (Debian) | -           | -          | 'OK        Java                     17.0.15 (Debian)'
            MISSING | không có.        | mất trang   | cài nó     | 'THIẾU     Java                     không có. Hậu quả: mất trang. Cách sửa: cài nó'
            WARNING | bản 120          | -           | đổi bản    | 'CẢNH BÁO  Java                     bản 120. Cách sửa: đổi bản'
            """)
    void oneLinePerCheck(Check.Status status, String found, String cost, String fix, String line) {
        assertThat(new Check("Java", status, found, cost, fix).line()).isEqualTo(line);
    }
}
