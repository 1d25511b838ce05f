package vn.minhbach.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's title as its first page writes it: the kind heading ("BÁO CÁO", "KẾ HOẠCH", "QUYẾT ĐỊNH") with the
 * trích yếu under it, which may run over two or three lines, or, for a letter (công văn), its "V/v ..." line.
 *
 * @param kind    the kind as the heading names it ("Báo cáo"), or null for a letter's subject line
 * @param subject the trích yếu, its lines joined, as read
 * @param excerpt the title's lines as read, joined, at most {@link #EXCERPT_LENGTH} characters
 */
record DocumentTitle(String kind, String subject, String excerpt) {

    static final int EXCERPT_LENGTH = 200;
    /** Folded heading → the kind as written in a sentence. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("bao cao", "Báo cáo"), Map.entry("ke hoach", "Kế hoạch"),
            Map.entry("quyet dinh", "Quyết định"), Map.entry("nghi quyet", "Nghị quyết"),
            Map.entry("thong bao", "Thông báo"), Map.entry("to trinh", "Tờ trình"), Map.entry("chi thi", "Chỉ thị"),
            Map.entry("huong dan", "Hướng dẫn"), Map.entry("chuong trinh", "Chương trình"), Map.entry("de an", "Đề án"),
            Map.entry("phuong an", "Phương án"), Map.entry("quy che", "Quy chế"), Map.entry("quy dinh", "Quy định"),
            Map.entry("cong van", "Công văn"), Map.entry("bien ban", "Biên bản"), Map.entry("danh muc", "Danh mục"),
            Map.entry("cong dien", "Công điện"), Map.entry("giay moi", "Giấy mời"));
    /** The kinds; their letters may be spaced out, as spaced capitals come out of a PDF ("B Á O  C Á O"). */
    private static final Pattern HEADING = Pattern.compile("^[^a-z0-9]*(" + String.join("|",
            KINDS.keySet().stream().map(k -> String.join("\\s*", k.replace(" ", "").split(""))).toList())
            + ")(?![a-z])[\\s:]*");
    /** What follows the trích yếu in a decision or resolution: its authority line, "QUYẾT ĐỊNH:", its grounds. */
    private static final Pattern STOP = Pattern.compile("^(?:\\(|can cu|kinh gui|chu tich|uy ban nhan dan|ubnd"
            + "|hoi dong nhan dan|hdnd|giam doc|truong ban|truong phong|theo de nghi|xet de nghi|xet to trinh"
            + "|dieu \\d|(?:\\d+|[ivx]+|[a-z])[.)]\\s|(?:quyet dinh|quyet nghi)\\s*:?$)");
    /** A line that opens a report's body; a plan's trích yếu may start so ("Thực hiện chuyển đổi số năm 2026"). */
    private static final Pattern BODY = Pattern.compile("^(?:thuc hien|ngay \\d|nam \\d{4},)");
    private static final int MAX_SUBJECT_LINES = 3;
    private static final int MAX_FIRST_LINE = 250;
    private static final int MAX_NEXT_LINE = 120;

    /** The title as one phrase ("Báo cáo tình hình thực hiện dự toán ngân sách 9 tháng năm 2026"), for matching. */
    String text() {
        if (kind == null) {
            return "V/v " + subject;
        }
        if (subject.isEmpty()) {
            return kind;
        }
        // "Tình hình ..." continues the sentence in lower case; "UBND ..." and an all-capitals trích yếu stay as read
        boolean sentenceCase = subject.length() > 1 && Character.isUpperCase(subject.charAt(0))
                && Character.isLowerCase(subject.charAt(1));
        return kind + " " + (sentenceCase ? Character.toLowerCase(subject.charAt(0)) + subject.substring(1) : subject);
    }

    /** Where {@code line} is a kind heading, the match (its group 1 the kind), else null. */
    static Matcher heading(TextLine line) {
        Matcher m = HEADING.matcher(line.folded());
        if (!m.lookingAt()) {
            return null;
        }
        String rest = line.folded().substring(m.end());
        // "Kế hoạch số 125/KH-UBND ..." cites a document, it does not head one
        return rest.matches("so\\s*[:.]?\\s*\\d.*") ? null : m;
    }

    /** The title headed by {@code lines.get(at)}, which {@link #heading} accepted. */
    static DocumentTitle under(List<TextLine> lines, int at) {
        TextLine head = lines.get(at);
        Matcher m = heading(head);
        String kind = kindOf(m.group(1));
        List<String> read = new ArrayList<>(List.of(head.text()));
        List<String> subject = new ArrayList<>();
        String sameLine = head.cut(m.end(), head.text().length());
        if (!sameLine.isEmpty()) {
            subject.add(sameLine);
        }
        for (int i = at + 1; i < lines.size() && subject.size() < MAX_SUBJECT_LINES; i++) {
            TextLine line = lines.get(i);
            if (!line.hasWords()) {
                if (subject.isEmpty()) {
                    continue;
                }
                break;
            }
            if (!accepts(line, subject.isEmpty())) {
                break;
            }
            subject.add(line.text());
            read.add(line.text());
            if (line.text().endsWith(".")) {
                break;
            }
        }
        return new DocumentTitle(kind, String.join(" ", subject), excerpt(read));
    }

    /** A letter's subject: its "V/v" line and the lower-case lines continuing it, up to the place-date if on it. */
    static DocumentTitle subjectLine(List<TextLine> header, int at, int labelEnd) {
        List<String> subject = new ArrayList<>();
        for (int i = at; i < header.size() && subject.size() < MAX_SUBJECT_LINES; i++) {
            TextLine line = header.get(i);
            int from = i == at ? labelEnd : 0;
            int place = DocumentHeader.placeStart(line);
            if (i > at && !continuesSubject(line, place)) {
                break;
            }
            int to = place < from ? line.text().length() : place;
            String part = line.cut(from, to);
            if (!part.isEmpty()) {
                subject.add(part);
            }
        }
        if (subject.isEmpty()) {
            return null;
        }
        String joined = String.join(" ", subject);
        return new DocumentTitle(null, joined, excerpt(List.of("V/v " + joined)));
    }

    /**
     * A subject's next line goes on in lower case or with a number ("năm 2026 của các đơn vị"); a place-date beside it
     * is cut off only where its capitals tell where it starts, not in converted lower-case text.
     */
    private static boolean continuesSubject(TextLine line, int place) {
        if (!line.hasWords() || STOP.matcher(line.folded()).find()) {
            return false;
        }
        char first = line.text().charAt(0);
        boolean goesOn = Character.isLowerCase(first) || Character.isDigit(first);
        return goesOn && (place < 0 || line.text().codePoints().anyMatch(Character::isUpperCase));
    }

    private static boolean accepts(TextLine line, boolean first) {
        if (STOP.matcher(line.folded()).find() || DocumentHeader.placeStart(line) >= 0) {
            return false;
        }
        if (first) {
            return line.text().length() <= MAX_FIRST_LINE;
        }
        return line.text().length() <= MAX_NEXT_LINE && !BODY.matcher(line.folded()).find();
    }

    private static String kindOf(String heading) {
        String letters = heading.replaceAll("\\s+", "");
        return KINDS.entrySet().stream().filter(e -> e.getKey().replace(" ", "").equals(letters))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    private static String excerpt(List<String> lines) {
        String all = String.join(" ", lines);
        if (all.length() <= EXCERPT_LENGTH) {
            return all;
        }
        int cut = all.lastIndexOf(' ', EXCERPT_LENGTH - 1);
        return all.substring(0, cut > 0 ? cut : EXCERPT_LENGTH - 1) + "…";
    }
}
