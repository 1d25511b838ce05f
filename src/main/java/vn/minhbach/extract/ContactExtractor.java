package vn.minhbach.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.minhbach.text.PhoneNumber;

/**
 * Reads the contact facts of a page: hotlines (plan 125/KH-UBND III.5), focal officials who answer businesses
 * and citizens (plan 125 IV.5a; Luật TCTT Đ17m, Đ19đ) and the footer facts (criterion 10).
 */
public final class ContactExtractor {

    /** Words that announce a hotline; a number this close after (or just before) them is a hotline. */
    private static final List<String> HOTLINE_WORDS = Fields.labels("đường dây nóng", "hotline", "hot line",
            "tổng đài", "số điện thoại nóng", "điện thoại nóng");
    private static final int AFTER = 60;
    private static final int BEFORE = 25;

    private ContactExtractor() {
    }

    /**
     * Hotlines: numbers within a short distance after or before "đường dây nóng", "hotline", "tổng đài",
     * "số điện thoại nóng", and any 1022 number. Phones: every valid number on the page. Emails: plain,
     * "abc[at]x.gov.vn", "abc(at)x.gov.vn" and mailto: addresses. The focal excerpt (at most 300 chars) names
     * who explains, receives and answers questions, with a phone or e-mail near it, else null. The footer comes
     * from &lt;footer&gt;, an element whose id or class says "footer", or the last text block of the page.
     */
    public static ContactFacts extract(Document doc) {
        Element body = doc.body();
        Folded page = PageMemo.of(body).text();
        List<Located.Phone> phones = Located.phones(page.text());
        List<Located.Email> emails = Located.emails(page.text());
        return new ContactFacts(hotlines(page, phones),
                Located.distinct(phones.stream().map(Located.Phone::number).toList()),
                emails(body, emails), FocalExcerpt.find(page, phones, emails), FooterExtractor.extract(doc));
    }

    private static List<PhoneNumber> hotlines(Folded page, List<Located.Phone> phones) {
        List<PhoneNumber> out = new ArrayList<>();
        for (Located.Phone p : phones) {
            if (isSwitchboard(p.number()) || nearHotlineWord(page.key(), p)) {
                out.add(p.number());
            }
        }
        return Located.distinct(out);
    }

    private static boolean isSwitchboard(PhoneNumber p) {
        return p.digits().endsWith("1022") && p.digits().length() <= 8;
    }

    private static boolean nearHotlineWord(String key, Located.Phone p) {
        for (String word : HOTLINE_WORDS) {
            for (int i = Folded.indexOfWord(key, word, 0); i >= 0; i = Folded.indexOfWord(key, word, i + 1)) {
                int after = p.start() - (i + word.length());
                int before = i - p.end();
                if ((after >= 0 && after <= AFTER) || (before >= 0 && before <= BEFORE)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> emails(Element body, List<Located.Email> inText) {
        Set<String> out = new LinkedHashSet<>();
        inText.forEach(e -> out.add(e.address()));
        for (Element a : body.select(Css.of("a[href^=mailto:], a[href^=MAILTO:]"))) {
            String address = a.attr("href").substring("mailto:".length()).split("\\?")[0].strip();
            if (address.contains("@")) {
                out.add(Located.clean(address));
            }
        }
        return List.copyOf(out);
    }
}
