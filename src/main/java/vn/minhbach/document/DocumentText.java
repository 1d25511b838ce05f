package vn.minhbach.document;

/**
 * What the first pages of a document say, as read: the text and how it was read. A document that could not be
 * read (corrupt, protected by a password, a scan with no OCR engine) has a {@code failure} and no text; fields
 * not known are null, never guessed.
 *
 * @param type      the kind of file, told by its content ({@link DocumentType})
 * @param pages     its page count (PDF; DOCX and ODT when their metadata says), or null
 * @param textLayer for a PDF, whether it has a text layer (false: a scan); null for other types
 * @param ocr       the text came from OCR of page images
 * @param encoding  the encoding the text was in before it was converted to Unicode: "unicode", "tcvn3" or "vni"
 * @param text      the text of the first pages, in Unicode (NFC), or null
 * @param failure   why the document could not be read, or null
 */
public record DocumentText(DocumentType type, Integer pages, Boolean textLayer, boolean ocr, String encoding,
                           String text, String failure) {

    public static DocumentText failed(DocumentType type, String why) {
        return new DocumentText(type, null, null, false, null, null, why);
    }

    public boolean read() {
        return text != null;
    }
}
