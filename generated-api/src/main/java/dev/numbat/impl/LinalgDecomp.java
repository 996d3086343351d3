package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.LinAlgError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.impl.linalg.MatrixStack;
import dev.numbat.impl.linalg.Views;
import dev.numbat.kernels.cpu.Lapack;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.HostArrays;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.StridedViews;
import java.util.Arrays;

/**
 * numpy.linalg on LAPACK: every matrix of a stack is copied to a dense float64/complex128 buffer,
 * factorised by OpenBLAS's LAPACKE, and the results are cast to NumPy's result type (float32 in,
 * float32 out, as NumPy computes in double precision too).
 */
public final class LinalgDecomp {
  private LinalgDecomp() {}

  /**
   * A float64/complex128 result of shape batch + tail being computed on the host: its doubles
   * (complex interleaved) are filled matrix by matrix, then handed to the backend by {@link #array}.
   */
  private static final class Out {
    final double[] d;
    final DType dtype;
    final int[] shape;

    Out(boolean complex, int[] shape) {
      this.dtype = complex ? DType.COMPLEX128 : DType.FLOAT64;
      this.shape = shape;
      this.d = new double[Shapes.size(shape) * (complex ? 2 : 1)];
    }

    NDArray array() {
      return HostArrays.adopt(dtype, shape, d);
    }
  }

  /** s.output(complex, tail) as host doubles. */
  private static Out out(MatrixStack s, boolean complex, int... tail) {
    return new Out(complex, s.shape(tail));
  }

  private static void fill(Out out, int t, double[] src, int len) {
    System.arraycopy(src, 0, out.d, t * len, len);
  }

  public static NDArray inv(Object a) {
    MatrixStack s = MatrixStack.of(a, true);
    int n = s.n;
    int w = s.width();
    Out out = out(s, s.cx, n, n);
    for (int t = 0; t < s.count; t++) {
      double[] b = new double[n * n * w];
      for (int i = 0; i < n; i++) {
        b[(i * n + i) * w] = 1;
      }
      if (Lapack.gesv(s.cx, n, n, s.matrix(t), b) != 0) {
        throw new LinAlgError("Singular matrix");
      }
      fill(out, t, b, b.length);
    }
    return s.finish(out.array());
  }

  public static NDArray solve(Object a, Object b) {
    NDArray x = Convert.asarray(a, null);
    NDArray y = Convert.asarray(b, null);
    MatrixStack.checkShape(x, true);
    int n = x.shapeRef()[x.ndim() - 1];
    // NumPy 2: b is a vector only when 1-d, else a stack of (n, k) matrices
    boolean vec = y.ndim() == 1;
    if (y.ndim() == 0) {
      throw new ValueError("solve: Input operand 1 does not have enough dimensions (has 0, gufunc core with "
          + "signature (m,m),(m,n)->(m,n) requires 1)");
    }
    NDArray ym = vec ? Views.insertAxis(y, 1) : y;
    int rows = ym.shapeRef()[ym.ndim() - 2];
    int k = ym.shapeRef()[ym.ndim() - 1];
    if (rows != n) {
      throw new ValueError("solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
          + "(m,m),(m,n)->(m,n) (size " + rows + " is different from " + n + ")");
    }
    DType[] ct = MatrixStack.commonType(x, y);
    int[] batch = Shapes.broadcast(Arrays.copyOf(x.shapeRef(), x.ndim() - 2), Arrays.copyOf(ym.shapeRef(), ym.ndim() - 2));
    MatrixStack sa = MatrixStack.of(broadcast(x, batch), ct[0], ct[1]);
    MatrixStack sb = MatrixStack.of(broadcast(ym, batch), ct[0], ct[1]);
    Out out = out(sb, sa.cx, n, k);
    int len = n * k * sa.width();
    for (int t = 0; t < sa.count; t++) {
      double[] bb = sb.matrix(t);
      if (n > 0 && k > 0 && Lapack.gesv(sa.cx, n, k, sa.matrix(t), bb) != 0) {
        throw new LinAlgError("Singular matrix");
      }
      fill(out, t, bb, len);
    }
    NDArray r = sa.finish(out.array());
    return vec ? ShapeOps.reshape(r, Arrays.copyOf(r.shapeRef(), r.ndim() - 1), "C") : r;
  }

  /** x broadcast over leading {@code batch} axes (its last two kept). */
  private static NDArray broadcast(NDArray x, int[] batch) {
    int[] shape = Arrays.copyOf(batch, batch.length + 2);
    shape[batch.length] = x.shapeRef()[x.ndim() - 2];
    shape[batch.length + 1] = x.shapeRef()[x.ndim() - 1];
    return StridedViews.broadcast(x, shape);
  }

  /** LU per matrix: {sign re, sign im, log|det|} (sign 0 and -inf for a singular matrix). */
  private static double[][] lu(MatrixStack s) {
    int n = s.n;
    double[][] r = new double[s.count][];
    for (int t = 0; t < s.count; t++) {
      double[] m = s.matrix(t);
      int[] ipiv = new int[Math.max(1, n)];
      double sr = 1;
      double si = 0;
      double log = 0;
      if (n > 0) {
        int info = Lapack.getrf(s.cx, n, m, ipiv);
        if (info != 0) {
          r[t] = new double[] {0, 0, Double.NEGATIVE_INFINITY};
          continue;
        }
      }
      // NumPy: the sign starts at +-1 + 0j from the pivots' parity, then takes each pivot's phase
      for (int i = 0; i < n; i++) {
        if (ipiv[i] != i + 1) {
          sr = -sr;
        }
      }
      for (int i = 0; i < n; i++) {
        double dr;
        double di = 0;
        if (s.cx) {
          dr = m[2 * (i * n + i)];
          di = m[2 * (i * n + i) + 1];
        } else {
          // NumPy's real slogdet flips the sign only for a negative pivot (a NaN or inf one
          // leaves it: sign 1, logdet nan; det = sign * exp(logdet) then keeps -inf)
          dr = m[i * n + i];
          if (dr < 0) {
            sr = -sr;
          }
          log += Math.log(Math.abs(dr));
          continue;
        }
        double abs = Math.hypot(dr, di);
        log += Math.log(abs);
        double ur = dr / abs;
        double ui = di / abs;
        double nr = sr * ur - si * ui;
        si = sr * ui + si * ur;
        sr = nr;
      }
      r[t] = new double[] {sr, si, log};
    }
    return r;
  }

  public static NDArray det(Object a) {
    MatrixStack s = MatrixStack.of(a, true);
    double[][] lu = lu(s);
    Out out = out(s, s.cx);
    double[] o = out.d;
    for (int t = 0; t < s.count; t++) {
      double mag = Math.exp(lu[t][2]);
      if (s.cx) {
        // NumPy's complex product sign * (exp(logdet) + 0j), zero terms included
        o[2 * t] = lu[t][0] * mag - lu[t][1] * 0.0;
        o[2 * t + 1] = lu[t][0] * 0.0 + lu[t][1] * mag;
      } else {
        o[t] = lu[t][0] * mag;
      }
    }
    return s.finish(out.array());
  }

  /** {sign, logabsdet}. */
  public static NDArray[] slogdet(Object a) {
    MatrixStack s = MatrixStack.of(a, true);
    double[][] lu = lu(s);
    Out sign = out(s, s.cx);
    Out log = out(s, false);
    double[] so = sign.d;
    double[] lo = log.d;
    for (int t = 0; t < s.count; t++) {
      if (s.cx) {
        so[2 * t] = lu[t][0];
        so[2 * t + 1] = lu[t][1];
      } else {
        so[t] = lu[t][0];
      }
      lo[t] = lu[t][2];
    }
    return new NDArray[] {s.finish(sign.array()), s.finish(log.array())};
  }

  public static NDArray cholesky(Object a, boolean upper) {
    MatrixStack s = MatrixStack.of(a, true);
    int n = s.n;
    int w = s.width();
    Out out = out(s, s.cx, n, n);
    for (int t = 0; t < s.count; t++) {
      double[] m = s.matrix(t);
      if (n > 0 && Lapack.potrf(s.cx, true, n, m) != 0) {
        throw new LinAlgError("Matrix is not positive definite");
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          for (int q = 0; q < w; q++) {
            m[(i * n + j) * w + q] = 0;
          }
        }
      }
      fill(out, t, m, m.length);
    }
    NDArray r = s.finish(out.array());
    if (upper) {
      // U = L^H
      r = Views.moveAxis(r, r.ndim() - 1, r.ndim() - 2);
      r = s.cx ? Np.conjugate(r) : dev.numbat.backend.cpu.Copy.contiguous(r);
    }
    return r;
  }

  /**
   * mode reduced/complete: {Q, R}; mode r: R alone (an NDArray, as NumPy returns); mode raw:
   * {h, tau}, LAPACK geqrf's packed reflectors (h the factored matrix transposed, as NumPy's
   * Fortran-order result reads) and their scale factors.
   */
  public static Object qr(Object a, String mode) {
    if (!mode.equals("reduced") && !mode.equals("complete") && !mode.equals("r") && !mode.equals("raw")) {
      throw new ValueError("Unrecognized mode '" + mode + "'");
    }
    if (mode.equals("raw")) {
      return qrRaw(a);
    }
    MatrixStack s = MatrixStack.of(a);
    int m = s.m;
    int n = s.n;
    int k = Math.min(m, n);
    int w = s.width();
    boolean complete = mode.equals("complete");
    int qc = complete ? m : k;
    int rr = complete ? m : k;
    Out q = out(s, s.cx, m, qc);
    Out r = out(s, s.cx, rr, n);
    for (int t = 0; t < s.count; t++) {
      double[] f = s.matrix(t);
      double[] tau = new double[Math.max(1, k) * w];
      if (k > 0) {
        Lapack.geqrf(s.cx, m, n, f, tau);
      }
      double[] rm = new double[rr * n * w];
      for (int i = 0; i < Math.min(rr, m); i++) {
        for (int j = i; j < n; j++) {
          System.arraycopy(f, (i * n + j) * w, rm, (i * n + j) * w, w);
        }
      }
      fill(r, t, rm, rm.length);
      if (!mode.equals("r")) {
        double[] qm = new double[m * qc * w];
        for (int i = 0; i < m; i++) {
          System.arraycopy(f, i * n * w, qm, i * qc * w, Math.min(n, qc) * w);
        }
        if (qc > 0 && m > 0) {
          if (k > 0) {
            Lapack.orgqr(s.cx, m, qc, k, qm, tau);
          } else {
            Arrays.fill(qm, 0);
            for (int i = 0; i < Math.min(m, qc); i++) {
              qm[(i * qc + i) * w] = 1;
            }
          }
        }
        fill(q, t, qm, qm.length);
      }
    }
    if (mode.equals("r")) {
      return s.finish(r.array());
    }
    return new NDArray[] {s.finish(q.array()), s.finish(r.array())};
  }

  private static NDArray[] qrRaw(Object a) {
    MatrixStack s = MatrixStack.of(a);
    int m = s.m;
    int n = s.n;
    int k = Math.min(m, n);
    int w = s.width();
    Out h = out(s, s.cx, n, m);
    Out tau = out(s, s.cx, k);
    for (int t = 0; t < s.count; t++) {
      double[] f = s.matrix(t);
      double[] tt = new double[Math.max(1, k) * w];
      if (k > 0) {
        Lapack.geqrf(s.cx, m, n, f, tt);
      }
      double[] hm = new double[n * m * w];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          System.arraycopy(f, (i * n + j) * w, hm, (j * m + i) * w, w);
        }
      }
      fill(h, t, hm, hm.length);
      fill(tau, t, tt, k * w);
    }
    return new NDArray[] {s.finish(h.array()), s.finish(tau.array())};
  }

  /** {U, S, Vh}, or S alone without compute_uv. */
  public static Object svd(Object a, boolean fullMatrices, boolean computeUv, boolean hermitian) {
    if (hermitian) {
      return svdHermitian(a, computeUv);
    }
    MatrixStack s = MatrixStack.of(a);
    int m = s.m;
    int n = s.n;
    int k = Math.min(m, n);
    int w = s.width();
    int uc = fullMatrices ? m : k;
    int vr = fullMatrices ? n : k;
    Out u = computeUv ? out(s, s.cx, m, uc) : null;
    Out v = computeUv ? out(s, s.cx, vr, n) : null;
    Out sv = out(s, false, k);
    char job = computeUv ? (fullMatrices ? 'A' : 'S') : 'N';
    for (int t = 0; t < s.count; t++) {
      double[] f = s.matrix(t);
      double[] sd = new double[Math.max(1, k)];
      double[] ud = computeUv ? new double[Math.max(1, m * uc * w)] : null;
      double[] vd = computeUv ? new double[Math.max(1, vr * n * w)] : null;
      if (k > 0) {
        if (Lapack.gesdd(s.cx, job, m, n, f, sd, ud, uc, vd, n) != 0) {
          throw new LinAlgError("SVD did not converge");
        }
      } else if (computeUv) {
        // an empty matrix: the full factors are identities
        for (int i = 0; i < Math.min(m, uc); i++) {
          ud[(i * uc + i) * w] = 1;
        }
        for (int i = 0; i < Math.min(vr, n); i++) {
          vd[(i * n + i) * w] = 1;
        }
      }
      fill(sv, t, sd, k);
      if (computeUv) {
        fill(u, t, ud, m * uc * w);
        fill(v, t, vd, vr * n * w);
      }
    }
    if (!computeUv) {
      return s.finish(sv.array());
    }
    return new NDArray[] {s.finish(u.array()), s.finish(sv.array()), s.finish(v.array())};
  }

  /**
   * NumPy's hermitian=True SVD from eigh: singular values are |eigenvalues| sorted descending, U the
   * eigenvectors in that order and Vh = (U * sign(w))^H (full_matrices does not apply).
   */
  private static Object svdHermitian(Object a, boolean computeUv) {
    if (!computeUv) {
      NDArray w = Np.abs(eigvalsh(a, "L"));
      return Np.flip(Np.sort(w, -1), -1);
    }
    NDArray[] e = eigh(a, "L");
    NDArray sgn = Np.sign(e[0]);
    NDArray w = Np.abs(e[0]);
    NDArray idx = Np.flip(Np.argsort(w, -1), -1);
    sgn = Np.takeAlongAxis(sgn, idx, -1);
    w = Np.takeAlongAxis(w, idx, -1);
    NDArray u = Np.takeAlongAxis(e[1], Np.expandDims(idx, -2), -1);
    NDArray vt = Np.conjugate(Np.swapaxes(Np.multiply(u, Np.expandDims(sgn, -2)), -1, -2));
    return new NDArray[] {u, w, vt};
  }

  public static NDArray svdvals(Object x) {
    return (NDArray) Np.linalg.svd(x, false, false, false);
  }

  /** Eigenvalues (and right eigenvectors): real when every eigenvalue of a real stack is real. */
  private static NDArray[] eigen(Object a, boolean vectors) {
    MatrixStack s = MatrixStack.of(a, true).finite();
    int n = s.n;
    Out wc = out(s, true, n);
    Out vc = vectors ? out(s, true, n, n) : null;
    double[] wo = wc.d;
    double[] vo = vectors ? vc.d : null;
    boolean allReal = true;
    for (int t = 0; t < s.count; t++) {
      double[] f = s.matrix(t);
      if (n == 0) {
        continue;
      }
      if (s.cx) {
        double[] w = new double[2 * n];
        double[] vr = vectors ? new double[2 * n * n] : null;
        if (Lapack.zgeev(n, f, w, vr) != 0) {
          throw new LinAlgError("Eigenvalues did not converge");
        }
        System.arraycopy(w, 0, wo, 2 * n * t, 2 * n);
        if (vectors) {
          System.arraycopy(vr, 0, vo, 2 * n * n * t, 2 * n * n);
        }
        continue;
      }
      double[] wr = new double[n];
      double[] wi = new double[n];
      double[] vr = vectors ? new double[n * n] : null;
      if (Lapack.dgeev(n, f, wr, wi, vr) != 0) {
        throw new LinAlgError("Eigenvalues did not converge");
      }
      for (int j = 0; j < n; j++) {
        wo[2 * (n * t + j)] = wr[j];
        wo[2 * (n * t + j) + 1] = wi[j];
        allReal &= wi[j] == 0;
      }
      if (vectors) {
        int base = 2 * n * n * t;
        for (int j = 0; j < n; j++) {
          if (wi[j] != 0 && j + 1 < n) {
            // LAPACK packs a conjugate pair as (re, im) in columns j, j+1
            for (int i = 0; i < n; i++) {
              double re = vr[i * n + j];
              double im = vr[i * n + j + 1];
              vo[base + 2 * (i * n + j)] = re;
              vo[base + 2 * (i * n + j) + 1] = im;
              vo[base + 2 * (i * n + j + 1)] = re;
              vo[base + 2 * (i * n + j + 1) + 1] = -im;
            }
            j++;
          } else {
            for (int i = 0; i < n; i++) {
              vo[base + 2 * (i * n + j)] = vr[i * n + j];
            }
          }
        }
      }
    }
    NDArray wa = wc.array();
    NDArray va = vectors ? vc.array() : null;
    if (!s.cx && allReal) {
      wa = Np.real(wa);
      va = vectors ? Np.real(va) : null;
    }
    return new NDArray[] {s.finish(wa), vectors ? s.finish(va) : null};
  }

  public static NDArray[] eig(Object a) {
    return eigen(a, true);
  }

  public static NDArray eigvals(Object a) {
    return eigen(a, false)[0];
  }

  private static NDArray[] hermitian(Object a, String uplo, boolean vectors) {
    boolean lower = uplo.equals("L");
    if (!lower && !uplo.equals("U")) {
      throw new ValueError("UPLO argument must be 'L' or 'U'");
    }
    MatrixStack s = MatrixStack.of(a, true);
    int n = s.n;
    Out w = out(s, false, n);
    Out v = vectors ? out(s, s.cx, n, n) : null;
    for (int t = 0; t < s.count; t++) {
      double[] f = s.matrix(t);
      double[] wd = new double[Math.max(1, n)];
      if (n > 0 && Lapack.syevd(s.cx, vectors, lower, n, f, wd) != 0) {
        throw new LinAlgError("Eigenvalues did not converge");
      }
      fill(w, t, wd, n);
      if (vectors) {
        fill(v, t, f, f.length);
      }
    }
    return new NDArray[] {s.finish(w.array()), vectors ? s.finish(v.array()) : null};
  }

  public static NDArray[] eigh(Object a, String uplo) {
    return hermitian(a, uplo, true);
  }

  public static NDArray eigvalsh(Object a, String uplo) {
    return hermitian(a, uplo, false)[0];
  }

  /** {x, residuals, rank, s} for one (M, N) matrix and b of shape (M,) or (M, K). */
  public static Object[] lstsq(Object a, Object b, Double rcond) {
    NDArray x = Convert.asarray(a, null);
    NDArray y = Convert.asarray(b, null);
    if (x.ndim() != 2) {
      throw new LinAlgError(x.ndim() + "-dimensional array given. Array must be two-dimensional");
    }
    if (y.ndim() != 1 && y.ndim() != 2) {
      throw new LinAlgError(y.ndim() + "-dimensional array given. Array must be one or two-dimensional");
    }
    boolean vec = y.ndim() == 1;
    NDArray ym = vec ? Views.insertAxis(y, 1) : y;
    int m = x.shapeRef()[0];
    int n = x.shapeRef()[1];
    int k = ym.shapeRef()[1];
    if (ym.shapeRef()[0] != m) {
      throw new LinAlgError("Incompatible dimensions");
    }
    DType[] ct = MatrixStack.commonType(x, y);
    MatrixStack sa = MatrixStack.of(x, ct[0], ct[1]);
    MatrixStack sb = MatrixStack.of(ym, ct[0], ct[1]);
    boolean cx = sa.cx;
    int w = sa.width();
    double rc = rcond == null ? Math.ulp(1.0) * Math.max(m, n) : rcond;
    int rows = Math.max(m, n);
    double[] bb = new double[Math.max(1, rows * k * w)];
    System.arraycopy(sb.matrix(0), 0, bb, 0, m * k * w);
    double[] sv = new double[Math.max(1, Math.min(m, n))];
    int[] rank = new int[1];
    if (m > 0 && n > 0 && k > 0) {
      if (Lapack.gelsd(cx, m, n, k, sa.matrix(0), bb, sv, rc, rank) != 0) {
        throw new LinAlgError("SVD did not converge in Linear Least Squares");
      }
    } else if (m > 0 && n > 0) {
      double[] tmp = new double[Math.max(1, rows * w)];
      if (Lapack.gelsd(cx, m, n, 1, sa.matrix(0), tmp, sv, rc, rank) != 0) {
        throw new LinAlgError("SVD did not converge in Linear Least Squares");
      }
    }
    Out sol = new Out(cx, vec ? new int[] {n} : new int[] {n, k});
    if (m > 0) {
      System.arraycopy(bb, 0, sol.d, 0, n * k * w);
    }
    NDArray res;
    if (rank[0] == n && m > n) {
      double[] ro = new double[k];
      res = HostArrays.float64(new int[] {k}, ro);
      for (int j = 0; j < k; j++) {
        double acc = 0;
        for (int i = n; i < m; i++) {
          for (int q = 0; q < w; q++) {
            double v = bb[(i * k + j) * w + q];
            acc += v * v;
          }
        }
        ro[j] = acc;
      }
    } else {
      res = HostArrays.float64(new int[] {0}, new double[0]);
    }
    NDArray r0 = HostArrays.adopt(DType.INT32, new int[0], new int[] {rank[0]});
    NDArray s = HostArrays.float64(new int[] {Math.min(m, n)}, Arrays.copyOf(sv, Math.min(m, n)));
    return new Object[] {sa.finish(sol.array()), sa.finish(res), r0, sa.finish(s)};
  }

  public static NDArray pinv(Object a, Double rcond, boolean hermitian) {
    double rc = rcond == null ? 1e-15 : rcond;
    if (hermitian) {
      return pinvHermitian(a, rc);
    }
    MatrixStack s = MatrixStack.of(a);
    int m = s.m;
    int n = s.n;
    int k = Math.min(m, n);
    int w = s.width();
    Out out = out(s, s.cx, n, m);
    double[] o = out.d;
    for (int t = 0; t < s.count; t++) {
      if (k == 0) {
        continue;
      }
      double[] sd = new double[k];
      double[] ud = new double[m * k * w];
      double[] vd = new double[k * n * w];
      if (Lapack.gesdd(s.cx, 'S', m, n, s.matrix(t), sd, ud, k, vd, n) != 0) {
        throw new LinAlgError("SVD did not converge");
      }
      double max = sd[0];
      for (int q = 1; q < k; q++) {
        max = Double.isNaN(max) || Double.isNaN(sd[q]) ? Double.NaN : Math.max(max, sd[q]);
      }
      double cutoff = rc * max;
      int base = t * n * m * w;
      for (int q = 0; q < k; q++) {
        // a cut singular value still multiplies its vectors by 0, as NumPy's matmul does, so a
        // NaN or inf in U or Vh (an SVD of a matrix with inf) makes the result NaN
        double inv = sd[q] > cutoff ? 1 / sd[q] : 0;
        // pinv[i][j] += conj(Vh[q][i]) * inv * conj(U[j][q])
        for (int i = 0; i < n; i++) {
          double vr = vd[(q * n + i) * w];
          double vi = w == 2 ? -vd[(q * n + i) * w + 1] : 0;
          for (int j = 0; j < m; j++) {
            double ur = ud[(j * k + q) * w];
            if (w == 2) {
              double ui = -ud[(j * k + q) * w + 1];
              o[base + (i * m + j) * 2] += inv * (vr * ur - vi * ui);
              o[base + (i * m + j) * 2 + 1] += inv * (vr * ui + vi * ur);
            } else {
              o[base + i * m + j] += inv * vr * ur;
            }
          }
        }
      }
    }
    return s.finish(out.array());
  }

  /** NumPy's pinv through the hermitian SVD: Vh^H diag(1/s where s > rcond max(s)) U^H of conj(a). */
  private static NDArray pinvHermitian(Object a, double rc) {
    NDArray x = Convert.asarray(a, null);
    MatrixStack.checkShape(x, false);
    if (x.size() == 0) {
      return (NDArray) pinv(x, rc, false); // NumPy's empty result, before any factorisation
    }
    NDArray[] usv = (NDArray[]) svdHermitian(Np.conjugate(x), true);
    NDArray sv = usv[1];
    NDArray cutoff = Np.multiply(Np.max(sv, new int[] {-1}, true), rc);
    NDArray large = Np.greater(sv, cutoff);
    NDArray inv = Np.where(large, Np.divide(1.0, sv), Np.zerosLike(sv));
    return Np.matmul(Np.swapaxes(usv[2], -1, -2),
        Np.multiply(Np.expandDims(inv, -1), Np.swapaxes(usv[0], -1, -2)));
  }

  public static NDArray matrixRank(Object a, Double tol, boolean hermitian) {
    NDArray x = Convert.asarray(a, null);
    if (x.ndim() < 2) {
      boolean any = Np.any(Np.notEqual(x, 0L)).item().equals(Boolean.TRUE);
      return HostArrays.int64(new int[0], new long[] {any ? 1 : 0});
    }
    NDArray sv = hermitian ? (NDArray) svdHermitian(x, false) : svdvals(x);
    int k = sv.shapeRef()[sv.ndim() - 1];
    int count = sv.size() / Math.max(1, k);
    double[] d = Cast.to(dev.numbat.backend.cpu.Copy.contiguous(sv), DType.FLOAT64).toDoubleArray();
    double eps = sv.dtype() == DType.FLOAT32 ? Math.ulp(1f) : Math.ulp(1.0);
    int m = x.shapeRef()[x.ndim() - 2];
    int n = x.shapeRef()[x.ndim() - 1];
    long[] r = new long[count];
    for (int t = 0; t < count; t++) {
      double max = 0;
      for (int i = 0; i < k; i++) {
        max = Math.max(max, d[t * k + i]);
      }
      double cut = tol != null ? tol : max * Math.max(m, n) * eps;
      for (int i = 0; i < k; i++) {
        if (d[t * k + i] > cut) {
          r[t]++;
        }
      }
    }
    return HostArrays.int64(Arrays.copyOf(sv.shapeRef(), sv.ndim() - 1), r);
  }

  public static NDArray matrixPower(Object a, int n) {
    long e = n;
    NDArray x = Convert.asarray(a, null);
    if (x.ndim() < 2) {
      throw new LinAlgError(x.ndim() + "-dimensional array given. Array must be at least two-dimensional");
    }
    int m = x.shapeRef()[x.ndim() - 1];
    if (x.shapeRef()[x.ndim() - 2] != m) {
      throw new LinAlgError("Last 2 dimensions of the array must be square");
    }
    if (e == 0) {
      NDArray eye = Np.eye(m, m, 0, x.dtype());
      return dev.numbat.backend.cpu.Copy.contiguous(StridedViews.broadcast(eye, x.shapeRef()));
    }
    if (e < 0) {
      x = inv(x);
      e = -e;
    }
    NDArray result = null;
    NDArray z = x;
    while (e > 0) {
      if ((e & 1) != 0) {
        result = result == null ? z : LinalgImpl.matmul(result, z);
      }
      e >>= 1;
      if (e > 0) {
        z = LinalgImpl.matmul(z, z);
      }
    }
    return result;
  }

  public static NDArray cond(Object x, Object pArg) {
    Object p = LinalgNorms.order(pArg);
    NDArray a = Convert.asarray(x, null);
    if (p == null || isNum(p, 2) || isNum(p, -2)) {
      NDArray s = svdvals(a);
      NDArray first = Views.component(s, 0);
      NDArray last = Views.component(s, s.shapeRef()[s.ndim() - 1] - 1);
      NDArray r = p != null && isNum(p, -2) ? Np.trueDivide(last, first) : Np.trueDivide(first, last);
      return nanToInf(r, a);
    }
    MatrixStack st = MatrixStack.of(a, true);
    int n = st.n;
    int w = st.width();
    // NumPy inverts with errors off: a singular matrix's inverse is all NaN
    Out inv = out(st, st.cx, n, n);
    for (int t = 0; t < st.count; t++) {
      double[] b = new double[n * n * w];
      for (int i = 0; i < n; i++) {
        b[(i * n + i) * w] = 1;
      }
      if (n > 0 && Lapack.gesv(st.cx, n, n, st.matrix(t), b) != 0) {
        Arrays.fill(b, Double.NaN);
      }
      fill(inv, t, b, b.length);
    }
    NDArray r = Np.multiply(LinalgNorms.norm(st.x, p, new int[] {-2, -1}, false),
        LinalgNorms.norm(inv.array(), p, new int[] {-2, -1}, false));
    double[] rv = Cast.to(dev.numbat.backend.cpu.Copy.contiguous(r), DType.FLOAT64).toDoubleArray();
    return nanToInf(st.finish(HostArrays.float64(st.shape(), rv)), a);
  }

  /** NumPy's cond: a NaN condition number of a matrix without NaN (singular, or inf entries) is inf. */
  private static NDArray nanToInf(NDArray r, NDArray a) {
    NDArray nan = Np.logicalAnd(Np.isnan(r), Np.logicalNot(Np.any(Np.isnan(a), new int[] {-2, -1})));
    return Np.where(nan, Np.asarray(Double.POSITIVE_INFINITY).astype(r.dtype()), r);
  }

  private static boolean isNum(Object p, double v) {
    return p instanceof Number num && num.doubleValue() == v;
  }

  public static NDArray tensorinv(Object a, int ind) {
    NDArray x = Convert.asarray(a, null);
    if (ind <= 0) {
      throw new ValueError("Invalid ind argument.");
    }
    int[] s = x.shapeRef();
    int[] invShape = new int[s.length];
    int prod = 1;
    for (int i = ind; i < s.length; i++) {
      prod *= s[i];
    }
    int p = 0;
    for (int i = ind; i < s.length; i++) {
      invShape[p++] = s[i];
    }
    for (int i = 0; i < ind && i < s.length; i++) {
      invShape[p++] = s[i];
    }
    NDArray ia = inv(ShapeOps.reshape(x, new int[] {prod, -1}, "C"));
    return ShapeOps.reshape(ia, invShape, "C");
  }

  public static NDArray tensorsolve(Object a, Object b, int[] axes) {
    NDArray x = Convert.asarray(a, null);
    NDArray y = Convert.asarray(b, null);
    int an = x.ndim();
    if (axes != null) {
      java.util.List<Integer> all = new java.util.ArrayList<>();
      for (int i = 0; i < an; i++) {
        all.add(i);
      }
      for (int k : axes) {
        all.remove(Integer.valueOf(k < 0 ? k + an : k));
        all.add(k < 0 ? k + an : k);
      }
      x = ShapeOps.transpose(x, all.stream().mapToInt(Integer::intValue).toArray());
    }
    int[] s = x.shapeRef();
    int[] old = Arrays.copyOfRange(s, an - y.ndim() > 0 ? y.ndim() : 0, an);
    long prod = 1;
    for (int v : old) {
      prod *= v;
    }
    if (x.size() != prod * prod) {
      throw new LinAlgError("Input arrays must satisfy the requirement prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])");
    }
    NDArray r = solve(ShapeOps.reshape(x, new int[] {(int) prod, (int) prod}, "C"), ShapeOps.ravel(y, "C"));
    return ShapeOps.reshape(r, old, "C");
  }
}
