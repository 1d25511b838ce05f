package vn.minhbach.check;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.minhbach.extract.PageFacts.Link;

/**
 * The links of a site's pages that pass one test, each list of links tested once. The pages of a site repeat
 * their menu, and the extraction keeps one copy of each distinct list of links ({@code PageFactsExtractor}):
 * a rule that looks at every link of every page then tests the menu once, not once per page. For one item's
 * evaluation; not shared between threads.
 */
final class PageLinks {
    private final Predicate<Link> test;
    private final Map<List<Link>, List<Link>> passing = new IdentityHashMap<>();

    PageLinks(Predicate<Link> test) {
        this.test = test;
    }

    /** The links of {@code links} that pass the test, in their order. */
    List<Link> passing(List<Link> links) {
        return links.isEmpty() ? List.of() : passing.computeIfAbsent(links, l -> l.stream().filter(test).toList());
    }
}
