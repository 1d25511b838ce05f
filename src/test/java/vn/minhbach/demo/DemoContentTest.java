package vn.minhbach.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.minhbach.model.Verdict;

/** The facts behind each verdict in expected.yaml hold on any audit date, including around deadlines. */
class DemoContentTest {

    private static final Pattern LAND_USE = Pattern.compile("Kế hoạch sử dụng đất năm (\\d{4})");
    private static final String EXECUTION = "Công khai tình hình thực hiện dự toán ngân sách ";
    private static final Pattern FIVE_YEAR = Pattern.compile("giai đoạn (\\d{4}) - (\\d{4})");

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-28", "2026-01-01", "2026-01-31", "2026-02-01", "2026-03-31", "2026-04-01",
        "2026-04-15", "2026-04-30", "2026-05-01", "2026-07-15", "2026-10-15", "2026-10-16", "2026-12-31",
        "2025-06-30", "2030-06-30", "2031-01-05", "2028-02-29"})
    void everyVerdictFollowsFromTheContent(LocalDate asOf) {
        PortalContent c = PortalContent.generate(asOf);
        int y = asOf.getYear();

        allPosts(c).forEach(p -> assertThat(p.published().toLocalDate()).as(p.title()).isBefore(asOf.plusDays(1)));
        assertThat(titles(c.planning())).contains("Kế hoạch phát triển kinh tế - xã hội năm " + y);
        assertThat(titles(c.planning()).stream().map(FIVE_YEAR::matcher).filter(Matcher::find)
                .anyMatch(m -> Integer.parseInt(m.group(1)) <= y && y <= Integer.parseInt(m.group(2)))).isTrue();

        int landUse = titles(c.planning()).stream().map(LAND_USE::matcher).filter(Matcher::find)
                .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        int oldestCurrent = asOf.isAfter(LocalDate.of(y, 4, 1)) ? y : y - 1;
        assertThat(landUse).as("land-use plan one edition behind whatever the reading of 1 April")
                .isLessThan(oldestCurrent);

        assertThat(titles(c.budget())).anyMatch(t -> t.startsWith("Công khai dự toán ngân sách năm " + y + " "));
        BudgetPeriod due = BudgetPeriod.latestDue(asOf);
        assertThat(titles(c.budget())).as("the due report and the one before are both missing")
                .doesNotContain(EXECUTION + due.label(), EXECUTION + due.previous().label())
                .contains(EXECUTION + due.previous().previous().label());

        assertThat(ageOfNewest(c.documents().stream().map(LegalDoc::issued), asOf)).isLessThanOrEqualTo(90);
        assertThat(ageOfNewest(c.tenders().posts().stream().map(p -> p.published().toLocalDate()), asOf))
                .isLessThanOrEqualTo(180);
        assertThat(ageOfNewest(c.legalQa().posts().stream().map(p -> p.published().toLocalDate()), asOf))
                .isLessThanOrEqualTo(180);
        assertThat(ageOfNewest(c.businessInfo().posts().stream().map(p -> p.published().toLocalDate()), asOf))
                .isLessThanOrEqualTo(180);
        assertThat(ageOfNewest(c.questions().stream().flatMap(q -> q.answeredOn().stream()), asOf))
                .isLessThanOrEqualTo(90);
        c.questions().forEach(q -> q.answeredOn().ifPresent(d -> assertThat(d).isBefore(asOf.plusDays(1))));

        List<Long> delays = c.questions().stream()
                .filter(q -> q.answered() != null && !q.asked().isBefore(asOf.minusDays(365)))
                .map(q -> ChronoUnit.DAYS.between(q.asked(), q.answered())).sorted().toList();
        assertThat(delays).hasSizeGreaterThanOrEqualTo(3);
        double median = (delays.get((delays.size() - 1) / 2) + delays.get(delays.size() / 2)) / 2.0;
        assertThat(median).isLessThanOrEqualTo(3.0);
    }

    @Test
    void sixtyPercentOfProceduresAreOnlineAndSevenAreIncomplete() {
        List<Procedure> procedures = Procedures.generate();

        assertThat(procedures).hasSize(60);
        assertThat(procedures.stream().filter(Procedure::online).count()).isEqualTo(36);
        assertThat(procedures.stream().filter(p -> !p.complete()).map(Procedure::name).count()).isEqualTo(7);
        assertThat(procedures).allMatch(p -> p.online() == Stream.of("Toàn trình", "Một phần", "Mức độ 3", "Mức độ 4")
                .anyMatch(p.level()::equals), "online exactly when the level is toàn trình, một phần or mức độ 3/4");
        assertThat(procedures.stream().map(Procedure::code).distinct().count()).isEqualTo(60);
    }

    @Test
    void theGroundTruthNamesEveryItemAndEveryVerdict() {
        Map<String, DemoExpectations.Expected> expected = DemoExpectations.load();

        assertThat(expected.keySet()).containsExactly("planning.annual-plan", "planning.five-year-plan",
                "planning.land-use", "legal.documents", "budget.estimate", "budget.execution",
                "budget.final-accounts", "tender.notices", "investment.projects", "contact.hotline",
                "contact.focal-officials", "qa.section", "qa.response-time", "section.legal-qa",
                "section.tax-and-life", "section.business-info", "onestop.hotline", "onestop.online-rate",
                "onestop.procedure-details", "onestop.status-lookup");
        assertThat(expected.values().stream().map(DemoExpectations.Expected::verdict).distinct())
                .containsExactlyInAnyOrder(Verdict.values());
        assertThat(expected.values()).allMatch(e -> e.why().length() > 20);
    }

    private static Stream<Post> allPosts(PortalContent c) {
        return Stream.of(c.news(), c.planning(), c.budget(), c.tenders(), c.legalQa(), c.businessInfo())
                .flatMap(s -> s.posts().stream());
    }

    private static List<String> titles(PostSection section) {
        return section.posts().stream().map(Post::title).toList();
    }

    private static long ageOfNewest(Stream<LocalDate> dates, LocalDate asOf) {
        LocalDate newest = dates.max(LocalDate::compareTo).orElseThrow();
        assertThat(newest).isBefore(asOf.plusDays(1));
        return ChronoUnit.DAYS.between(newest, asOf);
    }
}
