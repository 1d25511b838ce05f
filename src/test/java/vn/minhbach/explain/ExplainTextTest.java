package vn.minhbach.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.check.Trace;
import vn.minhbach.i18n.Lang;
import vn.minhbach.model.Verdict;

/** {@code explain}'s text for people in both languages, from the tools bundle. */
class ExplainTextTest {
    private static final URI PAGE = URI.create("https://xathunghiem.gov.vn/van-ban");
    private static final Explanation EXPLANATION = new Explanation("legal.documents", "Văn bản pháp luật", "portal",
            LocalDate.of(2026, 11, 28),
            new Explanation.Rule("2020-01-01..", List.of("NĐ 42/2022/NĐ-CP"), Map.of("maxAgeDays", 90.0),
                    "a document within maxAgeDays"),
            List.of(new Explanation.Page(PAGE, "Văn bản", List.of("menu link \"Văn bản\""))),
            List.of(new Explanation.Row(PAGE, Trace.Kind.LEGAL_DOC, "Quyết định 12/QĐ-UBND", LocalDate.of(2026, 11, 2),
                    null, "a row of the list", true, "within 90 days", null)),
            3, List.of(), new Explanation.Outcome(Verdict.PASS, "latest document 2 Nov 2026", null, List.of(PAGE)),
            List.of());

    @Test
    void vietnameseKeepsItsWordsBesideTheHeadings() {
        String text = ExplainText.text(EXPLANATION);
        assertThat(text).isEqualTo(ExplainText.text(EXPLANATION, Lang.VI))
                .startsWith("legal.documents — Văn bản pháp luật (site: portal, as of 2026-11-28)\n\nRule applied (quy tắc)\n")
                .contains("Candidate pages (trang đã xét): 1\n", "Rows read (dòng đã đọc): 4  (✓ kept",
                        "  ✓ 02/11/2026  \"Quyết định 12/QĐ-UBND\"  [legal-document row]\n",
                        "      kept: within 90 days\n", "  … and 3 more rows");
    }

    @Test
    void englishHasNoVietnameseHeadingsAndEnglishDays() {
        String text = ExplainText.text(EXPLANATION, Lang.EN);
        assertThat(text).contains("\n\nRule applied\n", "  version 2020-01-01..; basis: NĐ 42/2022/NĐ-CP\n",
                        "Candidate pages: 1\n", "     why: menu link \"Văn bản\"\n", "Rows read: 4  (✓ kept",
                        "  ✓ 2 Nov 2026  \"Quyết định 12/QĐ-UBND\"  [legal-document row]\n",
                        "Verdict: PASS\n  reason: latest document 2 Nov 2026\n", "What would change it")
                .doesNotContain("quy tắc", "trang đã xét", "dòng đã đọc");
    }
}
