package vn.minhbach.report;

import vn.minhbach.i18n.Messages;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.BrokenLink;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteFacts;
import vn.minhbach.model.SiteSummary;

/**
 * Writes report.xlsx: the audit as a workbook for people who keep their tables in Excel. Sheet "Mục" has one
 * row per item in catalogue order (verdict, reason, latest date as a date cell, evidence links as hyperlinks),
 * "Liên kết hỏng" the broken links, "Thông tin trang" the crawl and criterion 10 facts of each site.
 */
public final class AuditXlsx {
    /** Evidence links beyond this many are joined into the last column. */
    static final int EVIDENCE_COLUMNS = 3;

    private AuditXlsx() {
    }

    /** The workbook's bytes. */
    public static byte[] render(AuditRun run) {
        Workbooks book = new Workbooks();
        List<String> headers = new ArrayList<>(List.of("Mã mục", "Tiêu chí", "Trang", "Nội dung", "Kết quả",
                "Mã kết quả", "Lý do", "Yêu cầu", "Ngày mới nhất", "Căn cứ", "Phiên bản quy tắc"));
        List<Integer> widths = new ArrayList<>(List.of(22, 10, 16, 50, 14, 14, 60, 30, 14, 40, 12));
        for (int i = 1; i <= EVIDENCE_COLUMNS; i++) {
            headers.add("Bằng chứng " + i);
            widths.add(50);
        }
        book.sheet("Mục", headers, widths, run.items().stream().map(AuditXlsx::item).toList());
        book.sheet("Liên kết hỏng", List.of("Liên kết", "Mã HTTP", "Lỗi", "Số trang có liên kết", "Trang có liên kết",
                        "Các trang khác"), List.of(60, 10, 40, 12, 60, 60),
                run.brokenLinks().stream().map(AuditXlsx::broken).toList());
        book.sheet("Thông tin trang", List.of("Trang", "Địa chỉ", "Thông tin", "Giá trị"), List.of(28, 40, 50, 40),
                siteFacts(run));
        return book.bytes();
    }

    private static List<Object> item(Finding f) {
        List<Object> row = new ArrayList<>(Arrays.asList(f.id(), f.criterion(), Labels.role(f.site()), f.title(),
                Labels.verdict(f.status()), f.status().name(), Messages.vi().format(f.reason()),
                Messages.vi().format(f.expected()), f.latest(),
                String.join("; ", f.rule().basis()), f.rule().version()));
        List<URI> links = f.evidence().stream().map(Evidence::url).toList();
        for (int i = 0; i < EVIDENCE_COLUMNS && i < links.size(); i++) {
            boolean last = i == EVIDENCE_COLUMNS - 1 && links.size() > EVIDENCE_COLUMNS;
            row.add(last ? String.join(" ", links.subList(i, links.size()).stream().map(URI::toString).toList())
                    : links.get(i));
        }
        return row;
    }

    private static List<Object> broken(BrokenLink link) {
        List<URI> on = link.foundOn();
        return Arrays.asList(link.url(), link.status(), link.status() == null && link.error() == null
                        ? "Không có phản hồi" : link.error(), on.size(), on.isEmpty() ? null : on.get(0),
                on.size() > 1 ? String.join(" ", on.subList(1, on.size()).stream().map(URI::toString).toList()) : null);
    }

    private static List<List<Object>> siteFacts(AuditRun run) {
        List<List<Object>> rows = new ArrayList<>();
        for (SiteSummary s : run.sites()) {
            String role = Labels.role(s.role());
            rows.add(List.of(role, s.url(), "Số trang đã tải", s.pagesFetched()));
            rows.add(List.of(role, s.url(), "Số trang, tệp lỗi", s.pagesFailed()));
            rows.add(List.of(role, s.url(), "Dung lượng đã tải (byte)", s.bytesFetched()));
            rows.add(List.of(role, s.url(), "Địa chỉ bị robots.txt chặn", s.robotsDisallowed()));
            rows.add(List.of(role, s.url(), "Dừng do giới hạn thu thập", s.limitReached()));
            rows.add(List.of(role, s.url(), "Trang bị chặn (tường lửa, kiểm tra trình duyệt, bảo trì)",
                    s.pagesWalled()));
            s.notes().forEach(note -> rows.add(List.of(role, s.url(), "Ghi chú thu thập", note)));
        }
        for (SiteFacts f : run.siteFacts()) {
            String role = Labels.role(f.role());
            if (f.certificate() != null) {
                rows.add(List.of(role, f.url(), "Chứng chỉ TLS", SiteFactsView.certificateText(f.certificate())));
            }
            if (f.certificateOnly()) {
                continue;
            }
            rows.add(List.of(role, f.url(), "HTTPS", f.https()));
            rows.add(List.of(role, f.url(), "Chức năng tìm kiếm", f.search()));
            rows.add(List.of(role, f.url(), "sitemap.xml", f.sitemapXml()));
            rows.add(List.of(role, f.url(), "Hiển thị trên điện thoại (viewport)", f.mobileViewport()));
            rows.add(List.of(role, f.url(), "Cơ quan chủ quản (chân trang)", Labels.orUnseen(f.footerAgency())));
            rows.add(List.of(role, f.url(), "Người chịu trách nhiệm", Labels.orUnseen(f.footerResponsible())));
            rows.add(List.of(role, f.url(), "Địa chỉ", Labels.orUnseen(f.footerAddress())));
            rows.add(List.of(role, f.url(), "Điện thoại", Labels.orUnseen(f.footerPhone())));
            rows.add(List.of(role, f.url(), "Thư điện tử", Labels.orUnseen(f.footerEmail())));
            rows.add(Arrays.asList(role, f.url(), "Thời gian phản hồi, trung vị (ms)", f.medianResponseMillis()));
        }
        return rows;
    }
}
