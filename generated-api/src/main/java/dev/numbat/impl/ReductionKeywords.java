package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.ValueError;

/**
 * NumPy's {@code initial=} and {@code where=} on the reductions (the specs' {@code keywords:}; mean takes where= only),
 * composed from public ops so that gradients and tracing see through them: where= replaces the
 * masked-out elements by the reduction's identity (by initial for max/min, which have none), and
 * initial joins the result through the reduction's own ufunc (cast to the result's dtype first).
 */
public final class ReductionKeywords {
  private ReductionKeywords() {}

  public static NDArray reduce(String op, Object a, int[] axis, boolean keepdims, DType dtype, Object initial, Object where) {
    NDArray x = Np.asarray(a);
    NDArray mask = where == null ? null : Np.broadcastTo(Np.asarray(where, DType.BOOL), x.shape());
    switch (op) {
      case "sum", "nansum", "prod", "nanprod" -> {
        boolean sum = op.endsWith("sum");
        NDArray masked = mask == null ? x : Np.where(mask, x, sum ? 0L : 1L);
        NDArray r = switch (op) {
          case "sum" -> Np.sum(masked, axis, keepdims, dtype);
          case "nansum" -> Np.nansum(masked, axis, keepdims, dtype);
          case "prod" -> Np.prod(masked, axis, keepdims, dtype);
          default -> Np.nanprod(masked, axis, keepdims, dtype);
        };
        if (initial == null) {
          return r;
        }
        NDArray init = Np.asarray(initial, r.dtype());
        return sum ? Np.add(r, init) : Np.multiply(r, init);
      }
      case "max", "amax", "nanmax", "min", "amin", "nanmin" -> {
        boolean max = op.contains("max");
        if (initial == null) {
          if (mask != null) {
            throw new ValueError("reduction operation '" + (max ? "maximum" : "minimum")
                + "' does not have an identity, so to use a where mask one has to specify 'initial'");
          }
          return extremum(op, x, axis, keepdims);
        }
        NDArray init = Np.asarray(initial, x.dtype());
        NDArray masked = mask == null ? x : Np.where(mask, x, init);
        if (x.size() == 0) {
          // an empty reduction starts from initial (any() gives the result's shape and checks the axes)
          return Np.fullLike(Np.any(masked, axis, keepdims), init, x.dtype());
        }
        NDArray r = extremum(op, masked, axis, keepdims);
        return switch (op) {
          case "nanmax" -> Np.fmax(r, init);
          case "nanmin" -> Np.fmin(r, init);
          default -> max ? Np.maximum(r, init) : Np.minimum(r, init);
        };
      }
      case "mean" -> {
        if (mask == null) {
          return Np.mean(x, axis, keepdims, dtype);
        }
        // NumPy's _mean: the masked sum in float64 (integers, bool) or float32 (half floats), divided by the
        // count of selected elements, cast back into the sum's dtype (and a half result into the input's)
        DType dt = dtype;
        boolean half = false;
        if (dt == null && (x.dtype().isInteger() || x.dtype().isBool())) {
          dt = DType.FLOAT64;
        } else if (dt == null && x.dtype().isHalf()) {
          dt = DType.FLOAT32;
          half = true;
        }
        NDArray total = Np.sum(Np.where(mask, x, 0L), axis, keepdims, dt);
        NDArray count = Np.sum(mask, axis, keepdims, DType.INT64);
        NDArray r = Np.divide(total, count);
        r = r.dtype() == total.dtype() ? r : Np.astype(r, total.dtype());
        return half ? Np.astype(r, x.dtype()) : r;
      }
      case "all", "any" -> {
        NDArray masked = mask == null ? x : Np.where(mask, x, op.equals("all"));
        return op.equals("all") ? Np.all(masked, axis, keepdims) : Np.any(masked, axis, keepdims);
      }
      default -> throw new IllegalArgumentException("no initial/where form for reduction " + op);
    }
  }

  private static NDArray extremum(String op, NDArray x, int[] axis, boolean keepdims) {
    return switch (op) {
      case "max" -> Np.max(x, axis, keepdims);
      case "amax" -> Np.amax(x, axis, keepdims);
      case "nanmax" -> Np.nanmax(x, axis, keepdims);
      case "min" -> Np.min(x, axis, keepdims);
      case "amin" -> Np.amin(x, axis, keepdims);
      default -> Np.nanmin(x, axis, keepdims);
    };
  }
}
