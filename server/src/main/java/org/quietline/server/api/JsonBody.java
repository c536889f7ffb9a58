package org.quietline.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request body that must be one JSON object, with errors that say what is wrong and never
 * echo the body: invalid UTF-8 (with the byte offset), JSON syntax (with line and column), a body
 * that is not an object, or one larger than the limit. Thread-safe.
 */
public final class JsonBody {

    private final JsonMapper json;
    private final long limit;

    /** Reads with {@code json}, refusing bodies over {@code limit} bytes. */
    public JsonBody(JsonMapper json, long limit) {
        this.json = json;
        this.limit = limit;
    }

    /**
     * Reads {@code body} as one JSON object.
     *
     * @throws BodyTooLargeException   when it has more than the limit
     * @throws InvalidRequestException when it is not UTF-8, not JSON or not an object
     */
    public RequestFields read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new BodyTooLargeException(limit);
        }
        JsonNode tree = parse(decode(bytes));
        if (!tree.isObject()) {
            throw malformed("NOT_AN_OBJECT", "the body must be a JSON object, was " + RequestFields.typeOf(tree));
        }
        return new RequestFields(tree);
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (MalformedInputException e) {
            throw malformed("INVALID_UTF8", "the body is not valid UTF-8 (" + e.getInputLength()
                    + " bad byte(s) after a valid prefix); send JSON encoded as UTF-8");
        } catch (CharacterCodingException e) {
            throw malformed("INVALID_UTF8", "the body is not valid UTF-8; send JSON encoded as UTF-8");
        }
    }

    private JsonNode parse(String text) {
        if (text.isBlank()) {
            throw malformed("EMPTY", "the body is empty; send a JSON object");
        }
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            // Jackson's own message may quote the offending token, which can be part of the message
            // text; only the position is passed on.
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw malformed("NOT_JSON", "the body is not valid JSON" + where);
        }
    }

    private static InvalidRequestException malformed(String code, String detail) {
        return new InvalidRequestException(new FieldProblem(FieldProblem.BODY, code, detail));
    }
}
