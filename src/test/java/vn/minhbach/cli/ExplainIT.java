package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.assertj.core.api.SoftAssertions;
import vn.minhbach.testing.FixtureSite;

/** {@code minhbach explain} on the Liferay-style fixture portal. */
class ExplainIT {
    private static FixtureSite site;
    private static Path config;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        site = FixtureSite.start("liferay-like");
        config = Files.writeString(dir.resolve("portal.yaml"), "organisation: X\nsites:\n  portal: {url: \""
                + site.baseUri() + "\"}\ncrawl: {delayMillis: 0, timeoutSeconds: 5}\n");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static CliRun explain(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "explain";
        args[1] = "-c";
        args[2] = config.toString();
        args[3] = "--as-of=" + site.asOf();
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.of(args);
    }

    @Test
    void inEnglishTheHeadingsLoseTheirVietnameseWordsAndDaysAreEnglish() {
        CliRun run = explain("legal.documents", "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.ALL_PASS);
        assertThat(run.out()).contains("\n\nRule applied\n", "\nCandidate pages: ", "\nRows read: ",
                        "✓ 10 Nov 2026  \"12/2026/QĐ-UBND – Quy định quản lý vật liệu xây dựng trên địa bàn huyện\"",
                        "Verdict: PASS", "What would change it (overrides in the config)")
                .doesNotContain("(quy tắc)", "(trang đã xét)", "(dòng đã đọc)", "✓ 10/11/2026");
        assertThat(explain("legal.documents", "--lang", "fr").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void inEnglishNotesReasonsAndDecisionsAreEnglish() throws Exception {
        assertThat(explain("legal.documents", "--lang", "en").out())
                .contains("why: 5 rows of a table of documents on the page")
                .contains("kept: newest document (10 Nov 2026)")
                .contains("rejected: a newer row exists (10 Nov 2026)")
                .doesNotContain("dòng bảng văn bản", "kept: văn bản mới nhất", "có dòng mới hơn");
        assertThat(explain("qa.response-time", "--lang", "en").out())
                .contains("Window: questions asked after 28 Nov 2025")
                .contains("kept: 10 days (working days: 8)")
                .contains("rejected: asked before the window 29 Nov 2025 - 28 Nov 2026")
                .doesNotContain("Cửa sổ:", "kept: 10 ngày", "hỏi trước cửa sổ");
        assertThat(explain("tender.notices", "--lang", "en").out())
                .contains("why: searched here, not found: menu, headings, breadcrumb, post titles")
                .doesNotContain("đã tìm ở đây");
        JsonNode json = new ObjectMapper().readTree(explain("section.legal-qa", "--json", "--max-pages", "40",
                "--lang", "en").out());
        assertThat(json.at("/rows/1/decision").asText()).isEqualTo("a newer row exists (10 Mar 2026)");
    }

    @Test
    void legalDocumentsNameTheirPageRowsSourcesDecisionsRuleAndOverrides() {
        CliRun run = explain("legal.documents");
        String vanBan = site.url("/web/guest/van-ban").toString();

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.ALL_PASS);
        assertThat(run.out())
                .contains("version 2026-07-01..; basis: KH 125/KH-UBND mục IV.2")
                .contains("parameters: maxAgeDays=90, minPercentFields=80, minPercentFiles=80")
                .contains("1. " + vanBan + " — \"Văn bản quy phạm pháp luật\"")
                .contains("why: 5 dòng bảng văn bản trên trang")
                .contains("✓ 10/11/2026  \"12/2026/QĐ-UBND – Quy định quản lý vật liệu xây dựng trên địa bàn huyện\""
                        + "  [legal-document row]")
                .contains("kept: văn bản mới nhất (10/11/2026)")
                .contains("✗ 28/10/2026  \"245/KH-UBND – Kế hoạch tổ chức Ngày Pháp luật Việt Nam năm 2026\"")
                .contains("rejected: có dòng mới hơn (10/11/2026)")
                .contains("title ← number: after label 'Số ký hiệu:'; summary: heading h3; "
                        + "date ← after label 'Ngày ban hành:'")
                .contains("Verdict: PASS")
                .contains("checklist.items.legal.documents.urls: [" + vanBan + "]")
                .contains("checklist.items.legal.documents.selectors: {rows: \"")
                .contains("checklist.items.legal.documents.maxAgeDays: 90");
    }

    @Test
    void responseTimeRejectsTheQuestionOutsideItsWindow() {
        CliRun run = explain("qa.response-time");

        assertThat(run.out())
                .contains("Cửa sổ: câu hỏi sau 28/11/2025")
                .contains("✓ 20/11/2026  \"Xin cấp phép xây dựng nhà ở tại xã Tịnh Hà cần những gì?\"  [Q&A pair]")
                .contains("kept: 10 ngày (8 ngày làm việc)")
                .contains("date ← after label 'Ngày trả lời:'")
                .contains("✗ 06/09/2025  \"Giờ làm việc của Bộ phận Một cửa huyện?\"")
                .contains("rejected: hỏi trước cửa sổ 29/11/2025 - 28/11/2026")
                .contains("Verdict: FAIL");
    }

    @Test
    void staleEstimateShowsTheEditionOlderThanTheOneDue() {
        CliRun run = explain("budget.estimate");

        assertThat(run.out())
                .contains("Kỳ đến hạn: năm 2026")
                .contains("10/01/2025  \"Công khai dự toán ngân sách năm 2025\"  [list entry]")
                .contains("read because: tiêu đề \"Công khai dự toán ngân sách năm 2025\" khớp từ \"du toan ngan sach\"")
                .contains("bản mới nhất: năm 2025, cũ hơn kỳ đến hạn năm 2026")
                .contains("title ← link text")
                .contains("Verdict: STALE");
    }

    @Test
    void missingItemListsWhereItLookedAndAsksForTheListPage() {
        CliRun run = explain("tender.notices");

        assertThat(run.out())
                .contains("Verdict: MISSING")
                .contains("1. " + site.url("/") + " — ")
                .contains("why: đã tìm ở đây, không thấy: menu, tiêu đề, đường dẫn (breadcrumb), tiêu đề bài viết")
                .contains("Rows read (dòng đã đọc): 0")
                .contains("checklist.items.tender.notices.urls: [<address of the page that lists them>]")
                .contains("checklist.items.tender.notices.patterns: [\"thong tin dau thau\"]");
    }

    @Test
    void jsonCarriesTheSameFacts() throws Exception {
        CliRun run = explain("section.legal-qa", "--json", "--max-pages", "40");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("item").asText()).isEqualTo("section.legal-qa");
        assertThat(json.at("/rule/version").asText()).isEqualTo("2021-01-01..");
        assertThat(json.at("/verdict/status").asText()).isEqualTo("STALE");
        assertThat(json.at("/pages/0/url").asText()).isEqualTo(site.url("/web/guest/hoi-dap-phap-luat").toString());
        JsonNode kept = json.at("/rows/0");
        assertThat(kept.get("date").asText()).isEqualTo("2026-03-10");
        assertThat(kept.get("kept").asBoolean()).isTrue();
        assertThat(kept.at("/sources/title").asText()).isEqualTo("link text");
        assertThat(json.at("/rows/1/kept").asBoolean()).isFalse();
        assertThat(json.at("/rows/1/decision").asText()).isEqualTo("có dòng mới hơn (10/03/2026)");
    }

    @Test
    void overrideSelectionsAreShownAndOffTopicRowsRejected() throws Exception {
        String budget = budgetPage();
        Path withOverride = budgetOverride("override.yaml");
        CliRun run = CliRun.of("explain", "-c", withOverride.toString(), "--as-of", site.asOf().toString(),
                "budget.estimate");

        assertThat(run.out())
                .contains("[override selection]")
                .contains("read because: đọc bằng selectors")
                .contains("rejected: tiêu đề không khớp từ nào của chủ đề, cũng không khớp patterns")
                .contains("checklist.items.budget.estimate.urls: [" + budget + "]")
                .contains("already set")
                .contains("checklist.items.budget.estimate.patterns: [\"")
                .contains("Verdict: STALE");
    }

    @Test
    void offTopicRowsAreRejectedInEnglishToo() throws Exception {
        Path withOverride = budgetOverride("override-en.yaml");
        CliRun run = CliRun.of("explain", "-c", withOverride.toString(), "--as-of", site.asOf().toString(),
                "--lang", "en", "budget.estimate");

        assertThat(run.out())
                .contains("read because: read with selectors")
                .contains("rejected: the title matches no term of the topic, nor any patterns entry")
                .contains("Edition due: 2026 (audit year - lagYears)")
                .contains("checklist.items.budget.estimate.patterns: [\"")
                .doesNotContain("đọc bằng selectors", "tiêu đề không khớp", "Kỳ đến hạn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"liferay-like", "onestop-like"})
    void everyItemIsExplainedWithTheVerdictTheAuditGives(String name) throws Exception {
        try (FixtureSite other = FixtureSite.start(name)) {
            StringBuilder yaml = new StringBuilder("organisation: X\nsites:\n");
            other.roles().forEach(role -> yaml.append("  ").append(role).append(": {url: \"").append(other.baseUri())
                    .append("\"}\n"));
            yaml.append("crawl: {delayMillis: 0, timeoutSeconds: 5}\n");
            Path file = Files.writeString(dir.resolve(name + ".yaml"), yaml.toString());
            SoftAssertions soft = new SoftAssertions();
            other.expected().forEach((id, verdict) -> {
                CliRun run = CliRun.of("explain", "-c", file.toString(), "--as-of", other.asOf().toString(), id,
                        "--json");
                soft.assertThat(run.exitCode()).as(id + ": " + run.err()).isEqualTo(ExitCodes.ALL_PASS);
                try {
                    JsonNode json = new ObjectMapper().readTree(run.out());
                    soft.assertThat(json.at("/verdict/status").asText()).as(id).isEqualTo(verdict);
                    soft.assertThat(json.get("overrides").size()).as(id).isPositive();
                } catch (Exception e) {
                    soft.fail(id + ": " + e + "\n" + run.out() + run.err());
                }
            });
            soft.assertAll();
        }
    }

    @Test
    void unknownItemExitsTwoListingTheIds() {
        CliRun run = explain("no.such-item");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown item 'no.such-item'").contains("legal.documents, ")
                .contains("qa.response-time");
        assertThat(run.out()).isEmpty();
    }

    private static String budgetPage() {
        return site.url("/web/guest/cong-khai-ngan-sach").toString();
    }

    /** The config with budget.estimate's rows read on the budget page by selectors, written to {@code name}. */
    private static Path budgetOverride(String name) throws IOException {
        return Files.writeString(dir.resolve(name), Files.readString(config)
                + "checklist:\n  items:\n    budget.estimate:\n      urls: [\"" + budgetPage() + "\"]\n"
                + "      selectors: {rows: \"div.asset-abstract\", title: \"h3.asset-title a\","
                + " date: \"span.metadata-publish-date\", link: \"h3.asset-title a\"}\n");
    }
}
