package vn.minhbach.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The address shapes of the modelled platforms (domain-notes.md, "Platforms seen"), as rules from the
 * demo's canonical paths. Lists, detail pages and files move; robots.txt, sitemaps, traps and the
 * introduction keep their paths, as real portals keep a few hand-made pages beside their CMS.
 */
final class SkinPaths {

    /** SharePoint publishing sites: every page an .aspx in a site's Pages library, items by ItemID. */
    static final PathScheme SHAREPOINT = PathScheme.of(
            "/{sec}/{id}-{slug}", "/{sec}/Pages/{slug}.aspx?ItemID={id}",
            "/{sec}?page={n}", "/{sec}/Pages/default.aspx?page={n}",
            "/{sec}", "/{sec}/Pages/default.aspx",
            "/van-ban/chi-tiet?id={id}", "/van-ban/Pages/chi-tiet-van-ban.aspx?ItemID={id}",
            "/van-ban?page={n}", "/van-ban/Pages/default.aspx?page={n}",
            "/van-ban", "/van-ban/Pages/default.aspx",
            "/van-ban/tep/{slug}.pdf", "/van-ban/VanBanDinhKem/{slug}.pdf",
            "/hoi-dap/chi-tiet?id={id}", "/hoi-dap/Pages/chi-tiet.aspx?ItemID={id}",
            "/hoi-dap?page={n}", "/hoi-dap/Pages/default.aspx?page={n}",
            "/hoi-dap", "/hoi-dap/Pages/default.aspx",
            "/thu-tuc-hanh-chinh/chi-tiet?ma={code}", "/thu-tuc-hanh-chinh/Pages/chi-tiet.aspx?ma={code}",
            "/thu-tuc-hanh-chinh?page={n}", "/thu-tuc-hanh-chinh/Pages/default.aspx?page={n}",
            "/thu-tuc-hanh-chinh", "/thu-tuc-hanh-chinh/Pages/default.aspx");

    /** Liferay: friendly pages under /web/guest, asset publisher entries, the portlet's own page parameter. */
    static final PathScheme LIFERAY = PathScheme.of(
            "/{sec}/{id}-{slug}", "/web/guest/{sec}/-/asset_publisher/Content/{slug}?{id}",
            "/{sec}?page={n}", "/web/guest/{sec}?p_p_id=101_INSTANCE_tintuc&_101_INSTANCE_tintuc_cur={n}",
            "/{sec}", "/web/guest/{sec}",
            "/van-ban/chi-tiet?id={id}", "/web/guest/van-ban/-/vbpq/chi-tiet/{id}",
            "/van-ban?page={n}", "/web/guest/van-ban?_vbpq_WAR_vbpqportlet_cur={n}",
            "/van-ban", "/web/guest/van-ban",
            "/van-ban/tep/{slug}.pdf", "/documents/10181/0/{slug}.pdf",
            "/hoi-dap/chi-tiet?id={id}", "/web/guest/hoi-dap/-/hoidap/cau-hoi/{id}",
            "/hoi-dap?page={n}", "/web/guest/hoi-dap?_hoidap_WAR_hoidapportlet_cur={n}",
            "/hoi-dap", "/web/guest/hoi-dap",
            "/thu-tuc-hanh-chinh/chi-tiet?ma={code}", "/web/guest/thu-tuc-hanh-chinh/-/tthc/{code}",
            "/thu-tuc-hanh-chinh?page={n}", "/web/guest/thu-tuc-hanh-chinh?_tthc_WAR_tthcportlet_cur={n}",
            "/thu-tuc-hanh-chinh", "/web/guest/thu-tuc-hanh-chinh");

    /** NukeViet with rewriting off: one index.php, the module in nv and the rest in op. */
    static final PathScheme NUKEVIET = PathScheme.of(
            "/{sec}/{id}-{slug}", "/index.php?language=vi&nv=news&op={sec}/{slug}-{id}.html",
            "/{sec}?page={n}", "/index.php?language=vi&nv=news&op={sec}/page-{n}",
            "/{sec}", "/index.php?language=vi&nv=news&op={sec}",
            "/van-ban/chi-tiet?id={id}", "/index.php?language=vi&nv=laws&op=detail&id={id}",
            "/van-ban?page={n}", "/index.php?language=vi&nv=laws&page={n}",
            "/van-ban", "/index.php?language=vi&nv=laws",
            "/van-ban/tep/{slug}.pdf", "/uploads/laws/{slug}.pdf",
            "/hoi-dap/chi-tiet?id={id}", "/index.php?language=vi&nv=faq&op=question-{id}",
            "/hoi-dap?page={n}", "/index.php?language=vi&nv=faq&page={n}",
            "/hoi-dap", "/index.php?language=vi&nv=faq",
            "/thu-tuc-hanh-chinh/chi-tiet?ma={code}", "/index.php?language=vi&nv=tthc&op=detail&ma={code}",
            "/thu-tuc-hanh-chinh?page={n}", "/index.php?language=vi&nv=tthc&page={n}",
            "/thu-tuc-hanh-chinh", "/index.php?language=vi&nv=tthc");

    /** DNN friendly URLs: the page's path, its tab id, then module parameters as path pairs. */
    static final PathScheme DNN = dnn();

    /** Legacy WebForms: one .aspx per kind of page, ids in the query. */
    static final PathScheme ASPNET = PathScheme.of(
            "/{sec}/{id}-{slug}", "/{sec}/ChiTiet.aspx?ID={id}&title={slug}",
            "/{sec}?page={n}", "/{sec}/Default.aspx?page={n}",
            "/{sec}", "/{sec}/Default.aspx",
            "/van-ban/chi-tiet?id={id}", "/VanBan/ChiTietVanBan.aspx?ID={id}",
            "/van-ban?page={n}", "/VanBan/Default.aspx?page={n}",
            "/van-ban", "/VanBan/Default.aspx",
            "/van-ban/tep/{slug}.pdf", "/Upload/VanBan/{slug}.pdf",
            "/hoi-dap/chi-tiet?id={id}", "/HoiDap/ChiTiet.aspx?ID={id}",
            "/hoi-dap?page={n}", "/HoiDap/Default.aspx?page={n}",
            "/hoi-dap", "/HoiDap/Default.aspx",
            "/thu-tuc-hanh-chinh/chi-tiet?ma={code}", "/TTHC/ChiTiet.aspx?ma={code}",
            "/thu-tuc-hanh-chinh?page={n}", "/TTHC/DanhSach.aspx?page={n}",
            "/thu-tuc-hanh-chinh", "/TTHC/DanhSach.aspx");

    /** WordPress pretty permalinks: category archives with /page/N/, posts by slug. */
    static final PathScheme WORDPRESS = PathScheme.of(
            "/{sec}/{id}-{slug}", "/{sec}/{slug}-{id}/",
            "/{sec}?page={n}", "/category/{sec}/page/{n}/",
            "/{sec}", "/category/{sec}/",
            "/van-ban/chi-tiet?id={id}", "/van-ban/?vb={id}",
            "/van-ban?page={n}", "/van-ban/page/{n}/",
            "/van-ban", "/van-ban/",
            "/van-ban/tep/{slug}.pdf", "/wp-content/uploads/van-ban/{slug}.pdf",
            "/hoi-dap/chi-tiet?id={id}", "/hoi-dap/?cau-hoi={id}",
            "/hoi-dap?page={n}", "/hoi-dap/page/{n}/",
            "/hoi-dap", "/hoi-dap/",
            "/thu-tuc-hanh-chinh/chi-tiet?ma={code}", "/thu-tuc/{code}/",
            "/thu-tuc-hanh-chinh?page={n}", "/thu-tuc/page/{n}/",
            "/thu-tuc-hanh-chinh", "/thu-tuc/");

    /** Domino databases: views opened with OpenView, documents with OpenDocument or a form. */
    static final PathScheme DOMINO = PathScheme.of(
            "/{sec}/{id}-{slug}", "/portal.nsf/{sec}/{slug}-{id}?OpenDocument",
            "/{sec}?page={n}", "/portal.nsf/{sec}?OpenView&page={n}",
            "/{sec}", "/portal.nsf/{sec}?OpenView",
            "/van-ban/chi-tiet?id={id}", "/congbao.nsf/NoiDung?openForm&ParentUNID={id}",
            "/van-ban?page={n}", "/congbao.nsf/VanBan?OpenView&page={n}",
            "/van-ban", "/congbao.nsf/VanBan?OpenView",
            "/van-ban/tep/{slug}.pdf", "/congbao.nsf/$file/{slug}.pdf",
            "/hoi-dap/chi-tiet?id={id}", "/hoidap.nsf/CauHoi?openForm&ParentUNID={id}",
            "/hoi-dap?page={n}", "/hoidap.nsf/HoiDap?OpenView&page={n}",
            "/hoi-dap", "/hoidap.nsf/HoiDap?OpenView",
            "/thu-tuc-hanh-chinh/chi-tiet?ma={code}", "/tthc.nsf/ThuTuc?OpenDocument&ma={code}",
            "/thu-tuc-hanh-chinh?page={n}", "/tthc.nsf/DanhSach?OpenView&page={n}",
            "/thu-tuc-hanh-chinh", "/tthc.nsf/DanhSach?OpenView");

    private SkinPaths() {
    }

    private static PathScheme dnn() {
        List<String> rules = new ArrayList<>();
        int tab = 101;
        for (String section : PathScheme.SECTIONS) {
            String page = "/" + section + "/tabid/" + tab++;
            rules.addAll(List.of("/" + section + "/{id}-{slug}", page + "/ArticleID/{id}/{slug}.aspx",
                    "/" + section + "?page={n}", page + "/currentpage/{n}/Default.aspx",
                    "/" + section, page + "/Default.aspx"));
        }
        rules.addAll(List.of(
                "/van-ban/chi-tiet?id={id}", "/van-ban/tabid/120/ItemId/{id}/Default.aspx",
                "/van-ban?page={n}", "/van-ban/tabid/120/currentpage/{n}/Default.aspx",
                "/van-ban", "/van-ban/tabid/120/Default.aspx",
                "/van-ban/tep/{slug}.pdf", "/Portals/0/VanBan/{slug}.pdf",
                "/hoi-dap/chi-tiet?id={id}", "/hoi-dap/tabid/130/ItemId/{id}/Default.aspx",
                "/hoi-dap?page={n}", "/hoi-dap/tabid/130/currentpage/{n}/Default.aspx",
                "/hoi-dap", "/hoi-dap/tabid/130/Default.aspx",
                "/thu-tuc-hanh-chinh/chi-tiet?ma={code}", "/thu-tuc-hanh-chinh/tabid/140/moduleId/512/ma/{code}/Default.aspx",
                "/thu-tuc-hanh-chinh?page={n}", "/thu-tuc-hanh-chinh/tabid/140/currentpage/{n}/Default.aspx",
                "/thu-tuc-hanh-chinh", "/thu-tuc-hanh-chinh/tabid/140/Default.aspx"));
        return PathScheme.of(rules.toArray(String[]::new));
    }
}
