package vn.minhbach.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpaProceduresTest {

    @ParameterizedTest(name = "{0} procedures: {1} online, {2} complete, {3} pages")
    @CsvSource({
        "0, 0, 0, 0",
        "1, 1, 1, 1",
        "23, 19, 18, 3",
        "60, 48, 46, 6",
        "63, 51, 48, 7",
    })
    void figuresFollowFromTheCount(int count, int online, int complete, int pages) {
        SpaProcedures procedures = new SpaProcedures(count);

        assertThat(procedures.all()).hasSize(count);
        assertThat(procedures.online()).isEqualTo(online);
        assertThat(count - procedures.incomplete().size()).isEqualTo(complete);
        assertThat(procedures.page(0, 10).totalPages()).isEqualTo(pages);
    }

    @ParameterizedTest(name = "procedure {0}: {1}, fee {2}, forms {3}, complete {4}")
    @CsvSource(nullValues = "-", value = {
        "1,  Toàn trình, 20.000 đồng/hồ sơ, 1, true",
        "3,  Toàn trình, Không,             1, true",
        "4,  Một phần,   50.000 đồng/hồ sơ, 0, true",
        "5,  Trực tiếp,  10.000 đồng/hồ sơ, 1, true",
        "7,  Toàn trình, -,                 1, false",
        "9,  Toàn trình, Không,             1, false",
        "35, Trực tiếp,  -,                 1, false",
        "36, Một phần,   Không,             1, false",
        "40, Trực tiếp,  10.000 đồng/hồ sơ, 0, true",
    })
    void eachProcedureFollowsTheRules(int i, String level, String fee, int forms, boolean complete) {
        SpaProcedures procedures = new SpaProcedures(63);
        SpaProcedures.Procedure p = procedures.all().get(i - 1);

        assertThat(p.id()).isEqualTo(SpaProcedures.id(i)).hasSize(24);
        assertThat(p.level().name()).isEqualTo(level);
        assertThat(p.fee()).isEqualTo(fee);
        assertThat(p.forms()).hasSize(forms);
        assertThat(p.processingTime()).isNotBlank();
        assertThat(p.dossier()).isNotEmpty();
        assertThat(procedures.incomplete().contains(p.name())).isEqualTo(!complete);
        assertThat(p.forms().stream().allMatch(f -> procedures.downloads(f.file().path()))).isEqualTo(i % 9 != 0);
    }

    @ParameterizedTest
    @CsvSource({"0, 10, 10", "2, 10, 3", "3, 10, 0", "0, 100, 23"})
    void pagesCutTheListLikeSpringData(int number, int size, int shown) {
        SpaProcedures.Page page = new SpaProcedures(23).page(number, size);

        assertThat(page.content()).hasSize(shown);
        assertThat(page.number()).isEqualTo(number);
        assertThat(page.size()).isEqualTo(size);
        assertThat(page.totalElements()).isEqualTo(23);
    }
}
