package vn.minhbach.extract;

import java.util.List;
import vn.minhbach.text.PhoneNumber;

/**
 * Contact facts of one page (items {@code contact.hotline}, {@code onestop.hotline} and
 * {@code contact.focal-officials}): hotline numbers, every valid phone number, e-mail addresses, a short excerpt
 * naming the officials who answer businesses and citizens (null when none), and the footer facts.
 */
public record ContactFacts(List<PhoneNumber> hotlines, List<PhoneNumber> phones, List<String> emails,
                           String focalExcerpt, FooterFacts footer) {

    /** A page that states nothing of the kind (a JSON answer). */
    public static final ContactFacts NONE = new ContactFacts(List.of(), List.of(), List.of(), null, FooterFacts.NONE);

    public ContactFacts {
        hotlines = List.copyOf(hotlines);
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
    }
}
