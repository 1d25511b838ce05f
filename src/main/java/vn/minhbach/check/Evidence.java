package vn.minhbach.check;

import java.net.URI;
import java.time.LocalDate;

/**
 * What a verdict rests on: a page or link, with the title and date read there. For a MISSING verdict
 * the evidence lists the places that were searched.
 */
public record Evidence(URI url, String title, LocalDate date, String excerpt) {
    public static Evidence of(URI url, String title, LocalDate date) {
        return new Evidence(url, title, date, null);
    }
}
