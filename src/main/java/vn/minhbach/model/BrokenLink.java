package vn.minhbach.model;

import java.net.URI;
import java.util.List;

/**
 * A link or attachment that did not answer with a success.
 *
 * @param url     the target
 * @param status  the HTTP status, or null when no response came
 * @param error   what went wrong when there was no response (timeout, refused, redirect loop), else null
 * @param foundOn pages that link to it
 */
public record BrokenLink(URI url, Integer status, String error, List<URI> foundOn) {
    public BrokenLink {
        foundOn = List.copyOf(foundOn);
    }
}
