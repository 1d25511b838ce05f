package vn.minhbach.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.minhbach.text.LegacyVietnamese;
import vn.minhbach.text.LegacyVietnamese.Encoding;

/**
 * Reads Word (DOC, DOCX), Excel (XLS, XLSX) and OpenDocument text (ODT) attachments to the text of their first
 * part (checklist.md "Documents behind the links"), with legacy Vietnamese converted to Unicode: runs drawn in
 * ".Vn" (TCVN3) or "VNI-" fonts are converted run by run, and a text that still reads as TCVN3 or VNI as a whole
 * (typed without font information) is converted after. Never throws: a corrupt, protected or unsupported file
 * gives a {@link DocumentText#failed failure} with its reason.
 */
public final class OfficeReader {

    /** Characters read: the facts (number, date, period, issuer) are on the first pages. */
    public static final int MAX_CHARS = 20_000;
    static final int MAX_SHEETS = 5;
    static final int MAX_ROWS = 2_000;
    static final int MAX_CELLS = 100;
    /** The most one ZIP entry of a DOCX or XLSX may inflate to (POI's default is 4 GiB). */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    static {
        // Set once for every POI reader in this process, against ZIP bombs: no entry past MAX_ENTRY_BYTES, and none
        // inflating more than 100 times its compressed size (POI's default ratio, stated so that it stays so).
        // POI's per-record allocation limits for DOC and XLS are left at their defaults: raising them all to one
        // override would let a forged small record claim that much memory.
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    private OfficeReader() {
    }

    /** The text of {@code body}, a file of {@code type}; a failure for PDF, UNKNOWN or a file that cannot be read. */
    public static DocumentText read(byte[] body, DocumentType type) {
        if (body == null || body.length == 0) {
            return DocumentText.failed(type, "Tệp rỗng");
        }
        if (type == DocumentType.PDF || type == DocumentType.UNKNOWN) {
            return DocumentText.failed(type, "Không phải tệp Word, Excel hay ODT");
        }
        RunText out = new RunText(MAX_CHARS);
        Integer pages;
        try {
            pages = switch (type) {
                case DOC -> WordDocReader.read(body, out);
                case DOCX -> DocxReader.read(unencrypted(body), out);
                case XLS -> XlsReader.read(body, out);
                case XLSX -> XlsxReader.read(unencrypted(body), out);
                case ODT -> OdtReader.read(body, out);
                case PDF, UNKNOWN -> throw new IllegalStateException("not an office type: " + type);
            };
        } catch (EncryptedDocumentException e) {
            return DocumentText.failed(type, "Tệp được bảo vệ bằng mật khẩu, không đọc được nội dung");
        } catch (OldFileFormatException e) {
            return DocumentText.failed(type, "Tệp ở định dạng cũ (Word 6/95, Excel 5/95), không đọc được: "
                + e.getMessage());
        } catch (IOException | RuntimeException e) {
            // POI reports a broken file by many unchecked exceptions (RecordFormatException, POIXMLException...)
            return DocumentText.failed(type, "Tệp hỏng hoặc không đúng định dạng " + type.name()
                + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        return finish(type, pages, out);
    }

    /**
     * The OLE2 container of a DOC or XLS. A password-protected DOCX or XLSX is an OLE2 container too (its
     * package encrypted in an "EncryptionInfo" and "EncryptedPackage" pair), which HWPF and HSSF would call corrupt.
     */
    static POIFSFileSystem ole2(byte[] body) throws IOException {
        POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(body));
        if (fs.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)) {
            fs.close();
            throw new EncryptedDocumentException("encrypted OOXML package");
        }
        return fs;
    }

    /** {@code body}, unless it is an encrypted OOXML package (an OLE2 container, not a ZIP). */
    private static byte[] unencrypted(byte[] body) throws IOException {
        if (DocumentType.detect(body, "") == DocumentType.DOC) {
            ole2(body).close();
        }
        return body;
    }

    private static DocumentText finish(DocumentType type, Integer pages, RunText out) {
        String text = out.text();
        if (text.isBlank()) {
            return DocumentText.failed(type, "Tệp không có nội dung chữ (có thể chỉ có hình ảnh)");
        }
        Encoding encoding = LegacyVietnamese.detect(text);
        if (encoding != Encoding.UNICODE) {
            text = LegacyVietnamese.toUnicode(text, encoding);
        } else {
            encoding = out.runsEncoding();
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
        }
        return new DocumentText(type, pages, null, false, encoding.key(), text, null);
    }
}
