package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.TypeError;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.GatherScatter;
import dev.numbat.backend.cpu.HostArrays;
import dev.numbat.backend.cpu.Scalars;
import dev.numbat.backend.cpu.StridedViews;
import dev.numbat.backend.cpu.StridedWalk;

/**
 * Element movement for the shape, joining and selection ops: dtype-agnostic strided copies into
 * a fresh output, gathers by storage offset, truth values and integer index conversion. Every
 * op that rearranges elements without computing on them is built from these, so they work for
 * all fifteen dtypes (complex as two storage slots per element).
 */
final class ArrayMoves {
  private ArrayMoves() {}

  static NDArray arr(Object a) {
    return Convert.asarray(a, null);
  }

  /** An operand: arrays strong, Java scalars weak (NEP 50), the rest through asarray. */
  static NDArray operand(Object a) {
    return Scalars.operand(a);
  }

  /** A view over {@code x}'s storage. */
  static NDArray view(NDArray x, int[] shape, int[] strides, int offset) {
    return StridedViews.view(x, shape, strides, offset);
  }

  /** Storage offsets of {@code x}'s elements in C order. */
  static int[] offsets(NDArray x) {
    int n = x.size();
    int[] r = new int[n];
    StridedWalk w = new StridedWalk(x.shapeRef(), x.stridesRef(), x.offset());
    for (int i = 0; i < n; i++) {
      r[i] = w.next();
    }
    return r;
  }

  /** A new C-contiguous array of {@code shape} whose element k is {@code x}'s storage element offs[k]. */
  static NDArray gather(NDArray x, int[] offs, int[] shape) {
    return GatherScatter.gather(x, offs, shape);
  }

  /**
   * Writes {@code src} (same dtype, broadcast to the target's shape) into the strided region
   * (shape, strides, offset) of {@code out}'s storage. {@code out} must be an array this op has
   * just allocated and not yet returned: nothing else can observe the writes.
   */
  static void assign(NDArray out, int[] shape, int[] strides, int offset, NDArray src) {
    GatherScatter.assign(out, shape, strides, offset, src);
  }

  /** Writes {@code src} into the region of {@code out} given by a view {@code region} of out. */
  static void assign(NDArray out, NDArray region, NDArray src) {
    assign(out, region.shapeRef(), region.stridesRef(), region.offset(), src);
  }

  /** {@code x} as a new C-contiguous array of dtype {@code d} (a copy even when d matches). */
  static NDArray copyAs(NDArray x, DType d) {
    NDArray out = NDArray.allocate(d, x.shapeRef());
    assign(out, out.shapeRef(), out.stridesRef(), 0, x);
    return out;
  }

  /** Truth value of each element in C order: nonzero (either part for complex; NaN is true). */
  static boolean[] truth(NDArray x) {
    return HostArrays.truth(x);
  }

  /**
   * Integer index values in C order, as NumPy converts index arrays to intp with the 'same_kind'
   * rule: bool and integer dtypes are accepted, anything else is NumPy's TypeError.
   */
  static long[] indexValues(NDArray x, String what) {
    DType d = x.dtype();
    if (!(d.isInteger() || d.isBool())) {
      throw new TypeError("Cannot cast array data from dtype('" + d.name() + "') to dtype('int64') according to "
          + "the rule '" + what + "'");
    }
    return HostArrays.longs(x);
  }

  /** A 1-d int64 array holding {@code v}. */
  static NDArray int64(long[] v) {
    return HostArrays.int64(v);
  }

  /** C-order multi-index of flat position {@code flat} in {@code shape}, into {@code idx}. */
  static void unravel(int flat, int[] shape, int[] idx) {
    for (int i = shape.length - 1; i >= 0; i--) {
      idx[i] = flat % shape[i];
      flat /= shape[i];
    }
  }

  /**
   * The outer-product gather {@code out[i0, i1, ...] = x[m0[i0], m1[i1], ...]}: maps[d] gives the
   * source index along axis d for each output index (null: the identity). Covers tile, repeat,
   * roll, delete and take along one axis in one pass.
   */
  static NDArray outerGather(NDArray x, int[][] maps) {
    return GatherScatter.outerGather(x, maps);
  }
}
