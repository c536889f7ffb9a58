package org.quietline.server.consent;

import io.swagger.v3.oas.annotations.Operation;
import org.quietline.consent.ConsentRegister;
import org.quietline.number.InvalidNumberException;
import org.quietline.number.PhoneNumber;
import org.quietline.server.api.FieldProblem;
import org.quietline.server.api.InvalidRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/subscribers/{number}/ledger}: who holds this number, since when, from what, for what,
 * every change and the chain's head hash; {@code …/ledger/export}: the same as a downloadable JSON file (the
 * subscriber's right of access).
 */
@RestController
final class LedgerController {

    private final ConsentRegister register;

    LedgerController(ConsentRegister register) {
        this.register = register;
    }

    @Operation(summary = "A subscriber's consent ledger: holders, every change, the chain's head and its verification")
    @GetMapping(path = "/api/v1/subscribers/{number}/ledger", produces = MediaType.APPLICATION_JSON_VALUE)
    LedgerView ledger(@PathVariable("number") String number) {
        PhoneNumber subscriber = parse(number);
        return LedgerView.of(subscriber, register.history(subscriber), register.standing(subscriber).doNotDisturb());
    }

    @Operation(summary = "The same ledger as a JSON file to download")
    @GetMapping(path = "/api/v1/subscribers/{number}/ledger/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LedgerView> export(@PathVariable("number") String number) {
        PhoneNumber subscriber = parse(number);
        LedgerView view = ledger(number);
        String file = "quietline-ledger-" + subscriber.nationalNumber() + ".json";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(view);
    }

    private static PhoneNumber parse(String number) {
        try {
            return PhoneNumber.parse(number);
        } catch (InvalidNumberException e) {
            throw new InvalidRequestException(new FieldProblem("number", e.problem().name(), e.getMessage()));
        }
    }
}
