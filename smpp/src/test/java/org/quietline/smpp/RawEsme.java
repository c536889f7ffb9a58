package org.quietline.smpp;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** An ESME on a raw socket, for sending PDUs no SMPP library would write. */
final class RawEsme implements AutoCloseable {

    static final int BIND_TRANSCEIVER = 0x00000009;
    static final int SUBMIT_SM = 0x00000004;
    static final int ENQUIRE_LINK = 0x00000015;
    static final int GENERIC_NACK = 0x80000000;

    /** A PDU as read: command_id, command_status, sequence_number, and the C-string its body starts with. */
    record Pdu(int commandId, int status, int sequence, String firstString) {
    }

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;
    private int sequence = 1;

    RawEsme(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        in = new DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()));
        out = new DataOutputStream(new java.io.BufferedOutputStream(socket.getOutputStream()));
    }

    int nextSequence() {
        return ++sequence;
    }

    Pdu bind(String systemId, String password) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        cstring(body, systemId);
        cstring(body, password);
        cstring(body, "");
        body.write(0x34);
        body.write(0);
        body.write(0);
        cstring(body, "");
        return exchange(BIND_TRANSCEIVER, body.toByteArray());
    }

    /** Sends a PDU whose command_length matches what is sent, and reads the answer with its sequence number. */
    Pdu exchange(int commandId, byte[] body) throws IOException {
        int seq = nextSequence();
        send(16 + body.length, commandId, seq, body);
        return answerTo(seq);
    }

    void send(int commandLength, int commandId, int seq, byte[] body) throws IOException {
        queue(commandLength, commandId, seq, body);
        out.flush();
    }

    /** Buffers a PDU without sending it: the next {@link #send} or {@link #flush} sends what is buffered at once. */
    void queue(int commandLength, int commandId, int seq, byte[] body) throws IOException {
        out.writeInt(commandLength);
        out.writeInt(commandId);
        out.writeInt(0);
        out.writeInt(seq);
        out.write(body);
    }

    void flush() throws IOException {
        out.flush();
    }

    /** Reads PDUs until the answer to {@code seq}, answering the firewall's own requests (deliver_sm, enquire_link). */
    Pdu answerTo(int seq) throws IOException {
        while (true) {
            Pdu pdu = read();
            if (pdu.sequence() == seq && (pdu.commandId() & 0x80000000) != 0) {
                return pdu;
            }
            if ((pdu.commandId() & 0x80000000) == 0) {
                send(16, pdu.commandId() | 0x80000000, pdu.sequence(), pdu.commandId() == 0x00000005 ? new byte[] {0} : new byte[0]);
            }
        }
    }

    /** The next PDU, or empty when the firewall closed the connection. */
    Optional<Pdu> readOrEnd() throws IOException {
        try {
            return Optional.of(read());
        } catch (EOFException | java.net.SocketException e) {
            return Optional.empty();
        } catch (SocketTimeoutException e) {
            throw new IOException("no answer", e);
        }
    }

    /** The next response, answering the firewall's own requests (deliver_sm, enquire_link) on the way. */
    Pdu nextResponse() throws IOException {
        while (true) {
            Pdu pdu = read();
            if ((pdu.commandId() & 0x80000000) != 0) {
                return pdu;
            }
            send(16, pdu.commandId() | 0x80000000, pdu.sequence(), pdu.commandId() == 0x00000005 ? new byte[] {0} : new byte[0]);
        }
    }

    private Pdu read() throws IOException {
        int length = in.readInt();
        int id = in.readInt();
        int status = in.readInt();
        int seq = in.readInt();
        byte[] body = in.readNBytes(Math.max(0, length - 16));
        int end = 0;
        while (end < body.length && body[end] != 0) {
            end++;
        }
        return new Pdu(id, status, seq, new String(body, 0, end, StandardCharsets.ISO_8859_1));
    }

    static void cstring(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        out.write(0);
    }

    /** A submit_sm body from its parts; {@code tlvs} are appended as given. */
    static byte[] submitBody(String from, String to, int esmClass, int dataCoding, byte[] message, byte[] tlvs) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        cstring(b, "");
        b.write(0);
        b.write(0);
        cstring(b, from);
        b.write(1);
        b.write(1);
        cstring(b, to);
        b.write(esmClass);
        b.write(0);
        b.write(0);
        cstring(b, "");
        cstring(b, "");
        b.write(0);
        b.write(0);
        b.write(dataCoding);
        b.write(0);
        b.write(message.length);
        b.writeBytes(message);
        b.writeBytes(tlvs);
        return b.toByteArray();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
