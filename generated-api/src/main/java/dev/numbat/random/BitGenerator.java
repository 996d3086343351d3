package dev.numbat.random;

/**
 * The source of random bits under every distribution: NumPy's {@code bitgen_t}. Unsigned values
 * travel in Java's signed types (compare with {@link Integer#compareUnsigned} where it matters).
 * Not thread-safe: {@link RandomState} and {@link Generator} hold their own lock around it.
 */
public interface BitGenerator {
  /** The next 32 random bits. */
  int nextUint32();

  /** The next 64 random bits. */
  long nextUint64();

  /** A double in [0, 1) with 53 random bits, as this generator's {@code next_double}. */
  double nextDouble();

  /** A float in [0, 1) with 24 random bits: NumPy's {@code next_float}, {@code (next_uint32 >> 8) * 2^-24}. */
  default float nextFloat() {
    return (nextUint32() >>> 8) * (1.0f / 16777216.0f);
  }
}
