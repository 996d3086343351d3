package dev.numbat.autodiff;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.NotImplementedError;
import dev.numbat.impl.LinalgNorms;
import dev.numbat.backend.cpu.HostArrays;
import dev.numbat.backend.cpu.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Matrix-calculus gradient rules of the linalg ops (products, contractions, inverse, solve,
 * determinant), written with ops so an outer tape records them. Complex inputs follow the tape's
 * convention (TF's): a product's gradient multiplies by the conjugate of the other factor.
 */
public final class LinalgGrads {
  private LinalgGrads() {}

  /** The conjugate transpose of the last two axes. */
  public static NDArray mH(NDArray x) {
    return GradHelpers.conj(Np.swapaxes(x, -1, -2));
  }

  /** matmul: 1-d operands are promoted to matrices as matmul does, and the added axis removed again. */
  public static NDArray matmulGrad(NDArray g, NDArray a, NDArray b, int wrt) {
    boolean av = a.ndim() == 1;
    boolean bv = b.ndim() == 1;
    if (av && bv) {
      return Np.multiply(g, GradHelpers.conj(wrt == 0 ? b : a));
    }
    NDArray a2 = av ? Np.expandDims(a, 0) : a;
    NDArray b2 = bv ? Np.expandDims(b, -1) : b;
    NDArray g2 = av ? Np.expandDims(g, -2) : g;
    g2 = bv ? Np.expandDims(g2, -1) : g2;
    if (wrt == 0) {
      NDArray ga = Np.matmul(g2, mH(b2));
      return av ? Np.squeeze(ga, -2) : ga;
    }
    NDArray gb = Np.matmul(mH(a2), g2);
    return bv ? Np.squeeze(gb, -1) : gb;
  }

  /** tensordot with any {@code axes} form tensordot takes: contract g with the other operand's free axes. */
  public static NDArray tensordotGrad(NDArray g, NDArray a, NDArray b, Object axes, int wrt) {
    int na = a.ndim();
    int nb = b.ndim();
    int[] ax;
    int[] bx;
    Object spec = axes instanceof NDArray arr ? arr.tolist() : axes;
    if (spec instanceof Number n) {
      int k = n.intValue();
      ax = new int[k];
      bx = new int[k];
      for (int i = 0; i < k; i++) {
        ax[i] = na - k + i;
        bx[i] = i;
      }
    } else {
      List<?> pair = spec instanceof int[][] p ? Arrays.asList((Object[]) p)
          : spec instanceof Object[] o ? Arrays.asList(o) : (List<?>) spec;
      ax = ints(pair.get(0), na);
      bx = ints(pair.get(1), nb);
    }
    int[] fa = free(ax, na);
    int[] fb = free(bx, nb);
    if (wrt == 0) {
      int[] gAxes = new int[fb.length];
      for (int i = 0; i < fb.length; i++) {
        gAxes[i] = fa.length + i;
      }
      NDArray ga = Np.tensordot(g, GradHelpers.conj(b), new int[][] {gAxes, fb});
      return Np.transpose(ga, inverse(concat(fa, ax)));
    }
    int[] gAxes = new int[fa.length];
    for (int i = 0; i < fa.length; i++) {
      gAxes[i] = i;
    }
    NDArray gb = Np.tensordot(GradHelpers.conj(a), g, new int[][] {fa, gAxes});
    return Np.transpose(gb, inverse(concat(bx, fb)));
  }

  /** inner: a contraction of the last axes (a 0-d operand multiplies). */
  public static NDArray innerGrad(NDArray g, NDArray a, NDArray b, int wrt) {
    if (a.ndim() == 0 || b.ndim() == 0) {
      return Np.multiply(g, GradHelpers.conj(wrt == 0 ? b : a));
    }
    return tensordotGrad(g, a, b, new int[][] {{a.ndim() - 1}, {b.ndim() - 1}}, wrt);
  }

  /** vecdot {@code sum(conj(x1) * x2, axis)}: conj(g) x2 for x1, g x1 for x2. */
  public static NDArray vecdotGrad(NDArray g, NDArray x1, NDArray x2, int axis, int wrt) {
    int nd = g.ndim() + 1;
    NDArray ge = Np.expandDims(g, axis < 0 ? axis + nd : axis);
    return wrt == 0 ? Np.multiply(GradHelpers.conj(ge), x2) : Np.multiply(ge, x1);
  }

  /** vdot {@code sum(conj(ravel(a)) * ravel(b))}, in each operand's own shape. */
  public static NDArray vdotGrad(NDArray g, NDArray a, NDArray b, int wrt) {
    return wrt == 0 ? Np.reshape(Np.multiply(GradHelpers.conj(g), Np.ravel(b)), a.shape())
        : Np.reshape(Np.multiply(g, Np.ravel(a)), b.shape());
  }

  /** outer of the flattened operands. */
  public static NDArray outerGrad(NDArray g, NDArray a, NDArray b, int wrt) {
    return wrt == 0 ? Np.reshape(Np.dot(g, GradHelpers.conj(Np.ravel(b))), a.shape())
        : Np.reshape(Np.dot(Np.transpose(g), GradHelpers.conj(Np.ravel(a))), b.shape());
  }

  /** inv: {@code -inv(a)^H g inv(a)^H}. */
  public static NDArray invGrad(NDArray g, NDArray result) {
    NDArray r = mH(result);
    return Np.negative(Np.matmul(r, Np.matmul(g, r)));
  }

  /** solve {@code a x = b}: {@code gb = solve(a^H, g)}, {@code ga = -gb x^H} (b a vector when 1-d). */
  public static NDArray solveGrad(NDArray g, NDArray a, NDArray b, NDArray x, int wrt) {
    boolean vec = b.ndim() == 1;
    NDArray gb = Np.linalg.solve(mH(a), g);
    if (wrt == 1) {
      return gb;
    }
    NDArray gb2 = vec ? Np.expandDims(gb, -1) : gb;
    NDArray x2 = vec ? Np.expandDims(x, -1) : x;
    return Np.negative(Np.matmul(gb2, mH(x2)));
  }

  /**
   * cholesky (Murray 2016): with {@code phi(X) = tril(X, -1) + diag(X) / 2} and
   * {@code S = L^-H phi(L^H gL) L^-1}, the gradient for a symmetric {@code A} is {@code (S + S^H) / 2}.
   * NumPy reads only the lower triangle, so each strictly lower entry stands for itself and its
   * mirror ({@code (S + S^H)_ij}), the diagonal for itself, and the upper triangle gets zero.
   */
  public static NDArray choleskyGrad(NDArray g, NDArray result, boolean upper) {
    NDArray l = upper ? mH(result) : result;
    NDArray gl = upper ? mH(g) : g;
    int n = l.shape(-1);
    NDArray eye = Np.eye(n, null, 0, l.dtype());
    NDArray p = Np.matmul(mH(l), gl);
    NDArray phi = Np.add(Np.tril(p, -1), Np.multiply(0.5, Np.multiply(p, eye)));
    NDArray linv = Np.linalg.inv(l);
    NDArray s = Np.matmul(mH(linv), Np.matmul(phi, linv));
    return Np.add(Np.tril(Np.add(s, mH(s)), -1), Np.multiply(Np.real(s), eye));
  }

  /** svdvals: {@code U diag(g) Vh} of the reduced SVD (distinct singular values). */
  public static NDArray svdvalsGrad(NDArray g, NDArray x) {
    NDArray[] usv = (NDArray[]) Np.linalg.svd(x, false);
    return Np.matmul(Np.multiply(usv[0], Np.expandDims(g, -2)), usv[2]);
  }

  /** det: {@code g conj(det) inv(a)^H}. */
  public static NDArray detGrad(NDArray g, NDArray a, NDArray result) {
    NDArray s = Np.expandDims(Np.multiply(g, GradHelpers.conj(result)), new int[] {-1, -2});
    return Np.multiply(s, mH(Np.linalg.inv(a)));
  }

  /** kron: g viewed with a's and b's axes interleaved, each summed against the other factor. */
  public static NDArray kronGrad(NDArray g, NDArray a, NDArray b, int wrt) {
    int nd = Math.max(a.ndim(), b.ndim());
    int[] as = pad(a.shapeRef(), nd);
    int[] bs = pad(b.shapeRef(), nd);
    int[] inter = new int[2 * nd];
    int[] aView = new int[2 * nd];
    int[] bView = new int[2 * nd];
    int[] aAxes = new int[nd];
    int[] bAxes = new int[nd];
    for (int i = 0; i < nd; i++) {
      inter[2 * i] = as[i];
      inter[2 * i + 1] = bs[i];
      aView[2 * i] = as[i];
      aView[2 * i + 1] = 1;
      bView[2 * i] = 1;
      bView[2 * i + 1] = bs[i];
      aAxes[i] = 2 * i;
      bAxes[i] = 2 * i + 1;
    }
    NDArray gi = Np.reshape(g, inter);
    if (wrt == 0) {
      NDArray s = Np.sum(Np.multiply(gi, GradHelpers.conj(Np.reshape(b, bView))), bAxes);
      return Np.reshape(s, a.shape());
    }
    NDArray s = Np.sum(Np.multiply(gi, GradHelpers.conj(Np.reshape(a, aView))), aAxes);
    return Np.reshape(s, b.shape());
  }

  /**
   * einsum: operand i's gradient is the einsum of g with the other operands (conjugated) into
   * operand i's labels. Labels only operand i has (summed away) come back as length-1 axes, which
   * the tape broadcasts. A label repeated within operand i ('ii->i', 'ii', 'iij->j') reads a
   * diagonal, so the gradient is that of its distinct labels scattered onto the diagonal.
   */
  public static NDArray[] einsumGrad(NDArray g, String subscripts, NDArray[] ops) {
    String s = subscripts.replace(" ", "");
    String lhs = s.contains("->") ? s.substring(0, s.indexOf("->")) : s;
    String[] terms = lhs.split(",", -1);
    if (terms.length != ops.length) {
      throw new NotImplementedError("gradient of einsum: " + terms.length + " terms for " + ops.length + " operands");
    }
    StringBuilder unused = new StringBuilder();
    for (char c = 'A'; c <= 'z'; c++) {
      if (Character.isLetter(c) && s.indexOf(c) < 0) {
        unused.append(c);
      }
    }
    int ell = 0;
    for (int i = 0; i < terms.length; i++) {
      if (terms[i].contains("...")) {
        ell = Math.max(ell, ops[i].ndim() - (terms[i].length() - 3));
      }
    }
    String ellLabels = unused.substring(0, ell);
    String[] t = new String[terms.length];
    for (int i = 0; i < terms.length; i++) {
      if (terms[i].contains("...")) {
        int k = ops[i].ndim() - (terms[i].length() - 3);
        t[i] = terms[i].replace("...", ellLabels.substring(ell - Math.max(k, 0)));
      } else {
        t[i] = terms[i];
      }
    }
    String out;
    if (s.contains("->")) {
      out = s.substring(s.indexOf("->") + 2).replace("...", ellLabels);
    } else {
      StringBuilder o = new StringBuilder(ellLabels);
      String all = String.join("", t);
      all.chars().filter(c -> ellLabels.indexOf(c) < 0).distinct().sorted()
          .filter(c -> all.indexOf(c) == all.lastIndexOf(c)).forEach(c -> o.append((char) c));
      out = o.toString();
    }
    NDArray[] grads = new NDArray[ops.length];
    for (int i = 0; i < ops.length; i++) {
      String ti = t[i];
      StringBuilder spec = new StringBuilder(out);
      List<NDArray> args = new ArrayList<>();
      args.add(g);
      StringBuilder avail = new StringBuilder(out);
      for (int j = 0; j < ops.length; j++) {
        if (j != i) {
          spec.append(',').append(t[j]);
          avail.append(t[j]);
          args.add(GradHelpers.conj(ops[j]));
        }
      }
      boolean repeated = ti.chars().distinct().count() != ti.length();
      StringBuilder kept = new StringBuilder();
      int[] shape = new int[ti.length()];
      for (int p = 0; p < ti.length(); p++) {
        char c = ti.charAt(p);
        boolean has = avail.indexOf(String.valueOf(c)) >= 0;
        if (has && kept.indexOf(String.valueOf(c)) < 0) {
          kept.append(c);
        }
        // A repeated label gets its length from the diagonal's identity matrices.
        shape[p] = has || (repeated && ti.indexOf(c) != ti.lastIndexOf(c)) ? -2 : 1;
      }
      NDArray r = Np.einsum(spec + "->" + kept, args.toArray());
      if (repeated) {
        r = einsumDiagonal(r, kept.toString(), ti, ops[i], unused.substring(ell));
      }
      int q = 0;
      for (int p = 0; p < shape.length; p++) {
        shape[p] = shape[p] == 1 ? 1 : r.shape(q++);
      }
      grads[i] = Np.reshape(r, shape);
    }
    return grads;
  }

  /**
   * The gradient {@code r} of an operand's distinct labels {@code kept} placed on the diagonal of
   * its labels {@code ti}, in which some label repeats: each repeat after the first becomes a fresh
   * label tied to the first by an identity matrix ({@code 'iij'} from {@code r[i, j]} is
   * {@code einsum('ij,ia->iaj', r, eye)}). Labels neither repeated nor kept are left out (the
   * caller's length-1 axes); a repeated label that was summed away gets g's value on the whole
   * diagonal through the identities alone.
   */
  private static NDArray einsumDiagonal(NDArray r, String kept, String ti, NDArray op, String fresh) {
    StringBuilder outLabels = new StringBuilder();
    // A 0-d r (every label summed away) multiplies the identities afterwards: einsum has no
    // subscript for it.
    boolean scalar = kept.isEmpty();
    StringBuilder spec = new StringBuilder(kept);
    List<NDArray> args = new ArrayList<>();
    if (!scalar) {
      args.add(r);
    }
    int f = 0;
    dev.numbat.DType dt = r.dtype().isInexact() ? r.dtype() : dev.numbat.DType.FLOAT64;
    for (int p = 0; p < ti.length(); p++) {
      char c = ti.charAt(p);
      boolean rep = ti.indexOf(c) != ti.lastIndexOf(c);
      if (rep && ti.indexOf(c) != p) {
        char a = fresh.charAt(f++);
        int len = op.shape(p);
        spec.append(spec.length() == 0 ? "" : ",").append(c).append(a);
        args.add(Np.eye(len, null, 0, dt));
        outLabels.append(a);
      } else if (rep || kept.indexOf(c) >= 0) {
        outLabels.append(c);
      }
    }
    NDArray d = Np.einsum(spec + "->" + outLabels, args.toArray());
    return scalar ? Np.multiply(r, d) : d;
  }

  /**
   * linalg.norm for every ord NumPy accepts, over the axes NumPy reduces (no axis and no ord: the
   * whole array; no axis: a 1-d or 2-d input; an int or 1-tuple axis: vectors; a 2-tuple: matrices
   * with the first axis as rows, in either order). The reduced axes are moved to the end, the rule
   * applied there, and the result moved back. With {@code phase(x) = x / |x|} (0 at 0; the tape's
   * complex convention, dL/dx + i dL/dy, makes d|z| the phase z/|z|):
   * <ul>
   *   <li>vectors: None/2 {@code x / norm}; 1 {@code phase}; inf/-inf {@code phase} on the largest
   *       /smallest |x|; 0 (a count) zero; any other p {@code phase (|x| / norm)^(p-1)} (negative p
   *       and 0 &lt; p &lt; 1 too; infinite at a zero element when p &lt; 1);</li>
   *   <li>matrices: None/'fro' {@code x / norm}; 'nuc' {@code U Vh} of the reduced SVD; 2/-2
   *       {@code u v^H} of the largest/smallest singular value; 1/-1 {@code phase} over the column
   *       of largest/smallest abs-sum, inf/-inf over the row.</li>
   * </ul>
   * Ties are measure-zero: as amax's rule, tied extremes of |x| (inf/-inf) or of the column/row
   * sums (1/-1/inf/-inf) share the gradient equally; tied singular values (2/-2) take the first
   * of the sorted singular values (the largest) or the last (the smallest) that the SVD returns.
   * Built from ops (svd, amax, abs, ...) so an outer tape records it.
   */
  public static NDArray normGrad(NDArray g, NDArray x, NDArray result, Object ordArg, Object axisArg, boolean keepdims) {
    Object ord = normOrd(ordArg);
    int nd = x.ndim();
    int[] ax = normAxes(axisArg, nd);
    if (ax == null && ord == null) {
      // The 2-norm of the flattened array; g is 0-d or (with keepdims) all ones, and broadcasts.
      return Np.multiply(g, Np.divide(x, result));
    }
    if (ax == null) {
      ax = nd == 1 ? new int[] {0} : new int[] {0, 1};
    }
    NDArray gCore = keepdims ? Np.squeeze(g, sorted(ax)) : g;
    int[] perm = new int[nd];
    int k = 0;
    for (int i = 0; i < nd; i++) {
      final int a = i;
      if (Arrays.stream(ax).noneMatch(v -> v == a)) {
        perm[k++] = i;
      }
    }
    System.arraycopy(ax, 0, perm, k, ax.length);
    NDArray xm = Np.transpose(x, perm);
    NDArray gm;
    if (ax.length == 1) {
      gm = Np.multiply(Np.expandDims(gCore, -1), vectorNormGrad(xm, ord));
    } else {
      gm = matrixNormGrad(gCore, xm, ord);
    }
    return Np.transpose(gm, inverse(perm));
  }

  /** ord as norm reads it ({@link LinalgNorms#order}), numbers as doubles. */
  private static Object normOrd(Object ordArg) {
    Object o = LinalgNorms.order(ordArg);
    return o instanceof Number n ? n.doubleValue() : o;
  }

  /** The axis argument as normalised axes, or null for none. */
  private static int[] normAxes(Object axisArg, int nd) {
    if (axisArg == null) {
      return null;
    }
    Object a = axisArg instanceof NDArray arr ? arr.tolist() : axisArg;
    return ints(a, nd);
  }

  private static int[] sorted(int[] ax) {
    int[] s = ax.clone();
    Arrays.sort(s);
    return s;
  }

  /** {@code x / |x|}, 0 where x is 0: the gradient of |x| (sign of a real x). */
  static NDArray phase(NDArray x) {
    NDArray mag = Np.abs(x);
    NDArray zero = Np.equal(mag, 0);
    return Np.where(zero, Np.zerosLike(x), Np.divide(x, Np.where(zero, Np.onesLike(mag), mag)));
  }

  /**
   * A 0/1 mask of the entries of {@code v} equal to their max (or min) along {@code axis}, divided
   * by the count of such entries so ties share the gradient equally; returned with the extreme.
   */
  private static NDArray[] extremeShare(NDArray v, int axis, boolean max) {
    NDArray ext = max ? Np.amax(v, new int[] {axis}, true) : Np.amin(v, new int[] {axis}, true);
    NDArray mask = Np.astype(Np.equal(v, ext), v.dtype());
    return new NDArray[] {ext, Np.divide(mask, Np.sum(mask, new int[] {axis}, true))};
  }

  /** d norm(x, ord, axis=-1) / dx for a unit cotangent (complex: the phase-weighted gradient). */
  private static NDArray vectorNormGrad(NDArray x, Object ord) {
    if (ord instanceof String s) {
      throw new dev.numbat.errors.ValueError("Invalid norm order '" + s + "' for vectors");
    }
    double p = ord == null ? 2 : (Double) ord;
    if (p == 0) {
      return Np.zerosLike(x);
    }
    if (p == 2) {
      return Np.divide(x, Np.linalg.norm(x, null, -1, true));
    }
    NDArray ph = phase(x);
    if (p == 1) {
      return ph;
    }
    if (Double.isInfinite(p)) {
      return Np.multiply(ph, extremeShare(Np.abs(x), -1, p > 0)[1]);
    }
    // d (sum |x|^p)^(1/p) = |x|^(p-1) phase / norm^(p-1)
    NDArray r = Np.linalg.norm(x, p, -1, true);
    return Np.multiply(ph, Np.power(Np.divide(Np.abs(x), r), p - 1));
  }

  /** The gradient of the matrix norm over the last two axes of {@code x} (rows, columns) for cotangent g. */
  private static NDArray matrixNormGrad(NDArray g, NDArray x, Object ord) {
    NDArray[] ng = matrixNormAndGrad(x, ord);
    return Np.multiply(Np.expandDims(g, new int[] {-2, -1}), ng[1]);
  }

  /**
   * The matrix norm of the last two axes of {@code x} kept as (..., 1, 1), and its gradient for a
   * unit cotangent (see {@link #normGrad}), for any matrix ord; used by cond's rule too.
   */
  static NDArray[] matrixNormAndGrad(NDArray x, Object ordArg) {
    Object ord = normOrd(ordArg);
    if (ord == null || "fro".equals(ord)) {
      NDArray r = Np.linalg.norm(x, null, new int[] {-2, -1}, true);
      return new NDArray[] {r, Np.divide(x, r)};
    }
    if ("nuc".equals(ord)) {
      NDArray[] usv = (NDArray[]) Np.linalg.svd(x, false);
      NDArray r = Np.expandDims(Np.sum(usv[1], new int[] {-1}, true), -1);
      return new NDArray[] {r, Np.matmul(usv[0], usv[2])};
    }
    if (ord instanceof String) {
      throw new dev.numbat.errors.ValueError("Invalid norm order for matrices.");
    }
    double p = (Double) ord;
    if (p == 2 || p == -2) {
      NDArray[] usv = (NDArray[]) Np.linalg.svd(x, false);
      int k = usv[1].shape(-1);
      NDArray pick = HostArrays.int64(new long[] {p == 2 ? 0 : k - 1});
      NDArray u = Np.take(usv[0], pick, -1);
      NDArray vh = Np.take(usv[2], pick, -2);
      NDArray r = Np.expandDims(Np.take(usv[1], pick, -1), -1);
      return new NDArray[] {r, Np.matmul(u, vh)};
    }
    boolean cols = Math.abs(p) == 1;
    if (!cols && !Double.isInfinite(p)) {
      throw new dev.numbat.errors.ValueError("Invalid norm order for matrices.");
    }
    // 1/-1: sums over the rows (axis -2), the extreme column; inf/-inf: sums over columns, the extreme row.
    int sumAxis = cols ? -2 : -1;
    NDArray sums = Np.sum(Np.abs(x), new int[] {sumAxis}, true);
    NDArray[] es = extremeShare(sums, cols ? -1 : -2, p > 0);
    return new NDArray[] {es[0], Np.multiply(es[1], phase(x))};
  }

  /** multi_dot: each factor's gradient is (product before)^H g (product after)^H, 1-d ends as row/column. */
  public static NDArray[] multiDotGrad(NDArray g, NDArray[] arrays) {
    int n = arrays.length;
    NDArray[] m = new NDArray[n];
    for (int i = 0; i < n; i++) {
      m[i] = arrays[i];
    }
    boolean firstVec = m[0].ndim() == 1;
    boolean lastVec = m[n - 1].ndim() == 1;
    if (firstVec) {
      m[0] = Np.expandDims(m[0], 0);
    }
    if (lastVec) {
      m[n - 1] = Np.expandDims(m[n - 1], -1);
    }
    NDArray g2 = Np.reshape(g, m[0].shape(0), m[n - 1].shape(1));
    NDArray[] out = new NDArray[n];
    for (int i = 0; i < n; i++) {
      NDArray gi = g2;
      if (i > 0) {
        NDArray left = m[0];
        for (int j = 1; j < i; j++) {
          left = Np.matmul(left, m[j]);
        }
        gi = Np.matmul(mH(left), gi);
      }
      if (i < n - 1) {
        NDArray right = m[i + 1];
        for (int j = i + 2; j < n; j++) {
          right = Np.matmul(right, m[j]);
        }
        gi = Np.matmul(gi, mH(right));
      }
      out[i] = Np.reshape(gi, arrays[i].shape());
    }
    return out;
  }

  /** matrix_power: {@code sum_k (A^H)^k g (A^H)^(n-1-k)}; a negative power goes through inv. */
  public static NDArray matrixPowerGrad(NDArray g, NDArray a, int n) {
    if (n == 0) {
      return Np.zerosLike(a);
    }
    NDArray base = n > 0 ? a : Np.linalg.inv(a);
    int p = Math.abs(n);
    NDArray bh = mH(base);
    NDArray[] pow = new NDArray[p];
    pow[0] = null;
    for (int k = 1; k < p; k++) {
      pow[k] = k == 1 ? bh : Np.matmul(pow[k - 1], bh);
    }
    NDArray gb = null;
    for (int k = 0; k < p; k++) {
      NDArray t = g;
      if (k > 0) {
        t = Np.matmul(pow[k], t);
      }
      if (p - 1 - k > 0) {
        t = Np.matmul(t, pow[p - 1 - k]);
      }
      gb = gb == null ? t : Np.add(gb, t);
    }
    return n > 0 ? gb : Np.negative(Np.matmul(bh, Np.matmul(gb, bh)));
  }

  /** cross of 3-vectors along the last axes: {@code conj(b) x g} for a, {@code g x conj(a)} for b. */
  public static NDArray crossGrad(NDArray g, NDArray a, NDArray b, int axisa, int axisb, int axisc, Integer axis,
      int wrt) {
    if (axis != null || axisa != -1 || axisb != -1 || axisc != -1 || a.shape(-1) != 3 || b.shape(-1) != 3) {
      throw new NotImplementedError("gradient of cross is implemented for 3-vectors along the last axes only");
    }
    return wrt == 0 ? Np.cross(GradHelpers.conj(b), g) : Np.cross(g, GradHelpers.conj(a));
  }

  /**
   * eigvalsh and eigh (real symmetric or complex Hermitian): eigenvalues {@code V diag(g) V^H};
   * eigenvectors (index 1, PyTorch's linalg_eig_backward for Hermitian matrices)
   * {@code V (skew(V^H g) / E) V^H} with {@code E_ij = w_j - w_i} and a zero diagonal, which
   * assumes distinct eigenvalues and a loss that does not depend on the eigenvectors' signs or
   * phases. The full-matrix gradient is then folded onto the one triangle the op reads.
   */
  public static NDArray eigvalshGrad(NDArray g, NDArray a, String uplo, int index) {
    String u = uplo == null ? "L" : uplo;
    NDArray[] wv = Np.linalg.eigh(a, u);
    NDArray v = wv[1];
    NDArray full;
    if (index == 0) {
      full = Np.matmul(Np.multiply(v, Np.expandDims(g, -2)), mH(v));
    } else {
      NDArray vhg = Np.matmul(mH(v), g);
      NDArray skew = Np.multiply(Np.subtract(vhg, mH(vhg)), 0.5);
      NDArray w = wv[0];
      NDArray eye = realEye(a.shape(-1), w);
      NDArray e = Np.add(Np.subtract(Np.expandDims(w, -2), Np.expandDims(w, -1)), eye);
      full = Np.matmul(v, Np.matmul(Np.multiply(Np.divide(skew, e), Np.subtract(1, eye)), mH(v)));
    }
    return foldHermitian(full, u.equalsIgnoreCase("L"));
  }

  /** tensorinv: inv's rule on the matricised operand ({@code a} as prod(shape[:ind]) x the rest). */
  public static NDArray tensorinvGrad(NDArray g, NDArray a, int ind, NDArray result) {
    int p = 1;
    for (int i = 0; i < ind; i++) {
      p *= a.shape(i);
    }
    int q = a.size() / Math.max(p, 1);
    NDArray r2 = Np.reshape(result, q, p);
    return Np.reshape(invGrad(Np.reshape(g, q, p), r2), a.shape());
  }

  private static int[] pad(int[] s, int nd) {
    int[] out = new int[nd];
    Arrays.fill(out, 1);
    System.arraycopy(s, 0, out, nd - s.length, s.length);
    return out;
  }

  private static int[] ints(Object o, int nd) {
    int[] r;
    if (o instanceof Number n) {
      r = new int[] {n.intValue()};
    } else if (o instanceof int[] a) {
      r = a.clone();
    } else {
      List<?> l = o instanceof Object[] arr ? Arrays.asList(arr) : (List<?>) o;
      r = new int[l.size()];
      for (int i = 0; i < r.length; i++) {
        r[i] = ((Number) l.get(i)).intValue();
      }
    }
    for (int i = 0; i < r.length; i++) {
      r[i] = Shapes.normalizeAxis(r[i], nd);
    }
    return r;
  }

  private static int[] free(int[] used, int nd) {
    int[] out = new int[nd - used.length];
    int k = 0;
    for (int i = 0; i < nd; i++) {
      final int ax = i;
      if (Arrays.stream(used).noneMatch(u -> u == ax)) {
        out[k++] = i;
      }
    }
    return out;
  }

  private static int[] concat(int[] x, int[] y) {
    int[] out = Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    return out;
  }

  private static int[] inverse(int[] perm) {
    int[] inv = new int[perm.length];
    for (int i = 0; i < perm.length; i++) {
      inv[perm[i]] = i;
    }
    return inv;
  }

  /**
   * The gradient of a Hermitian matrix built from one triangle (as LAPACK's Hermitian drivers read
   * it): a strictly-triangular entry stands for itself and the conjugate of its mirror
   * ({@code G + G^H}), a diagonal entry only for its real part, the other triangle for nothing.
   */
  public static NDArray foldHermitian(NDArray full, boolean lower) {
    NDArray t = Np.add(full, mH(full));
    NDArray off = lower ? Np.tril(t, -1) : Np.triu(t, 1);
    return Np.add(off, Np.multiply(Np.real(full), realEye(full.shape(-1), full)));
  }

  /**
   * eig (index 0: eigenvalues, 1: eigenvectors) and eigvals, PyTorch's linalg_eig_backward:
   * {@code V^-H (diag(gw) + P / conj(E)) V^H} with {@code E_ij = w_j - w_i},
   * {@code P = V^H gV - V^H V diag(Re diag(V^H gV))} off the diagonal (columns of norm 1). Assumes
   * distinct eigenvalues and, for the eigenvectors, a loss invariant to their scaling by e^{i phi}
   * (LAPACK's normalisation is a gauge). A real input's gradient is the real part.
   */
  public static NDArray eigGrad(NDArray g, NDArray a, int index) {
    NDArray[] wv = Np.linalg.eig(a);
    NDArray v = wv[1];
    NDArray vh = mH(v);
    if (index == 0) {
      return Np.linalg.solve(vh, Np.multiply(Np.expandDims(g, -1), vh));
    }
    NDArray vhg = Np.matmul(vh, g);
    NDArray d = Np.real(Np.diagonal(vhg, 0, -2, -1));
    vhg = Np.subtract(vhg, Np.matmul(vh, Np.multiply(v, Np.expandDims(d, -2))));
    NDArray wc = GradHelpers.conj(wv[0]);
    NDArray eye = realEye(a.shape(-1), vhg);
    NDArray e = Np.add(Np.subtract(Np.expandDims(wc, -2), Np.expandDims(wc, -1)), eye);
    NDArray ret = Np.multiply(Np.divide(vhg, e), Np.subtract(1, eye));
    return Np.linalg.solve(vh, Np.matmul(ret, vh));
  }

  /** eigvals: eig's eigenvalue rule. */
  public static NDArray eigvalsGrad(NDArray g, NDArray a) {
    return eigGrad(g, a, 0);
  }

  /**
   * svd (index 0: U, 1: S, 2: Vh; S alone without compute_uv), after Townsend's "Differentiating
   * the singular value decomposition" as PyTorch's svd_backward: with {@code F_ij = 1/(s_j^2 - s_i^2)}
   * (0 on the diagonal), {@code gA = U [(J + J^H) S + i Im diag(U^H gU) / S] Vh + (I - U U^H) gU S^-1 Vh}
   * for U ({@code J = F o U^H gU}), {@code U S (K + K^H) Vh + U S^-1 gVh (I - V V^H)} for Vh
   * ({@code K = F o Vh gVh^H}) and {@code U diag(gS) Vh} for S. The factors are recomputed by the
   * same call, so their signs and phases are the ones g refers to; the loss must not depend on
   * them (distinct, non-zero singular values). With full_matrices the columns of U (rows of Vh)
   * past min(M, N) are not unique: as in PyTorch their gradient is ignored. hermitian=true reads
   * the lower triangle only (NumPy's eigh route), so the gradient is folded onto it.
   */
  public static NDArray svdGrad(NDArray g, NDArray a, boolean fullMatrices, boolean computeUv, boolean hermitian,
      int index) {
    int which = computeUv ? index : 1;
    NDArray[] usv = (NDArray[]) Np.linalg.svd(a, computeUv && fullMatrices, true, hermitian);
    int m = a.shape(-2);
    int n = a.shape(-1);
    int k = Math.min(m, n);
    NDArray u = usv[0];
    NDArray s = usv[1];
    NDArray vh = usv[2];
    if (u.shape(-1) != k) {
      NDArray first = Np.arange(k);
      u = Np.take(u, first, -1);
      g = which == 0 ? Np.take(g, first, -1) : g;
    }
    if (vh.shape(-2) != k) {
      NDArray first = Np.arange(k);
      vh = Np.take(vh, first, -2);
      g = which == 2 ? Np.take(g, first, -2) : g;
    }
    NDArray ga;
    if (which == 1) {
      ga = Np.matmul(Np.multiply(u, Np.expandDims(g, -2)), vh);
    } else {
      NDArray eye = realEye(k, s);
      NDArray s2 = Np.multiply(s, s);
      NDArray f = Np.divide(Np.subtract(1, eye), Np.add(Np.subtract(Np.expandDims(s2, -2), Np.expandDims(s2, -1)), eye));
      NDArray sRow = Np.expandDims(s, -2);
      NDArray sCol = Np.expandDims(s, -1);
      if (which == 0) {
        NDArray udu = Np.matmul(mH(u), g);
        NDArray j = Np.multiply(f, udu);
        NDArray inner = Np.multiply(Np.add(j, mH(j)), sRow);
        if (udu.dtype().isComplex()) {
          // i Im(diag(U^H gU)) / S: the phase the loss sees through U alone
          NDArray imDiag = Np.multiply(Np.subtract(udu, GradHelpers.conj(udu)), 0.5);
          inner = Np.add(inner, Np.divide(Np.multiply(imDiag, eye), sRow));
        }
        ga = Np.matmul(u, Np.matmul(inner, vh));
        if (m > k) {
          ga = Np.add(ga, Np.matmul(Np.divide(Np.subtract(g, Np.matmul(u, udu)), sRow), vh));
        }
      } else {
        NDArray vdv = Np.matmul(vh, mH(g));
        NDArray kk = Np.multiply(f, vdv);
        ga = Np.matmul(u, Np.matmul(Np.multiply(sCol, Np.add(kk, mH(kk))), vh));
        if (n > k) {
          ga = Np.add(ga, Np.matmul(u, Np.divide(Np.subtract(g, Np.matmul(mH(vdv), vh)), sCol)));
        }
      }
    }
    return hermitian ? foldHermitian(ga, true) : ga;
  }

  /**
   * qr (index 0: Q, 1: R; R alone in mode 'r'). For M >= N, {@code gA = (gQ + Q copyltu(M)) R^-H}
   * with {@code M = gR R^H - Q^H gQ} and copyltu keeping M's upper triangle, its real diagonal
   * and the conjugate of the upper triangle below it (the R factor's diagonal is real, as
   * LAPACK's). For M < N, {@code A = [A1 | A2]}, {@code R = [R1 | R2]}: A1 = Q R1 is a square QR
   * and {@code R2 = Q^H A2} adds {@code A2 gR2^H} to gQ and {@code Q gR2} to gA2. Mode 'complete'
   * with M > N has no gradient (the extra columns of Q are not unique), nor has mode 'raw'.
   */
  public static NDArray qrGrad(NDArray g, NDArray a, String mode, int index) {
    int m = a.shape(-2);
    int n = a.shape(-1);
    if (mode.equals("raw")) {
      throw new LookupError("No gradient defined for operation 'linalg.qr' in mode 'raw' (Householder reflectors); "
          + "use mode='reduced'");
    }
    if (mode.equals("complete") && m > n) {
      throw new LookupError("No gradient defined for operation 'linalg.qr' in mode 'complete' when M > N "
          + "(the last M - N columns of Q are not unique); use mode='reduced'");
    }
    NDArray[] qr = (NDArray[]) Np.linalg.qr(a, mode.equals("r") ? "reduced" : mode);
    NDArray q = qr[0];
    NDArray r = qr[1];
    boolean ofR = mode.equals("r") || index == 1;
    NDArray gq = ofR ? null : g;
    NDArray gr = ofR ? g : null;
    if (m >= n) {
      return qrSquareish(q, r, gq, gr);
    }
    NDArray a2 = Np.take(a, Np.arange(m, n), -1);
    NDArray r1 = Np.take(r, Np.arange(m), -1);
    NDArray gr1 = gr == null ? null : Np.take(gr, Np.arange(m), -1);
    NDArray gq2 = gq;
    NDArray ga2;
    if (gr != null) {
      NDArray gr2 = Np.take(gr, Np.arange(m, n), -1);
      NDArray extra = Np.matmul(a2, mH(gr2));
      gq2 = gq == null ? extra : Np.add(gq, extra);
      ga2 = Np.matmul(q, gr2);
    } else {
      ga2 = Np.zerosLike(a2, q.dtype());
    }
    return Np.concatenate(new Object[] {qrSquareish(q, r1, gq2, gr1), ga2}, -1);
  }

  /** The M >= N rule of qr; gq or gr null when that output has no gradient. */
  private static NDArray qrSquareish(NDArray q, NDArray r, NDArray gq, NDArray gr) {
    NDArray mm = gr == null ? null : Np.matmul(gr, mH(r));
    if (gq != null) {
      NDArray qg = Np.matmul(mH(q), gq);
      mm = mm == null ? Np.negative(qg) : Np.subtract(mm, qg);
    }
    NDArray eye = realEye(r.shape(-1), mm);
    NDArray copy = Np.add(Np.add(Np.triu(mm, 1), Np.multiply(Np.real(mm), eye)), Np.tril(mH(mm), -1));
    NDArray x = Np.matmul(q, copy);
    if (gq != null) {
      x = Np.add(x, gq);
    }
    // x R^-H = (R^-1 x^H)^H
    return mH(Np.linalg.solve(r, mH(x)));
  }

  /** An identity of the real dtype of {@code like} (float32 for float32 and complex64), used as a mask. */
  private static NDArray realEye(int n, NDArray like) {
    DType dt = like.dtype().isInexact() ? like.dtype().realType() : DType.FLOAT64;
    return Np.eye(n, null, 0, dt);
  }
}
