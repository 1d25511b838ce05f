package vn.minhbach.extract;

import java.net.URI;
import java.time.LocalDate;

/**
 * One answered question of a Q&amp;A section (items {@code qa.section}, {@code qa.response-time}): the question,
 * the date it was asked and the date it was answered (either may be null when the page does not show it), and
 * the page where it is shown.
 */
public record QaPair(String question, LocalDate asked, LocalDate answered, URI url) {
}
