package org.missionledger.exchange.api;

/**
 * One thing wrong with an import file. Every problem of a file is reported at once; a file with any problem records
 * nothing.
 *
 * @param line the 1-based line in the file the problem points at, or null when it has no position
 * @param path where in the file: a JSON path such as {@code $.missions[2].history[0].setTarget.terms.deadline}, or for
 *     CSV the column name
 * @param code a stable code: {@code syntax}, {@code format}, {@code schema}, {@code invalid}, {@code reference},
 *     {@code duplicate}, {@code conflict}, or {@code refused:<refusal-code>} for a domain refusal such as
 *     {@code refused:deadline-before-baseline}
 * @param message what is wrong, for a human
 */
public record ImportProblem(Integer line, String path, String code, String message) {

    /** The problem on one line, e.g. {@code line 12, $.missions[0].declare.title: must not be blank}. */
    @Override
    public String toString() {
        return (line == null ? "" : "line " + line + ", ") + path + ": " + message + " [" + code + "]";
    }
}
