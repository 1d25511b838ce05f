package vn.minhbach.extract;

import java.net.URI;

/** One procedure of a procedure list page: its name, the link to its detail page (or null) and its level. */
public record ProcedureRow(String name, URI link, OnlineLevel level) {
}
