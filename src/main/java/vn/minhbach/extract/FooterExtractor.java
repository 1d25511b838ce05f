package vn.minhbach.extract;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.minhbach.html.Recent;
import vn.minhbach.text.PhoneNumbers;

/** Reads the owner facts of a site's footer, labelled or written in the usual footer style. */
final class FooterExtractor {

    private static final List<String> AGENCY = Fields.labels("cơ quan chủ quản", "đơn vị chủ quản",
            "cơ quan quản lý", "bản quyền thuộc về", "bản quyền thuộc", "bản quyền của");
    private static final List<String> RESPONSIBLE = Fields.labels("người chịu trách nhiệm", "chịu trách nhiệm",
            "chịu trách nhiệm chính", "chịu trách nhiệm nội dung", "trưởng ban biên tập", "trưởng ban");
    private static final List<String> ADDRESS = Fields.labels("địa chỉ", "trụ sở", "địa chỉ liên hệ");
    private static final List<String> PHONE = Fields.labels("điện thoại", "đt", "tel", "phone", "sđt", "số điện thoại");
    private static final List<String> EMAIL = Fields.labels("email", "e-mail", "thư điện tử", "mail");
    /** Labels that end a value when a footer puts several facts on one line. */
    private static final List<String> ANY = Fields.labels("cơ quan chủ quản", "đơn vị chủ quản", "chịu trách nhiệm",
            "trưởng ban biên tập", "địa chỉ", "trụ sở", "điện thoại", "đt", "tel", "fax", "email", "e-mail",
            "thư điện tử", "website", "giấy phép", "bản quyền", "ghi rõ nguồn", "hotline", "đường dây nóng");
    private static final List<String> AGENCY_WORDS = Fields.labels("ủy ban nhân dân", "ubnd", "sở", "cổng thông tin");

    private static final Recent<FooterFacts> READ = new Recent<>(64, 4000);

    private FooterExtractor() {
    }

    /** The footer facts of the page whose body's elements are {@code inBody}, in document order. */
    static FooterFacts extract(Document doc, List<Element> inBody) {
        List<Element> footer = FooterBlock.find(doc, inBody);
        if (footer.isEmpty()) {
            return FooterFacts.NONE;
        }
        List<Folded> lines = footer.stream().flatMap(e -> Lines.of(e).stream()).toList();
        Folded all = Folded.of(String.join(" ", footer.stream().map(Element::text).toList()));
        // every page of a site repeats its footer: the facts of the same lines are read once
        String key = String.join("\n", lines.stream().map(Folded::text).toList()) + "\u0000" + all.text();
        return READ.get(key, k -> facts(lines, all));
    }

    private static FooterFacts facts(List<Folded> lines, Folded all) {
        String phoneValue = labelled(lines, PHONE);
        String phoneText = phoneValue == null ? all.text() : phoneValue;
        String emailValue = labelled(lines, EMAIL);
        List<Located.Email> emails = Located.emails(emailValue == null ? all.text() : emailValue);
        return new FooterFacts(agency(lines), labelled(lines, RESPONSIBLE), labelled(lines, ADDRESS),
                PhoneNumbers.findAll(phoneText).stream().findFirst().map(p -> p.raw()).orElse(null),
                emails.isEmpty() ? null : emails.get(0).address());
    }

    private static String agency(List<Folded> lines) {
        String labelled = labelled(lines, AGENCY);
        if (labelled != null) {
            return labelled;
        }
        for (Folded line : lines) {
            for (String word : AGENCY_WORDS) {
                int at = Folded.indexOfWord(line.key(), word, 0);
                if (at >= 0) {
                    return cut(line, at, at);
                }
            }
        }
        return null;
    }

    /** The value after the first of the labels on any line, up to the next known label on that line. */
    private static String labelled(List<Folded> lines, List<String> labels) {
        for (Folded line : lines) {
            for (String label : labels) {
                int at = Folded.indexOfWord(line.key(), label, 0);
                if (at >= 0) {
                    String value = cut(line, at, at + label.length());
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        return null;
    }

    private static String cut(Folded line, int labelStart, int valueStart) {
        int end = line.key().length();
        for (String other : ANY) {
            int next = Folded.indexOfWord(line.key(), other, valueStart + 1);
            if (next > valueStart && next < end && next > labelStart) {
                end = next;
            }
        }
        String value = line.text().substring(valueStart, end)
                .replaceFirst("^[\\s:：.\\-–—]+", "").replaceFirst("[\\s\\-–—|,;:.]+$", "").strip();
        return Folded.meaningful(value) ? value : null;
    }
}
