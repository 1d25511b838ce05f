package vn.minhbach.document;

/**
 * Reads one document, whatever its kind: tells the kind by content ({@link DocumentType#detect}) and hands it to
 * the reader of that kind. Never throws: a file that is not a document, or one its reader fails on, comes back as
 * a {@link DocumentText} with a failure.
 */
public final class Documents {
    static final String NOT_A_DOCUMENT = "không phải tệp văn bản đọc được";

    private Documents() {
    }

    /**
     * The text of {@code body}'s first pages.
     *
     * @param name the file name or address path, which tells apart the kinds that share a container
     * @param ocr  the OCR engine for scanned PDFs
     */
    public static DocumentText read(byte[] body, String name, Ocr ocr) {
        DocumentType type = DocumentType.detect(body, name);
        try {
            return switch (type) {
                case PDF -> PdfReader.read(body, ocr);
                case DOC, DOCX, XLS, XLSX, ODT -> OfficeReader.read(body, type);
                case UNKNOWN -> DocumentText.failed(type, NOT_A_DOCUMENT);
            };
        } catch (RuntimeException e) {
            // a reader's bug on one odd file must not end the audit: the file is reported unread
            return DocumentText.failed(type, "không đọc được: " + e);
        }
    }
}
