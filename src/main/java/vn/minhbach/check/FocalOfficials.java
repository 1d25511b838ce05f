package vn.minhbach.check;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.minhbach.extract.ContactFacts;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.Texts;
import vn.minhbach.extract.Topic;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;

/**
 * The officials or unit responsible for explaining, receiving and answering the questions of businesses and
 * citizens (cán bộ đầu mối), with a phone or e-mail, anywhere on the portal (plan 125 IV.5a; Luật TCTT
 * Điều 17m, 19đ; NĐ 42/2022 Điều 4).
 *
 * @param info     the item
 * @param topic    the names of such blocks and pages
 * @param versions rule versions; no parameters
 */
public record FocalOfficials(ItemInfo info, Topic topic, List<RuleVersion> versions) implements Item {

    private static final int MAX_SHOWN = 5;

    public FocalOfficials {
        versions = List.copyOf(versions);
    }

    @Override
    public Finding evaluate(ItemContext ctx) {
        List<PageFacts> found = ctx.site().pages().stream()
                .filter(p -> p.contact() != null && excerpt(p.contact()) != null).toList();
        if (found.isEmpty()) {
            return ctx.notFound();
        }
        PageFacts first = found.get(0);
        return ctx.finding(Verdict.PASS, Text.of("check.focal.found", first.url().toString(),
                        Texts.clean(excerpt(first.contact()), 160)), Text.of("check.focal.expected"),
                Map.of(), shown(ctx, found).stream()
                        .map(p -> new Evidence(p.url(), ctx.site().name(p), null,
                                Text.plain(Texts.clean(excerpt(p.contact()), 200))))
                        .toList());
    }

    /**
     * The pages shown as evidence: those named for the item ("Cán bộ đầu mối ...") and the home page, by name.
     * Most portals print the same contact block in every page's footer, so any other page would be an example
     * picked by its address, which differs between platforms; other pages are shown only when neither holds it.
     */
    private List<PageFacts> shown(ItemContext ctx, List<PageFacts> found) {
        Optional<PageFacts> home = ctx.site().homePage();
        List<PageFacts> about = found.stream()
                .filter(p -> p.ownLabels().stream().anyMatch(l -> topic.matches(l.key()))
                        || home.filter(h -> h == p).isPresent())
                .sorted(Comparator.comparing(p -> ctx.site().name(p)))
                .limit(MAX_SHOWN).toList();
        return about.isEmpty() ? found.stream().limit(MAX_SHOWN).toList() : about;
    }

    private static String excerpt(ContactFacts contact) {
        String excerpt = contact.focalExcerpt();
        return excerpt == null || excerpt.isBlank() ? null : excerpt;
    }

    @Override
    public String toString() {
        return info.id() + ": khối cán bộ đầu mối có điện thoại hoặc e-mail ở bất kỳ trang nào [" + topic + "]; "
                + versions;
    }
}
