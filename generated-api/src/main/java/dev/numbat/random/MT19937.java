package dev.numbat.random;

/**
 * The Mersenne Twister behind NumPy's legacy {@code RandomState}, with NumPy's two legacy seedings
 * ({@code mt19937_seed} for an integer, {@code init_by_array} for an array) and its 53-bit doubles
 * ({@code (a >> 5) * 2^26 + (b >> 6)} over 2^53) and 64-bit values (first draw in the high half).
 */
public final class MT19937 implements BitGenerator {
  private static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER_MASK = 0x80000000;
  private static final int LOWER_MASK = 0x7fffffff;

  private final int[] key = new int[N];
  private int pos;

  /** NumPy's {@code mt19937_seed}: Knuth's initialisation from one 32-bit seed. */
  public void seed(int seed) {
    int s = seed;
    for (int i = 0; i < N; i++) {
      key[i] = s;
      s = 1812433253 * (s ^ (s >>> 30)) + i + 1;
    }
    pos = N;
  }

  /** NumPy's {@code mt19937_init_by_array}: the reference {@code init_by_array} of 32-bit words. */
  public void seedByArray(int[] initKey) {
    initGenrand(19650218);
    int i = 1;
    int j = 0;
    int len = initKey.length;
    for (int k = Math.max(N, len); k > 0; k--) {
      key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >>> 30)) * 1664525)) + initKey[j] + j;
      i++;
      j++;
      if (i >= N) {
        key[0] = key[N - 1];
        i = 1;
      }
      if (j >= len) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        key[0] = key[N - 1];
        i = 1;
      }
    }
    key[0] = UPPER_MASK;
    pos = N;
  }

  private void initGenrand(int s) {
    key[0] = s;
    for (int i = 1; i < N; i++) {
      key[i] = 1812433253 * (key[i - 1] ^ (key[i - 1] >>> 30)) + i;
    }
    pos = N;
  }

  private void generate() {
    int i = 0;
    int y;
    for (; i < N - M; i++) {
      y = (key[i] & UPPER_MASK) | (key[i + 1] & LOWER_MASK);
      key[i] = key[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; i < N - 1; i++) {
      y = (key[i] & UPPER_MASK) | (key[i + 1] & LOWER_MASK);
      key[i] = key[i + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    y = (key[N - 1] & UPPER_MASK) | (key[0] & LOWER_MASK);
    key[N - 1] = key[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    pos = 0;
  }

  @Override
  public int nextUint32() {
    if (pos == N) {
      generate();
    }
    int y = key[pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }

  @Override
  public long nextUint64() {
    long hi = nextUint32() & 0xffffffffL;
    return hi << 32 | (nextUint32() & 0xffffffffL);
  }

  @Override
  public double nextDouble() {
    int a = nextUint32() >>> 5;
    int b = nextUint32() >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }
}
