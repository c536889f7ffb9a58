package org.quietline.smpp;

/**
 * Where the response to one submit_sm goes. The submit path answers each submit once, from whichever thread
 * learns the outcome (a screening thread, or a link's reader when the SMSC answers); implementations must
 * not block that thread.
 */
interface Reply {

    /** A reply to nobody: for parts whose ESME was answered before (an expired long message). */
    Reply NOBODY = new Reply() {
        @Override
        public void accepted(String ourId) {
        }

        @Override
        public void refused(int status) {
        }
    };

    /** ESME_ROK with the id the ESME will know the message by. */
    void accepted(String ourId);

    /** A refusal with its status from the {@link StatusTable}. */
    void refused(int status);
}
