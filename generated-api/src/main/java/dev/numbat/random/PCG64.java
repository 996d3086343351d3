package dev.numbat.random;

/**
 * NumPy's default bit generator: PCG64 (128-bit LCG state, XSL-RR output), seeded from a
 * {@link SeedSequence} as {@code PCG64(seed)} is. 32-bit draws split one 64-bit output, low half
 * first, keeping the high half for the next call (NumPy's {@code has_uint32} buffer).
 */
public final class PCG64 implements BitGenerator {
  private static final long MULT_HI = 0x2360ED051FC65DA4L;
  private static final long MULT_LO = 0x4385DF649FCCF645L;

  private long stateHi;
  private long stateLo;
  private long incHi;
  private long incLo;
  private boolean hasUint32;
  private int uinteger;

  /** {@code PCG64(SeedSequence)}: state and increment from {@code generate_state(4, uint64)}. */
  public PCG64(SeedSequence seq) {
    long[] v = seq.generateState64(4);
    // pcg_setseq_128_srandom_r(initstate = v[0]:v[1], initseq = v[2]:v[3])
    incHi = (v[2] << 1) | (v[3] >>> 63);
    incLo = (v[3] << 1) | 1L;
    stateHi = 0;
    stateLo = 0;
    step();
    long lo = stateLo + v[1];
    stateHi = stateHi + v[0] + (Long.compareUnsigned(lo, stateLo) < 0 ? 1 : 0);
    stateLo = lo;
    step();
  }

  private void step() {
    long lo = stateLo * MULT_LO;
    long hi = Math.unsignedMultiplyHigh(stateLo, MULT_LO) + stateLo * MULT_HI + stateHi * MULT_LO;
    long lo2 = lo + incLo;
    stateHi = hi + incHi + (Long.compareUnsigned(lo2, lo) < 0 ? 1 : 0);
    stateLo = lo2;
  }

  @Override
  public long nextUint64() {
    step();
    return Long.rotateRight(stateHi ^ stateLo, (int) (stateHi >>> 58));
  }

  @Override
  public int nextUint32() {
    if (hasUint32) {
      hasUint32 = false;
      return uinteger;
    }
    long next = nextUint64();
    hasUint32 = true;
    uinteger = (int) (next >>> 32);
    return (int) next;
  }

  @Override
  public double nextDouble() {
    return (nextUint64() >>> 11) * (1.0 / 9007199254740992.0);
  }
}
