package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.AxisError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.impl.linalg.Gemm;
import dev.numbat.impl.linalg.Views;
import dev.numbat.ops.MultiplyOp;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.types.Promotion;
import dev.numbat.backend.cpu.Scalars;
import dev.numbat.backend.cpu.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Products: dot, vdot, inner, outer, matmul, tensordot, kron, cross, trace, multi_dot, vecdot.
 * Every contraction ends in {@link Gemm} (OpenBLAS for float32/float64/complex, exact kernels for
 * integers and bool), reached through views and reshapes rather than element loops.
 */
public final class LinalgImpl {
  private LinalgImpl() {}

  /** Both operands as strong arrays of their common dtype (NumPy's result_type), cast with {@code astype}. */
  private static NDArray[] common(Object a, Object b) {
    NDArray x = Scalars.operand(a);
    NDArray y = Scalars.operand(b);
    DType dt = Promotion.resultType(x, y);
    return new NDArray[] {x.dtype() == dt ? x.strong() : Np.astype(x, dt), y.dtype() == dt ? y.strong() : Np.astype(y, dt)};
  }

  public static NDArray matmul(Object x1, Object x2) {
    NDArray[] xy = common(x1, x2);
    return Gemm.matmul(xy[0], xy[1], "matmul");
  }

  public static NDArray dot(Object a, Object b) {
    NDArray x = Scalars.operand(a);
    NDArray y = Scalars.operand(b);
    if (x.ndim() == 0 || y.ndim() == 0) {
      return MultiplyOp.call(x, y);
    }
    NDArray[] xy = common(x, y);
    x = xy[0];
    y = xy[1];
    int[] xs = x.shapeRef();
    int[] ys = y.shapeRef();
    int k = xs[xs.length - 1];
    int yk = ys.length == 1 ? 0 : ys.length - 2;
    if (ys[yk] != k) {
      throw new ValueError("shapes " + Shapes.str(xs) + " and " + Shapes.str(ys) + " not aligned: " + k + " (dim "
          + (xs.length - 1) + ") != " + ys[yk] + " (dim " + yk + ")");
    }
    if (ys.length <= 2 || xs.length == 1) {
      // dot and matmul agree here: a's leading axes batch against a 2-d (or 1-d) b, or a 1-d a
      // meets b's batch of matrices
      return Gemm.matmul(x, y, "dot");
    }
    // a.shape[:-1] + b.shape[:-2] + b.shape[-1:]: (rows x k) against each of b's matrices gives
    // (B..., rows, m); rows then move in front of b's batch axes
    int rows = Shapes.size(Arrays.copyOf(xs, xs.length - 1));
    NDArray r = Gemm.matmul(ShapeOps.reshape(x, new int[] {rows, k}, "C"), y, "dot");
    int nb = ys.length - 2;
    int[] perm = new int[nb + 2];
    perm[0] = nb;
    for (int i = 0; i < nb; i++) {
      perm[i + 1] = i;
    }
    perm[nb + 1] = nb + 1;
    int[] out = new int[xs.length - 1 + ys.length - 1];
    System.arraycopy(xs, 0, out, 0, xs.length - 1);
    System.arraycopy(ys, 0, out, xs.length - 1, nb);
    out[out.length - 1] = ys[ys.length - 1];
    return ShapeOps.reshape(ShapeOps.transpose(r, perm), out, "C");
  }

  public static NDArray vdot(Object a, Object b) {
    NDArray[] xy = common(a, b);
    NDArray x = ShapeOps.ravel(xy[0], "C");
    NDArray y = ShapeOps.ravel(xy[1], "C");
    if (x.size() != y.size()) {
      throw new ValueError("cannot reshape array of size " + y.size() + " into shape (" + x.size() + ",)");
    }
    if (x.dtype().isComplex()) {
      x = Np.conjugate(x);
    }
    return Gemm.matmul(x, y, "vdot");
  }

  public static NDArray inner(Object a, Object b) {
    NDArray x = Scalars.operand(a);
    NDArray y = Scalars.operand(b);
    if (x.ndim() == 0 || y.ndim() == 0) {
      return Np.multiply(x, y);
    }
    int kx = x.shapeRef()[x.ndim() - 1];
    int ky = y.shapeRef()[y.ndim() - 1];
    if (kx != ky) {
      throw new ValueError("shapes " + Shapes.str(x.shapeRef()) + " and " + Shapes.str(y.shapeRef()) + " not aligned: "
          + kx + " (dim " + (x.ndim() - 1) + ") != " + ky + " (dim " + (y.ndim() - 1) + ")");
    }
    return tensordotAxes(x, y, new int[] {x.ndim() - 1}, new int[] {y.ndim() - 1});
  }

  public static NDArray outer(Object a, Object b) {
    NDArray[] xy = common(a, b);
    NDArray x = Np.ravel(xy[0]);
    NDArray y = Np.ravel(xy[1]);
    return Np.multiply(Np.reshape(x, x.size(), 1), Np.reshape(y, 1, y.size()));
  }

  /** NumPy 2's linalg.outer: only 1-d operands. */
  public static NDArray linalgOuter(Object x1, Object x2) {
    NDArray x = Np.asarray(x1);
    NDArray y = Np.asarray(x2);
    if (x.ndim() != 1 || y.ndim() != 1) {
      throw new ValueError("Input arrays must be one-dimensional, but they are " + x.ndim() + "-dimensional and "
          + y.ndim() + "-dimensional.");
    }
    return Np.outer(x, y);
  }

  /** NumPy 2's vecdot: sum over {@code axis} of conj(x1) * x2, broadcasting the other axes. */
  public static NDArray vecdot(Object x1, Object x2, int axis) {
    NDArray[] xy = common(x1, x2);
    NDArray x = xy[0];
    NDArray y = xy[1];
    if (x.ndim() == 0 || y.ndim() == 0) {
      throw new ValueError("vecdot: Input operand " + (x.ndim() == 0 ? 0 : 1)
          + " does not have enough dimensions (has 0, gufunc core with signature (n),(n)->() requires 1)");
    }
    int ax = Shapes.normalizeAxis(axis, x.ndim());
    int ay = Shapes.normalizeAxis(axis, y.ndim());
    if (x.shapeRef()[ax] != y.shapeRef()[ay]) {
      throw new ValueError("vecdot: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
          + "(n),(n)->() (size " + y.shapeRef()[ay] + " is different from " + x.shapeRef()[ax] + ")");
    }
    x = Views.moveAxis(x, ax, x.ndim() - 1);
    y = Views.moveAxis(y, ay, y.ndim() - 1);
    if (x.dtype().isComplex()) {
      x = Np.conjugate(x);
    }
    // (..., 1, n) @ (..., n, 1) -> (..., 1, 1): one BLAS/kernel product per broadcast element
    NDArray r = Gemm.matmul(Views.insertAxis(x, x.ndim() - 1), Views.insertAxis(y, y.ndim()), "vecdot");
    int[] s = r.shapeRef();
    return ShapeOps.reshape(r, Arrays.copyOf(s, s.length - 2), "C");
  }

  public static NDArray tensordot(Object a, Object b, Object axes) {
    NDArray[] xy = common(a, b);
    NDArray x = xy[0];
    NDArray y = xy[1];
    int[] ax;
    int[] bx;
    if (axes instanceof Number num) {
      int n = num.intValue();
      if (n > x.ndim() || n > y.ndim()) {
        throw new dev.numbat.errors.IndexError("tuple index out of range");
      }
      if (n < 0) {
        throw new ValueError("shape-mismatch for sum");
      }
      ax = new int[n];
      bx = new int[n];
      for (int i = 0; i < n; i++) {
        ax[i] = x.ndim() - n + i;
        bx[i] = i;
      }
    } else {
      List<?> pair = asList(axes);
      if (pair == null || pair.size() != 2) {
        throw new TypeError("axes must be an integer or a pair of sequences of axes");
      }
      ax = intList(pair.get(0));
      bx = intList(pair.get(1));
      if (ax.length != bx.length) {
        throw new ValueError("shape-mismatch for sum");
      }
    }
    return tensordotAxes(x, y, ax, bx);
  }

  private static List<?> asList(Object o) {
    if (o instanceof List<?> l) {
      return l;
    }
    if (o instanceof Object[] arr) {
      return Arrays.asList(arr);
    }
    if (o instanceof int[][] arr) {
      return Arrays.asList((Object[]) arr);
    }
    return null;
  }

  private static int[] intList(Object o) {
    if (o instanceof Number n) {
      return new int[] {n.intValue()};
    }
    if (o instanceof int[] a) {
      return a;
    }
    List<?> l = asList(o);
    if (l == null) {
      throw new TypeError("axes must be an integer or a pair of sequences of axes");
    }
    int[] r = new int[l.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = ((Number) l.get(i)).intValue();
    }
    return r;
  }

  /** Contracts x's axes {@code ax} with y's {@code bx}: free axes of x, then free axes of y. */
  static NDArray tensordotAxes(NDArray x, NDArray y, int[] ax, int[] bx) {
    NDArray[] xy = common(x, y);
    x = xy[0];
    y = xy[1];
    int nx = x.ndim();
    int ny = y.ndim();
    boolean[] cx = new boolean[nx];
    boolean[] cy = new boolean[ny];
    int[] axn = new int[ax.length];
    int[] bxn = new int[bx.length];
    int k = 1;
    for (int i = 0; i < ax.length; i++) {
      axn[i] = norm(ax[i], nx);
      bxn[i] = norm(bx[i], ny);
      if (x.shapeRef()[axn[i]] != y.shapeRef()[bxn[i]]) {
        throw new ValueError("shape-mismatch for sum");
      }
      cx[axn[i]] = true;
      cy[bxn[i]] = true;
      k *= x.shapeRef()[axn[i]];
    }
    int[] px = new int[nx];
    int p = 0;
    List<Integer> outShape = new ArrayList<>();
    int m = 1;
    for (int i = 0; i < nx; i++) {
      if (!cx[i]) {
        px[p++] = i;
        outShape.add(x.shapeRef()[i]);
        m *= x.shapeRef()[i];
      }
    }
    for (int i : axn) {
      px[p++] = i;
    }
    int[] py = new int[ny];
    p = 0;
    for (int i : bxn) {
      py[p++] = i;
    }
    int n = 1;
    for (int i = 0; i < ny; i++) {
      if (!cy[i]) {
        py[p++] = i;
        outShape.add(y.shapeRef()[i]);
        n *= y.shapeRef()[i];
      }
    }
    NDArray a2 = Np.reshape(Np.transpose(x, px), m, k);
    NDArray b2 = Np.reshape(Np.transpose(y, py), k, n);
    return Np.reshape(Np.matmul(a2, b2), outShape.stream().mapToInt(Integer::intValue).toArray());
  }

  private static int norm(int axis, int nd) {
    if (axis < -nd || axis >= nd) {
      throw new dev.numbat.errors.IndexError("tuple index out of range");
    }
    return axis < 0 ? axis + nd : axis;
  }

  public static NDArray kron(Object a, Object b) {
    NDArray[] xy = common(a, b);
    NDArray x = xy[0];
    NDArray y = xy[1];
    int nd = Math.max(x.ndim(), y.ndim());
    int[] xs = pad(x.shapeRef(), nd);
    int[] ys = pad(y.shapeRef(), nd);
    // x as (x0,1,x1,1,...) times y as (1,y0,1,y1,...) interleaves the blocks; merging each pair
    // of axes gives kron's (x0*y0, x1*y1, ...)
    int[] xi = new int[2 * nd];
    int[] yi = new int[2 * nd];
    int[] out = new int[nd];
    for (int i = 0; i < nd; i++) {
      xi[2 * i] = xs[i];
      xi[2 * i + 1] = 1;
      yi[2 * i] = 1;
      yi[2 * i + 1] = ys[i];
      out[i] = xs[i] * ys[i];
    }
    return Np.reshape(Np.multiply(Np.reshape(x, xi), Np.reshape(y, yi)), out);
  }

  private static int[] pad(int[] s, int nd) {
    int[] r = new int[nd];
    Arrays.fill(r, 1);
    System.arraycopy(s, 0, r, nd - s.length, s.length);
    return r;
  }

  public static NDArray cross(Object a, Object b, int axisa, int axisb, int axisc, Integer axis) {
    if (axis != null) {
      axisa = axis;
      axisb = axis;
      axisc = axis;
    }
    NDArray[] xy = common(a, b);
    NDArray x = xy[0];
    NDArray y = xy[1];
    if (x.ndim() == 0 || y.ndim() == 0) {
      throw new AxisError((x.ndim() == 0 ? axisa : axisb), 0);
    }
    x = Views.moveAxis(x, checkAxis(axisa, x.ndim()), x.ndim() - 1);
    y = Views.moveAxis(y, checkAxis(axisb, y.ndim()), y.ndim() - 1);
    int dx = x.shapeRef()[x.ndim() - 1];
    int dy = y.shapeRef()[y.ndim() - 1];
    if ((dx != 2 && dx != 3) || (dy != 2 && dy != 3)) {
      throw new ValueError("incompatible dimensions for cross product\n(dimension must be 2 or 3)");
    }
    NDArray a0 = Views.component(x, 0);
    NDArray a1 = Views.component(x, 1);
    NDArray b0 = Views.component(y, 0);
    NDArray b1 = Views.component(y, 1);
    NDArray z = Np.subtract(MultiplyOp.call(a0, b1), MultiplyOp.call(a1, b0));
    if (dx == 2 && dy == 2) {
      return z;
    }
    NDArray cx;
    NDArray cy;
    if (dx == 3 && dy == 3) {
      NDArray a2 = Views.component(x, 2);
      NDArray b2 = Views.component(y, 2);
      cx = Np.subtract(MultiplyOp.call(a1, b2), MultiplyOp.call(a2, b1));
      cy = Np.subtract(MultiplyOp.call(a2, b0), MultiplyOp.call(a0, b2));
    } else if (dx == 3) {
      NDArray a2 = Views.component(x, 2);
      cx = Np.negative(MultiplyOp.call(a2, b1));
      cy = MultiplyOp.call(a2, b0);
    } else {
      NDArray b2 = Views.component(y, 2);
      cx = MultiplyOp.call(a1, b2);
      cy = Np.negative(MultiplyOp.call(a0, b2));
    }
    int[] bs = Shapes.broadcast(new int[][] {cx.shapeRef(), cy.shapeRef(), z.shapeRef()});
    NDArray r = Views.stackLast(new NDArray[] {cx, cy, z}, bs, z.dtype());
    return Views.moveAxis(r, r.ndim() - 1, checkAxis(axisc, r.ndim()));
  }

  private static int checkAxis(int axis, int nd) {
    if (axis < -nd || axis >= nd) {
      throw new AxisError(axis, nd);
    }
    return axis < 0 ? axis + nd : axis;
  }

  public static NDArray trace(Object a, int offset, int axis1, int axis2, DType dtype) {
    NDArray x = Np.asarray(a);
    if (x.ndim() < 2) {
      throw new ValueError("diag requires an array of at least two dimensions");
    }
    int a1 = checkAxis(axis1, x.ndim());
    int a2 = checkAxis(axis2, x.ndim());
    if (a1 == a2) {
      throw new ValueError("axis1 and axis2 cannot be the same");
    }
    NDArray d = Np.diagonal(x, offset, a1, a2);
    return dtype == null ? Np.sum(d, -1) : Np.sum(d, new int[] {-1}, false, dtype);
  }

  /** linalg.multi_dot: the chain product in the cheapest order (the classic O(n^3) dynamic program). */
  public static NDArray multiDot(Object[] arrays) {
    int n = arrays.length;
    if (n < 2) {
      throw new ValueError("Expecting at least two arrays.");
    }
    NDArray[] xs = new NDArray[n];
    for (int i = 0; i < n; i++) {
      xs[i] = Convert.asarray(arrays[i], null);
    }
    boolean firstVec = xs[0].ndim() == 1;
    boolean lastVec = xs[n - 1].ndim() == 1;
    if (firstVec) {
      xs[0] = ShapeOps.reshape(xs[0], new int[] {1, xs[0].size()}, "C");
    }
    if (lastVec) {
      xs[n - 1] = ShapeOps.reshape(xs[n - 1], new int[] {xs[n - 1].size(), 1}, "C");
    }
    for (int i = 0; i < n; i++) {
      if (xs[i].ndim() != 2) {
        throw new dev.numbat.errors.LinAlgError(xs[i].ndim() + "-dimensional array given. Array must be two-dimensional");
      }
    }
    NDArray r;
    if (n == 2) {
      r = dot(xs[0], xs[1]);
    } else {
      long[] p = new long[n + 1];
      for (int i = 0; i < n; i++) {
        p[i] = xs[i].shapeRef()[0];
      }
      p[n] = xs[n - 1].shapeRef()[1];
      long[][] cost = new long[n][n];
      int[][] split = new int[n][n];
      for (int len = 1; len < n; len++) {
        for (int i = 0; i + len < n; i++) {
          int j = i + len;
          cost[i][j] = Long.MAX_VALUE;
          for (int s = i; s < j; s++) {
            long c = cost[i][s] + cost[s + 1][j] + p[i] * p[s + 1] * p[j + 1];
            if (c < cost[i][j]) {
              cost[i][j] = c;
              split[i][j] = s;
            }
          }
        }
      }
      r = chain(xs, split, 0, n - 1);
    }
    if (firstVec && lastVec) {
      return ShapeOps.reshape(r, new int[0], "C");
    }
    if (firstVec) {
      return ShapeOps.reshape(r, new int[] {r.shapeRef()[1]}, "C");
    }
    if (lastVec) {
      return ShapeOps.reshape(r, new int[] {r.shapeRef()[0]}, "C");
    }
    return r;
  }

  private static NDArray chain(NDArray[] xs, int[][] split, int i, int j) {
    if (i == j) {
      return xs[i];
    }
    return dot(chain(xs, split, i, split[i][j]), chain(xs, split, split[i][j] + 1, j));
  }
}
