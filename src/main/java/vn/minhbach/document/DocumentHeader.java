package vn.minhbach.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.minhbach.text.DocumentNumbers;
import vn.minhbach.text.VietDates;
import vn.minhbach.text.VietText;

/**
 * The facts a document's header states (the lines above its title, NĐ 30/2020/NĐ-CP Phụ lục I): the issuing body
 * in the left column, the số ký hiệu under it, the place-date line in the right column under the national motto.
 * Text taken from a PDF often gives both columns interleaved on one line ("UBND HUYỆN LÝ SƠN CỘNG HÒA XÃ HỘI CHỦ
 * NGHĨA VIỆT NAM"), so each fact is cut out of its line rather than taken as the whole line. Matching runs on the
 * folded line: converted all-lower-case text and OCR that misreads a diacritic ("Sô:") read alike.
 */
final class DocumentHeader {

    /** "Số:", "Số 125", "Sô:"; the label counts at the start of a line or with its colon, never "kế hoạch số 125". */
    private static final Pattern NUMBER_LABEL = Pattern.compile("(?<![a-z0-9])so\\s*([:;.])?\\s*");
    /**
     * A number as typed in a header, spaces allowed around its parts ("12 /QĐ-UBND", "210/BC- UBND"); at most
     * eight parts after the first, as {@link DocumentNumbers} reads, so a line of thousands cannot overflow the
     * stack (each repetition of a group is a stack frame deeper).
     */
    private static final Pattern NUMBER_TEXT = Pattern.compile(
            "\\d{1,5}\\p{L}?\\s*/\\s*(?:\\d{4}\\s*/\\s*)?[\\p{L}\\d]+(?:\\s*-\\s*[\\p{L}\\d]+){0,8}");
    /**
     * "Lý Sơn, ngày", or "ngày" opening its line; a date cited in a sentence ("Quyết định ... ngày 20/12") has no
     * comma before it.
     */
    private static final Pattern PLACE_DATE = Pattern.compile("(?:^|[,.])\\s*ngay(?![a-z])\\s*");
    private static final Pattern MOTTO = Pattern.compile(
            "cong\\s*hoa\\s*xa\\s*hoi\\s*chu\\s*nghia\\s*viet\\s*nam"
                    + "|doc\\s*lap\\s*[-,.]*\\s*tu\\s*do\\s*[-,.]*\\s*hanh\\s*phuc"
                    + "|[-_=*.~]{3,}");
    private static final Pattern MOTTO_WORDS = Pattern.compile(
            "cong\\s*hoa\\s*xa\\s*hoi|doc\\s*lap\\s*[-,.]*\\s*tu\\s*do");
    /** A draft's or an urgent document's stamp, set above the header ("DỰ THẢO", "HỎA TỐC"). */
    private static final Pattern STAMP = Pattern.compile("du thao|khan|thuong khan|hoa toc|mat|toi mat|tuyet mat");
    private static final Pattern SUBJECT = Pattern.compile("^(?:v\\s*/\\s*v|v\\.v\\.?)(?![a-z])\\s*");
    /** Lines above a header that are not its issuer: the form a budget table follows ("Mẫu số 03/CKNS"). */
    private static final Pattern NOT_ISSUER = Pattern.compile("^(?:mau so|bieu so|bieu mau|phu luc)(?![a-z])");
    private static final int MAX_ISSUER_LINES = 3;
    private static final int MAX_ISSUER_LENGTH = 80;

    private DocumentHeader() {
    }

    /** The số ký hiệu after the first "Số:" label, in the form {@link DocumentNumbers} gives, or null. */
    static String number(List<TextLine> header) {
        for (TextLine line : header) {
            Matcher label = numberLabel(line);
            if (label == null) {
                continue;
            }
            Matcher m = NUMBER_TEXT.matcher(line.text()).region(label.end(), line.text().length());
            if (!m.lookingAt()) {
                return null;
            }
            String typed = m.group().replaceAll("\\s+", "");
            Optional<String> number = DocumentNumbers.first(typed)
                    .or(() -> DocumentNumbers.first(typed.toUpperCase(Locale.ROOT)));
            return number.filter(n -> n.length() == typed.length()).orElse(null);
        }
        return null;
    }

    /**
     * The date of the first place-date line, or null: a blank day or month ("ngày   tháng 10 năm 2026", a draft
     * or a copy published before signing) leaves it unread rather than taken from elsewhere.
     */
    static LocalDate issued(List<TextLine> header) {
        for (int i = 0; i < header.size(); i++) {
            TextLine line = header.get(i);
            Matcher label = PLACE_DATE.matcher(line.folded());
            if (!label.find()) {
                continue;
            }
            String rest = line.folded().substring(label.end());
            LocalDate date = dateAtStart(rest);
            if (date == null && i + 1 < header.size()) {
                // "ngày 14 tháng 10" / "năm 2026" broken over two lines
                date = dateAtStart(rest + " " + header.get(i + 1).folded());
            }
            return date;
        }
        return null;
    }

    /**
     * The issuing body: the left column's lines above the number, parent body first ("UBND HUYỆN LÝ SƠN PHÒNG TÀI
     * CHÍNH - KẾ HOẠCH"), a name wrapped over two lines joined ("ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN"); null when none, or
     * when nothing shows the lines are a header (no number, motto or place-date: a table's caption, a body page).
     */
    static String issuer(List<TextLine> header) {
        if (header.stream().noneMatch(DocumentHeader::isHeaderLine)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (TextLine line : header) {
            Matcher label = numberLabel(line);
            boolean subject = subject(line) != null;
            int place = placeStart(line);
            if (place >= 0 && isLowerCase(line)) {
                // in converted lower-case text a place name cannot be told from the issuer beside it
                if (label != null) {
                    break;
                }
                continue;
            }
            if (NOT_ISSUER.matcher(line.folded()).find()) {
                continue;
            }
            int end = subject ? 0 : line.text().length();
            end = label == null ? end : Math.min(end, label.start());
            end = place < 0 ? end : Math.min(end, place);
            String part = withoutMotto(line, end);
            if (part.length() > MAX_ISSUER_LENGTH || part.startsWith("(")) {
                break;
            }
            if (!part.isEmpty() && !STAMP.matcher(VietText.fold(part)).matches()) {
                parts.add(part);
            }
            if (label != null || subject || parts.size() == MAX_ISSUER_LINES) {
                break;
            }
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** Whether the line states a header's fact: a number, the motto, a place-date. */
    static boolean isHeaderLine(TextLine line) {
        return numberLabel(line) != null || placeStart(line) >= 0 || MOTTO_WORDS.matcher(line.folded()).find();
    }

    /**
     * The line's "Số:" label, or null when it has none that labels the document's own number: one opening the line,
     * or a capitalised "Số:" beside the other column's text; a citation's "quyết định số: 12/QĐ-UBND" is neither.
     */
    static Matcher numberLabel(TextLine line) {
        Matcher m = NUMBER_LABEL.matcher(line.folded());
        while (m.find()) {
            boolean opensLine = m.start() == 0 && m.end() < line.folded().length()
                    && (m.group(1) != null || Character.isDigit(line.folded().charAt(m.end())));
            boolean beside = ":".equals(m.group(1)) && Character.isUpperCase(line.text().charAt(m.start()));
            if (opensLine || beside) {
                return m;
            }
        }
        return null;
    }

    /** The line's opening "V/v" (về việc) label, as a letter's subject line has, or null. */
    static Matcher subject(TextLine line) {
        Matcher m = SUBJECT.matcher(line.folded());
        return m.find() ? m : null;
    }

    /**
     * Where the line's place-date starts, or -1 when it has none: the place's capitalised words before ", ngày"
     * belong to it ("V/v công khai dự toán Lý Sơn, ngày ..." starts at "Lý"), the upper-case issuer beside it not.
     */
    static int placeStart(TextLine line) {
        Matcher m = PLACE_DATE.matcher(line.folded());
        if (!m.find()) {
            return -1;
        }
        String text = line.text();
        int start = m.start();
        while (start > 0) {
            int wordEnd = start;
            while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
            int wordStart = text.lastIndexOf(' ', wordEnd - 1) + 1;
            if (wordStart >= wordEnd || !isPlaceWord(text.substring(wordStart, wordEnd))) {
                break;
            }
            start = wordStart;
        }
        return start;
    }

    /** "Lý", "Sơn", "Ngãi": a capital then lower case, as place names are written and issuer names are not. */
    private static boolean isPlaceWord(String word) {
        return Character.isUpperCase(word.charAt(0)) && word.codePoints().skip(1).anyMatch(Character::isLowerCase);
    }

    private static boolean isLowerCase(TextLine line) {
        return line.text().codePoints().noneMatch(Character::isUpperCase);
    }

    private static LocalDate dateAtStart(String folded) {
        // VietDates reads "tháng"/"năm" with their marks; the folded line, which OCR may have stripped, gets them back
        String written = folded.strip().replace("thang", "tháng").replace("nam", "năm");
        List<VietDates.Stamp> stamps = VietDates.stamps(written);
        return stamps.isEmpty() || stamps.get(0).start() != 0 ? null : stamps.get(0).date();
    }

    /** The line's text up to {@code end} with the motto column's words and rules taken out. */
    private static String withoutMotto(TextLine line, int end) {
        StringBuilder kept = new StringBuilder();
        Matcher m = MOTTO.matcher(line.folded()).region(0, end);
        int from = 0;
        while (m.find()) {
            kept.append(line.text(), from, m.start()).append(' ');
            from = m.end();
        }
        kept.append(line.text(), from, end);
        return kept.toString().replaceAll("\\s+", " ").replaceAll("^[\\s:,;.-]+|[\\s:,;.]+$", "");
    }
}
