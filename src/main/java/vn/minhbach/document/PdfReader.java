package vn.minhbach.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;

/**
 * Reads the first pages of a PDF to text with PDFBox: the text layer in reading order, or, for a scan (first pages
 * with almost no text), the text Tesseract reads in the rendered pages when {@link Ocr} is available. Never throws:
 * a protected, corrupt or too slow document, or a scan with no OCR engine, comes back with a {@code failure} saying
 * why. Memory is bounded (PDFBox's scratch buffers spill to capped temporary files, pages are rendered one at a
 * time with a pixel cap) and so is time (a deadline on PDFBox's work, a timeout per OCR page).
 */
public final class PdfReader {

    /** The pages read: a document's number, date, body and subject are on its first page or two. */
    static final int FIRST_PAGES = 3;
    /** The pages of a scan given to OCR, which costs seconds a page. */
    static final int OCR_PAGES = 2;
    /** The most text kept, after normalisation. */
    static final int MAX_CHARS = 20_000;
    /** Fewer non-space characters than this per page read means no text layer: a scan. */
    static final int MIN_CHARS_PER_PAGE = 20;
    static final float OCR_DPI = 300;
    /** A4 at 300 dpi is 8.7 million pixels; oversized pages are rendered at a lower resolution. */
    static final long MAX_PIXELS = 25_000_000L;
    static final long SECONDS = 30;
    private static final long SCRATCH_MEMORY = 8L << 20;
    private static final long SCRATCH_DISK = 64L << 20;
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\p{Cc}\\u200B\\uFEFF]+");

    private PdfReader() {
    }

    /** The text of {@code body}'s first pages, OCR'd with {@code ocr} when it is a scan. */
    public static DocumentText read(byte[] body, Ocr ocr) {
        if (body == null || body.length == 0) {
            return DocumentText.failed(DocumentType.PDF, "tệp PDF rỗng");
        }
        PdfEngines.Deadline deadline = PdfEngines.Deadline.in(SECONDS);
        Integer pages = null;
        try (PDDocument document = Loader.loadPDF(body, "", null, null,
                MemoryUsageSetting.setupMixed(SCRATCH_MEMORY, SCRATCH_DISK).streamCache)) {
            pages = document.getNumberOfPages();
            if (pages == 0) {
                return failure(pages, null, "tệp PDF không có trang nào");
            }
            PdfEngines.Stripper stripper = new PdfEngines.Stripper(deadline);
            StringBuilder raw = new StringBuilder();
            int read = Math.min(pages, FIRST_PAGES);
            int letters = 0;
            boolean images = false;
            for (int page = 1; page <= read; page++) {
                String text = stripper.page(document, page, 4 * MAX_CHARS);
                letters += (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                        .count();
                images |= stripper.sawImage();
                raw.append(text).append('\n');
            }
            if (letters >= MIN_CHARS_PER_PAGE * read) {
                return new DocumentText(DocumentType.PDF, pages, true, false, "unicode", normalise(raw.toString()),
                        null);
            }
            String what = images ? "bản quét (không có lớp chữ)" : "các trang đầu không có lớp chữ";
            if (!ocr.available()) {
                return failure(pages, false, what + ", không đọc được vì " + ocr.why());
            }
            return ocr(document, pages, what, ocr);
        } catch (InvalidPasswordException e) {
            return failure(pages, null, "tệp PDF có mật khẩu, không mở được để đọc");
        } catch (PdfEngines.TooSlow e) {
            return failure(pages, null, "tệp PDF " + e.getMessage());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // A malformed file can surface as any runtime exception (or a recursion too deep) inside the parser.
            String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                    : e.getMessage();
            return failure(pages, null, "tệp PDF hỏng, không đọc được: " + reason);
        }
    }

    /** Renders the first pages one at a time and reads them with {@code ocr}. */
    private static DocumentText ocr(PDDocument document, int pages, String what, Ocr ocr) {
        List<String> texts = new ArrayList<>();
        String problem = null;
        for (int index = 0; index < Math.min(pages, OCR_PAGES); index++) {
            try {
                // Each page gets its own rendering deadline: the time OCR took is not PDFBox's.
                BufferedImage image = new PdfEngines.Renderer(document, PdfEngines.Deadline.in(SECONDS))
                        .renderImage(index, scale(document.getPage(index).getCropBox()), ImageType.GRAY);
                texts.add(ocr.text(image));
            } catch (IOException | RuntimeException e) {
                problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
        String text = normalise(String.join("\n", texts));
        if (!text.isEmpty()) {
            return new DocumentText(DocumentType.PDF, pages, false, true, "unicode", text, null);
        }
        return failure(pages, false, what + ", OCR không đọc được chữ nào"
                + (problem == null ? "" : ": " + problem));
    }

    /** The scale from PDF points to pixels: {@link #OCR_DPI}, lowered so the page stays within {@link #MAX_PIXELS}. */
    static float scale(PDRectangle box) {
        float scale = OCR_DPI / 72f;
        double pixels = (double) box.getWidth() * box.getHeight() * scale * scale;
        return pixels <= MAX_PIXELS ? scale : (float) (scale * Math.sqrt(MAX_PIXELS / pixels));
    }

    /**
     * NFC, each line's whitespace (NBSP, zero-width spaces, control characters) collapsed to single spaces, blank
     * lines dropped, cut to {@link #MAX_CHARS}.
     */
    static String normalise(String raw) {
        StringBuilder out = new StringBuilder();
        for (String line : Normalizer.normalize(raw, Normalizer.Form.NFC).split("\\R")) {
            String collapsed = SPACES.matcher(line).replaceAll(" ").strip();
            if (!collapsed.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(collapsed);
            }
        }
        int end = Math.min(out.length(), MAX_CHARS);
        if (end > 0 && end < out.length() && Character.isHighSurrogate(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(0, end);
    }

    private static DocumentText failure(Integer pages, Boolean textLayer, String why) {
        return new DocumentText(DocumentType.PDF, pages, textLayer, false, null, null, why);
    }
}
