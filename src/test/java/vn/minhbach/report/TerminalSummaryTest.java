package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;

class TerminalSummaryTest {

    private static final String ANSI = "\u001B\\[[0-9;]*m";

    private final AuditRun run = ReportFixture.run();

    @Test
    void onePlainLinePerItemThenTotals() {
        List<String> lines = TerminalSummary.render(run, false).lines().toList();
        assertThat(lines).hasSize(run.items().size() + 2);
        assertThat(lines.get(0)).startsWith("Mục").contains("Kết quả", "Lý do");
        assertThat(lines.get(1)).startsWith("planning.annual-plan   Đạt")
                .endsWith("Có kế hoạch năm 2026 (ngày 20/01/2026)");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Tổng 10 mục · Đạt 3 · Chưa cập nhật 1 · Không có 1"
                + " · Không đạt 3 · Không xác định 1 · Không áp dụng 1 · Điểm 33,3%");
        assertThat(String.join("\n", lines)).doesNotContain("\u001B");
    }

    @Test
    void columnsAlignInCodePoints() {
        List<String> lines = TerminalSummary.render(run, false).lines().toList();
        int verdictColumn = columnOf(lines.get(0), "Kết quả");
        int reasonColumn = columnOf(lines.get(0), "Lý do");
        for (int i = 1; i <= run.items().size(); i++) {
            Finding finding = run.items().get(i - 1);
            String line = lines.get(i);
            assertThat(columnOf(line, Labels.verdict(Messages.vi(), finding.status()))).as(line).isEqualTo(verdictColumn);
            String reason = TerminalText.clean(Messages.vi().format(finding.reason()));
            String start = reason.substring(0, reason.offsetByCodePoints(0, 10));
            assertThat(columnOf(line, start)).as(line).isEqualTo(reasonColumn);
            assertThat(TerminalText.width(line)).as(line).isLessThanOrEqualTo(TerminalSummary.DEFAULT_WIDTH);
        }
    }

    @Test
    void decomposedTextIsCountedAsComposed() {
        Finding nfd = ReportFixture.items().get(2);
        Finding decomposed = nfd.withStatus(nfd.status(),
                Text.plain(Normalizer.normalize(Messages.vi().format(nfd.reason()), Normalizer.Form.NFD)));
        AuditRun one = withItems(List.of(decomposed, ReportFixture.items().get(0)));
        List<String> lines = TerminalSummary.render(one, false).lines().toList();
        assertThat(Normalizer.isNormalized(lines.get(1), Normalizer.Form.NFC)).isTrue();
        assertThat(lines.get(1)).contains("Thiếu báo cáo 9 tháng năm 2026");
        assertThat(columnOf(lines.get(1), "Thiếu")).isEqualTo(columnOf(lines.get(0), "Lý do"));
    }

    @Test
    void longReasonsAreCutWithAnEllipsisAndLineBreaksFlattened() {
        List<String> lines = TerminalSummary.render(run, false, 60).lines().toList();
        String stale = lines.stream().filter(l -> l.startsWith("budget.execution")).findFirst().orElseThrow();
        assertThat(TerminalText.width(stale)).isEqualTo(60);
        assertThat(stale).endsWith("…");
        String unknown = TerminalSummary.render(run, false).lines().filter(l -> l.startsWith("qa.section"))
                .findFirst().orElseThrow();
        assertThat(unknown).doesNotContain("\n").contains("3 lần thử; không");
    }

    @Test
    void coloursOnlyWhenAsked() {
        String coloured = TerminalSummary.render(run, true);
        assertThat(coloured).contains("\u001B[32mĐạt", "\u001B[33mChưa cập nhật", "\u001B[0m");
        assertThat(coloured.replaceAll(ANSI, "")).isEqualTo(TerminalSummary.render(run, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hà Nội | 10 | Hà Nội",
            "Thuế và cuộc sống | 10 | Thuế và c…",
            "Thuế và cuộc sống | 9 | Thuế và…",
            "abc | 3 | abc",
            "abcd | 3 | ab…"
    })
    void truncatesByCodePoints(String text, int max, String expected) {
        assertThat(TerminalText.truncate(text, max)).isEqualTo(expected);
    }

    @Test
    void doesNotSplitASurrogatePair() {
        String text = "ab\uD83D\uDE00cd";
        assertThat(TerminalText.truncate(text, 4)).isEqualTo("ab\uD83D\uDE00…");
        assertThat(TerminalText.width(text)).isEqualTo(5);
    }

    private static int columnOf(String line, String part) {
        int index = line.indexOf(part);
        assertThat(index).as("'%s' in '%s'", part, line).isNotNegative();
        return line.codePointCount(0, index);
    }

    private AuditRun withItems(List<Finding> items) {
        return new AuditRun(run.organisation(), run.asOf(), run.startedAt(), run.finishedAt(), run.sites(),
                new ArrayList<>(items), run.brokenLinks(), run.siteFacts());
    }
}
