package vn.minhbach.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.minhbach.document.DocumentFacts;
import vn.minhbach.document.DocumentText;
import vn.minhbach.document.Documents;
import vn.minhbach.document.Fixtures;
import vn.minhbach.document.Ocr;

/**
 * What opening one linked document costs an audit: {@link Documents#read} and {@link DocumentFacts#of} on each
 * kind of fixture in {@code src/test/resources/documents}. The scanned PDF is read twice: without OCR (the reader
 * finds no text layer and stops) and with the machine's Tesseract, whose process per page is measured one shot at a
 * time because a page takes about a second. Run with {@code scripts/bench jmh DocumentBench} (add {@code -prof gc}
 * for the allocation per read).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DocumentBench {

    /** A fixture file of each kind a portal links to, read with OCR switched off. */
    @State(Scope.Benchmark)
    public static class Fixture {
        @Param({"text-report.pdf", "five-pages.pdf", "plan.docx", "budget.xlsx", "tcvn3.doc", "land-use-plan.odt",
                "scan-report.pdf"})
        public String file;

        byte[] body;
        Ocr off;

        @Setup(Level.Trial)
        public void load() {
            body = fixture(file);
            off = Ocr.none("OCR tắt trong phép đo");
        }
    }

    /** Reads the document to text and its facts. */
    @Benchmark
    public DocumentFacts read(Fixture fixture) {
        return facts(fixture.body, fixture.file, fixture.off);
    }

    /** The scanned PDF read with Tesseract: one measured call is one OCR of its page. */
    @State(Scope.Benchmark)
    public static class Scan {
        byte[] body;
        Ocr ocr;

        @Setup(Level.Trial)
        public void load() {
            body = fixture("scan-report.pdf");
            ocr = Ocr.system();
            if (!ocr.available()) {
                throw new IllegalStateException(ocr.why());
            }
        }
    }

    /** The scanned PDF with OCR. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1, batchSize = 1)
    @Measurement(iterations = 3, batchSize = 1)
    public DocumentFacts scanWithOcr(Scan scan) {
        return facts(scan.body, "scan-report.pdf", scan.ocr);
    }

    private static DocumentFacts facts(byte[] body, String name, Ocr ocr) {
        DocumentText text = Documents.read(body, name, ocr);
        return DocumentFacts.of(text);
    }

    static byte[] fixture(String name) {
        return Fixtures.bytes(name);
    }
}
