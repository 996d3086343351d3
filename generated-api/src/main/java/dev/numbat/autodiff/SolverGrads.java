package dev.numbat.autodiff;

import dev.numbat.Complex;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.backend.cpu.HostArrays;
import dev.numbat.backend.cpu.Scalars;
import java.util.ArrayList;
import java.util.List;

/**
 * Gradient rules of the linalg solvers (pinv, lstsq, cond, tensorsolve, slogdet), written with
 * ops so an outer tape records them. Complex inputs follow the tape's convention (TF's): for a
 * real loss L the gradient of {@code z = x + iy} is {@code dL/dx + i dL/dy}, so a rule returns
 * {@code G} with {@code dL = Re tr(G^H dA)}.
 */
public final class SolverGrads {
  private SolverGrads() {}

  /**
   * pinv: the VJP of {@code d(A+) = -A+ dA A+ + A+ A+^H dA^H (I - A A+) + (I - A+ A) dA^H A+^H A+}
   * (Golub and Pereyra; exact while the rank is locally constant, which the rcond cut-off makes it
   * for a rank-deficient input). hermitian=true inverts the Hermitian matrix NumPy's eigh reads
   * from the lower triangle, so the gradient is folded onto that triangle.
   */
  public static NDArray pinvGrad(NDArray g, NDArray a, NDArray result, boolean hermitian) {
    if (!hermitian) {
      return pinvVjp(g, a, result);
    }
    NDArray low = Np.tril(a, -1);
    NDArray h = Np.add(Np.add(low, LinalgGrads.mH(low)), Np.multiply(Np.real(a), Np.eye(a.shape(-1))));
    return LinalgGrads.foldHermitian(pinvVjp(g, h, result), true);
  }

  /** {@code -X^H G X^H + (I - A X) G^H X X^H + X^H X G^H (I - X A)} for {@code X = pinv(A)}. */
  static NDArray pinvVjp(NDArray g, NDArray a, NDArray x) {
    NDArray xh = LinalgGrads.mH(x);
    NDArray gh = LinalgGrads.mH(g);
    NDArray t1 = Np.matmul(xh, Np.matmul(g, xh));
    NDArray q = Np.matmul(Np.matmul(gh, x), xh);
    NDArray t2 = Np.subtract(q, Np.matmul(a, Np.matmul(x, q)));
    NDArray r = Np.matmul(xh, Np.matmul(x, gh));
    NDArray t3 = Np.subtract(r, Np.matmul(Np.matmul(r, x), a));
    return Np.add(Np.subtract(t2, t1), t3);
  }

  /**
   * lstsq {x, residuals, rank, s}. x = A+ b with A+ cut at lstsq's rcond (LAPACK gelsd drops the
   * same singular values), so x's gradient is {@code A+^H g} for b and pinv's rule on
   * {@code g b^H} for a. The residuals {@code |b - A x|^2} (only present at full column rank,
   * where {@code A^H (b - A x) = 0}) give {@code 2 g e} for b and {@code -2 g e x^H} for a
   * ({@code e = b - A x}). s gets svdvals' rule; rank is an integer and gets none.
   */
  public static NDArray lstsqGrad(NDArray g, NDArray a, NDArray b, Double rcond, NDArray result, int index,
      int wrt) {
    if (index == 2 || (index == 3 && wrt == 1) || g.size() == 0) {
      return null;
    }
    if (index == 3) {
      return LinalgGrads.svdvalsGrad(g, a);
    }
    int m = a.shape(0);
    int n = a.shape(1);
    double rc = rcond == null ? Math.ulp(1.0) * Math.max(m, n) : rcond < 0 ? Math.ulp(1.0) : rcond;
    NDArray pinv = Np.linalg.pinv(a, rc);
    boolean vec = b.ndim() == 1;
    NDArray b2 = vec ? Np.expandDims(b, -1) : b;
    if (index == 0) {
      NDArray g2 = vec ? Np.expandDims(g, -1) : g;
      if (wrt == 1) {
        NDArray gb = Np.matmul(LinalgGrads.mH(pinv), g2);
        return vec ? Np.squeeze(gb, -1) : gb;
      }
      return pinvVjp(Np.matmul(g2, LinalgGrads.mH(b2)), a, pinv);
    }
    NDArray x2 = Np.matmul(pinv, b2);
    NDArray e = Np.subtract(b2, Np.matmul(a, x2));
    NDArray gb = Np.multiply(Np.multiply(e, g), 2.0);
    if (wrt == 1) {
      return vec ? Np.squeeze(gb, -1) : gb;
    }
    return Np.negative(Np.matmul(gb, LinalgGrads.mH(x2)));
  }

  /**
   * cond: p None/2/-2 is s_max/s_min (or its reciprocal) of the singular values, whose gradients
   * are {@code u_i v_i^H}; other p (1, -1, inf, -inf, 'fro', 'nuc') is
   * {@code norm(x, p) * norm(inv(x), p)}, each factor's matrix norm differentiated by linalg.norm's
   * rule ({@link LinalgGrads#matrixNormAndGrad}, with its tie convention) and inv's rule applied to
   * the second. Built from ops, so nested tapes give the second derivative.
   */
  public static NDArray condGrad(NDArray g, NDArray x, Object pArg, NDArray result) {
    Object p = pArg instanceof NDArray arr ? arr.item() : pArg;
    if (p == null || (p instanceof Number n && Math.abs(n.doubleValue()) == 2)) {
      double pv = p == null ? 2 : ((Number) p).doubleValue();
      NDArray s = Np.linalg.svdvals(x);
      int k = s.shape(-1);
      NDArray first = Np.take(s, indices(0), -1);
      NDArray last = Np.take(s, indices(k - 1), -1);
      NDArray top = pv == 2 ? first : last;
      NDArray bottom = pv == 2 ? last : first;
      // d(top/bottom) = d top / bottom - top d bottom / bottom^2
      NDArray wTop = Np.divide(1.0, bottom);
      NDArray wBottom = Np.negative(Np.divide(top, Np.square(bottom)));
      NDArray eTop = oneHot(k, pv == 2 ? 0 : k - 1);
      NDArray eBottom = oneHot(k, pv == 2 ? k - 1 : 0);
      NDArray w = Np.add(Np.multiply(wTop, eTop), Np.multiply(wBottom, eBottom));
      return LinalgGrads.svdvalsGrad(Np.multiply(Np.expandDims(g, -1), w), x);
    }
    NDArray ge = Np.expandDims(g, new int[] {-1, -2});
    NDArray inv = Np.linalg.inv(x);
    NDArray[] nx = LinalgGrads.matrixNormAndGrad(x, p);
    NDArray[] ni = LinalgGrads.matrixNormAndGrad(inv, p);
    NDArray gx = Np.multiply(Np.multiply(ge, ni[0]), nx[1]);
    NDArray gi = Np.multiply(Np.multiply(ge, nx[0]), ni[1]);
    return Np.add(gx, LinalgGrads.invGrad(gi, inv));
  }

  private static NDArray indices(int i) {
    return HostArrays.int64(new long[] {i});
  }

  private static NDArray oneHot(int k, int i) {
    double[] v = new double[k];
    v[i] = 1;
    return HostArrays.float64(new int[] {k}, v);
  }

  /**
   * tensorsolve: solve's rule on the matricised system ({@code a}, its {@code axes} moved to the
   * end, as prod(x.shape) x prod(x.shape)), reshaped and transposed back.
   */
  public static NDArray tensorsolveGrad(NDArray g, NDArray a, NDArray b, int[] axes, NDArray result, int wrt) {
    int an = a.ndim();
    int[] perm = new int[an];
    for (int i = 0; i < an; i++) {
      perm[i] = i;
    }
    if (axes != null) {
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < an; i++) {
        all.add(i);
      }
      for (int k : axes) {
        all.remove(Integer.valueOf(k < 0 ? k + an : k));
        all.add(k < 0 ? k + an : k);
      }
      perm = all.stream().mapToInt(Integer::intValue).toArray();
    }
    NDArray at = Np.transpose(a, perm);
    int prod = result.size();
    NDArray a2 = Np.reshape(at, prod, prod);
    NDArray gb = Np.linalg.solve(LinalgGrads.mH(a2), Np.ravel(g));
    if (wrt == 1) {
      return Np.reshape(gb, b.shape());
    }
    NDArray ga2 = Np.negative(Np.outer(gb, GradHelpers.conj(Np.ravel(result))));
    int[] back = new int[an];
    for (int i = 0; i < an; i++) {
      back[perm[i]] = i;
    }
    return Np.transpose(Np.reshape(ga2, at.shape()), back);
  }

  /**
   * slogdet {sign, logabsdet}. With {@code t = tr(A^-1 dA) = d log det}, {@code d logabsdet = Re t}
   * (gradient {@code g A^-H}) and {@code d sign = i sign Im t}: a real loss changes by
   * {@code c Im t} with {@code c = Im(g conj(sign))}, so sign's gradient is {@code i c A^-H}.
   * A real sign is constant (locally, away from a zero determinant).
   */
  public static NDArray slogdetGrad(NDArray g, NDArray a, NDArray result, int index) {
    if (index == 0 && !a.dtype().isComplex()) {
      return null;
    }
    NDArray invH = LinalgGrads.mH(Np.linalg.inv(a));
    if (index == 1) {
      return Np.multiply(Np.expandDims(g, new int[] {-1, -2}), invH);
    }
    NDArray c = Np.imag(Np.multiply(g, GradHelpers.conj(result)));
    NDArray ic = Np.multiply(c, Scalars.weak(new Complex(0, 1)));
    return Np.multiply(Np.expandDims(ic, new int[] {-1, -2}), invH);
  }
}
