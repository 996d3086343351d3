package dev.numbat.impl.linalg;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.MatmulKernel;
import dev.numbat.backend.cpu.Shapes;

/**
 * Matrix products of NDArrays already in their computation dtype: NumPy's matmul gufunc
 * {@code (n?,k),(k,m?)->(n?,m?)} over broadcast batch dimensions ({@link #matmul}).
 * The products run in the CPU backend ({@link MatmulKernel}: OpenBLAS straight from the arrays'
 * storage, exact integer kernels); float16/bfloat16 are computed in float32 and rounded once.
 */
public final class Gemm {
  private Gemm() {}

  /** The dtype a product is computed in: float16/bfloat16 widen to float32. */
  public static DType computeType(DType dt) {
    return dt.isHalf() ? DType.FLOAT32 : dt;
  }

  /**
   * NumPy's matmul on operands already cast to their common dtype {@code dt} (ndim &gt;= 1):
   * 1-d operands gain and then lose a unit dimension, batch dimensions broadcast.
   */
  /**
   * The shapes of a matmul of {@code x} and {@code y}: the core sizes, whether each operand is a
   * vector (1-d, promoted and then dropped), the broadcast batch shape and the result's shape.
   */
  public record Shape(int m, int k, int n, boolean xv, boolean yv, int[] batch, int[] out) {}

  /** {@link Shape} of a matmul, or NumPy's ValueError (a 0-d operand, a core mismatch, batches that do not broadcast). */
  public static Shape shape(NDArray x, NDArray y, String name) {
    if (x.ndim() == 0 || y.ndim() == 0) {
      throw new ValueError(name + ": Input operand " + (x.ndim() == 0 ? 0 : 1)
          + " does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
    }
    int[] xs = x.shapeRef();
    int[] ys = y.shapeRef();
    boolean xv = xs.length == 1;
    boolean yv = ys.length == 1;
    int m = xv ? 1 : xs[xs.length - 2];
    int k = xs[xs.length - 1];
    int k2 = yv ? ys[0] : ys[ys.length - 2];
    int n = yv ? 1 : ys[ys.length - 1];
    if (k2 != k) {
      throw new ValueError(name + ": Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
          + "(n?,k),(k,m?)->(n?,m?) (size " + k2 + " is different from " + k + ")");
    }
    int[] batch;
    try {
      batch = Shapes.broadcast(java.util.Arrays.copyOf(xs, Math.max(0, xs.length - 2)),
          java.util.Arrays.copyOf(ys, Math.max(0, ys.length - 2)));
    } catch (ValueError e) {
      throw new ValueError("operands could not be broadcast together with remapped shapes [original->remapped]: "
          + Shapes.strNoSpace(xs) + " and " + Shapes.strNoSpace(ys));
    }
    int nb = batch.length;
    int[] out = new int[nb + (xv ? 0 : 1) + (yv ? 0 : 1)];
    System.arraycopy(batch, 0, out, 0, nb);
    int p = nb;
    if (!xv) {
      out[p++] = m;
    }
    if (!yv) {
      out[p] = n;
    }
    return new Shape(m, k, n, xv, yv, batch, out);
  }

  public static NDArray matmul(NDArray x, NDArray y, String name) {
    return matmul(x, y, name, null);
  }

  /**
   * {@link #matmul(NDArray, NDArray, String)} written into {@code into} when it is given and is a
   * C-contiguous array of the result's dtype and shape (a compiled function's workspace buffer,
   * reused across calls); otherwise into a fresh array.
   */
  public static NDArray matmul(NDArray x, NDArray y, String name, NDArray into) {
    DType dt = x.dtype();
    Shape sh = shape(x, y, name);
    DType ct = computeType(dt);
    if (ct != dt) {
      x = Cast.to(x, ct);
      y = Cast.to(y, ct);
    }
    int[] xs = x.shapeRef();
    int[] ys = y.shapeRef();
    int[] xst = x.stridesRef();
    int[] yst = y.stridesRef();
    boolean xv = sh.xv();
    boolean yv = sh.yv();
    int m = sh.m();
    int k = sh.k();
    int n = sh.n();
    int ars = xv ? 0 : xst[xst.length - 2];
    int acs = xst[xst.length - 1];
    int brs = yv ? yst[0] : yst[yst.length - 2];
    int bcs = yv ? 0 : yst[yst.length - 1];
    int xb = Math.max(0, xs.length - 2);
    int yb = Math.max(0, ys.length - 2);
    int[] batch = sh.batch();
    int[] outShape = sh.out();
    NDArray out;
    if (into != null && ct == dt && into.dtype() == ct && into.isContiguous() && into.offset() == 0
        && java.util.Arrays.equals(into.shapeRef(), outShape)) {
      out = into;
      // the kernels add into a zero-filled result (BLAS overwrites it, but not for every dtype or k = 0)
      MatmulKernel.zero(out, k);
    } else {
      out = NDArray.allocate(ct, outShape);
    }
    // batch strides of each operand, aligned to the broadcast batch shape (0 where broadcast)
    int[] sa = batchStrides(xs, xst, xb, batch);
    int[] sb = batchStrides(ys, yst, yb, batch);
    MatmulKernel.batched(ct, x, y, out, m, n, k, ars, acs, brs, bcs, batch, sa, sb);
    return ct != dt ? Cast.to(out, dt) : out;
  }

  private static int[] batchStrides(int[] shape, int[] strides, int nbOwn, int[] batch) {
    int nb = batch.length;
    int[] s = new int[nb];
    for (int i = 0; i < nbOwn; i++) {
      int d = nb - nbOwn + i;
      s[d] = shape[i] == 1 ? 0 : strides[i];
    }
    return s;
  }
}
