package dev.numbat.backend.cpu;

import dev.numbat.types.PromotionRule;
import dev.numbat.types.Promotion;
import dev.numbat.DType;
import dev.numbat.NDArray;

/**
 * The runner of the ufunc family: operand conversion, loop lookup (NumPy's first loop all
 * operands cast to safely), casting, broadcasting, output allocation and the strided walk.
 * Generated op classes supply only a {@link Def}: the ordered loop table and a kernel per loop.
 */
public final class Ufunc {
  private Ufunc() {}

  /** 1-d kernel over one input; offsets and strides in elements. */
  @FunctionalInterface
  public interface Unary {
    void run(int n, Object x, int xo, int xs, Object out, int oo, int os);
  }

  @FunctionalInterface
  public interface Binary {
    void run(int n, Object a, int ao, int as, Object b, int bo, int bs, Object out, int oo, int os);
  }

  @FunctionalInterface
  public interface Ternary {
    void run(int n, Object a, int ao, int as, Object b, int bo, int bs, Object c, int co, int cs,
        Object out, int oo, int os);
  }

  /** An op's loop table, built once by its generated class. */
  public static final class Def {
    public final String name;
    public final int nin;
    public final PromotionRule rule;
    public final DType[] loopIn;
    public final DType[] loopOut;
    final Object[] kernels;
    private final byte[] table;

    /** Which comparison ufunc this is ({@link IntegerComparisons}' codes), 0 for the others. */
    final int comparison;

    /** NumPy's TypeError for bool operands, for ufuncs that refuse bool (spec {@code bool_error:}); else null. */
    public final String boolError;

    public Def(String name, int nin, PromotionRule rule, DType[] loopIn, DType[] loopOut, Object[] kernels) {
      this(name, nin, rule, loopIn, loopOut, kernels, null);
    }

    public Def(String name, int nin, PromotionRule rule, DType[] loopIn, DType[] loopOut, Object[] kernels,
        String boolError) {
      this.boolError = boolError;
      this.name = name;
      this.comparison = IntegerComparisons.code(name);
      this.nin = nin;
      this.rule = rule;
      this.loopIn = loopIn;
      this.loopOut = loopOut;
      this.kernels = kernels;
      this.table = Promotion.loopTable(loopIn);
    }

    /** A comparison, whose operands of different dtypes the CPU compares exactly instead of through a loop. */
    public boolean isComparison() {
      return comparison != 0;
    }

    /** Index of the loop for promoted operand dtype {@code d}, or NumPy's TypeError. */
    public int loopFor(DType promoted) {
      if (promoted == DType.BOOL && boolError != null) {
        // bool casts safely to every integer loop, so only an explicit refusal gives NumPy's error.
        throw new dev.numbat.errors.TypeError(boolError);
      }
      int l = table[rule.apply(promoted).ordinal()];
      if (l < 0) {
        throw noLoop();
      }
      return l;
    }

    /**
     * NumPy's legacy loop search for operands of different dtypes: the first loop every operand
     * casts to safely (so int8 with uint8 finds float16 in a float-only table, where their
     * promotion, int16, would give float32). Weak scalars first take the dtype NEP 50 gives them.
     */
    public int loopForMixed(NDArray... ops) {
      DType[] ds = new DType[ops.length];
      for (int i = 0; i < ops.length; i++) {
        ds[i] = ops[i].isWeak() ? null : ops[i].dtype();
      }
      DType strong = Promotion.promoteAll(ds);
      boolean same = true;
      for (int i = 0; i < ops.length; i++) {
        ds[i] = ops[i].isWeak() ? Promotion.combineWeak(strong, ops[i].dtype()) : ops[i].dtype();
        same &= ds[i] == ds[0];
      }
      DType promoted = Promotion.promoteAll(ds);
      if (same || rule.apply(promoted) != promoted) {
        return loopFor(promoted);
      }
      for (int l = 0; l < loopIn.length; l++) {
        boolean all = true;
        for (DType d : ds) {
          all &= Promotion.canCastSafely(d, loopIn[l]);
        }
        if (all) {
          return l;
        }
      }
      throw noLoop();
    }

    /** The 1-d kernel of loop {@code l}: a {@link Unary}, {@link Binary} or {@link Ternary} by {@link #nin}. */
    public Object kernel(int l) {
      return kernels[l];
    }

    private RuntimeException noLoop() {
      return new dev.numbat.errors.TypeError("ufunc '" + name + "' not supported for the input types, and the "
          + "inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
    }
  }

  public static NDArray call1(Def d, Object x) {
    NDArray a = Scalars.operand(x);
    int l = d.loopFor(a.dtype());
    NDArray out = unary(a, d.loopIn[l], d.loopOut[l], (Unary) d.kernels[l]);
    FloatChecks.after(d.name, out, a);
    return out;
  }

  public static NDArray call2(Def d, Object x, Object y) {
    NDArray a;
    NDArray b;
    try {
      a = Scalars.operand(x);
      b = Scalars.operand(y);
    } catch (Scalars.TooLargeInteger e) {
      return largeInteger(d, x, y, e);
    }
    int l;
    if (a.dtype() == b.dtype()) {
      l = d.loopFor(a.dtype());
    } else {
      if (d.comparison != 0) {
        NDArray exact = IntegerComparisons.compare(d.comparison, a, b);
        if (exact != null) {
          return exact;
        }
      }
      l = d.loopForMixed(a, b);
    }
    NDArray out = binary(a, b, d.loopIn[l], d.loopOut[l], (Binary) d.kernels[l]);
    FloatChecks.after(d.name, out, a, b);
    return out;
  }

  /**
   * Whether a binary call on these operands bypasses the loop table (an exact integer comparison,
   * {@link IntegerComparisons}): a fused loop cannot run it, so the tracer keeps it as a call.
   */
  public static boolean bypassesLoops(Def d, NDArray a, NDArray b) {
    return IntegerComparisons.applies(d.comparison, a, b);
  }

  /**
   * A Java integer beyond 64 bits, as NumPy takes a Python int: beside a float or complex operand
   * it is a weak float, in a comparison with an integer array it is beyond every value; anything
   * else is NumPy's OverflowError.
   */
  private static NDArray largeInteger(Def d, Object x, Object y, Scalars.TooLargeInteger e) {
    boolean bigFirst = x instanceof java.math.BigInteger bx && bx.equals(e.value);
    NDArray other = Scalars.operand(bigFirst ? y : x);
    if (other.dtype().isFloat() || other.dtype().isComplex()) {
      double v = e.value.doubleValue();
      if (Double.isInfinite(v)) {
        throw new dev.numbat.errors.OverflowError("int too large to convert to float");
      }
      NDArray w = Scalars.weak(v);
      return bigFirst ? call2(d, w, other) : call2(d, other, w);
    }
    NDArray r = IntegerComparisons.compareLarge(d.comparison, e.value, bigFirst, other);
    if (r == null) {
      throw e;
    }
    return r;
  }

  public static NDArray call3(Def d, Object x, Object y, Object z) {
    NDArray a = Scalars.operand(x);
    NDArray b = Scalars.operand(y);
    NDArray c = Scalars.operand(z);
    int l = d.loopForMixed(a, b, c);
    NDArray out = ternary(a, b, c, d.loopIn[l], d.loopOut[l], (Ternary) d.kernels[l]);
    FloatChecks.after(d.name, out, a, b, c);
    return out;
  }

  /** Runs a unary kernel after casting {@code a} to {@code in}. */
  public static NDArray unary(NDArray a, DType in, DType outType, Unary k) {
    a = Cast.to(a, in);
    int[] shape = a.shapeRef();
    NDArray out = NDArray.allocate(outType, shape);
    int n = out.size();
    if (n == 0) {
      return out;
    }
    Object x = a.data();
    Object o = out.data();
    if (a.isContiguous()) {
      int xo = a.offset();
      if (n < Parallel.THRESHOLD) {
        k.run(n, x, xo, 1, o, 0, 1);
      } else {
        if (FloatChecks.wanted(outType)) {
          // the error-state check reads each chunk while it is still in cache
          boolean[] bad = new boolean[1];
          Parallel.forRange(n, (s, m) -> {
            for (int c = s, end = s + m; c < end; c += FloatChecks.BLOCK) {
              int mm = Math.min(FloatChecks.BLOCK, end - c);
              k.run(mm, x, xo + c, 1, o, c, 1);
              if (!FloatChecks.chunkFinite(o, outType, c, mm)) {
                bad[0] = true;
              }
            }
          });
          if (!bad[0]) {
            FloatChecks.verified(out);
          }
        } else {
          Parallel.forRange(n, (s, m) -> k.run(m, x, xo + s, 1, o, s, 1));
        }
      }
      return out;
    }
    NdLoop it = new NdLoop(shape, new int[][] {a.stridesRef(), out.stridesRef()}, new int[] {a.offset(), 0});
    int inner = it.inner();
    int s0 = it.innerStride(0);
    int s1 = it.innerStride(1);
    int[] off = it.offsets();
    do {
      k.run(inner, x, off[0], s0, o, off[1], s1);
    } while (it.next());
    return out;
  }

  public static NDArray binary(NDArray a, NDArray b, DType in, DType outType, Binary k) {
    a = Cast.to(a, in);
    b = Cast.to(b, in);
    int[] shape = Shapes.broadcast(a.shapeRef(), b.shapeRef());
    NDArray out = NDArray.allocate(outType, shape);
    int n = out.size();
    if (n == 0) {
      return out;
    }
    Object x = a.data();
    Object y = b.data();
    Object o = out.data();
    int ao = a.offset();
    int bo = b.offset();
    boolean aFull = a.size() == n && a.isContiguous();
    boolean bFull = b.size() == n && b.isContiguous();
    if ((aFull || a.size() == 1) && (bFull || b.size() == 1)) {
      int as = aFull ? 1 : 0;
      int bs = bFull ? 1 : 0;
      if (n < Parallel.THRESHOLD) {
        k.run(n, x, ao, as, y, bo, bs, o, 0, 1);
      } else {
        if (FloatChecks.wanted(outType)) {
          boolean[] bad = new boolean[1];
          Parallel.forRange(n, (s, m) -> {
            for (int c = s, end = s + m; c < end; c += FloatChecks.BLOCK) {
              int mm = Math.min(FloatChecks.BLOCK, end - c);
              k.run(mm, x, ao + c * as, as, y, bo + c * bs, bs, o, c, 1);
              if (!FloatChecks.chunkFinite(o, outType, c, mm)) {
                bad[0] = true;
              }
            }
          });
          if (!bad[0]) {
            FloatChecks.verified(out);
          }
        } else {
          Parallel.forRange(n, (s, m) -> k.run(m, x, ao + s * as, as, y, bo + s * bs, bs, o, s, 1));
        }
      }
      return out;
    }
    NdLoop it = new NdLoop(shape, new int[][] {Shapes.broadcastStrides(a, shape),
        Shapes.broadcastStrides(b, shape), out.stridesRef()}, new int[] {ao, bo, 0});
    int inner = it.inner();
    int s0 = it.innerStride(0);
    int s1 = it.innerStride(1);
    int s2 = it.innerStride(2);
    int[] off = it.offsets();
    do {
      k.run(inner, x, off[0], s0, y, off[1], s1, o, off[2], s2);
    } while (it.next());
    return out;
  }

  public static NDArray ternary(NDArray a, NDArray b, NDArray c, DType in, DType outType, Ternary k) {
    a = Cast.to(a, in);
    b = Cast.to(b, in);
    c = Cast.to(c, in);
    int[] shape = Shapes.broadcast(a.shapeRef(), b.shapeRef(), c.shapeRef());
    NDArray out = NDArray.allocate(outType, shape);
    if (out.size() == 0) {
      return out;
    }
    Object x = a.data();
    Object y = b.data();
    Object z = c.data();
    Object o = out.data();
    NdLoop it = new NdLoop(shape, new int[][] {Shapes.broadcastStrides(a, shape), Shapes.broadcastStrides(b, shape),
        Shapes.broadcastStrides(c, shape), out.stridesRef()}, new int[] {a.offset(), b.offset(), c.offset(), 0});
    int inner = it.inner();
    int s0 = it.innerStride(0);
    int s1 = it.innerStride(1);
    int s2 = it.innerStride(2);
    int s3 = it.innerStride(3);
    int[] off = it.offsets();
    do {
      k.run(inner, x, off[0], s0, y, off[1], s1, z, off[2], s2, o, off[3], s3);
    } while (it.next());
    return out;
  }
}
