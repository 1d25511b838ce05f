package vn.minhbach.extract;

import org.jsoup.nodes.Element;

/**
 * The site's chrome: the banner, navigation and footer that every page of a site repeats around its content.
 * A {@code <header>} is the site's banner only when no sectioning element holds it (HTML, "the header
 * element"): Liferay's {@code <section class="portlet"><header class="portlet-topper"><h2>} and a WordPress
 * {@code <article><header class="entry-header"><h1>} head the content, not the site. The same holds for
 * {@code <footer>}.
 */
public final class Chrome {

    private Chrome() {
    }

    /** True when the element sits in the site's banner, navigation or footer. */
    public static boolean holds(Element element) {
        if (element.closest(Css.of("nav, [role=banner], [role=navigation], [role=contentinfo]")) != null) {
            return true;
        }
        Element box = element.closest(Css.of("header, footer"));
        while (box != null) {
            Element parent = box.parent();
            if (parent == null || parent.closest(Css.of("article, aside, main, section, [role=main]")) == null) {
                return true;
            }
            box = parent.closest(Css.of("header, footer"));
        }
        return false;
    }
}
