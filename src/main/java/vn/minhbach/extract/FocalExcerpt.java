package vn.minhbach.extract;

import java.util.ArrayList;
import java.util.List;

/** Finds the passage that names the officials or unit answering businesses and citizens, with a contact. */
final class FocalExcerpt {

    /** Most specific first: the first one that has a phone or e-mail close by wins. */
    private static final List<String> WORDS = List.of("can bo dau moi", "dau moi tiep nhan", "nguoi phat ngon",
            "bo phan tiep nhan va tra loi", "tiep nhan phan anh, kien nghi", "tiep nhan phan anh kien nghi",
            "tiep nhan, tra loi", "tiep nhan va tra loi", "dau moi cung cap thong tin", "cung cap thong tin");
    private static final int MAX = 300;
    private static final int SPAN = 260;

    static {
        LabelAutomaton.register(WORDS);
    }

    private FocalExcerpt() {
    }

    private record Span(int start, int end) {
    }

    static String find(PageMemo memo, List<Located.Phone> phones, List<Located.Email> emails) {
        Folded page = memo.text();
        List<Span> contacts = new ArrayList<>();
        phones.forEach(p -> contacts.add(new Span(p.start(), p.end())));
        emails.forEach(e -> contacts.add(new Span(e.start(), e.end())));
        if (contacts.isEmpty()) {
            return null;
        }
        for (String word : WORDS) {
            if (!memo.labels().contains(word)) {
                continue;
            }
            for (int i = Folded.indexOfWord(page.key(), word, 0); i >= 0;
                    i = Folded.indexOfWord(page.key(), word, i + 1)) {
                Span found = new Span(i, i + word.length());
                for (Span c : contacts) {
                    int start = Math.min(found.start(), c.start());
                    int end = Math.max(found.end(), c.end());
                    if (end - start <= SPAN) {
                        return excerpt(page.text(), start, end);
                    }
                }
            }
        }
        return null;
    }

    /** The span widened to at most {@value #MAX} chars, cut at word boundaries. */
    private static String excerpt(String text, int start, int end) {
        int pad = (MAX - (end - start)) / 2;
        int from = Math.max(0, start - pad);
        int to = Math.min(text.length(), end + pad);
        while (from > 0 && from < start && text.charAt(from - 1) != ' ') {
            from++;
        }
        while (to < text.length() && to > end && text.charAt(to) != ' ') {
            to--;
        }
        return text.substring(from, to).strip();
    }
}
