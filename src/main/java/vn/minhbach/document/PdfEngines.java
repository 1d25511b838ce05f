package vn.minhbach.document;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDFBox's text stripper and renderer held to a deadline: both check it before every content-stream operator, so a
 * page built to take minutes (millions of operators, deeply nested forms) ends the read instead of the audit.
 */
final class PdfEngines {

    private PdfEngines() {
    }

    /** A point in {@link System#nanoTime()} after which reading stops. */
    record Deadline(long nanos, long seconds) {

        static Deadline in(long seconds) {
            return new Deadline(System.nanoTime() + seconds * 1_000_000_000L, seconds);
        }

        void check() throws TooSlow {
            if (System.nanoTime() - nanos > 0) {
                throw new TooSlow(seconds);
            }
        }
    }

    /** Reading a document took longer than its deadline. */
    static final class TooSlow extends IOException {
        TooSlow(long seconds) {
            super("đọc quá " + seconds + " giây, đã bỏ dở");
        }
    }

    /** Text in reading order, page by page, noting whether the page just read draws an image. */
    static final class Stripper extends PDFTextStripper {
        private final Deadline deadline;
        private boolean image;

        Stripper(Deadline deadline) {
            this.deadline = deadline;
            setSortByPosition(true);
        }

        /** The text of page {@code number} (1-based), at most {@code cap} characters of it. */
        String page(PDDocument document, int number, int cap) throws IOException {
            image = false;
            setStartPage(number);
            setEndPage(number);
            CappedWriter out = new CappedWriter(cap);
            writeText(document, out);
            return out.text.toString();
        }

        /** Whether the page last read draws an image (an image XObject, also inside a form, or an inline image). */
        boolean sawImage() {
            return image;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            deadline.check();
            String name = operator.getName();
            if ("BI".equals(name)) {
                image = true;
            } else if ("Do".equals(name) && !operands.isEmpty() && operands.get(0) instanceof COSName xobject) {
                PDResources resources = getResources();
                image |= resources != null && resources.isImageXObject(xobject);
            }
            super.processOperator(operator, operands);
        }
    }

    /** Renders pages; large embedded images are subsampled to the output resolution, which bounds their memory. */
    static final class Renderer extends PDFRenderer {
        private final Deadline deadline;

        Renderer(PDDocument document, Deadline deadline) {
            super(document);
            this.deadline = deadline;
            setSubsamplingAllowed(true);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                    deadline.check();
                    super.processOperator(operator, operands);
                }
            };
        }
    }

    /** Keeps the first {@code cap} characters written and drops the rest: a page may hold megabytes of text. */
    private static final class CappedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int cap;

        CappedWriter(int cap) {
            this.cap = cap;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            int room = cap - text.length();
            if (room > 0) {
                text.append(chars, offset, Math.min(room, length));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
