package org.openpes.observatory.ingest;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * Replaces a fiscal code with a keyed hash (HMAC-SHA-256, 128 bits shown), so that the analytics store can follow a
 * person without knowing who they are. The key comes from configuration ({@code OPENPES_PSEUDONYM_KEY}), never from
 * the code: without the key, the hashes cannot be recomputed from a list of fiscal codes.
 */
public final class Pseudonymiser {
    private final Mac mac;

    public Pseudonymiser(String key) {
        if (key == null || key.length() < 32) {
            throw new OpenPesException(ErrorCode.CO_035);
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private final byte[] digest = new byte[32];

    /** The pseudonym of a value: 32 hexadecimal characters. */
    public String pseudonym(String value) {
        byte[] in = value.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[32];
        pseudonym(in, 0, in.length, out, 0);
        return new String(out, StandardCharsets.US_ASCII);
    }

    /**
     * The pseudonym of the ASCII bytes {@code src[from, from + len)}, written as 32 lower-case hexadecimal bytes at
     * {@code dst[at]}: the same value as {@link #pseudonym(String)}, without creating objects.
     */
    public void pseudonym(byte[] src, int from, int len, byte[] dst, int at) {
        mac.update(src, from, len);
        try {
            mac.doFinal(digest, 0);
        } catch (javax.crypto.ShortBufferException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < 16; i++) {
            dst[at + 2 * i] = HEX[(digest[i] >> 4) & 15];
            dst[at + 2 * i + 1] = HEX[digest[i] & 15];
        }
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
}
