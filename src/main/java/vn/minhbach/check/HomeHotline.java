package vn.minhbach.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.minhbach.extract.ContactFacts;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.Topic;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;
import vn.minhbach.text.PhoneNumber;

/**
 * A hotline on the home page (plan 125 III.5; NĐ 42/2022 Điều 5: tổng đài): a valid Vietnamese phone number
 * labelled "đường dây nóng", "hotline", "tổng đài", or a 1022 switchboard number, in the header, footer or a
 * block of the home page. A hotline shown only on inner pages does not count; the reason says where it is.
 *
 * @param info     the item (portal or one-stop site)
 * @param topic    the hotline's names
 * @param versions rule versions; no parameters
 */
public record HomeHotline(ItemInfo info, Topic topic, List<RuleVersion> versions) implements Item {

    public HomeHotline {
        versions = List.copyOf(versions);
    }

    @Override
    public Finding evaluate(ItemContext ctx) {
        Optional<PageFacts> home = ctx.site().homePage();
        if (home.isEmpty()) {
            return ctx.finding(Verdict.UNKNOWN, Text.of("check.hotline.noHome", ctx.site().home().toString()), List.of());
        }
        Text expected = Text.of("check.hotline.expected");
        List<PhoneNumber> numbers = hotlines(home.get());
        if (!numbers.isEmpty()) {
            String shown = String.join(", ", numbers.stream().map(PhoneNumber::raw).distinct().limit(3).toList());
            return ctx.finding(Verdict.PASS, Text.of("check.hotline.found", shown), expected,
                    Map.of(), List.of(new Evidence(home.get().url(), ctx.site().name(home.get()), null, Text.plain(shown))));
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(home.get().url(), ctx.site().name(home.get()), null, NotFound.SEARCHED));
        Optional<PageFacts> elsewhere = ctx.site().pages().stream().filter(p -> !hotlines(p).isEmpty()).findFirst();
        String url = home.get().url().toString();
        Text reason = Text.of("check.hotline.missing", url);
        if (elsewhere.isPresent()) {
            String shown = hotlines(elsewhere.get()).get(0).raw();
            evidence.add(new Evidence(elsewhere.get().url(), ctx.site().name(elsewhere.get()), null, Text.plain(shown)));
            reason = Text.of("check.hotline.elsewhere", url, elsewhere.get().url().toString(), shown);
        }
        return ctx.finding(Verdict.MISSING, reason, expected, Map.of(), evidence);
    }

    private static List<PhoneNumber> hotlines(PageFacts page) {
        ContactFacts contact = page.contact();
        if (contact == null) {
            return List.of();
        }
        List<PhoneNumber> numbers = new ArrayList<>(contact.hotlines());
        contact.phones().stream().filter(p -> p.kind() == PhoneNumber.Kind.HOTLINE_1022).forEach(numbers::add);
        return numbers;
    }

    @Override
    public String toString() {
        return info.id() + ": số đường dây nóng hợp lệ trên trang chủ " + info.role().key() + " [" + topic + "]; "
                + versions;
    }
}
