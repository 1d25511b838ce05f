package vn.minhbach.extract;

/**
 * One procedure read from a JSON answer of a one-stop site's API.
 *
 * @param row   its name and level; the link is null (the answer seldom holds the page's address)
 * @param facts what it states, or null when the answer lists procedures without any of their details
 * @param id    its identifier in the API ({@code id}, {@code _id}, else its code), or null
 */
public record ApiProcedure(ProcedureRow row, ProcedureFacts facts, String id) {
}
