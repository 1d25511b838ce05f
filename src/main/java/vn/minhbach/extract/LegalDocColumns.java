package vn.minhbach.extract;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import vn.minhbach.text.DocumentNumbers;
import vn.minhbach.text.VietDates;

/**
 * Which column of a list table holds a document's number, issue date, abstract and file (-1: none). The
 * header names them when it can ("Số/Ký hiệu", "Ngày ban hành", "Trích yếu", "Tải về"); a column it leaves
 * unnamed, or every column of a table without a header, is recognised by what most of its cells hold: a
 * document number alone, a date alone, a file link or an icon-only link, the longest texts. Columns the header
 * names for something else (issuer, type, field, effective date) are never taken for these.
 */
record LegalDocColumns(int number, int date, int summary, int file) {

    static final List<String> NUMBER = Fields.labels("số ký hiệu", "số/ký hiệu", "số, ký hiệu", "số hiệu",
            "ký hiệu", "số văn bản", "số vb", "số, ký hiệu văn bản", "số kh", "số/kh");
    static final List<String> DATE = Fields.labels("ngày ban hành", "ban hành", "ngày ký", "ngày xác thực",
            "ngày văn bản", "ngày bh", "ngày vb", "ngày", "issued", "date");
    static final List<String> SUMMARY = Fields.labels("trích yếu", "trích yếu nội dung", "tên văn bản",
            "nội dung", "tiêu đề", "tóm tắt", "tóm tắt nội dung", "văn bản", "tên", "title");
    static final List<String> FILE = Fields.labels("tải về", "file đính kèm", "tệp đính kèm", "đính kèm",
            "tập tin", "file", "tệp tin", "tệp", "download", "văn bản điện tử", "tải");
    /** Columns about something else, whose labels share words with the ones above ("cơ quan ban hành"). */
    static final List<String> OTHER = Fields.labels("cơ quan ban hành", "cq ban hành", "đơn vị ban hành",
            "nơi ban hành", "cơ quan bh", "cq bh", "đơn vị bh", "người ký", "loại văn bản", "lĩnh vực", "hiệu lực", "tình trạng", "stt", "số tt");

    /** Share of a column's filled cells that must hold the same kind of value for the column to be it. */
    private static final double MOST = 0.6;
    private static final int SAMPLE = 30;
    private static final int MAX_NUMBER_CELL = 40;
    private static final int MAX_DATE_CELL = 24;
    private static final int MIN_SUMMARY = 20;

    static LegalDocColumns of(URI url, HeaderTable table) {
        int width = table.rows().stream().limit(SAMPLE).mapToInt(r -> HeaderTable.cells(r).size()).max().orElse(0);
        Set<Integer> taken = new HashSet<>();
        for (int i = 0; i < table.header().size(); i++) {
            if (HeaderTable.column(List.of(table.header().get(i)), OTHER) >= 0) {
                taken.add(i);
            }
        }
        int number = named(table, NUMBER, taken);
        int date = named(table, DATE, taken);
        int file = named(table, FILE, taken);
        int summary = named(table, SUMMARY, taken);
        List<Element> rows = table.rows().subList(0, Math.min(SAMPLE, table.rows().size()));
        if (number < 0) {
            number = most(rows, width, taken, c -> c.text().length() <= MAX_NUMBER_CELL
                    && DocumentNumbers.first(c.text()).isPresent());
        }
        if (date < 0) {
            date = most(rows, width, taken, c -> c.text().length() <= MAX_DATE_CELL
                    && VietDates.first(c.text()).isPresent() && DocumentNumbers.first(c.text()).isEmpty());
        }
        if (file < 0) {
            file = most(rows, width, taken, c -> c.selectFirst(Css.of("a[href]")) != null
                    && (c.select(Css.of("a[href]")).stream().anyMatch(a -> a.text().isBlank())
                    || !Links.attachments(url, c).isEmpty()));
        }
        if (summary < 0) {
            summary = longest(rows, width, taken);
        }
        return new LegalDocColumns(number, date, summary, file);
    }

    private static int named(HeaderTable table, List<String> labels, Set<Integer> taken) {
        for (String label : labels) {
            for (int i = 0; i < table.header().size(); i++) {
                if (!taken.contains(i) && Folded.indexOfWord(table.header().get(i), label, 0) >= 0) {
                    taken.add(i);
                    return i;
                }
            }
        }
        return -1;
    }

    /** The first free column where most filled cells pass the test; it is then taken. */
    private static int most(List<Element> rows, int width, Set<Integer> taken, Predicate<Element> test) {
        for (int i = 0; i < width; i++) {
            if (taken.contains(i)) {
                continue;
            }
            int filled = 0;
            int passed = 0;
            for (Element row : rows) {
                Element cell = HeaderTable.cell(row, i);
                // an icon link fills a cell that has no text
                if (cell != null && (!cell.text().isBlank() || cell.selectFirst(Css.of("a[href]")) != null)) {
                    filled++;
                    passed += test.test(cell) ? 1 : 0;
                }
            }
            if (filled > 0 && passed >= MOST * filled) {
                taken.add(i);
                return i;
            }
        }
        return -1;
    }

    /** The free column with the longest texts on average, when they are long enough to be abstracts. */
    private static int longest(List<Element> rows, int width, Set<Integer> taken) {
        int best = -1;
        double bestMean = MIN_SUMMARY;
        for (int i = 0; i < width; i++) {
            if (taken.contains(i)) {
                continue;
            }
            int total = 0;
            for (Element row : rows) {
                Element cell = HeaderTable.cell(row, i);
                total += cell == null ? 0 : cell.text().length();
            }
            double mean = rows.isEmpty() ? 0 : (double) total / rows.size();
            if (mean >= bestMean) {
                best = i;
                bestMean = mean;
            }
        }
        return best;
    }
}
