package org.quietline.server.audit;

class InMemoryScreeningAuditTest implements ScreeningAuditContract {

    @Override
    public ScreeningAudit audit() {
        return new InMemoryScreeningAudit();
    }
}
