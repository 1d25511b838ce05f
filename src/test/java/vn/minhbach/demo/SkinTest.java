package vn.minhbach.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every skin serves the same pages as the plain demo, at its own addresses and in its own markup. */
class SkinTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    private static Map<String, Integer> plainPortal;
    private static Map<String, Integer> plainOnestop;

    @BeforeAll
    static void crawlThePlainDemo() {
        InProcessSites plain = new InProcessSites(AS_OF);
        plainPortal = statuses(plain.portal, InProcessSites.PORTAL, Skin.DEFAULT);
        plainOnestop = statuses(plain.onestop, InProcessSites.ONESTOP, Skin.DEFAULT);
    }

    @ParameterizedTest
    @EnumSource(value = Skin.class, names = "DEFAULT", mode = EnumSource.Mode.EXCLUDE)
    void everySkinReachesTheSamePagesWithTheSameStatusesAtItsOwnAddresses(Skin skin) {
        InProcessSites skinned = new InProcessSites(AS_OF, skin);
        Map<String, Response> pages = InProcessSites.crawl(skinned.portal, InProcessSites.PORTAL, 3);

        assertThat(canonical(pages, skin)).isEqualTo(plainPortal);
        assertThat(statuses(skinned.onestop, InProcessSites.ONESTOP, skin)).isEqualTo(plainOnestop);
        assertThat(pages.keySet()).doesNotContain("/tin-tuc", "/van-ban", "/hoi-dap");
        String documents = pages.entrySet().stream().filter(e -> skin.paths().in(e.getKey()).equals("/van-ban"))
                .map(e -> InProcessSites.text(e.getValue())).findFirst().orElseThrow();
        assertThat(documents).contains("Văn bản quy phạm pháp luật").doesNotContain("<table class=\"documents\">");
    }

    @Test
    void namesAreFixedAndTheDefaultComesFirst() {
        assertThat(Skin.ids()).containsExactly("default", "sharepoint", "liferay", "nukeviet", "dnn", "aspnet",
                "wordpress", "domino");
        assertThat(Skin.named("liferay")).contains(Skin.LIFERAY);
        assertThat(Skin.named("Liferay")).isEmpty();
    }

    @Test
    void pathsRoundTrip() {
        for (Skin skin : Skin.values()) {
            for (String path : Set.of("/tin-tuc/9000-le-hoi-dua-thuyen-2026", "/tin-tuc?page=3", "/van-ban/chi-tiet?id=12",
                    "/chuyen-muc/hoi-dap-phap-luat", "/thu-tuc-hanh-chinh/chi-tiet?ma=1.001137", "/robots.txt")) {
                assertThat(skin.paths().in(skin.paths().out(path))).as(skin + " " + path).isEqualTo(path);
                assertThat(skin.paths().in(reversedQuery(skin.paths().out(path)))).as(skin + " " + path).isEqualTo(path);
            }
        }
    }

    private static String reversedQuery(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        if (q < 0) {
            return pathAndQuery;
        }
        java.util.List<String> params = new java.util.ArrayList<>(java.util.List.of(pathAndQuery.substring(q + 1).split("&")));
        java.util.Collections.reverse(params);
        return pathAndQuery.substring(0, q + 1) + String.join("&", params);
    }

    /** Canonical path to status of every page a crawl reaches, the calendar cut at three months. */
    private static Map<String, Integer> statuses(SiteHandler site, java.net.URI base, Skin skin) {
        return canonical(InProcessSites.crawl(site, base, 3), skin);
    }

    private static Map<String, Integer> canonical(Map<String, Response> pages, Skin skin) {
        return pages.entrySet().stream().collect(Collectors.toMap(
                e -> skin.paths().in(e.getKey()), e -> e.getValue().status(), (a, b) -> a, TreeMap::new));
    }
}
