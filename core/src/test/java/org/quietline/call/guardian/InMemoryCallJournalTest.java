package org.quietline.call.guardian;

class InMemoryCallJournalTest implements CallJournalContract {

    @Override
    public CallJournal journal() {
        return new InMemoryCallJournal();
    }
}
