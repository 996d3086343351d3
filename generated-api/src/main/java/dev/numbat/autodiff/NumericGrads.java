package dev.numbat.autodiff;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.indexing.Slice;
import dev.numbat.backend.cpu.Shapes;

/**
 * Gradient rules of divmod, diff and vander, written with ops so that an outer tape records them.
 */
public final class NumericGrads {
  private NumericGrads() {}

  /**
   * divmod's output {@code index}: the quotient {@code floor_divide(x1, x2)} is piecewise constant
   * (zero gradient); the remainder {@code x1 - x2 * floor(x1 / x2)} has remainder's rule: g for
   * x1, {@code -g * floor_divide(x1, x2)} for x2. {@code which}: 0 for x1, 1 for x2.
   */
  public static NDArray divmodGrad(NDArray g, NDArray x1, NDArray x2, int index, int which) {
    if (index == 0) {
      return Np.zerosLike(g);
    }
    return which == 0 ? g : Np.negative(Np.multiply(g, Np.floorDivide(x1, x2)));
  }

  /**
   * diff is linear: one difference {@code y = c[1:] - c[:-1]} along the axis has the adjoint
   * {@code -diff(g)} of g padded with one zero on each side, so n differences have
   * {@code (-1)^n diff(pad(g, n zeros each side), n)}, the gradient of the array c that
   * prepend, a and append form when joined along the axis; {@code which} (0 a, 1 prepend,
   * 2 append) picks its slice of c. A 0-d prepend or append (broadcast to one slice) gets that
   * slice, which the tape sums back to a scalar.
   */
  public static NDArray diffGrad(NDArray g, NDArray a, int n, int axis, NDArray prepend, NDArray append, int which) {
    if (n == 0) {
      return which == 0 ? g : null;
    }
    int nd = a.ndim();
    int ax = Shapes.normalizeAxis(axis, nd);
    int lp = prepend == null ? 0 : prepend.ndim() == 0 ? 1 : prepend.shape(ax);
    int la = a.shape(ax);
    int lq = append == null ? 0 : append.ndim() == 0 ? 1 : append.shape(ax);
    int total = lp + la + lq;
    NDArray gc;
    if (n >= total) {
      int[] s = g.shape();
      s[ax] = total;
      gc = Np.zeros(s, g.dtype());
    } else {
      int[][] widths = new int[nd][2];
      widths[ax][0] = n;
      widths[ax][1] = n;
      gc = Np.diff(Np.pad(g, widths), n, ax);
      if (n % 2 == 1) {
        gc = Np.negative(gc);
      }
    }
    int start = which == 0 ? lp : which == 1 ? 0 : lp + la;
    int stop = which == 0 ? lp + la : which == 1 ? lp : total;
    Object[] index = new Object[nd];
    for (int i = 0; i < nd; i++) {
      index[i] = i == ax ? new Slice(start, stop, null) : new Slice(null, null, null);
    }
    return gc.get(index);
  }

  /**
   * vander: column j holds {@code x^p} with {@code p = j} (increasing) or {@code N - 1 - j}, whose
   * derivative {@code p x^(p-1)} is p times the column of the same place in
   * {@code vander(x, N - 1, increasing)} once the constant column {@code x^0} is left out; so
   * {@code g_x = sum_j g[:, j] conj(p_j V[:, j])}. The N - 1 columns of powers come from vander
   * itself (no {@code x^-1} at x = 0).
   */
  public static NDArray vanderGrad(NDArray g, NDArray x, Integer n, boolean increasing) {
    int cols = n == null ? x.shape(0) : n;
    if (cols <= 1) {
      return Np.zeros(x.shape(), g.dtype());
    }
    NDArray gs = increasing ? g.get(new Slice(null, null, null), new Slice(1, null, null))
        : g.get(new Slice(null, null, null), new Slice(null, cols - 1, null));
    NDArray p = increasing ? Np.arange(1, cols) : Np.arange(cols - 1, 0, -1);
    NDArray d = Np.multiply(p, Np.vander(x, cols - 1, increasing));
    return Np.sum(Np.multiply(gs, GradHelpers.conj(d)), 1);
  }
}
