package vn.minhbach.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.PageFacts.Label;
import vn.minhbach.extract.PageFacts.Link;
import vn.minhbach.extract.Topic;
import vn.minhbach.extract.Uris;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;

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
        // the pages themselves first, then their forms, then links to them (one per target): what is shown is
        // about the item and does not follow the order pages were crawled in
        List<Evidence> pages = new ArrayList<>();
        List<Evidence> forms = new ArrayList<>();
        Map<String, Evidence> links = new LinkedHashMap<>();
        for (PageFacts page : ctx.site().pages()) {
            if (page.ownLabels().stream().anyMatch(l -> topic.titles().matches(l.key()))) {
                pages.add(new Evidence(page.url(), ctx.site().name(page), null, Text.of("check.evidence.page")));
            }
            for (Label label : page.formLabels()) {
                if (topic.titles().matches(label.key())) {
                    forms.add(new Evidence(page.url(), ctx.site().name(page), null,
                            Text.of("check.evidence.form", label.text())));
                    break;
                }
            }
            for (Link link : page.links()) {
                if (topic.titles().matches(link.text().key())) {
                    links.putIfAbsent(Uris.key(link.href()),
                            new Evidence(link.href(), link.text().text(), null,
                                    Text.of("check.evidence.linkOn", page.url().toString())));
                    break;
                }
            }
        }
        List<Evidence> found = new ArrayList<>(pages);
        found.addAll(forms);
        found.addAll(links.values());
        if (found.isEmpty()) {
            return ctx.notFound();
        }
        Evidence first = found.get(0);
        Text what = Words.topic(topic);
        return ctx.finding(Verdict.PASS, Text.of("check.presence.found", what, Words.site(first.title()),
                Words.site(first.url())), what, Map.of(), found.stream().distinct().limit(5).toList());
    }

    @Override
    public String toString() {
        return info.id() + ": có trang, liên kết hoặc biểu mẫu [" + topic + "]; " + versions;
    }
}
