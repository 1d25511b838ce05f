package vn.minhbach.check;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Verdict;

class ChecklistTest {

    @Test
    void idsAreTheCatalogueOfChecklistMdInOrder() {
        assertThat(Checklist.defaults().ids()).containsExactly(
                "planning.annual-plan", "planning.five-year-plan", "planning.land-use", "legal.documents",
                "budget.estimate", "budget.execution", "budget.final-accounts", "tender.notices",
                "investment.projects", "contact.hotline", "contact.focal-officials", "qa.section",
                "qa.response-time", "section.legal-qa", "section.tax-and-life", "section.business-info",
                "onestop.hotline", "onestop.online-rate", "onestop.procedure-details", "onestop.status-lookup");
    }

    @ParameterizedTest
    @CsvSource({
        "planning.annual-plan, graceMonths lagYears",
        "legal.documents, maxAgeDays minPercentFields minPercentFiles",
        "budget.execution, dueDays",
        "tender.notices, maxAgeDays",
        "qa.response-time, minQuestions target windowDays workingDays",
        "onestop.online-rate, target",
        "onestop.procedure-details, target",
        "contact.hotline, ''",
        "onestop.status-lookup, ''",
    })
    void parameterNamesPerItem(String id, String names) {
        List<String> expected = names.isBlank() ? List.of() : List.of(names.split(" "));
        assertThat(Checklist.defaults().parameterNames().get(id)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyItemHasAFindingInCatalogueOrderEvenWithNoSites() {
        List<Finding> findings = Checklist.defaults().evaluate(Map.of(), LocalDate.of(2026, 11, 28),
                ChecklistConfig.DEFAULT);
        assertThat(findings).extracting(Finding::id).isEqualTo(Checklist.defaults().ids());
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(Verdict.NOT_APPLICABLE);
            assertThat(Messages.vi().format(f.reason())).contains("sites." + f.site().key());
        });
    }

    @Test
    void disabledItemIsNotApplicableAndSaysWhy() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", "")).evaluate("tender.notices", "2026-11-28",
                Configs.disabled("tender.notices"));
        assertThat(finding.status()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(Messages.vi().format(finding.reason())).contains("tắt trong cấu hình");
    }

    @Test
    void siteThatDidNotAnswerIsUnknownForAllItsItemsWithTheStatus() {
        SiteView silent = Sites.onestop().silent().build();
        List<Finding> findings = Checklist.defaults().evaluate(Map.of(SiteRole.ONESTOP, silent),
                LocalDate.of(2026, 11, 28), ChecklistConfig.DEFAULT);
        assertThat(findings).filteredOn(f -> f.site() == SiteRole.ONESTOP).hasSize(4).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(Verdict.UNKNOWN);
            assertThat(Messages.vi().format(f.reason())).contains("HTTP 503");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "'<div id=\"root\"></div><script src=\"/main.js\"></script>'",
        "'<app-root></app-root><noscript>Vui lòng bật JavaScript để sử dụng trang.</noscript>'",
        "'<noscript>Bạn cần bật JavaScript.</noscript><script>boot()</script>'",
    })
    void homePageThatIsAnEmptyAppShellMakesEveryItemUnknown(String body) {
        SiteView shell = Sites.onestop().home("<html><head><title>Dịch vụ công</title></head><body>" + body
                + "</body></html>").build();
        List<Finding> findings = Checklist.defaults().evaluate(Map.of(SiteRole.ONESTOP, shell),
                LocalDate.of(2026, 11, 28), ChecklistConfig.DEFAULT);
        assertThat(findings).filteredOn(f -> f.site() == SiteRole.ONESTOP).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(Verdict.UNKNOWN);
            assertThat(Messages.vi().format(f.reason())).contains("JavaScript");
        });
    }

    @Test
    void anAppShellHomeSaysWhyTheBrowserDidNotShowIt() {
        String shell = "<html><head><title>Dịch vụ công</title></head><body><app-root></app-root>"
                + "<script src=\"/main.js\"></script></body></html>";
        Finding finding = Sites.onestop().home(shell).unrendered("needs a browser to read; install chromium")
                .evaluate("onestop.hotline", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(finding.reason())).contains("JavaScript", "(needs a browser to read; install chromium)");
    }

    @ParameterizedTest
    @CsvSource({
        "planning.annual-plan, 2022-08-14, 2011-08-01..2022-08-14, NĐ 43/2011",
        "planning.annual-plan, 2022-08-15, 2022-08-15..2026-06-30, NĐ 42/2022",
        "planning.annual-plan, 2026-06-30, 2022-08-15..2026-06-30, NĐ 42/2022",
        "planning.annual-plan, 2026-07-01, 2026-07-01.., NĐ 224/2026",
        "budget.execution, 2025-12-31, 2017-01-01..2025-12-31, TT 343/2016",
        "budget.execution, 2026-01-01, 2026-01-01.., TT 26/2026",
        "qa.response-time, 2024-12-31, 2021-01-01..2024-12-31, dưới 3,5 ngày",
        "qa.response-time, 2025-01-01, 2025-01-01.., dưới 3 ngày",
    })
    void ruleVersionInForceOnTheAuditDateIsNamed(String id, String asOf, String version, String basis) {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", "")).evaluate(id, asOf);
        assertThat(finding.rule().version()).isEqualTo(version);
        assertThat(finding.rule().basis()).anyMatch(b -> b.contains(basis));
    }

    @Test
    void newBudgetCircularIsFlaggedUnverified() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", "")).evaluate("budget.estimate", "2026-03-01");
        assertThat(finding.rule().basis()).singleElement().asString().contains("TT 26/2026/TT-BTC", "chưa kiểm chứng");
    }

    @Test
    void everyItemPrintsItsRuleBack() {
        for (Item item : Checklist.defaults().items()) {
            assertThat(item.toString()).startsWith(item.id() + ":").contains(item.versions().get(0).version());
        }
    }
}
