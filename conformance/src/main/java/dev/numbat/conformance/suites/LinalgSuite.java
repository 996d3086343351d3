package dev.numbat.conformance.suites;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.conformance.Case;
import dev.numbat.conformance.Py;
import dev.numbat.conformance.Suite;
import dev.numbat.conformance.Tolerance;
import dev.numbat.impl.linalg.Views;
import dev.numbat.backend.cpu.Cast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * linalg cases a spec test block cannot express: einsum (subscripts + varargs operands) and the
 * decompositions whose factors are unique only up to signs/phases, judged through invariants
 * both sides compute from their own factors (Q R and Q^H Q, U S Vh and U^H U, the eigen-equation
 * residual A v - v w with the eigenvalues' sum and product, |diag R|), plus dtypes and errors.
 */
public final class LinalgSuite implements Suite {
  private static final List<DType> INEXACT = List.of(DType.FLOAT32, DType.FLOAT64, DType.COMPLEX64, DType.COMPLEX128);

  @Override
  public String name() {
    return "linalg";
  }

  private static Tolerance tol() {
    return Tolerance.of(false, Map.of("f32", 2e-4, "c64", 2e-4, "f64", 1e-10, "c128", 1e-10));
  }

  /** Seeded normal entries of dtype dt (complex: independent parts). */
  static NDArray random(DType dt, long seed, int... shape) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1;
    for (int s : shape) {
      n *= s;
    }
    boolean cx = dt.isComplex();
    double[] d = new double[n * (cx ? 2 : 1)];
    for (int i = 0; i < d.length; i++) {
      d[i] = Math.round(r.nextGaussian() * 1000) / 500.0;
    }
    NDArray x = new NDArray(cx ? DType.COMPLEX128 : DType.FLOAT64, shape, d);
    return Cast.to(x, dt);
  }

  private static NDArray conjT(NDArray q) {
    NDArray t = Views.moveAxis(q, q.ndim() - 1, q.ndim() - 2);
    return q.dtype().isComplex() ? Np.conjugate(t) : t;
  }

  private static NDArray diag(NDArray r) {
    return Views.diagonal(r, 0, r.ndim() - 2, r.ndim() - 1);
  }

  @Override
  public List<Case> cases() {
    List<Case> c = new ArrayList<>();
    einsum(c);
    einsumPath(c);
    hermitian(c);
    for (Object a : List.<Object>of(Cast.to(Np.around(random(DType.FLOAT64, 700, 4, 3)), DType.INT32), Np.zeros(0, 3), Np.zeros(3, 0),
        Np.zeros(2, 0, 4))) {
      c.add(Case.of("linalg.qr", "qr raw " + Py.repr(((NDArray) a).shapeRef()) + " " + ((NDArray) a).dtype().name(),
          "lambda a: np.linalg.qr(a, 'raw')", List.of(a), Map.of(), tol(), () -> Np.linalg.qr(a, "raw")));
    }
    List<int[]> shapes = List.of(new int[] {4, 4}, new int[] {5, 3}, new int[] {3, 5}, new int[] {2, 4, 3});
    long seed = 1;
    for (DType dt : INEXACT) {
      for (int[] s : shapes) {
        NDArray a = random(dt, seed++, s);
        String sh = Py.repr(s);
        for (String mode : List.of("reduced", "complete")) {
          c.add(Case.of("linalg.qr", "qr invariants " + dt.name() + sh + " " + mode,
              "lambda a, mode: (lambda q, r: [q @ r, np.abs(np.diagonal(r, axis1=-2, axis2=-1)), "
                  + "np.conj(np.swapaxes(q, -1, -2)) @ q])(*np.linalg.qr(a, mode))",
              List.of(a, mode), Map.of(), tol(), () -> {
                NDArray[] qr = (NDArray[]) Np.linalg.qr(a, mode);
                return List.of(Np.matmul(qr[0], qr[1]), Np.abs(diag(qr[1])), Np.matmul(conjT(qr[0]), qr[0]));
              }));
        }
        // both sides run LAPACK geqrf in double precision on the same matrix: compared directly
        c.add(Case.of("linalg.qr", "qr raw " + dt.name() + sh, "lambda a: np.linalg.qr(a, 'raw')", List.of(a),
            Map.of(), tol(), () -> Np.linalg.qr(a, "raw")));
        c.add(Case.of("linalg.qr", "qr r " + dt.name() + sh,
            "lambda a: np.abs(np.diagonal(np.linalg.qr(a, 'r'), axis1=-2, axis2=-1))", List.of(a), Map.of(), tol(),
            () -> Np.abs(diag((NDArray) Np.linalg.qr(a, "r")))));
        for (boolean full : List.of(true, false)) {
          c.add(Case.of("linalg.svd", "svd invariants " + dt.name() + sh + " full=" + full,
              "lambda a, full: (lambda u, s, vh: [u.dtype.name, s, "
                  + "(u[..., :, :s.shape[-1]] * s[..., None, :].astype(u.dtype)) @ vh[..., :s.shape[-1], :], "
                  + "np.conj(np.swapaxes(u, -1, -2)) @ u, vh @ np.conj(np.swapaxes(vh, -1, -2))])"
                  + "(*np.linalg.svd(a, full_matrices=full))",
              List.of(a, full), Map.of(), tol(), () -> {
                NDArray[] usv = (NDArray[]) Np.linalg.svd(a, full);
                NDArray u = usv[0];
                NDArray sv = usv[1];
                NDArray vh = usv[2];
                int k = sv.shapeRef()[sv.ndim() - 1];
                NDArray uk = slice(u, u.ndim() - 1, k);
                NDArray vk = slice(vh, vh.ndim() - 2, k);
                NDArray us = Np.multiply(uk, Views.insertAxis(Cast.to(sv, u.dtype()), sv.ndim() - 1));
                return List.of(u.dtype().name(), sv, Np.matmul(us, vk), Np.matmul(conjT(u), u), Np.matmul(vh, conjT(vh)));
              }));
        }
      }
      for (int[] s : List.of(new int[] {4, 4}, new int[] {2, 3, 3})) {
        NDArray a = random(dt, seed++, s);
        String sh = Py.repr(s);
        // eigen-equation residual (~0 both sides), eigenvalue sum and product, the result dtype
        c.add(Case.of("linalg.eig", "eig invariants " + dt.name() + sh,
            "lambda a: (lambda w, v: [w.dtype.name, a @ v - v * w[..., None, :], np.sum(w, -1), np.prod(w, -1)])"
                + "(*np.linalg.eig(a))",
            List.of(a), Map.of(), tol(), () -> {
              NDArray[] wv = Np.linalg.eig(a);
              NDArray w = wv[0];
              NDArray v = wv[1];
              return List.of(w.dtype().name(), Np.subtract(Np.matmul(a, v), Np.multiply(v, Views.insertAxis(w, w.ndim() - 1))),
                  Np.sum(w, -1), Np.prod(w, -1));
            }));
        NDArray h = Np.add(Np.matmul(a, conjT(a)), Cast.to(Np.eye(s[s.length - 1]), dt));
        for (String uplo : List.of("L", "U")) {
          c.add(Case.of("linalg.eigh", "eigh invariants " + dt.name() + sh + " " + uplo,
              "lambda a, uplo: (lambda w, v: [w, a @ v - v * w[..., None, :], np.conj(np.swapaxes(v, -1, -2)) @ v])"
                  + "(*np.linalg.eigh(a, UPLO=uplo))",
              List.of(h, uplo), Map.of(), tol(), () -> {
                NDArray[] wv = Np.linalg.eigh(h, uplo);
                NDArray w = wv[0];
                NDArray v = wv[1];
                return List.of(w, Np.subtract(Np.matmul(h, v), Np.multiply(v, Views.insertAxis(w, w.ndim() - 1))),
                    Np.matmul(conjT(v), v));
              }));
        }
        c.add(Case.of("linalg.eigvals", "eigvals sum/prod " + dt.name() + sh,
            "lambda a: (lambda w: [w.dtype.name, np.sum(w, -1), np.prod(w, -1)])(np.linalg.eigvals(a))",
            List.of(a), Map.of(), tol(), () -> {
              NDArray w = Np.linalg.eigvals(a);
              return List.of(w.dtype().name(), Np.sum(w, -1), Np.prod(w, -1));
            }));
        c.add(Case.of("linalg.cholesky", "cholesky " + dt.name() + sh, "np.linalg.cholesky", List.of(h), Map.of(), tol(),
            () -> Np.linalg.cholesky(h)));
        // NumPy 2: a 1-d b is a vector even against a stack (NumPy 1.24 rejects that: stacks get matrix b)
        NDArray b = s.length == 2 ? random(dt, seed++, s[1]) : random(dt, seed++, s[0], s[1], 2);
        c.add(Case.of("linalg.solve", "solve " + dt.name() + sh + " b" + Py.repr(b.shapeRef()), "np.linalg.solve", List.of(a, b), Map.of(),
            tol(), () -> Np.linalg.solve(a, b)));
        c.add(Case.of("linalg.inv", "inv " + dt.name() + sh, "np.linalg.inv", List.of(a), Map.of(), tol(),
            () -> Np.linalg.inv(a)));
      }
      // real eigenvalues of a real matrix stay real; a rotation's are complex
      NDArray rot = Cast.to(Np.asarray(new double[][] {{0, -1}, {1, 0}}), dt);
      c.add(Case.of("linalg.eig", "eig rotation " + dt.name(),
          "lambda a: (lambda w, v: [w.dtype.name, v.dtype.name, np.sort_complex(w)])(*np.linalg.eig(a))", List.of(rot),
          Map.of(), tol(), () -> {
            NDArray[] wv = Np.linalg.eig(rot);
            NDArray w = wv[0];
            NDArray sorted = w.dtype().isComplex() ? sortByImag(w) : w;
            return List.of(w.dtype().name(), wv[1].dtype().name(), sorted);
          }));
      NDArray tri = Cast.to(Np.asarray(new double[][] {{2, 1}, {0, 3}}), dt);
      c.add(Case.of("linalg.eig", "eig real spectrum " + dt.name(),
          "lambda a: (lambda w, v: [w.dtype.name, w, np.abs(v)])(*np.linalg.eig(a))", List.of(tri), Map.of(), tol(),
          () -> {
            NDArray[] wv = Np.linalg.eig(tri);
            return List.of(wv[0].dtype().name(), wv[0], Np.abs(wv[1]));
          }));
      NDArray sing = Cast.to(Np.asarray(new double[][] {{1, 2}, {2, 4}}), dt);
      c.add(Case.of("linalg.inv", "inv singular " + dt.name(), "np.linalg.inv", List.of(sing), Map.of(), tol(),
          () -> Np.linalg.inv(sing)));
      c.add(Case.of("linalg.cholesky", "cholesky not positive definite " + dt.name(), "np.linalg.cholesky",
          List.of(sing), Map.of(), tol(), () -> Np.linalg.cholesky(sing)));
      c.add(Case.of("linalg.eig", "eig nan " + dt.name(), "np.linalg.eig",
          List.of(Cast.to(Np.asarray(new double[][] {{1, Double.NaN}, {0, 1}}), dt)), Map.of(), tol(),
          () -> Np.linalg.eig(Cast.to(Np.asarray(new double[][] {{1, Double.NaN}, {0, 1}}), dt))));
    }
    return c;
  }

  /** x[..., :k] along {@code axis}. */
  private static NDArray slice(NDArray x, int axis, int k) {
    int[] s = x.shape();
    s[axis] = Math.min(k, s[axis]);
    return new NDArray(x.dtype(), s, x.strides(), x.offset(), x.data(), false);
  }

  /** A 1-d complex array of a conjugate pair, sorted as np.sort_complex does (real, then imaginary). */
  private static NDArray sortByImag(NDArray w) {
    NDArray c = Cast.to(w, DType.COMPLEX128);
    double[] raw = (double[]) dev.numbat.backend.cpu.Copy.contiguous(c).data();
    int n = raw.length / 2;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (p, q) -> raw[2 * p] != raw[2 * q] ? Double.compare(raw[2 * p], raw[2 * q])
        : Double.compare(raw[2 * p + 1], raw[2 * q + 1]));
    double[] o = new double[2 * n];
    for (int i = 0; i < n; i++) {
      o[2 * i] = raw[2 * idx[i]];
      o[2 * i + 1] = raw[2 * idx[i] + 1];
    }
    return Cast.to(new NDArray(DType.COMPLEX128, new int[] {n}, o), w.dtype());
  }

  private static void einsum(List<Case> c) {
    record E(String subs, int[][] shapes) {}
    List<E> es = List.of(
        new E("ij,jk->ik", new int[][] {{3, 4}, {4, 5}}),
        new E("ij,jk", new int[][] {{3, 4}, {4, 5}}),
        new E("ij,jk,kl->il", new int[][] {{3, 4}, {4, 5}, {5, 2}}),
        new E("ii", new int[][] {{4, 4}}),
        new E("ii->i", new int[][] {{4, 4}}),
        new E("ij->ji", new int[][] {{3, 4}}),
        new E("ij->", new int[][] {{3, 4}}),
        new E("i,i", new int[][] {{5}, {5}}),
        new E("i,j->ij", new int[][] {{3}, {4}}),
        new E("bij,bjk->bik", new int[][] {{2, 3, 4}, {2, 4, 5}}),
        new E("...ij,...jk->...ik", new int[][] {{2, 3, 4}, {4, 5}}),
        new E("...i,...i", new int[][] {{2, 3}, {3}}),
        new E("ij...,j->i...", new int[][] {{3, 4, 2}, {4}}),
        new E("iij->j", new int[][] {{3, 3, 2}}),
        new E("ijk,ikl,lm->jm", new int[][] {{2, 3, 4}, {2, 4, 5}, {5, 3}}),
        new E("bA,Ab", new int[][] {{2, 3}, {3, 2}}),
        new E("ij,jk->ik", new int[][] {{3, 1}, {4, 5}}),
        new E("ij,jk->ik", new int[][] {{3, 4}, {5, 5}}),
        new E("ij,jk->iz", new int[][] {{3, 4}, {4, 5}}),
        new E("ij,jk", new int[][] {{3, 4}}),
        new E("...ij->ij", new int[][] {{2, 3, 4}}),
        new E("ij,ij,ij->i", new int[][] {{2, 3}, {2, 3}, {2, 3}}),
        new E("i,i", new int[][] {{0}, {0}}));
    long seed = 100;
    for (DType dt : List.of(DType.INT8, DType.INT64, DType.BOOL, DType.FLOAT32, DType.FLOAT64, DType.COMPLEX64,
        DType.COMPLEX128)) {
      for (E e : es) {
        List<Object> ops = new ArrayList<>();
        for (int[] s : e.shapes) {
          ops.add(dt.isBool() ? Np.greater(random(DType.FLOAT64, seed++, s), 0.0)
              : dt.isInteger() ? Cast.to(Np.around(random(DType.FLOAT64, seed++, s)), dt) : random(dt, seed++, s));
        }
        List<Object> py = new ArrayList<>();
        py.add(e.subs);
        py.addAll(ops);
        Case k = Case.of("einsum", "einsum('" + e.subs + "') " + dt.name(), "np.einsum", py, Map.of(), tol(),
            () -> Np.einsum(e.subs, ops.toArray()));
        // every operand traced
        k.compiled = () -> Np.functionOf(xs -> Np.einsum(e.subs, xs)).call(ops.toArray());
        c.add(k);
      }
    }
  }

  /**
   * einsum_path's path and report against NumPy's for both searches (the report only without
   * '...', whose letters NumPy draws from a set), and einsum following those paths.
   */
  private static void einsumPath(List<Case> c) {
    record E(String subs, int[][] shapes) {}
    List<E> es = List.of(
        new E("ij,jk,kl->il", new int[][] {{2, 2}, {2, 5}, {5, 2}}),
        new E("ij,jk,kl->il", new int[][] {{30, 4}, {4, 50}, {50, 2}}),
        new E("ea,fb,abcd,gc,hd->efgh", new int[][] {{10, 10}, {10, 10}, {10, 10, 10, 10}, {10, 10}, {10, 10}}),
        new E("abc,bcd,cde,def->af", new int[][] {{3, 4, 5}, {4, 5, 6}, {5, 6, 2}, {6, 2, 3}}),
        new E("ijk,ilm,njm,nlk,abc->", new int[][] {{2, 3, 4}, {2, 5, 6}, {7, 3, 6}, {7, 5, 4}, {2, 2, 2}}),
        new E("ab,cd,ef->abcdef", new int[][] {{2, 3}, {3, 2}, {2, 2}}),
        new E("ij,jk,kl,lm,mn->in", new int[][] {{5, 40}, {40, 3}, {3, 60}, {60, 4}, {4, 7}}),
        new E("ii,ij,jk", new int[][] {{4, 4}, {4, 3}, {3, 5}}),
        new E("i,i,i->", new int[][] {{6}, {6}, {6}}),
        new E("ij,jk", new int[][] {{3, 4}, {4, 5}}),
        new E("ij->", new int[][] {{3, 4}}),
        new E("ij,jk,kl->il", new int[][] {{3, 1}, {4, 5}, {5, 2}}));
    long seed = 500;
    for (E e : es) {
      List<Object> ops = new ArrayList<>();
      for (int[] s : e.shapes) {
        ops.add(random(DType.FLOAT64, seed++, s));
      }
      List<Object> py = new ArrayList<>();
      py.add(e.subs);
      py.addAll(ops);
      for (String mode : List.of("greedy", "optimal")) {
        Case p = Case.of("einsum_path", "einsum_path('" + e.subs + "') " + mode + " " + shapes(e.shapes),
            "np.einsum_path", py, Map.of("optimize", mode), tol(),
            () -> List.of(Np.einsumPath(e.subs, ops.toArray(), mode)));
        // every operand traced: the path and report depend on shapes only
        p.compiled = () -> Np.functionOf(xs -> List.of(Np.einsumPath(e.subs, xs, mode))).call(ops.toArray());
        c.add(p);
        c.add(Case.of("einsum", "einsum('" + e.subs + "', optimize='" + mode + "') " + shapes(e.shapes),
            "np.einsum", py, Map.of("optimize", mode), tol(), () -> Np.einsum(e.subs, ops.toArray(), mode)));
      }
    }
    // memory limit, explicit paths, ellipsis (path only), the default and bad paths
    NDArray a = random(DType.FLOAT64, 600, 8, 6);
    NDArray b = random(DType.FLOAT64, 601, 6, 9);
    NDArray d = random(DType.FLOAT64, 602, 9, 5);
    List<Object> abd = List.of("ij,jk,kl->il", a, b, d);
    c.add(Case.of("einsum_path", "einsum_path memory limit 40", "lambda *x: np.einsum_path(*x, optimize=('greedy', 40))",
        abd, Map.of(), tol(), () -> List.of(Np.einsumPath("ij,jk,kl->il", new Object[] {a, b, d}, List.of("greedy", 40)))));
    c.add(Case.of("einsum_path", "einsum_path default (greedy)", "np.einsum_path", abd, Map.of(), tol(),
        () -> List.of(Np.einsumPath("ij,jk,kl->il", a, b, d))));
    c.add(Case.of("einsum_path", "einsum_path optimize=False", "lambda *x: np.einsum_path(*x, optimize=False)",
        abd, Map.of(), tol(), () -> List.of(Np.einsumPath("ij,jk,kl->il", new Object[] {a, b, d}, false))));
    c.add(Case.of("einsum_path", "einsum_path explicit", "lambda *x: np.einsum_path(*x, optimize=['einsum_path', (1, 2), (0, 1)])",
        abd, Map.of(), tol(), () -> List.of(Np.einsumPath("ij,jk,kl->il", new Object[] {a, b, d},
            List.of("einsum_path", List.of(1, 2), List.of(0, 1))))));
    c.add(Case.of("einsum", "einsum explicit path", "lambda *x: np.einsum(*x, optimize=['einsum_path', (1, 2), (0, 1)])",
        abd, Map.of(), tol(), () -> Np.einsum("ij,jk,kl->il", new Object[] {a, b, d},
            List.of("einsum_path", List.of(1, 2), List.of(0, 1)))));
    c.add(Case.of("einsum", "einsum explicit path of three", "lambda *x: np.einsum(*x, optimize=['einsum_path', (0, 1, 2)])",
        abd, Map.of(), tol(), () -> Np.einsum("ij,jk,kl->il", new Object[] {a, b, d}, List.of("einsum_path", List.of(0, 1, 2)))));
    c.add(Case.of("einsum_path", "einsum_path bad path type", "lambda *x: np.einsum_path(*x, optimize=3)",
        abd, Map.of(), tol(), () -> Np.einsumPath("ij,jk,kl->il", new Object[] {a, b, d}, 3)));
    NDArray e3 = random(DType.FLOAT64, 603, 2, 3, 4);
    NDArray e4 = random(DType.FLOAT64, 604, 4, 5);
    NDArray e5 = random(DType.FLOAT64, 605, 5, 2);
    for (String mode : List.of("greedy", "optimal")) {
      c.add(Case.of("einsum_path", "einsum_path('...ij,jk,kl->...il') path " + mode,
          "lambda *x: np.einsum_path(*x, optimize='" + mode + "')[0]", List.of("...ij,jk,kl->...il", e3, e4, e5), Map.of(),
          tol(), () -> Np.einsumPath("...ij,jk,kl->...il", new Object[] {e3, e4, e5}, mode)[0]));
    }
  }

  private static String shapes(int[][] s) {
    StringBuilder b = new StringBuilder();
    for (int[] x : s) {
      b.append(Py.repr(x));
    }
    return b.toString();
  }

  /** hermitian=True paths of svd, pinv and matrix_rank (NumPy's eigh-based ones) on Hermitian inputs. */
  private static void hermitian(List<Case> c) {
    long seed = 800;
    for (DType dt : INEXACT) {
      for (int[] s : List.of(new int[] {4, 4}, new int[] {2, 3, 3})) {
        NDArray r = random(dt, seed++, s);
        NDArray h = Np.add(r, conjT(r));
        NDArray v = random(dt, seed++, s[0] == 2 ? new int[] {2, 3, 1} : new int[] {4, 1});
        NDArray low = Np.matmul(v, conjT(v)); // rank 1
        String sh = dt.name() + Py.repr(s);
        c.add(Case.of("linalg.svd", "svd hermitian invariants " + sh,
            "lambda a: (lambda u, s, vt: [(u * s[..., None, :]) @ vt, s, np.conj(np.swapaxes(u, -1, -2)) @ u, "
                + "np.abs(vt @ u)])(*np.linalg.svd(a, hermitian=True))",
            List.of(h), Map.of(), tol(), () -> {
              NDArray[] usv = (NDArray[]) Np.linalg.svd(h, true, true, true);
              return List.of(Np.matmul(Np.multiply(usv[0], Np.expandDims(usv[1], -2)), usv[2]), usv[1],
                  Np.matmul(conjT(usv[0]), usv[0]), Np.abs(Np.matmul(usv[2], usv[0])));
            }));
        c.add(Case.of("linalg.svd", "svd hermitian values " + sh,
            "lambda a: np.linalg.svd(a, compute_uv=False, hermitian=True)", List.of(h), Map.of(), tol(),
            () -> Np.linalg.svd(h, true, false, true)));
        for (NDArray a : List.of(h, low)) {
          c.add(Case.of("linalg.pinv", "pinv hermitian " + sh + (a == low ? " rank 1" : ""),
              "lambda a: np.linalg.pinv(a, 1e-10, hermitian=True)", List.of(a), Map.of(), tol(),
              () -> Np.linalg.pinv(a, 1e-10, true)));
          c.add(Case.of("linalg.matrix_rank", "matrix_rank hermitian " + sh + (a == low ? " rank 1" : ""),
              "lambda a: np.linalg.matrix_rank(a, hermitian=True)", List.of(a), Map.of(), tol(),
              () -> Np.linalg.matrixRank(a, null, true)));
        }
      }
    }
    NDArray rect = random(DType.FLOAT64, 900, 3, 4);
    c.add(Case.of("linalg.svd", "svd hermitian non-square", "lambda a: np.linalg.svd(a, hermitian=True)",
        List.of(rect), Map.of(), tol(), () -> Np.linalg.svd(rect, true, true, true)));
    // the eigh route is observable here: NumPy raises LinAlgError for non-square input
    c.add(Case.of("linalg.pinv", "pinv hermitian non-square", "lambda a: np.linalg.pinv(a, hermitian=True)",
        List.of(rect), Map.of(), tol(), () -> Np.linalg.pinv(rect, null, true)));
    c.add(Case.of("linalg.matrix_rank", "matrix_rank hermitian non-square",
        "lambda a: np.linalg.matrix_rank(a, hermitian=True)", List.of(rect), Map.of(), tol(),
        () -> Np.linalg.matrixRank(rect, null, true)));
    c.add(Case.of("linalg.pinv", "pinv hermitian empty", "lambda a: np.linalg.pinv(a, hermitian=True)",
        List.of(Np.zeros(0, 0)), Map.of(), tol(), () -> Np.linalg.pinv(Np.zeros(0, 0), null, true)));
  }
}
