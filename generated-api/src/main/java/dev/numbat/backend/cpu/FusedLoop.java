package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A fused element-wise region of a compiled function: a chain of ufunc kernels (and the casts
 * between their loops) run block by block over the region's shape, so intermediates live in
 * L1-sized block buffers instead of full arrays, and the only arrays written are the region's
 * outputs (and, with a reduction tail, one partial result per block). The kernels are the ones
 * the eager path runs, applied to the same elements in the same order, so a fused result is the
 * unfused result bit for bit; a reduction tail adds its partials per block, as the eager
 * reduction of a long run does, which may round differently in the last place.
 *
 * <p>A {@link Builder} describes the region once, at compile time; {@link Plan#run} executes it
 * per call. Inputs given to {@code run} must each be C-contiguous of the region's size, of one
 * element (broadcast), or C-contiguous and equal to a trailing part of the region's shape
 * (repeated: a bias row); the caller materialises any other broadcast. Block buffers come from a
 * pool kept with the plan, so a call allocates its outputs and nothing per element.
 */
public final class FusedLoop {
  private FusedLoop() {}

  /** Elements per block: 16 KiB of float32, small enough for a handful of buffers to stay in L1/L2. */
  static final int BLOCK = Integer.getInteger("numbat.fusion.block", 4096);

  private static final byte CAST = 0;

  /** Builds a region: values are numbered in definition order; inputs first, then computed ones. */
  public static final class Builder {
    private final int[] shape;
    private final List<DType> types = new ArrayList<>();
    private int inputs;
    private final List<Object> kernels = new ArrayList<>();
    private final List<Byte> arity = new ArrayList<>();
    private final List<int[]> args = new ArrayList<>();
    private final List<Integer> dest = new ArrayList<>();
    private final List<Integer> outputs = new ArrayList<>();
    private int reduced = -1;
    private dev.numbat.backend.cpu.Reduction.Kernel reduction;
    private DType reductionType;
    private int[] reductionShape;

    public Builder(int[] shape) {
      this.shape = shape.clone();
    }

    /** A new input of dtype {@code d}; must be called before any computed value. */
    public int input(DType d) {
      if (types.size() != inputs) {
        throw new IllegalStateException("inputs come first");
      }
      types.add(d);
      return inputs++;
    }

    public DType type(int value) { return types.get(value); }

    /** {@code value} converted to {@code to} (NumPy's unsafe cast, as {@link Cast#to} does). */
    public int cast(int value, DType to) {
      return types.get(value) == to ? value : step(CAST, to, to, value);
    }

    public int unary(Ufunc.Unary k, DType out, int a) { return step((byte) 1, k, out, a); }

    public int binary(Ufunc.Binary k, DType out, int a, int b) { return step((byte) 2, k, out, a, b); }

    public int ternary(Ufunc.Ternary k, DType out, int a, int b, int c) { return step((byte) 3, k, out, a, b, c); }

    private int step(byte n, Object kernel, DType out, int... in) {
      kernels.add(kernel);
      arity.add(n);
      args.add(in);
      types.add(out);
      dest.add(types.size() - 1);
      return types.size() - 1;
    }

    /** Materialises computed {@code value} as an output array of the region's shape. */
    public void output(int value) {
      if (value < inputs) {
        throw new IllegalArgumentException("an input is not an output of its region");
      }
      outputs.add(value);
    }

    /**
     * Reduces computed {@code value} over every axis with {@code k}, whose loop input and output
     * dtype is {@code type} and which combines partial results; the result has {@code shape}.
     */
    public void reduceAll(int value, dev.numbat.backend.cpu.Reduction.Kernel k, DType type, int[] shape) {
      reduced = value;
      reduction = k;
      reductionType = type;
      reductionShape = shape.clone();
    }

    public Plan build() {
      return new Plan(this);
    }
  }

  /** A compiled region; immutable and safe to run from several threads at once. */
  public static final class Plan {
    private final int[] shape;
    private final int n;
    private final int inputs;
    private final DType[] inputTypes;
    private final Object[] kernels;
    private final byte[] arity;
    /** Per step: operand slots, then the destination slot last. */
    private final int[][] slots;
    private final DType[] castFrom;
    private final DType[] castTo;
    /** Slot kinds: [0, inputs) inputs, then temps, then outputs. */
    private final DType[] tempTypes;
    private final DType[] outputTypes;
    private final int outputBase;
    private final int slotCount;
    private final int reducedSlot;
    private final dev.numbat.backend.cpu.Reduction.Kernel reduction;
    private final DType reductionType;
    private final int[] reductionShape;
    private final ConcurrentLinkedQueue<Workspace> pool = new ConcurrentLinkedQueue<>();

    private Plan(Builder b) {
      shape = b.shape;
      n = Shapes.size(shape);
      inputs = b.inputs;
      inputTypes = b.types.subList(0, inputs).toArray(new DType[0]);
      int steps = b.kernels.size();
      kernels = b.kernels.toArray();
      arity = new byte[steps];
      castFrom = new DType[steps];
      castTo = new DType[steps];
      slots = new int[steps][];
      outputTypes = new DType[b.outputs.size()];
      // Liveness: the last step reading each value; outputs and the reduced value get their slots.
      int values = b.types.size();
      int[] lastUse = new int[values];
      Arrays.fill(lastUse, -1);
      for (int s = 0; s < steps; s++) {
        for (int v : b.args.get(s)) {
          lastUse[v] = s;
        }
      }
      // Temps by linear scan: a step may write into the buffer of an operand it reads last (the
      // kernels read each element before writing it, at the same index).
      List<DType> temps = new ArrayList<>();
      List<Integer> free = new ArrayList<>();
      int[] outputIndex = new int[values];
      Arrays.fill(outputIndex, -1);
      for (int i = 0; i < b.outputs.size(); i++) {
        outputIndex[b.outputs.get(i)] = i;
        outputTypes[i] = b.types.get(b.outputs.get(i));
      }
      int[] tempOf = new int[values];
      Arrays.fill(tempOf, -1);
      for (int s = 0; s < steps; s++) {
        int[] in = b.args.get(s);
        int d = b.dest.get(s);
        arity[s] = b.arity.get(s);
        if (arity[s] == CAST) {
          castFrom[s] = b.types.get(in[0]);
          castTo[s] = b.types.get(d);
        }
        for (int v : in) {
          // the reduced value is read once more, by the reduction at the end of the block
          if (lastUse[v] == s && tempOf[v] >= 0 && v != b.reduced && !free.contains(tempOf[v])) {
            free.add(tempOf[v]);
          }
        }
        if (outputIndex[d] < 0) {
          DType t = b.types.get(d);
          int chosen = -1;
          for (int f : free) {
            if (temps.get(f) == t) {
              chosen = f;
              break;
            }
          }
          if (chosen < 0) {
            temps.add(t);
            chosen = temps.size() - 1;
          } else {
            free.remove(Integer.valueOf(chosen));
          }
          tempOf[d] = chosen;
          if (lastUse[d] < 0 && d != b.reduced) {
            free.add(chosen);
          }
        }
      }
      tempTypes = temps.toArray(new DType[0]);
      outputBase = inputs + tempTypes.length;
      slotCount = outputBase + outputTypes.length;
      for (int s = 0; s < steps; s++) {
        int[] in = b.args.get(s);
        int[] sl = new int[in.length + 1];
        for (int i = 0; i < in.length; i++) {
          sl[i] = slot(in[i], outputIndex, tempOf);
        }
        sl[in.length] = slot(b.dest.get(s), outputIndex, tempOf);
        slots[s] = sl;
      }
      reducedSlot = b.reduced < 0 ? -1 : slot(b.reduced, outputIndex, tempOf);
      reduction = b.reduction;
      reductionType = b.reductionType;
      reductionShape = b.reductionShape;
    }

    private int slot(int v, int[] outputIndex, int[] tempOf) {
      return v < inputs ? v : outputIndex[v] >= 0 ? outputBase + outputIndex[v] : inputs + tempOf[v];
    }

    public int[] shape() { return shape.clone(); }

    public DType inputType(int i) { return inputTypes[i]; }

    public int inputCount() { return inputs; }

    /** How many arrays of the region's shape it writes (its reduction's result not counted). */
    public int outputCount() { return outputTypes.length; }

    /** Whether {@code x} can be read by the blocks as it is (else the caller makes it contiguous). */
    public boolean readable(NDArray x) {
      return x.size() == 1 || period(x) > 0;
    }

    /** The repeat length of {@code x} over the region (its size), or 0 when it is not a contiguous trailing part. */
    private int period(NDArray x) {
      if (!x.isContiguous()) {
        return 0;
      }
      int[] s = x.shapeRef();
      int i = s.length - 1;
      int j = shape.length - 1;
      while (i >= 0 && j >= 0 && s[i] == shape[j]) {
        i--;
        j--;
      }
      for (; i >= 0; i--) {
        if (s[i] != 1) {
          return 0;
        }
      }
      return x.size();
    }

    /**
     * Runs the region: {@code in} holds one array per input (of its input dtype, each
     * {@link #readable}); returns the outputs in the order they were declared, then the reduction's
     * result when there is one.
     */
    public NDArray[] run(NDArray[] in) {
      return run(in, null);
    }

    /**
     * {@link #run(NDArray[])} writing output {@code i} into {@code into[i]} when that is given (a
     * C-contiguous array of the output's dtype and the region's shape, reused across calls).
     */
    public NDArray[] run(NDArray[] in, NDArray[] into) {
      NDArray[] out = new NDArray[outputTypes.length + (reduction == null ? 0 : 1)];
      Object[] outData = new Object[outputTypes.length];
      for (int i = 0; i < outputTypes.length; i++) {
        NDArray given = into == null ? null : into[i];
        out[i] = given != null && given.dtype() == outputTypes[i] && given.isContiguous() && given.offset() == 0
            && Arrays.equals(given.shapeRef(), shape) ? given : NDArray.allocate(outputTypes[i], shape);
        outData[i] = out[i].data();
      }
      Object[] inData = new Object[inputs];
      int[] inOff = new int[inputs];
      int[] inPeriod = new int[inputs];
      for (int i = 0; i < inputs; i++) {
        NDArray x = in[i];
        inData[i] = x.data();
        inOff[i] = x.offset();
        inPeriod[i] = x.size() == 1 && n != 1 ? 0 : x.size();
      }
      int blocks = (n + BLOCK - 1) / BLOCK;
      Object partials = reduction == null ? null : Storage.allocate(reductionType, blocks);
      Call c = new Call(inData, inOff, inPeriod, outData, partials);
      Parallel.forUnits(blocks, n >= Parallel.THRESHOLD, (b0, nb) -> blocks(c, b0, b0 + nb));
      if (reduction != null) {
        NDArray r = NDArray.allocate(reductionType, reductionShape);
        reduction.run(blocks, partials, 0, 1, r.data(), 0);
        out[outputTypes.length] = r;
      }
      return out;
    }

    /** Runs blocks [b0, b1) with a workspace from the pool. */
    void blocks(Call c, int b0, int b1) {
      Workspace w = pool.poll();
      if (w == null) {
        w = new Workspace(this);
      }
      try {
        for (int b = b0; b < b1; b++) {
          block(c, w, b);
        }
      } finally {
        pool.offer(w);
      }
    }

    private void block(Call c, Workspace w, int b) {
      int s = b * BLOCK;
      int m = Math.min(BLOCK, n - s);
      Object[] arr = w.arr;
      int[] off = w.off;
      int[] str = w.str;
      for (int i = 0; i < inputs; i++) {
        int p = c.inPeriod[i];
        if (p == 0) {
          arr[i] = c.inData[i];
          off[i] = c.inOff[i];
          str[i] = 0;
        } else if (p == n) {
          arr[i] = c.inData[i];
          off[i] = c.inOff[i] + s;
          str[i] = 1;
        } else {
          arr[i] = w.repeat(i, c.inData[i], c.inOff[i], p, s, m, inputTypes[i].isComplex() ? 2 : 1);
          off[i] = 0;
          str[i] = 1;
        }
      }
      for (int o = 0; o < outputTypes.length; o++) {
        arr[outputBase + o] = c.outData[o];
        off[outputBase + o] = s;
        str[outputBase + o] = 1;
      }
      for (int j = 0; j < kernels.length; j++) {
        int[] sl = slots[j];
        switch (arity[j]) {
          case CAST -> castRange(m, arr[sl[0]], off[sl[0]], str[sl[0]], castFrom[j], arr[sl[1]], off[sl[1]], castTo[j]);
          case 1 -> ((Ufunc.Unary) kernels[j]).run(m, arr[sl[0]], off[sl[0]], str[sl[0]], arr[sl[1]], off[sl[1]], str[sl[1]]);
          case 2 -> ((Ufunc.Binary) kernels[j]).run(m, arr[sl[0]], off[sl[0]], str[sl[0]], arr[sl[1]], off[sl[1]], str[sl[1]],
              arr[sl[2]], off[sl[2]], str[sl[2]]);
          default -> ((Ufunc.Ternary) kernels[j]).run(m, arr[sl[0]], off[sl[0]], str[sl[0]], arr[sl[1]], off[sl[1]],
              str[sl[1]], arr[sl[2]], off[sl[2]], str[sl[2]], arr[sl[3]], off[sl[3]], str[sl[3]]);
        }
      }
      if (reduction != null) {
        reduction.run(m, arr[reducedSlot], off[reducedSlot], str[reducedSlot], c.partials, b);
      }
    }

    /** Text for graph listings: {@code float32[1024], 4 kernels, 1 temp}. */
    public String describe() {
      return kernels.length + " steps over " + Arrays.toString(shape) + ", " + tempTypes.length + " block buffers";
    }
  }

  /** One call's arrays. */
  private record Call(Object[] inData, int[] inOff, int[] inPeriod, Object[] outData, Object partials) {}

  /** Block buffers and the per-block operand table of one thread's share of a call. */
  private static final class Workspace {
    final Object[] arr;
    final int[] off;
    final int[] str;
    final Object[] repeats;
    private final DType[] types;

    Workspace(Plan p) {
      arr = new Object[p.slotCount];
      off = new int[p.slotCount];
      str = new int[p.slotCount];
      repeats = new Object[p.inputs];
      types = p.inputTypes;
      for (int t = 0; t < p.tempTypes.length; t++) {
        arr[p.inputs + t] = Storage.allocate(p.tempTypes[t], BLOCK);
        str[p.inputs + t] = 1;
      }
    }

    /** Input {@code i}, a {@code p}-element array repeated over the region, laid out for elements [s, s + m). */
    Object repeat(int i, Object data, int offset, int p, int s, int m, int width) {
      Object buf = repeats[i];
      if (buf == null) {
        buf = Storage.allocate(types[i], BLOCK);
        repeats[i] = buf;
      }
      int done = 0;
      int k = s % p;
      while (done < m) {
        int len = Math.min(p - k, m - done);
        System.arraycopy(data, (offset + k) * width, buf, done * width, len * width);
        done += len;
        k = 0;
      }
      return buf;
    }
  }

  /** {@code m} elements of {@code from} at (xo, xs) converted into contiguous {@code to} at oo, as {@link Cast#copyInto}. */
  static void castRange(int m, Object x, int xo, int xs, DType from, Object out, int oo, DType to) {
    if (xs == 1 && contiguousCast(m, x, xo, from, out, oo, to)) {
      return;
    }
    if (from.isComplex()) {
      for (int i = 0; i < m; i++) {
        int k = xo + i * xs;
        Storage.setComplex(out, to, oo + i, Storage.getDouble(x, from, k), Storage.getImag(x, from, k));
      }
    } else if ((from.isInteger() || from.isBool()) && (to.isInteger() || to.isBool() || to == DType.FLOAT32)) {
      boolean uns = from == DType.UINT64;
      for (int i = 0; i < m; i++) {
        Storage.setLong(out, to, oo + i, Storage.getLong(x, from, xo + i * xs), uns);
      }
    } else {
      for (int i = 0; i < m; i++) {
        Storage.setDouble(out, to, oo + i, Storage.getDouble(x, from, xo + i * xs));
      }
    }
  }

  /**
   * The casts a gradient or a mixed-precision chain makes most (bool masks to floats, between the
   * float widths, int to float) as plain loops C2 vectorises; false for every other pair.
   */
  private static boolean contiguousCast(int m, Object x, int xo, DType from, Object out, int oo, DType to) {
    if (to == DType.FLOAT32 && out instanceof float[] o) {
      if ((from == DType.BOOL || from == DType.INT8) && x instanceof byte[] b) {
        for (int i = 0; i < m; i++) {
          o[oo + i] = b[xo + i];
        }
        return true;
      }
      if (from == DType.FLOAT64 && x instanceof double[] d) {
        for (int i = 0; i < m; i++) {
          o[oo + i] = (float) d[xo + i];
        }
        return true;
      }
      if (from == DType.INT32 && x instanceof int[] v) {
        for (int i = 0; i < m; i++) {
          o[oo + i] = v[xo + i];
        }
        return true;
      }
    } else if (to == DType.FLOAT64 && out instanceof double[] o) {
      if ((from == DType.BOOL || from == DType.INT8) && x instanceof byte[] b) {
        for (int i = 0; i < m; i++) {
          o[oo + i] = b[xo + i];
        }
        return true;
      }
      if (from == DType.FLOAT32 && x instanceof float[] f) {
        for (int i = 0; i < m; i++) {
          o[oo + i] = f[xo + i];
        }
        return true;
      }
      if (from == DType.INT32 && x instanceof int[] v) {
        for (int i = 0; i < m; i++) {
          o[oo + i] = v[xo + i];
        }
        return true;
      }
      if (from == DType.INT64 && x instanceof long[] v) {
        for (int i = 0; i < m; i++) {
          o[oo + i] = v[xo + i];
        }
        return true;
      }
    }
    return false;
  }
}
