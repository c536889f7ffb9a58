package org.quietline.smpp;

/**
 * Where an ESME session's intake hands each submit_sm it takes off the session's reader: the firewall's
 * {@link SubmitPath}. Called on a worker thread, once per submit; {@link #throttled} on the reader itself.
 */
interface Submits {

    /** Works one submit_sm ({@code pdu}: the whole PDU as received, not yet decoded) through to its answer. */
    void submit(BoundEsme esme, byte[] pdu, Reply reply);

    /** Counts a submit refused ESME_RTHROTTLED before it was worked on (the session had too many in progress). */
    void throttled(BoundEsme esme);
}
