package org.quietline.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The file format of a {@link LinearModel}, gzip-compressed and big-endian: magic {@code QLCM}, format
 * version, feature scheme ({@link Features#SCHEME}), bits, output count, the output names ({@code SPAM} and
 * the categories), the scale, the biases, then six signed weight bytes per bucket. A file made for other
 * features or other outputs is refused, so a model never silently scores features it was not trained on.
 * Stateless and thread-safe.
 */
final class ModelFile {

    private static final int MAGIC = 0x514C434D;
    private static final int FORMAT = 2;
    private static final int OUTPUTS = LinearModel.OUTPUTS;

    private ModelFile() {
    }

    static void write(LinearModel model, OutputStream out) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(zip);
        data.writeInt(MAGIC);
        data.writeInt(FORMAT);
        data.writeInt(Features.SCHEME);
        data.writeInt(model.bits());
        data.writeInt(OUTPUTS);
        data.writeUTF("SPAM");
        for (Category category : Category.values()) {
            data.writeUTF(category.name());
        }
        data.writeFloat(model.scale());
        for (int o = 0; o < OUTPUTS; o++) {
            data.writeFloat(model.bias(o));
        }
        int buckets = 1 << model.bits();
        byte[] raw = new byte[buckets * OUTPUTS];
        for (int b = 0; b < buckets; b++) {
            for (int o = 0; o < OUTPUTS; o++) {
                raw[b * OUTPUTS + o] = (byte) model.weight(b, o);
            }
        }
        data.write(raw);
        data.flush();
        zip.finish();
    }

    static LinearModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a Quietline classifier model");
        }
        expect("format version", FORMAT, data.readInt());
        expect("feature scheme", Features.SCHEME, data.readInt());
        int bits = data.readInt();
        if (bits < 1 || bits > 24) {
            throw new IOException("model bits must lie in 1..24, not " + bits);
        }
        expect("output count", OUTPUTS, data.readInt());
        expectName("SPAM", data.readUTF());
        for (Category category : Category.values()) {
            expectName(category.name(), data.readUTF());
        }
        float scale = data.readFloat();
        float[] bias = new float[OUTPUTS];
        for (int o = 0; o < OUTPUTS; o++) {
            bias[o] = data.readFloat();
        }
        byte[] raw = new byte[(1 << bits) * OUTPUTS];
        data.readFully(raw);
        if (data.read() != -1) {
            throw new IOException("model file has trailing bytes");
        }
        return LinearModel.of(bits, scale, bias, raw);
    }

    private static void expect(String what, int wanted, int found) throws IOException {
        if (wanted != found) {
            throw new IOException("model " + what + " is " + found + ", this build reads " + wanted);
        }
    }

    private static void expectName(String wanted, String found) throws IOException {
        if (!wanted.equals(found)) {
            throw new IOException("model output '" + found + "' where this build expects '" + wanted + "'");
        }
    }
}
