package dev.numbat.random;

import dev.numbat.errors.ValueError;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * NumPy's {@code SeedSequence}: entropy (non-negative integers, split into 32-bit words, least
 * significant first) hashed into a pool of four words, from which {@link #generateState} draws
 * the words that seed a bit generator. Same constants and mixing as NumPy, so
 * {@code default_rng(s)} starts from the same PCG64 state.
 */
public final class SeedSequence {
  private static final int POOL_SIZE = 4;
  private static final int INIT_A = 0x43b0d7e5;
  private static final int MULT_A = 0x931e8875;
  private static final int INIT_B = 0x8b51f9dd;
  private static final int MULT_B = 0x58f38ded;
  private static final int MIX_MULT_L = 0xca01f9dd;
  private static final int MIX_MULT_R = 0x4973f715;
  private static final int XSHIFT = 16;

  private final int[] pool = new int[POOL_SIZE];

  /** A sequence over the given entropy words (what NumPy's {@code _coerce_to_uint32_array} makes of the seed). */
  public SeedSequence(int[] entropy) {
    mixEntropy(entropy);
  }

  /** The entropy words of a seed: a non-negative integer (Number or BigInteger) or an array/list of them. */
  public static int[] entropyWords(Object seed) {
    if (seed instanceof Number || seed instanceof BigInteger) {
      BigInteger n = seed instanceof BigInteger b ? b : BigInteger.valueOf(integral((Number) seed));
      if (n.signum() < 0) {
        throw new ValueError("expected non-negative integer");
      }
      if (n.signum() == 0) {
        return new int[] {0};
      }
      int[] words = new int[(n.bitLength() + 31) / 32];
      for (int i = 0; i < words.length; i++) {
        words[i] = n.shiftRight(32 * i).intValue();
      }
      return words;
    }
    long[] values = Seeds.integers(seed, "SeedSequence expects int or sequence of ints for entropy not " + seed);
    int[] out = new int[0];
    for (long v : values) {
      int[] w = entropyWords(v);
      int at = out.length;
      out = Arrays.copyOf(out, at + w.length);
      System.arraycopy(w, 0, out, at, w.length);
    }
    return out;
  }

  private static long integral(Number n) {
    if (n instanceof Double || n instanceof Float) {
      throw new dev.numbat.errors.TypeError("SeedSequence expects int or sequence of ints for entropy not " + n);
    }
    return n.longValue();
  }

  private static int hashmix(int value, int[] hashConst) {
    value ^= hashConst[0];
    hashConst[0] *= MULT_A;
    value *= hashConst[0];
    value ^= value >>> XSHIFT;
    return value;
  }

  private static int mix(int x, int y) {
    int r = MIX_MULT_L * x - MIX_MULT_R * y;
    r ^= r >>> XSHIFT;
    return r;
  }

  private void mixEntropy(int[] entropy) {
    int[] hashConst = {INIT_A};
    for (int i = 0; i < POOL_SIZE; i++) {
      pool[i] = hashmix(i < entropy.length ? entropy[i] : 0, hashConst);
    }
    for (int src = 0; src < POOL_SIZE; src++) {
      for (int dst = 0; dst < POOL_SIZE; dst++) {
        if (src != dst) {
          pool[dst] = mix(pool[dst], hashmix(pool[src], hashConst));
        }
      }
    }
    for (int src = POOL_SIZE; src < entropy.length; src++) {
      for (int dst = 0; dst < POOL_SIZE; dst++) {
        pool[dst] = mix(pool[dst], hashmix(entropy[src], hashConst));
      }
    }
  }

  /** {@code generate_state(n, uint32)}. */
  public int[] generateState32(int nWords) {
    int[] state = new int[nWords];
    int hashConst = INIT_B;
    for (int i = 0; i < nWords; i++) {
      int v = pool[i % POOL_SIZE];
      v ^= hashConst;
      hashConst *= MULT_B;
      v *= hashConst;
      v ^= v >>> XSHIFT;
      state[i] = v;
    }
    return state;
  }

  /** {@code generate_state(n, uint64)}: pairs of 32-bit words, the first one low (little-endian view). */
  public long[] generateState64(int nWords) {
    int[] w = generateState32(2 * nWords);
    long[] out = new long[nWords];
    for (int i = 0; i < nWords; i++) {
      out[i] = (w[2 * i] & 0xffffffffL) | ((long) w[2 * i + 1] << 32);
    }
    return out;
  }
}
