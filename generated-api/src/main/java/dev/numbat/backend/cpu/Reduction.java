package dev.numbat.backend.cpu;

import dev.numbat.types.PromotionRule;
import dev.numbat.types.Promotion;
import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.ValueError;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The runner of the reduction family: axis validation (int, negative, tuple, null = all),
 * keepdims, dtype= and NumPy's empty-reduction rule. A kernel reduces one strided run into one
 * output element; the runner makes the reduced axes one run (copying only when they are not
 * already mergeable) and calls the kernel once per output element, spreading the output elements
 * over the common ForkJoin pool when there is enough work.
 *
 * <p>The java-kind statistics ({@code dev.numbat.impl.Statistics}: var, argmax, ...) call
 * {@link #reduce(NDArray, int[], boolean, DType, DType, Kernel, String)} with kernels of their own.
 */
public final class Reduction {
  private Reduction() {}

  /** Total elements read below which a reduction stays on the calling thread. */
  private static final long PARALLEL_WORK = Parallel.THRESHOLD;
  private static final int WORKERS = Math.max(1, ForkJoinPool.getCommonPoolParallelism() + 1);

  /** Reduces {@code n} elements of {@code x} at offset/stride into {@code out[oo]}. */
  @FunctionalInterface
  public interface Kernel {
    void run(int n, Object x, int xo, int xs, Object out, int oo);
  }

  public static final class Def {
    public final String name;
    public final PromotionRule rule;
    public final DType[] loopIn;
    public final DType[] loopOut;
    final Object[] kernels;
    /** null: an empty reduction raises NumPy's "no identity" error; "error: msg" raises msg. */
    public final String identity;
    public final boolean dtypeArg;
    private final byte[] table;

    /**
     * The kernel applied to partial results of its own gives the reduction of the whole (up to
     * rounding order), so a strided axis may be reduced in row blocks (spec {@code combines_partials}).
     */
    public final boolean combinesPartials;

    public Def(String name, int nin, PromotionRule rule, DType[] loopIn, DType[] loopOut, Object[] kernels,
        String identity, boolean dtypeArg, boolean combinesPartials) {
      this.combinesPartials = combinesPartials;
      this.name = name;
      this.rule = rule;
      this.loopIn = loopIn;
      this.loopOut = loopOut;
      this.kernels = kernels;
      this.identity = identity;
      this.dtypeArg = dtypeArg;
      this.table = Promotion.loopTable(loopIn);
    }

    /** The loop for input dtype {@code in}; with dtype= the first loop that dtype casts to safely. */
    public int loopFor(DType in, DType requested) {
      int l = table[(requested != null ? requested : rule.apply(in)).ordinal()];
      if (l < 0) {
        throw new dev.numbat.errors.TypeError("ufunc '" + name + "' did not contain a loop with signature "
            + "matching types (dtype('" + (requested != null ? requested : in).name() + "'))");
      }
      return l;
    }

    /** The kernel of loop {@code l}. */
    public Kernel kernel(int l) {
      return (Kernel) kernels[l];
    }

    /** The message an empty reduction raises, or null when it yields the identity. */
    public String emptyError() {
      if (identity == null) {
        return "zero-size array to reduction operation " + name + " which has no identity";
      }
      return identity.startsWith("error:") ? identity.substring(6).trim() : null;
    }
  }

  public static NDArray call(Def d, Object x, int[] axis, boolean keepdims, DType dtype) {
    NDArray a = Scalars.operand(x).strong();
    if (dtype != null && !d.dtypeArg) {
      throw new dev.numbat.errors.TypeError(d.name + "() got an unexpected keyword argument 'dtype'");
    }
    int l = d.loopFor(a.dtype(), dtype);
    DType in = d.loopIn[l];
    DType from = a.dtype();
    if (d.name.startsWith("nan") && from.isInexact() && d.identity != null
        && (!in.isInexact() || (from.isComplex() && !in.isComplex()))) {
      // NumPy's nan-functions replace NaN (for complex: a NaN in either part) by the identity
      // before the cast to a dtype= that cannot hold that NaN (an integer, or real for complex).
      a = replaceNan(a, Double.parseDouble(d.identity));
    }
    if (a.ndim() == 0 && axis != null && axis.length > 0 && d.name.equals("mean")) {
      // Shapes.axisMask lets a 0-d array take axis 0 or -1 as ufunc.reduce does, but np.mean
      // normalizes the axis itself first (_count_reduce_items) and raises.
      throw new dev.numbat.errors.AxisError(axis[0], 0);
    }
    // 16-bit partial results would be rounded to 16 bits: those reductions stay pairwise per run.
    boolean combinable = in == d.loopOut[l] && !in.isHalf() && d.combinesPartials;
    NDArray r = reduce(a, axis, keepdims, in, d.loopOut[l], d.kernel(l), d.emptyError(), combinable);
    warnings(d.name, a, r);
    return r;
  }

  /** NumPy's RuntimeWarnings of mean of an empty slice and of nanmax/nanmin of an all-NaN one. */
  private static void warnings(String name, NDArray a, NDArray r) {
    if (r.size() == 0) {
      return;
    }
    if (name.equals("mean") && a.size() == 0) {
      dev.numbat.Warnings.runtime("Mean of empty slice");
      dev.numbat.FloatErrors.report(dev.numbat.FloatErrors.INVALID, r.ndim() == 0 ? "scalar divide" : "divide");
    } else if ((name.equals("nanmax") || name.equals("nanmin")) && a.dtype().isInexact()
        && FloatChecks.hasNaN(r)) {
      dev.numbat.Warnings.runtime("All-NaN slice encountered");
    }
  }

  /**
   * Reduces {@code a} (cast to {@code in}) over {@code axis} (null: all) with {@code k} into a new
   * C-contiguous {@code outType} array. An empty reduction (some output, nothing to reduce) raises
   * {@code emptyError} as a ValueError, or when that is null calls the kernel with n = 0.
   */
  public static NDArray reduce(NDArray a, int[] axis, boolean keepdims, DType in, DType outType, Kernel k,
      String emptyError) {
    return reduce(a, axis, keepdims, in, outType, k, emptyError, false);
  }

  /**
   * As above; {@code combinable} says that {@code in == outType} and that k reducing partial
   * results of k gives the whole reduction, which lets a long strided run be reduced in blocks.
   */
  static NDArray reduce(NDArray a, int[] axis, boolean keepdims, DType in, DType outType, Kernel k,
      String emptyError, boolean combinable) {
    int nd = a.ndim();
    boolean[] red = Shapes.axisMask(axis, nd);
    a = Cast.to(a.strong(), in);
    int[] shape = a.shapeRef();
    int nKept = 0;
    int count = 1;
    for (int i = 0; i < nd; i++) {
      if (red[i]) {
        count *= shape[i];
      } else {
        nKept++;
      }
    }
    int[] keptShape = new int[nKept];
    int[] outShape = new int[keepdims ? nd : nKept];
    for (int i = 0, j = 0; i < nd; i++) {
      if (!red[i]) {
        keptShape[j++] = shape[i];
      }
    }
    for (int i = 0, j = 0; i < nd; i++) {
      if (keepdims) {
        outShape[i] = red[i] ? 1 : shape[i];
      } else if (!red[i]) {
        outShape[j++] = shape[i];
      }
    }
    // NumPy raises for a reduction without identity over no element even when the result is
    // empty too (max of a (0, 0, 6) array over axes 1 and 2)
    if (count == 0 && emptyError != null) {
      throw new ValueError(emptyError);
    }
    NDArray out = NDArray.allocate(outType, outShape);
    int outSize = out.size();
    if (outSize == 0) {
      return out;
    }
    // One (length, stride) run over the reduced axes, when their strides allow it.
    int runStride = mergedStride(shape, a.stridesRef(), red);
    if (runStride == Integer.MIN_VALUE) {
      a = moveReducedLastContiguous(a, red);
      red = new boolean[nd];
      for (int i = nKept; i < nd; i++) {
        red[i] = true;
      }
      runStride = 1;
    }
    Object x = a.data();
    Object o = out.data();
    if (nKept == 0) {
      k.run(count, x, a.offset(), runStride, o, 0);
      return out;
    }
    int[] st = a.stridesRef();
    int[] keptStrides = new int[nKept];
    for (int i = 0, j = 0; i < nd; i++) {
      if (!red[i]) {
        keptStrides[j++] = st[i];
      }
    }
    int[] offs = offsets(keptShape, keptStrides, a.offset(), outSize);
    int rs = runStride;
    // Outputs adjacent in the input (innermost kept stride 1) but reduced along a strided run
    // (a column sum) are gathered tile by tile into a contiguous buffer first.
    int seg = keptStrides[nKept - 1] == 1 && rs != 1 ? keptShape[nKept - 1] : 0;
    long work = (long) outSize * Math.max(count, 1);
    int chunks = (int) Math.min(Math.min(outSize, WORKERS * 4L), work / (PARALLEL_WORK / 4));
    boolean blocked = combinable && seg > 1 && count >= 4 * BLOCK_ROWS;
    if (work < PARALLEL_WORK || WORKERS == 1 || chunks < 2) {
      if (blocked) {
        runBlocked(k, count, x, offs, rs, o, 0, outSize, in);
      } else {
        runOutputs(k, count, x, offs, rs, o, 0, outSize, seg, in);
      }
      return out;
    }
    int per = (outSize + chunks - 1) / chunks;
    int n = count;
    IntStream.range(0, chunks).parallel().forEach(c -> {
      int lo = c * per;
      int hi = Math.min(outSize, (c + 1) * per);
      if (blocked) {
        runBlocked(k, n, x, offs, rs, o, lo, hi, in);
      } else {
        runOutputs(k, n, x, offs, rs, o, lo, hi, seg, in);
      }
    });
    return out;
  }

  private static final int BLOCK_ROWS = 32;
  private static final int BLOCK_COLS = 512;

  /**
   * Outputs [lo, hi) of a self-combining reduction along a strided run: each block of 32 rows is
   * reduced into partial results, 512 adjacent outputs at a time, so the input is read in
   * page-sized row pieces that stay cached while their columns are reduced; then the partials of
   * each output are reduced. (NumPy accumulates such reductions row by row.) The partials take
   * 1/32 of the input's size.
   */
  private static void runBlocked(Kernel k, int count, Object x, int[] offs, int rs, Object o, int lo, int hi,
      DType t) {
    int chunks = (count + BLOCK_ROWS - 1) / BLOCK_ROWS;
    int w = hi - lo;
    Object part = Storage.allocate(t, chunks * w);
    for (int ch = 0; ch < chunks; ch++) {
      int rn = Math.min(BLOCK_ROWS, count - ch * BLOCK_ROWS);
      int base = ch * BLOCK_ROWS * rs;
      for (int c0 = lo; c0 < hi; c0 += BLOCK_COLS) {
        int c1 = Math.min(hi, c0 + BLOCK_COLS);
        for (int j = c0; j < c1; j++) {
          k.run(rn, x, offs[j] + base, rs, part, ch * w + (j - lo));
        }
      }
    }
    for (int j = lo; j < hi; j++) {
      k.run(chunks, part, j - lo, w, o, j);
    }
  }

  /**
   * Elements per gathered tile (1 MiB of doubles): wide enough that each row piece read is long,
   * small enough to stay in cache while its columns are reduced.
   */
  private static final int TILE = 1 << 17;

  /**
   * Runs output elements [lo, hi). With {@code seg > 0}, runs of {@code seg} consecutive outputs
   * start at consecutive input elements; up to 256 of them are gathered (transposed) into a buffer
   * so that the kernel reads each column with stride 1 while the input is read row by row. The
   * kernel sees the same values in the same order, so results are identical either way.
   */
  private static void runOutputs(Kernel k, int count, Object x, int[] offs, int rs, Object o, int lo, int hi,
      int seg, DType in) {
    // Short runs stay cached between adjacent columns anyway; gathering only pays for long ones.
    int b = seg > 1 && count >= 256 ? Math.min(256, TILE / count) : 0;
    if (b < 4) {
      for (int j = lo; j < hi; j++) {
        k.run(count, x, offs[j], rs, o, j);
      }
      return;
    }
    // An odd leading dimension keeps the columns of the buffer off the same cache sets.
    int ld = count | 1;
    Object buf = Storage.allocate(in, ld * b);
    int j = lo;
    while (j < hi) {
      int m = Math.min(Math.min(b, hi - j), (j / seg + 1) * seg - j);
      if (m < 2) {
        k.run(count, x, offs[j], rs, o, j);
        j++;
        continue;
      }
      gather(in, x, offs[j], rs, count, ld, m, buf);
      for (int c = 0; c < m; c++) {
        k.run(count, buf, c * ld, 1, o, j + c);
      }
      j += m;
    }
  }

  /** buf[c * ld + r] = x[base + r * rs + c] for r < count, c < m, in dtype {@code in}'s storage. */
  private static void gather(DType in, Object x, int base, int rs, int count, int ld, int m, Object buf) {
    switch (in.ordinal()) {
      case 0, 1, 5 -> {
        byte[] s = (byte[]) x;
        byte[] t = (byte[]) buf;
        for (int r = 0; r < count; r++) {
          int src = base + r * rs;
          for (int c = 0; c < m; c++) {
            t[c * ld + r] = s[src + c];
          }
        }
      }
      case 2, 6, 9, 10 -> {
        short[] s = (short[]) x;
        short[] t = (short[]) buf;
        for (int r = 0; r < count; r++) {
          int src = base + r * rs;
          for (int c = 0; c < m; c++) {
            t[c * ld + r] = s[src + c];
          }
        }
      }
      case 3, 7 -> {
        int[] s = (int[]) x;
        int[] t = (int[]) buf;
        for (int r = 0; r < count; r++) {
          int src = base + r * rs;
          for (int c = 0; c < m; c++) {
            t[c * ld + r] = s[src + c];
          }
        }
      }
      case 4, 8 -> {
        long[] s = (long[]) x;
        long[] t = (long[]) buf;
        for (int r = 0; r < count; r++) {
          int src = base + r * rs;
          for (int c = 0; c < m; c++) {
            t[c * ld + r] = s[src + c];
          }
        }
      }
      case 11 -> {
        float[] s = (float[]) x;
        float[] t = (float[]) buf;
        for (int r = 0; r < count; r++) {
          int src = base + r * rs;
          for (int c = 0; c < m; c++) {
            t[c * ld + r] = s[src + c];
          }
        }
      }
      case 12 -> {
        double[] s = (double[]) x;
        double[] t = (double[]) buf;
        for (int r = 0; r < count; r++) {
          int src = base + r * rs;
          for (int c = 0; c < m; c++) {
            t[c * ld + r] = s[src + c];
          }
        }
      }
      case 13 -> {
        float[] s = (float[]) x;
        float[] t = (float[]) buf;
        for (int r = 0; r < count; r++) {
          int src = 2 * (base + r * rs);
          for (int c = 0; c < m; c++) {
            t[2 * (c * ld + r)] = s[src + 2 * c];
            t[2 * (c * ld + r) + 1] = s[src + 2 * c + 1];
          }
        }
      }
      default -> {
        double[] s = (double[]) x;
        double[] t = (double[]) buf;
        for (int r = 0; r < count; r++) {
          int src = 2 * (base + r * rs);
          for (int c = 0; c < m; c++) {
            t[2 * (c * ld + r)] = s[src + 2 * c];
            t[2 * (c * ld + r) + 1] = s[src + 2 * c + 1];
          }
        }
      }
    }
  }

  /** Storage offsets of every index of {@code shape} in C order, for strides and a base offset. */
  static int[] offsets(int[] shape, int[] strides, int base, int size) {
    int[] offs = new int[size];
    int nd = shape.length;
    int[] idx = new int[nd];
    int off = base;
    for (int j = 0; j < size; j++) {
      offs[j] = off;
      for (int d = nd - 1; d >= 0; d--) {
        if (++idx[d] < shape[d]) {
          off += strides[d];
          break;
        }
        off -= strides[d] * (shape[d] - 1);
        idx[d] = 0;
      }
    }
    return offs;
  }

  /** Stride of the reduced axes seen as one run, or MIN_VALUE when they are not one run. */
  private static int mergedStride(int[] shape, int[] strides, boolean[] red) {
    int stride = 0;
    int expect = -1;
    boolean any = false;
    for (int i = shape.length - 1; i >= 0; i--) {
      if (!red[i] || shape[i] == 1) {
        continue;
      }
      if (!any) {
        stride = strides[i];
        expect = strides[i] * shape[i];
        any = true;
      } else if (strides[i] == expect) {
        expect *= shape[i];
      } else {
        return Integer.MIN_VALUE;
      }
    }
    return any ? stride : 1;
  }

  /** A C-contiguous copy of {@code a} with the kept axes first and the reduced axes last. */
  private static NDArray moveReducedLastContiguous(NDArray a, boolean[] red) {
    int nd = a.ndim();
    int[] perm = new int[nd];
    int j = 0;
    for (int i = 0; i < nd; i++) {
      if (!red[i]) {
        perm[j++] = i;
      }
    }
    for (int i = 0; i < nd; i++) {
      if (red[i]) {
        perm[j++] = i;
      }
    }
    int[] s = new int[nd];
    int[] st = new int[nd];
    for (int i = 0; i < nd; i++) {
      s[i] = a.shapeRef()[perm[i]];
      st[i] = a.stridesRef()[perm[i]];
    }
    NDArray view = new NDArray(a.dtype(), s, st, a.offset(), a.data(), false);
    return Copy.contiguous(view);
  }

  /** A C-contiguous copy of inexact {@code a} with every NaN (complex: either part NaN) set to {@code v}. */
  public static NDArray replaceNan(NDArray a, double v) {
    NDArray c = Copy.copy(a);
    DType d = c.dtype();
    Object data = c.data();
    int n = c.size();
    for (int i = 0; i < n; i++) {
      double re = Storage.getDouble(data, d, i);
      double im = Storage.getImag(data, d, i);
      if (re != re || im != im) {
        Storage.setComplex(data, d, i, v, 0);
      }
    }
    return c;
  }

  /**
   * {@code (z * z.conj()).real} of a complex array as NumPy's complex multiply loop computes it
   * (nanvar's squared deviations): its SIMD kernels form the real part with one fused
   * multiply-subtract, {@code fma(re, re, -(im * -im))}, in z's precision; the real dtype, z's shape.
   */
  public static NDArray realOfTimesConj(NDArray z) {
    NDArray c = Copy.copy(z);
    DType d = c.dtype();
    DType rd = d.realType();
    NDArray out = NDArray.allocate(rd, c.shape());
    Object data = c.data();
    Object od = out.data();
    int n = c.size();
    boolean single = d == DType.COMPLEX64;
    for (int i = 0; i < n; i++) {
      double re = Storage.getDouble(data, d, i);
      double im = Storage.getImag(data, d, i);
      double r = single ? Math.fma((float) re, (float) re, (float) im * (float) im)
          : Math.fma(re, re, im * im);
      Storage.setDouble(od, rd, i, r);
    }
    return out;
  }
}
