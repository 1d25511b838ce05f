package vn.minhbach.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.CertificateCheck;
import vn.minhbach.model.SiteFacts;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.SiteSummary;

/**
 * The "site facts" part of report.html: for each site, what its crawl amounted to beside the
 * criterion 10 facts (TT 32/2017/TT-BTTTT Điều 16-20), joined by role.
 */
final class SiteFactsView {

    private SiteFactsView() {
    }

    static List<HtmlView.Site> of(AuditRun run) {
        List<HtmlView.Site> sites = new ArrayList<>();
        for (SiteSummary summary : run.sites()) {
            Optional<SiteFacts> facts = run.siteFacts().stream().filter(f -> f.role() == summary.role()).findFirst();
            List<HtmlView.Fact> rows = new ArrayList<>(crawl(summary));
            facts.ifPresent(f -> rows.addAll(facts(f)));
            sites.add(new HtmlView.Site(Labels.role(summary.role()), summary.url().toString(), List.copyOf(rows)));
        }
        // Facts of a site whose crawl summary is absent are still worth showing.
        for (SiteFacts facts : run.siteFacts()) {
            if (!hasRole(run.sites(), facts.role())) {
                sites.add(new HtmlView.Site(Labels.role(facts.role()), facts.url().toString(), facts(facts)));
            }
        }
        return List.copyOf(sites);
    }

    private static boolean hasRole(List<SiteSummary> sites, SiteRole role) {
        return sites.stream().anyMatch(s -> s.role() == role);
    }

    private static List<HtmlView.Fact> crawl(SiteSummary s) {
        List<HtmlView.Fact> rows = new ArrayList<>(List.of(
                new HtmlView.Fact("Số trang đã tải", Labels.number(s.pagesFetched())),
                new HtmlView.Fact("Số trang, tệp lỗi", Labels.number(s.pagesFailed())),
                new HtmlView.Fact("Dung lượng đã tải", Labels.bytes(s.bytesFetched())),
                new HtmlView.Fact("Địa chỉ bị robots.txt chặn", Labels.number(s.robotsDisallowed())),
                new HtmlView.Fact("Dừng do giới hạn thu thập", Labels.yesNo(s.limitReached()))));
        if (s.pagesWalled() > 0) {
            rows.add(new HtmlView.Fact("Trang bị chặn (tường lửa, kiểm tra trình duyệt, bảo trì)",
                    Labels.number(s.pagesWalled())));
        }
        s.notes().forEach(note -> rows.add(new HtmlView.Fact("Ghi chú thu thập", note)));
        return rows;
    }

    private static List<HtmlView.Fact> facts(SiteFacts f) {
        if (f.certificateOnly()) {
            return List.of(certificate(f.certificate()));
        }
        String median = f.medianResponseMillis() == null ? "Không đo được"
                : Labels.number(f.medianResponseMillis()) + " ms";
        List<HtmlView.Fact> rows = new ArrayList<>(List.of(
                new HtmlView.Fact("HTTPS", Labels.yesNo(f.https())),
                new HtmlView.Fact("Chức năng tìm kiếm", Labels.yesNo(f.search())),
                new HtmlView.Fact("sitemap.xml", Labels.yesNo(f.sitemapXml())),
                new HtmlView.Fact("Hiển thị trên điện thoại (viewport)", Labels.yesNo(f.mobileViewport())),
                new HtmlView.Fact("Cơ quan chủ quản (chân trang)", Labels.orUnseen(f.footerAgency())),
                new HtmlView.Fact("Người chịu trách nhiệm", Labels.orUnseen(f.footerResponsible())),
                new HtmlView.Fact("Địa chỉ", Labels.orUnseen(f.footerAddress())),
                new HtmlView.Fact("Điện thoại", Labels.orUnseen(f.footerPhone())),
                new HtmlView.Fact("Thư điện tử", Labels.orUnseen(f.footerEmail())),
                new HtmlView.Fact("Thời gian phản hồi (trung vị)", median)));
        if (f.certificate() != null) {
            rows.add(1, certificate(f.certificate()));
        }
        return List.copyOf(rows);
    }

    /** The certificate as people read it, with the code report.json gives, so the two can be matched. */
    private static HtmlView.Fact certificate(CertificateCheck check) {
        return new HtmlView.Fact("Chứng chỉ TLS", certificateText(check));
    }

    static String certificateText(CertificateCheck check) {
        return (check.ok() ? "Đạt: " : "Lỗi: ") + check.reason() + " [" + check.code().name() + "]";
    }
}
