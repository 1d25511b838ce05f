package vn.minhbach.check;

import java.util.List;
import java.util.Map;
import vn.minhbach.check.extract.ContactFacts;

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
        return ctx.finding(Verdict.PASS, "Có thông tin cán bộ đầu mối tại " + first.url() + ": "
                        + Texts.clean(excerpt(first.contact()), 160) + ".", "cán bộ đầu mối có điện thoại hoặc e-mail",
                Map.of(), found.stream().limit(5)
                        .map(p -> new Evidence(p.url(), ctx.site().name(p), null, Texts.clean(excerpt(p.contact()), 200)))
                        .toList());
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
