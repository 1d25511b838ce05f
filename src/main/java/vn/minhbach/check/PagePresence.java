package vn.minhbach.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.minhbach.check.PageFacts.Label;
import vn.minhbach.check.PageFacts.Link;

/**
 * A function that must simply be there: a page, a menu link or a form named for it. Used for the dossier
 * status lookup of the one-stop site (plan 125 I.2.1: "tra cứu hồ sơ", "tra cứu kết quả").
 *
 * @param info     the item
 * @param topic    its names
 * @param versions rule versions; no parameters
 */
public record PagePresence(ItemInfo info, Topic topic, List<RuleVersion> versions) implements Item {

    public PagePresence {
        versions = List.copyOf(versions);
    }

    @Override
    public Finding evaluate(ItemContext ctx) {
        List<Evidence> found = new ArrayList<>();
        for (PageFacts page : ctx.site().pages()) {
            if (page.ownLabels().stream().anyMatch(l -> topic.titles().matches(l.key()))) {
                found.add(new Evidence(page.url(), ctx.site().name(page), null, "trang"));
            }
            for (Label label : page.formLabels()) {
                if (topic.titles().matches(label.key())) {
                    found.add(new Evidence(page.url(), ctx.site().name(page), null, "biểu mẫu: " + label.text()));
                    break;
                }
            }
            for (Link link : page.links()) {
                if (topic.titles().matches(link.text().key())) {
                    found.add(new Evidence(link.href(), link.text().text(), null, "liên kết trên " + page.url()));
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            return ctx.notFound();
        }
        Evidence first = found.get(0);
        return ctx.finding(Verdict.PASS, "Có " + topic.label() + ": " + first.title() + " (" + first.url() + ").",
                topic.label(), Map.of(), found.stream().distinct().limit(5).toList());
    }

    @Override
    public String toString() {
        return info.id() + ": có trang, liên kết hoặc biểu mẫu [" + topic + "]; " + versions;
    }
}
