package vn.minhbach.demo;

/** Wraps a page's content in its site's header, menus and footer. */
@FunctionalInterface
interface Layout {
    /**
     * @param heading    the page's h1 and title
     * @param breadcrumb the breadcrumb trail after "Trang chủ", as HTML
     * @param content    the page body, as HTML
     */
    String page(String heading, String breadcrumb, String content);
}
