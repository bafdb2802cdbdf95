package vn.thuocdo.sampling;

import java.nio.charset.StandardCharsets;

/**
 * The rows already seen, by a 64-bit hash of their comparable key, with the row each was first seen in: 12 bytes a
 * row instead of a String and a boxed Integer in a HashMap (about 100 bytes), so a million rows fit in ~24 MB. Two
 * different keys sharing a hash is a 1 in 10^7 chance even at a million rows; the cost would be one false duplicate
 * message naming both rows, which a person can see is wrong.
 */
final class SeenKeys {

    private long[] hashes = new long[1024];
    private int[] rows = new int[1024];
    private int size;

    /** The row the key was first seen in, or 0 after recording it for {@code row}. */
    int firstOrAdd(String key, int row) {
        if (size * 2 >= hashes.length) {
            grow();
        }
        long hash = hash(key);
        int mask = hashes.length - 1;
        for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (rows[i] == 0) {
                hashes[i] = hash;
                rows[i] = row;
                size++;
                return 0;
            }
            if (hashes[i] == hash) {
                return rows[i];
            }
        }
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldRows.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            if (oldRows[j] != 0) {
                int i = (int) (oldHashes[j] ^ (oldHashes[j] >>> 32)) & mask;
                while (rows[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = oldHashes[j];
                rows[i] = oldRows[j];
            }
        }
    }

    /** FNV-1a over the UTF-8 bytes, then a final mix so that similar keys spread over the table. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
