package vn.minhbach.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.minhbach.model.DocumentEvidence;

/**
 * The short line report.html shows under an evidence link resting on a document ("Tài liệu PDF, 1 trang, số
 * 210/BC-UBND, ngày 14/10/2026, kỳ 9 tháng năm 2026; bản quét đọc bằng OCR"): only the facts that were read, so a
 * reader sees what the verdict could lean on and nothing guessed.
 */
final class DocumentLine {

    private DocumentLine() {
    }

    /** The line for {@code document}, or null when there is none or nothing was read of it. */
    static String of(DocumentEvidence document) {
        if (document == null) {
            return null;
        }
        List<String> facts = new ArrayList<>();
        facts.add(document.type() == null ? "Tài liệu" : "Tài liệu " + document.type().toUpperCase(Locale.ROOT));
        if (document.pages() != null) {
            facts.add(document.pages() + " trang");
        }
        if (document.number() != null) {
            facts.add("số " + document.number());
        }
        if (document.issued() != null) {
            facts.add("ngày " + Labels.day(document.issued()));
        }
        if (document.period() != null) {
            facts.add("kỳ " + period(document.period()));
        }
        List<String> how = new ArrayList<>();
        if (Boolean.TRUE.equals(document.ocr())) {
            how.add("bản quét đọc bằng OCR");
        } else if (Boolean.FALSE.equals(document.textLayer())) {
            how.add("bản quét không có lớp chữ, chưa đọc được");
        }
        String encoding = encoding(document.encoding());
        if (encoding != null) {
            how.add(encoding);
        }
        if (facts.size() == 1 && how.isEmpty() && document.type() == null) {
            return null;
        }
        String line = String.join(", ", facts);
        return how.isEmpty() ? line : line + "; " + String.join("; ", how);
    }

    /** A period key of report.json ("2026-9M", "2026-Q3", "2026-H1", "2026-11", "2021-2025") in words. */
    static String period(String key) {
        String[] parts = key.split("-", 2);
        if (parts.length == 1) {
            return "năm " + key;
        }
        String year = parts[0];
        String rest = parts[1];
        return switch (rest) {
            case "9M" -> "9 tháng năm " + year;
            case "H1" -> "6 tháng đầu năm " + year;
            case "H2" -> "6 tháng cuối năm " + year;
            case "Q1", "Q2", "Q3", "Q4" -> "quý " + ROMAN[rest.charAt(1) - '1'] + " năm " + year;
            default -> rest.length() == 4 ? "giai đoạn " + key
                    : rest.length() == 2 ? "tháng " + rest + "/" + year : key;
        };
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** Text that had to be converted from a legacy Vietnamese encoding; Unicode goes unsaid. */
    private static String encoding(String encoding) {
        if (encoding == null || encoding.equals("unicode")) {
            return null;
        }
        return "chữ mã " + encoding.toUpperCase(Locale.ROOT) + " đã chuyển sang Unicode";
    }
}
