package vn.minhbach.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.minhbach.model.Text;

/**
 * Why a document could not be fetched or read ({@link ReadDocument#failure}), as a reason says it: the crawler's
 * and the document readers' Vietnamese sentences, known by their shape, become keys {@code check.document.<name>} whose parts are said the
 * same way; what a library or a server said stays as it is.
 */
final class DocumentFailures {
    private record Rule(Pattern shape, String name) {
    }

    private static final List<Rule> RULES = List.of(
            rule("tệp PDF rỗng", "pdfEmpty"),
            rule("tệp PDF không có trang nào", "pdfNoPages"),
            rule("tệp PDF có mật khẩu, không mở được để đọc", "pdfPassword"),
            rule("tệp PDF hỏng, không đọc được: (.+)", "pdfBroken"),
            rule("tệp PDF đọc quá (\\d+) giây, đã bỏ dở", "pdfTooSlow"),
            rule("bản quét \\(không có lớp chữ\\), (.+)", "scan"),
            rule("các trang đầu không có lớp chữ, (.+)", "noTextLayer"),
            rule("không đọc được vì (.+)", "because"),
            rule("OCR không đọc được chữ nào", "ocrEmpty"),
            rule("OCR không đọc được chữ nào: (.+)", "ocrEmptyWhy"),
            rule("tesseract không có dữ liệu tiếng Việt \\(chưa cài tesseract-ocr-vie\\)", "noVietnamese"),
            rule("tesseract không chạy được: (.+)", "tesseractFailed"),
            rule("máy chưa cài tesseract-ocr và tesseract-ocr-vie \\(không tìm thấy tesseract trên PATH\\)",
                    "noTesseract"),
            rule("không phải địa chỉ http\\(s\\)", "notHttp"),
            rule("robots.txt không cho phép", "robots"),
            rule("không tải được: (.+)", "unfetched"),
            rule("HTTP (\\d+)", "http"),
            rule("lớn hơn crawl.maxDocumentBytes \\((\\d+) byte\\) nên không đọc", "tooLarge"),
            rule("Tệp rỗng", "empty"),
            rule("Không phải tệp Word, Excel hay ODT", "notOffice"),
            rule("Tệp được bảo vệ bằng mật khẩu, không đọc được nội dung", "password"),
            rule("Tệp ở định dạng cũ \\(Word 6/95, Excel 5/95\\), không đọc được: (.+)", "oldFormat"),
            rule("Tệp hỏng hoặc không đúng định dạng (\\S+): (.+)", "broken"),
            rule("Tệp không có nội dung chữ \\(có thể chỉ có hình ảnh\\)", "noText"),
            rule("không phải tệp văn bản đọc được", "notDocument"),
            rule("không đọc được: (.+)", "unreadable"));

    private DocumentFailures() {
    }

    private static Rule rule(String shape, String name) {
        return new Rule(Pattern.compile(shape, Pattern.DOTALL), name);
    }

    /** The failure as a reason says it; null for none. */
    static Text text(String failure) {
        if (failure == null) {
            return null;
        }
        for (Rule rule : RULES) {
            Matcher m = rule.shape().matcher(failure);
            if (m.matches()) {
                List<Object> parts = new ArrayList<>();
                for (int g = 1; g <= m.groupCount(); g++) {
                    parts.add(text(m.group(g)));
                }
                return Text.of("check.document." + rule.name(), parts.toArray());
            }
        }
        return Text.plain(failure);
    }
}
