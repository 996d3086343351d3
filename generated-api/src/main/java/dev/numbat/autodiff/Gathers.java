package dev.numbat.autodiff;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.NotImplementedError;
import dev.numbat.backend.cpu.HostArrays;
import dev.numbat.backend.cpu.Scalars;

/**
 * Gradients of ops that only move, copy, drop or fill elements (reshapes, flips, joins, takes,
 * sorts, pads): the op itself, run on an array of element positions instead of the data, tells
 * where every output element came from, and the gradient is g scatter-added back to those
 * positions. One rule then serves every argument variant of the op, with no per-op index logic.
 *
 * <p>Positions count from 1; 0 marks an output element that comes from no input element (a pad
 * constant, an inserted value), whose gradient is dropped. The scatter is {@code at(...).add},
 * which records itself, so gradients of gradients flow through these rules too.
 */
public final class Gathers {
  private Gathers() {}

  /** {@code 1 .. a.size} in {@code a}'s shape (int64): the positions of a's elements. */
  public static NDArray positions(NDArray a) {
    return positionsFrom(a, 1);
  }

  private static NDArray positionsFrom(NDArray a, long first) {
    long[] p = new long[a.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = first + i;
    }
    return HostArrays.int64(a.shape(), p);
  }

  /** Positions of several arrays, in disjoint consecutive ranges (the first array's start at 1). */
  public static NDArray[] positionsOf(NDArray[] arrays) {
    NDArray[] out = new NDArray[arrays.length];
    long next = 1;
    for (int i = 0; i < arrays.length; i++) {
      out[i] = positionsFrom(arrays[i], next);
      next += arrays[i].size();
    }
    return out;
  }

  /** Zeros (no source) in {@code a}'s shape, for the inputs whose gradient a rule does not want. */
  public static NDArray noPositions(NDArray a) {
    return NDArray.allocate(DType.INT64, a.shape());
  }

  /** {@code noPositions} for each array. */
  public static NDArray[] noPositionsOf(NDArray[] arrays) {
    NDArray[] out = new NDArray[arrays.length];
    for (int i = 0; i < arrays.length; i++) {
      out[i] = noPositions(arrays[i]);
    }
    return out;
  }

  /**
   * The gradient of {@code a} for an op whose output element k is a's element {@code pos[k]}
   * (the op applied to {@link #positions}); g broadcasts to pos's shape.
   */
  public static NDArray gather(NDArray g, NDArray a, NDArray pos) {
    return scatter(g, pos, a.size()).get(new dev.numbat.indexing.Slice(1, null, null)).reshape(a.shape());
  }

  /** {@link #gather} for a sequence input whose positions came from {@link #positionsOf}. */
  public static NDArray[] gatherEach(NDArray g, NDArray[] arrays, NDArray pos) {
    int total = 0;
    for (NDArray x : arrays) {
      total += x.size();
    }
    NDArray flat = scatter(g, pos, total);
    NDArray[] out = new NDArray[arrays.length];
    int at = 1;
    for (int i = 0; i < arrays.length; i++) {
      int n = arrays[i].size();
      out[i] = flat.get(new dev.numbat.indexing.Slice(at, at + n, null)).reshape(arrays[i].shape());
      at += n;
    }
    return out;
  }

  private static NDArray scatter(NDArray g, NDArray pos, int n) {
    NDArray gb = java.util.Arrays.equals(g.shapeRef(), pos.shapeRef()) ? g : Np.broadcastTo(g, pos.shape());
    DType dt = g.dtype().isComplex() || g.dtype().isFloat() ? g.dtype() : DType.FLOAT64;
    return Np.zeros(new int[] {n + 1}, dt).at(Np.ravel(pos)).add(Np.ravel(gb));
  }

  /** Output {@code index} of an op returning several arrays (split run on positions). */
  public static NDArray pick(NDArray[] outputs, int index) {
    return outputs[index];
  }

  /** broadcast_arrays: output {@code index}'s gradient goes to input {@code index} only (the tape sums it back). */
  public static NDArray[] only(NDArray g, NDArray[] inputs, int index) {
    NDArray[] out = new NDArray[inputs.length];
    out[index] = g;
    return out;
  }

  /** g with a trailing length-1 axis: the upstream gradient of a sum over a gathered last axis (trace). */
  public static NDArray expandLast(NDArray g) {
    return Np.expandDims(g, -1);
  }

  /** {@code a}'s shape for {@code g} (expand_dims, squeeze, atleast_*: the same elements, other axes). */
  public static NDArray reshapeTo(NDArray g, NDArray a) {
    return java.util.Arrays.equals(g.shapeRef(), a.shapeRef()) ? g : Np.reshape(g, a.shape());
  }

  /** The positions {@code sort} moves a's elements to: take_along_axis by the (stable) argsort. */
  public static NDArray sorted(NDArray a, Integer axis) {
    NDArray p = axis == null ? Np.ravel(positions(a)) : positions(a);
    return Np.takeAlongAxis(p, Np.argsort(a, axis, "stable"), axis == null ? -1 : axis);
  }

  /**
   * The positions {@code partition} moved a's elements to, read off its result: the element of
   * rank r along the axis came from the position of a's rank-r element.
   */
  public static NDArray partitioned(NDArray a, NDArray result, Integer axis) {
    NDArray bySize = sorted(a, axis);
    int ax = axis == null ? -1 : axis;
    NDArray rank = Np.argsort(Np.argsort(result, ax, "stable"), ax, "stable");
    return Np.takeAlongAxis(bySize, rank, ax);
  }

  /** pad's positions; the modes that compute new values (mean, linear_ramp, ...) are not moves. */
  public static NDArray padded(NDArray a, Object padWidth, String mode) {
    String m = mode == null ? "constant" : mode;
    switch (m) {
      case "constant", "edge", "reflect", "symmetric", "wrap" -> { }
      default -> throw new NotImplementedError("gradient of pad with mode='" + m + "' is not implemented");
    }
    return m.equals("constant") ? Np.pad(positions(a), padWidth, m, 0) : Np.pad(positions(a), padWidth, m);
  }

  /** rot90's inverse rotation applied to g. */
  public static NDArray unrotate(NDArray g, int k, int[] axes) {
    return Np.rot90(g, -k, axes == null ? new int[] {0, 1} : axes);
  }

  /** A scalar index or array of indices as an NDArray (for take's {@code indices}). */
  static NDArray operand(Object o) {
    return Scalars.operand(o);
  }
}
