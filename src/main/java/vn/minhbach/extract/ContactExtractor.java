package vn.minhbach.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import vn.minhbach.text.PhoneNumber;

/**
 * Reads the contact facts of a page: hotlines (plan 125/KH-UBND III.5), focal officials who answer businesses
 * and citizens (plan 125 IV.5a; Luật TCTT Đ17m, Đ19đ) and the footer facts (criterion 10).
 */
public final class ContactExtractor {

    /** Words that announce a hotline; a number this close after (or just before) them is a hotline. */
    private static final List<String> HOTLINE_WORDS = Fields.labels("đường dây nóng", "hotline", "hot line",
            "tổng đài", "số điện thoại nóng", "điện thoại nóng");
    private static final Evaluator MAILTO = Css.of("a[href^=mailto:], a[href^=MAILTO:]");
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
        PageMemo memo = PageMemo.of(body);
        Folded page = memo.text();
        List<Located.Phone> phones = Located.phones(page);
        List<Located.Email> emails = Located.emails(page.text());
        List<Element> inBody = memo.elementsIn(body);
        return new ContactFacts(hotlines(memo, phones),
                Located.distinct(phones.stream().map(Located.Phone::number).toList()),
                emails(body, inBody, emails), FocalExcerpt.find(memo, phones, emails),
                FooterExtractor.extract(doc, inBody));
    }

    private static List<PhoneNumber> hotlines(PageMemo page, List<Located.Phone> phones) {
        List<PhoneNumber> out = new ArrayList<>();
        List<int[]> words = phones.isEmpty() ? List.of() : hotlineWords(page);
        for (Located.Phone p : phones) {
            if (isSwitchboard(p.number()) || nearHotlineWord(words, p)) {
                out.add(p.number());
            }
        }
        return Located.distinct(out);
    }

    /** Where the page's text says a hotline word, start and end; words it does not hold are not looked for. */
    private static List<int[]> hotlineWords(PageMemo page) {
        String key = page.text().key();
        List<int[]> out = new ArrayList<>();
        for (String word : HOTLINE_WORDS) {
            if (!page.labels().contains(word)) {
                continue;
            }
            for (int i = Folded.indexOfWord(key, word, 0); i >= 0; i = Folded.indexOfWord(key, word, i + 1)) {
                out.add(new int[] {i, i + word.length()});
            }
        }
        return out;
    }

    private static boolean isSwitchboard(PhoneNumber p) {
        return p.digits().endsWith("1022") && p.digits().length() <= 8;
    }

    private static boolean nearHotlineWord(List<int[]> words, Located.Phone p) {
        for (int[] word : words) {
            int after = p.start() - word[1];
            int before = word[0] - p.end();
            if ((after >= 0 && after <= AFTER) || (before >= 0 && before <= BEFORE)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> emails(Element body, List<Element> inBody, List<Located.Email> inText) {
        Set<String> out = new LinkedHashSet<>();
        inText.forEach(e -> out.add(e.address()));
        for (Element a : inBody) {
            // a "mailto:" link has a colon: the selector is not tried on the page's other links
            if (!a.nameIs("a") || a.attr("href").indexOf(':') < 0 || !MAILTO.matches(body, a)) {
                continue;
            }
            String address = a.attr("href").substring("mailto:".length()).split("\\?")[0].strip();
            if (address.contains("@")) {
                out.add(Located.clean(address));
            }
        }
        return List.copyOf(out);
    }
}
