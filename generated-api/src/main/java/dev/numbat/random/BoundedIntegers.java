package dev.numbat.random;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.RandomFill;
import java.math.BigInteger;

/**
 * Uniform integers in a closed range [off, off + rng] per dtype, as NumPy's
 * {@code _bounded_integers}: RandomState uses masked rejection, Generator Lemire's method; ranges
 * that fit 32 bits draw 32-bit words, and 8/16-bit dtypes and bool take their bits from a
 * buffered 32-bit word (the buffer lives for one call, as NumPy's {@code bcnt/buf}).
 */
final class BoundedIntegers {
  private int buf;
  private int bcnt;
  private final BitGenerator g;
  private final boolean masked;

  BoundedIntegers(BitGenerator g, boolean masked) {
    this.g = g;
    this.masked = masked;
  }

  /** The smallest all-ones mask covering {@code max} (unsigned). */
  static long mask(long max) {
    long m = max;
    m |= m >>> 1;
    m |= m >>> 2;
    m |= m >>> 4;
    m |= m >>> 8;
    m |= m >>> 16;
    m |= m >>> 32;
    return m;
  }

  /** One value off + [0, rng] for a dtype of {@code bits} bits (1 = bool), wrapped by the caller's storage. */
  long next(int bits, long off, long rng) {
    return switch (bits) {
      case 64 -> off + next64(rng);
      case 32 -> off + next32(rng);
      case 16 -> off + next16((int) rng);
      case 8 -> off + next8((int) rng);
      default -> nextBool(off, rng);
    };
  }

  private long next64(long rng) {
    if (rng == 0) {
      return 0;
    }
    if (Long.compareUnsigned(rng, 0xffffffffL) <= 0) {
      return next32(rng);
    }
    if (rng == -1L) {
      return g.nextUint64();
    }
    if (masked) {
      long mask = mask(rng);
      long v;
      while (Long.compareUnsigned(v = g.nextUint64() & mask, rng) > 0) {
        // reject
      }
      return v;
    }
    long excl = rng + 1;
    long x = g.nextUint64();
    long leftover = x * excl;
    if (Long.compareUnsigned(leftover, excl) < 0) {
      long threshold = Long.remainderUnsigned(-1L - rng, excl);
      while (Long.compareUnsigned(leftover, threshold) < 0) {
        x = g.nextUint64();
        leftover = x * excl;
      }
    }
    return Math.unsignedMultiplyHigh(x, excl);
  }

  private long next32(long rng) {
    if (rng == 0) {
      return 0;
    }
    if (rng == 0xffffffffL) {
      return g.nextUint32() & 0xffffffffL;
    }
    return masked ? masked32(rng) : lemire32((int) rng) & 0xffffffffL;
  }

  private long masked32(long rng) {
    long mask = mask(rng);
    long v;
    while ((v = g.nextUint32() & mask) > rng) {
      // reject
    }
    return v;
  }

  /** NumPy's {@code buffered_bounded_lemire_uint32}; rng < 2^32 - 1 (callers draw a plain word for the full range). */
  private int lemire32(int rng) {
    long excl = (rng + 1) & 0xffffffffL;
    long m = (g.nextUint32() & 0xffffffffL) * excl;
    long leftover = m & 0xffffffffL;
    if (leftover < excl) {
      long threshold = ((0xffffffffL - (rng & 0xffffffffL)) % excl) & 0xffffffffL;
      while (leftover < threshold) {
        m = (g.nextUint32() & 0xffffffffL) * excl;
        leftover = m & 0xffffffffL;
      }
    }
    return (int) (m >>> 32);
  }

  private int buffered16() {
    if (bcnt == 0) {
      buf = g.nextUint32();
      bcnt = 1;
    } else {
      buf >>>= 16;
      bcnt -= 1;
    }
    return buf & 0xffff;
  }

  private int buffered8() {
    if (bcnt == 0) {
      buf = g.nextUint32();
      bcnt = 3;
    } else {
      buf >>>= 8;
      bcnt -= 1;
    }
    return buf & 0xff;
  }

  private long next16(int rng) {
    if (rng == 0) {
      return 0;
    }
    if (rng == 0xffff) {
      return buffered16();
    }
    if (masked) {
      int mask = (int) mask(rng);
      int v;
      while ((v = buffered16() & mask) > rng) {
        // reject
      }
      return v;
    }
    int excl = (rng + 1) & 0xffff;
    int m = buffered16() * excl;
    int leftover = m & 0xffff;
    if (leftover < excl) {
      int threshold = (0xffff - rng) % excl;
      while (leftover < threshold) {
        m = buffered16() * excl;
        leftover = m & 0xffff;
      }
    }
    return m >>> 16;
  }

  private long next8(int rng) {
    if (rng == 0) {
      return 0;
    }
    if (rng == 0xff) {
      return buffered8();
    }
    if (masked) {
      int mask = (int) mask(rng);
      int v;
      while ((v = buffered8() & mask) > rng) {
        // reject
      }
      return v;
    }
    int excl = (rng + 1) & 0xff;
    int m = (buffered8() * excl) & 0xffff;
    int leftover = m & 0xff;
    if (leftover < excl) {
      int threshold = (0xff - rng) % excl;
      while (leftover < threshold) {
        m = (buffered8() * excl) & 0xffff;
        leftover = m & 0xff;
      }
    }
    return m >>> 8;
  }

  private long nextBool(long off, long rng) {
    if (rng == 0) {
      return off;
    }
    if (bcnt == 0) {
      buf = g.nextUint32();
      bcnt = 31;
    } else {
      buf >>>= 1;
      bcnt -= 1;
    }
    return buf & 1;
  }

  // ------------------------------------------------------------------ the randint / integers front end

  /**
   * {@code randint}/{@code integers}: values in [low, high) ([low, high] with {@code endpoint}) of
   * {@code dtype}; {@code high} null means [0, low). Scalar bounds only have NumPy's scalar path;
   * arrays broadcast against each other (and {@code size}) as NumPy's broadcast path.
   */
  static NDArray draw(BitGenerator g, boolean masked, Object low, Object high, int[] size, DType dtype,
      boolean endpoint, String fname) {
    if (high == null) {
      high = low;
      low = 0L;
      if (isScalarInt(high) && big(high).signum() <= 0 && !endpoint) {
        throw new ValueError("high <= 0");
      }
    }
    int bits = bits(dtype, fname);
    BigInteger lb;
    BigInteger ub;
    if (dtype.isBool()) {
      lb = BigInteger.ZERO;
      ub = BigInteger.ONE;
    } else if (dtype.isUnsigned()) {
      lb = BigInteger.ZERO;
      ub = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    } else {
      lb = BigInteger.ONE.shiftLeft(bits - 1).negate();
      ub = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
    }
    String comp = endpoint ? ">" : ">=";
    if (size != null && Shapes.size(Draws.checkSize(size)) == 0) {
      return NDArray.allocate(dtype, size.clone());
    }
    if (isScalarInt(low) && isScalarInt(high)) {
      BigInteger lo = big(low);
      BigInteger hi = big(high);
      if (!endpoint) {
        hi = hi.subtract(BigInteger.ONE);
      }
      if (lo.compareTo(lb) < 0) {
        throw new ValueError("low is out of bounds for " + dtype.name());
      }
      if (hi.compareTo(ub) > 0) {
        throw new ValueError("high is out of bounds for " + dtype.name());
      }
      if (lo.compareTo(hi) > 0) {
        throw new ValueError("low " + comp + " high");
      }
      long rng = hi.subtract(lo).longValue();
      long off = lo.longValue();
      int[] shape = size == null ? Shapes.SCALAR : size.clone();
      BoundedIntegers b = new BoundedIntegers(g, masked);
      return RandomFill.integers(dtype, shape, (out, from, count) -> {
        for (int i = 0; i < count; i++) {
          out[i] = b.next(bits, off, rng);
        }
      });
    }
    // broadcast path: bounds as int64 arrays (uint64 bounds beyond int64 are not supported here)
    NDArray lo = dev.numbat.backend.cpu.Convert.asarray(low instanceof BigInteger bi ? bi.longValue() : low, null);
    NDArray hi = dev.numbat.backend.cpu.Convert.asarray(high instanceof BigInteger bi ? bi.longValue() : high, null);
    if (!(lo.dtype().isInteger() || lo.dtype().isBool()) || !(hi.dtype().isInteger() || hi.dtype().isBool())) {
      throw new TypeError("Unsupported bounds of dtype " + lo.dtype().name() + "/" + hi.dtype().name()
          + ": integer bounds only");
    }
    int[] shape = size != null ? size.clone() : Shapes.broadcast(lo.shapeRef(), hi.shapeRef());
    long[] los = Draws.broadcastLongs(lo, shape);
    long[] his = Draws.broadcastLongs(hi, shape);
    long lbl = lb.longValue();
    long ubl = ub.longValue();
    boolean u64 = dtype == DType.UINT64;
    for (long v : los) {
      if (!u64 && v < lbl || u64 && v < 0) {
        throw new ValueError("low is out of bounds for " + dtype.name());
      }
    }
    for (long h : his) {
      long closedUpper = endpoint ? h : h - 1;
      if (!u64 && h != Long.MIN_VALUE && closedUpper > ubl) {
        throw new ValueError("high is out of bounds for " + dtype.name());
      }
    }
    for (int i = 0; i < his.length; i++) {
      boolean bad = endpoint ? los[i] > his[i] : los[i] >= his[i];
      if (bad) {
        throw new ValueError("low " + comp + " high");
      }
    }
    BoundedIntegers b = new BoundedIntegers(g, masked);
    return RandomFill.integers(dtype, shape, (out, from, count) -> {
      for (int k = 0; k < count; k++) {
        int i = from + k;
        long h = endpoint ? his[i] : his[i] - 1;
        long rng = h - los[i];
        if (bits < 64) {
          rng &= (1L << bits) - 1;
        }
        out[k] = b.next(bits, los[i], rng);
      }
    });
  }

  private static int bits(DType d, String fname) {
    if (d == null) {
      return 64;
    }
    return switch (d.name()) {
      case "bool" -> 1;
      case "int8", "uint8" -> 8;
      case "int16", "uint16" -> 16;
      case "int32", "uint32" -> 32;
      case "int64", "uint64" -> 64;
      default -> throw new TypeError("Unsupported dtype dtype('" + d.name() + "') for " + fname);
    };
  }

  private static boolean isScalarInt(Object o) {
    if (o instanceof NDArray x) {
      return x.ndim() == 0 && (x.dtype().isInteger() || x.dtype().isBool());
    }
    return Seeds.isInteger(o);
  }

  private static BigInteger big(Object o) {
    if (o instanceof BigInteger b) {
      return b;
    }
    if (o instanceof NDArray x) {
      Object item = x.item();
      long v = item instanceof Boolean t ? (t ? 1 : 0) : ((Number) item).longValue();
      return x.dtype() == DType.UINT64 && v < 0 ? new BigInteger(Long.toUnsignedString(v)) : BigInteger.valueOf(v);
    }
    return BigInteger.valueOf(((Number) o).longValue());
  }
}
