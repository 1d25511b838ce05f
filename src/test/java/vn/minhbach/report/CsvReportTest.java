package vn.minhbach.report;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.model.Finding;

class CsvReportTest {

    private final String csv = CsvReport.render(ReportFixture.run());

    @Test
    void matchesGoldenFile() throws Exception {
        Golden.assertMatches("report.csv", csv);
    }

    @Test
    void startsWithAByteOrderMarkAndUsesCrlf() {
        assertThat(csv).startsWith("\uFEFFid,criterion,site,title,status,reason,expected,latest,basis,version,"
                + "evidence_urls\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\r");
    }

    @Test
    void parsesBackToTheItems() {
        List<List<String>> rows = parse(csv.substring(1));
        assertThat(rows.get(0)).containsExactlyElementsOf(CsvReport.HEADER);
        List<Finding> items = ReportFixture.items();
        assertThat(rows).hasSize(items.size() + 1);
        for (int i = 0; i < items.size(); i++) {
            Finding f = items.get(i);
            List<String> row = rows.get(i + 1);
            assertThat(row).hasSize(CsvReport.HEADER.size());
            assertThat(row.subList(0, 7)).containsExactly(f.id(), f.criterion(), f.site().key(), f.title(),
                    f.status().name(), Messages.vi().format(f.reason()),
                    f.expected() == null ? "" : Messages.vi().format(f.expected()));
            assertThat(row.get(7)).isEqualTo(f.latest() == null ? "" : f.latest().toString());
            assertThat(row.get(8)).isEqualTo(String.join("; ", f.rule().basis()));
            assertThat(row.get(9)).isEqualTo(f.rule().version());
            assertThat(row.get(10).isEmpty() ? List.of() : List.of(row.get(10).split(" ")))
                    .containsExactlyElementsOf(f.evidence().stream().map(e -> e.url().toString()).toList());
        }
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        List<List<String>> rows = parse(csv.substring(1));
        List<String> qa = rows.stream().filter(r -> r.get(0).equals("qa.section")).findFirst().orElseThrow();
        assertThat(qa.get(5)).isEqualTo(ReportFixture.TRICKY_REASON).contains("\"", ",", "\n");
        assertThat(qa.get(1)).isEqualTo("5, 10");
        assertThat(csv).contains(",\"5, 10\",", "\"Trang \"\"Hỏi đáp\"\" trả về 503, 3 lần thử;\nkhông");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain | plain",
            "a,b | `\"a,b\"`",
            "`say \"hi\"` | `\"say \"\"hi\"\"\"`",
            "=SUM(A1) | '=SUM(A1)",
            "+84 255 | '+84 255",
            "-1 | '-1",
            "@cmd | '@cmd",
            "'=1,2 | `\"'=1,2\"`",
            "Đạt | Đạt"
    })
    void quotesAndDefusesFields(String value, String written) {
        assertThat(CsvReport.field(value)).isEqualTo(written);
    }

    @Test
    void quotesLineBreaks() {
        assertThat(CsvReport.field("một\r\nhai")).isEqualTo("\"một\r\nhai\"");
        assertThat(CsvReport.field("")).isEmpty();
    }

    /** An RFC 4180 reader, independent of the writer, to prove the file reads back as written. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(quoted).as("unterminated quote").isFalse();
        assertThat(field).as("last line ends with CRLF").isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }
}
