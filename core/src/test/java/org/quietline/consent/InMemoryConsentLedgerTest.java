package org.quietline.consent;

class InMemoryConsentLedgerTest implements ConsentLedgerContract {

    @Override
    public ConsentLedger ledger() {
        return new InMemoryConsentLedger();
    }
}
