package org.quietline.server.calls;

import java.util.List;
import org.quietline.server.api.FieldProblem;

/**
 * The answer to a batch (reports, call records): how many rows came, how many were taken, how many were
 * refused, and each refused row's problems by index (the row itself is never echoed: it holds numbers).
 *
 * @param received   rows in the batch
 * @param accepted   rows taken in
 * @param rejected   rows refused
 * @param duplicates rows taken as already known (the same call twice); counted in accepted
 * @param problems   what was wrong with the refused rows
 */
record BatchAnswer(int received, int accepted, int rejected, int duplicates, List<Problem> problems) {

    /** The first problems listed; the counts stay exact beyond them. */
    static final int LISTED = 100;

    /**
     * One problem of one row.
     *
     * @param index  the row's position in the batch, from 0
     * @param field  the field
     * @param code   a stable code (MISSING, TOO_SHORT, UNKNOWN_LABEL …)
     * @param detail in words, never with a whole number
     */
    record Problem(int index, String field, String code, String detail) {
        static Problem of(int index, FieldProblem p) {
            return new Problem(index, p.field(), p.code(), p.detail());
        }
    }
}
