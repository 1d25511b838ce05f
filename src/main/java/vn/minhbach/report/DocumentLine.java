package vn.minhbach.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.DocumentEvidence;

/**
 * The short line report.html shows under an evidence link resting on a document ("Tài liệu PDF, 1 trang, số
 * 210/BC-UBND, ngày 14/10/2026, kỳ 9 tháng năm 2026; bản quét đọc bằng OCR"): only the facts that were read, so a
 * reader sees what the verdict could lean on and nothing guessed.
 */
final class DocumentLine {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private DocumentLine() {
    }

    /** The line for {@code document} in Vietnamese, or null when there is none or nothing was read of it. */
    static String of(DocumentEvidence document) {
        return of(Messages.vi(), document);
    }

    /** The line for {@code document} in the language of {@code messages}, or null. */
    static String of(Messages messages, DocumentEvidence document) {
        if (document == null) {
            return null;
        }
        List<String> facts = new ArrayList<>();
        facts.add(document.type() == null ? messages.get("report.document.unknownType")
                : messages.get("report.document.type", document.type().toUpperCase(Locale.ROOT)));
        if (document.pages() != null) {
            facts.add(messages.get("report.document.pages", document.pages()));
        }
        if (document.number() != null) {
            facts.add(messages.get("report.document.number", document.number()));
        }
        if (document.issued() != null) {
            facts.add(messages.get("report.document.issued", Labels.day(messages, document.issued())));
        }
        if (document.period() != null) {
            facts.add(messages.get("report.document.period", period(messages, document.period())));
        }
        List<String> how = new ArrayList<>();
        if (Boolean.TRUE.equals(document.ocr())) {
            how.add(messages.get("report.document.ocr"));
        } else if (Boolean.FALSE.equals(document.textLayer())) {
            how.add(messages.get("report.document.noTextLayer"));
        }
        // Text that had to be converted from a legacy Vietnamese encoding; Unicode goes unsaid.
        String encoding = document.encoding();
        if (encoding != null && !encoding.equals("unicode")) {
            how.add(messages.get("report.document.encoding", encoding.toUpperCase(Locale.ROOT)));
        }
        if (facts.size() == 1 && how.isEmpty() && document.type() == null) {
            return null;
        }
        String line = String.join(", ", facts);
        return how.isEmpty() ? line : line + "; " + String.join("; ", how);
    }

    static String period(String key) {
        return period(Messages.vi(), key);
    }

    /** A period key of report.json ("2026-9M", "2026-Q3", "2026-H1", "2026-11", "2021-2025") in words. */
    static String period(Messages messages, String key) {
        String[] parts = key.split("-", 2);
        if (parts.length == 1) {
            return messages.get("report.documentPeriod.year", key);
        }
        String year = parts[0];
        String rest = parts[1];
        return switch (rest) {
            case "9M" -> messages.get("report.documentPeriod.nineMonths", year);
            case "H1" -> messages.get("report.documentPeriod.firstHalf", year);
            case "H2" -> messages.get("report.documentPeriod.secondHalf", year);
            case "Q1", "Q2", "Q3", "Q4" -> messages.get("report.documentPeriod.quarter", ROMAN[rest.charAt(1) - '1'],
                    year);
            default -> rest.length() == 4 ? messages.get("report.documentPeriod.span", key)
                    : rest.length() == 2 ? messages.get("report.documentPeriod.month", rest, year) : key;
        };
    }
}
