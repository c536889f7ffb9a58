package org.quietline.smpp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ConnectionFactory;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;

/**
 * jSMPP connections with TCP_NODELAY. jSMPP leaves Nagle's algorithm on, and a proxy that holds a response
 * until the peer's delayed ACK adds tens of milliseconds to a submit; every socket of the firewall has it off.
 */
final class Sockets {

    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private Sockets() {
    }

    /** Client connections for the SMSC side. */
    static ConnectionFactory client() {
        return (host, port) -> {
            Socket socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            return new SocketConnection(socket);
        };
    }

    /** A listening socket for the ESME side, already bound (port 0 picks a free one). */
    static Listening listen(String address, int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getByName(address), port), 128);
        return new Listening(server);
    }

    /** A bound server socket that jSMPP's session listener accepts from. */
    static final class Listening implements ServerConnection, ServerConnectionFactory {

        private final ServerSocket server;

        private Listening(ServerSocket server) {
            this.server = server;
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public Connection accept() throws IOException {
            Socket socket = server.accept();
            socket.setTcpNoDelay(true);
            return new SocketConnection(socket);
        }

        @Override
        public void setSoTimeout(int timeout) throws IOException {
            server.setSoTimeout(timeout);
        }

        @Override
        public int getSoTimeout() throws IOException {
            return server.getSoTimeout();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }

        @Override
        public ServerConnection listen(int port) {
            return this;
        }

        @Override
        public ServerConnection listen(int port, int timeout) throws IOException {
            server.setSoTimeout(timeout);
            return this;
        }

        @Override
        public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
            return listen(port, timeout);
        }
    }
}
