package vn.minhbach.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.check.Html.Markup;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Text;

/** Items report what they considered to their tracer, and tracing changes no verdict. */
class TraceTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    /** Everything reported, as lines. */
    private static final class Lines implements Trace {
        final List<String> lines = new ArrayList<>();
        final Messages messages;

        Lines() {
            this(Messages.vi());
        }

        Lines(Messages messages) {
            this.messages = messages;
        }

        @Override
        public boolean on() {
            return true;
        }

        @Override
        public void page(URI url, String title, Text why) {
            lines.add("page " + url.getPath() + ": " + messages.format(why));
        }

        @Override
        public void row(Row row) {
            lines.add("row " + row.kind() + " " + row.title() + " " + row.date());
        }

        @Override
        public void decide(URI url, String title, boolean kept, Text reason) {
            lines.add((kept ? "kept " : "rejected ") + title + ": " + messages.format(reason));
        }

        @Override
        public void note(Text text) {
            lines.add("note " + messages.format(text));
        }
    }

    private static SiteView portal() {
        return Sites.portal()
                .home(Html.page("Trang chủ", Html.nav("Trang chủ=/", "Đấu thầu=/dau-thau")))
                .page("/dau-thau", Html.page("Đấu thầu - Cổng thông tin điện tử", "<h1>Đấu thầu</h1>"
                        + Markup.SHAREPOINT.list("Đấu thầu", Html.rows("Thông báo mời thầu gói A@01/10/2026;"
                        + "Kết quả lựa chọn nhà thầu gói B@01/03/2026"))))
                .build();
    }

    @Test
    void tracingChangesNoFinding() {
        Map<SiteRole, SiteView> sites = Map.of(SiteRole.PORTAL, portal());
        List<Finding> plain = Checklist.defaults().evaluate(sites, AS_OF, ChecklistConfig.DEFAULT);
        List<Finding> traced = Checklist.defaults().evaluate(sites, AS_OF, ChecklistConfig.DEFAULT, id -> new Lines());

        assertThat(traced).isEqualTo(plain);
    }

    @Test
    void freshSectionReportsItsPageRowsAndWhichRowDecided() {
        Map<String, Lines> traces = new HashMap<>();
        Checklist.defaults().evaluate(Map.of(SiteRole.PORTAL, portal()), AS_OF, ChecklistConfig.DEFAULT,
                id -> traces.computeIfAbsent(id, k -> new Lines()));

        assertThat(traces.get("tender.notices").lines).contains(
                "page /dau-thau: chuyên mục: h1 \"Đấu thầu\" khớp từ \"dau thau\"",
                "row LIST_ENTRY Thông báo mời thầu gói A 2026-10-01",
                "kept Thông báo mời thầu gói A: bài mới nhất (01/10/2026)",
                "rejected Kết quả lựa chọn nhà thầu gói B: có dòng mới hơn (01/10/2026)");
    }

    @Test
    void missingItemReportsWhereItLooked() {
        Map<String, Lines> traces = new HashMap<>();
        Checklist.defaults().evaluate(Map.of(SiteRole.PORTAL, portal()), AS_OF, ChecklistConfig.DEFAULT,
                id -> traces.computeIfAbsent(id, k -> new Lines()));

        assertThat(traces.get("budget.estimate").lines).containsExactly(
                "page /: đã tìm ở đây, không thấy: menu, tiêu đề, đường dẫn (breadcrumb), tiêu đề bài viết");
    }

    @Test
    void inEnglishTheSameStepsAreToldInEnglish() {
        Map<String, Lines> traces = new HashMap<>();
        Checklist.defaults().evaluate(Map.of(SiteRole.PORTAL, portal()), AS_OF, ChecklistConfig.DEFAULT,
                id -> traces.computeIfAbsent(id, k -> new Lines(Messages.of(Lang.EN))));

        assertThat(traces.get("tender.notices").lines).contains(
                "page /dau-thau: section: h1 \"Đấu thầu\" matches the term \"dau thau\"",
                "kept Thông báo mời thầu gói A: newest post (1 Oct 2026)",
                "rejected Kết quả lựa chọn nhà thầu gói B: a newer row exists (1 Oct 2026)");
        assertThat(traces.get("budget.estimate").lines).containsExactly(
                "page /: searched here, not found: menu, headings, breadcrumb, post titles");
    }
}
