package vn.minhbach.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ocr against stand-in tesseract programs (shell scripts), so these run where Tesseract is not installed. */
class OcrTest {
    private static final String LANGS = "[ \"$1\" = --list-langs ] && { echo 'List of available languages (3):';"
            + " echo eng; echo osd; echo vie; exit 0; }\n";

    @TempDir
    Path dir;

    @Test
    void anEmptyPathHasNoOcrAndSaysWhatToInstall() {
        Ocr ocr = Ocr.probe(Map.of("PATH", ""));

        assertThat(ocr.available()).isFalse();
        assertThat(ocr.why()).contains("tesseract-ocr", "tesseract-ocr-vie", "PATH");
        assertThatThrownBy(() -> ocr.text(Path.of("trang.png"))).isInstanceOf(IOException.class)
                .hasMessage(ocr.why());
    }

    @Test
    void tesseractWithoutVietnameseDataIsNotAvailable() throws IOException {
        tesseract("[ \"$1\" = --list-langs ] && { echo 'List of available languages (2):'; echo eng; echo osd; }\n");

        Ocr ocr = Ocr.probe(Map.of("PATH", dir.toString()));

        assertThat(ocr.available()).isFalse();
        assertThat(ocr.why()).isEqualTo("tesseract không có dữ liệu tiếng Việt (chưa cài tesseract-ocr-vie)");
    }

    @Test
    void aPageIsReadWithVietnameseAndItsTemporaryImageDeleted() throws IOException {
        Path seen = dir.resolve("seen");
        tesseract(LANGS + "[ -s \"$1\" ] || exit 3\necho \"$1\" > " + seen + "\nshift\necho \"args: $*\"\n"
                + "echo 'Số: 210/BC-UBND'\n");
        Ocr ocr = Ocr.probe(Map.of("PATH", dir.toString()));

        String text = ocr.text(new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_GRAY));

        assertThat(ocr.available()).isTrue();
        assertThat(ocr.why()).isNull();
        assertThat(text).isEqualTo("args: stdout -l vie --psm 3\nSố: 210/BC-UBND");
        assertThat(Path.of(Files.readString(seen).strip())).doesNotExist();
    }

    @Test
    void aFailingRunGivesTesseractsLastWords() throws IOException {
        tesseract(LANGS + "echo 'Error, cannot read input file' >&2\nexit 1\n");

        Ocr ocr = Ocr.probe(Map.of("PATH", dir.toString()));

        assertThatThrownBy(() -> ocr.text(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY)))
                .hasMessage("tesseract dừng với mã 1: Error, cannot read input file");
    }

    @Test
    void aPageThatTakesTooLongIsStopped() throws IOException {
        tesseract(LANGS + "exec sleep 60\n");
        Ocr ocr = Ocr.probe(Map.of("PATH", dir.toString())).withTimeout(Duration.ofSeconds(1));
        long start = System.nanoTime();

        assertThatThrownBy(() -> ocr.text(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY)))
                .hasMessage("tesseract quá 1 giây, đã dừng");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aScanIsRenderedAndGivenToOcr() throws IOException {
        tesseract(LANGS + "[ -s \"$1\" ] || exit 3\necho 'UBND HUYỆN LÝ SƠN'\necho '  Số:  210/BC-UBND  '\n");

        DocumentText read = PdfReader.read(Fixtures.bytes("scan-report.pdf"), Ocr.probe(Map.of("PATH", dir.toString())));

        assertThat(read.failure()).isNull();
        assertThat(read.ocr()).isTrue();
        assertThat(read.textLayer()).isFalse();
        assertThat(read.pages()).isEqualTo(1);
        assertThat(read.encoding()).isEqualTo("unicode");
        assertThat(read.text()).isEqualTo("UBND HUYỆN LÝ SƠN\nSố: 210/BC-UBND");
    }

    @Test
    void aScanOcrReadsNothingFromFails() throws IOException {
        tesseract(LANGS + "exit 0\n");

        DocumentText read = PdfReader.read(Fixtures.bytes("scan-report.pdf"), Ocr.probe(Map.of("PATH", dir.toString())));

        assertThat(read.read()).isFalse();
        assertThat(read.textLayer()).isFalse();
        assertThat(read.failure()).isEqualTo("bản quét (không có lớp chữ), OCR không đọc được chữ nào");
    }

    private void tesseract(String body) throws IOException {
        Path script = dir.resolve("tesseract");
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    }
}
