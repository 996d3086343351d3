package dev.numbat.conformance.suites;

import dev.numbat.Complex;
import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.conformance.Case;
import dev.numbat.conformance.Suite;
import dev.numbat.conformance.Tolerance;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The wrong results and crashes that random composed programs found against NumPy 2.4 (issue 11,
 * "Tried further with random composed programs"), each sample a named case: the label is the
 * issue's Java one-liner, the reference NumPy's same call. They need views, Java numbers (weak
 * scalars, BigInteger) or in-place NumPy code, which a spec's {@code cases:} list cannot say.
 * One report row per cause.
 */
public final class Issue11Suite implements Suite {
  private static final double NAN = Double.NaN;
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final long MAX = Long.MAX_VALUE;
  private static final long MIN = Long.MIN_VALUE;

  @Override
  public String name() { return "issue11"; }

  private final List<Case> out = new ArrayList<>();

  private void add(String cause, String label, String ref, List<Object> args, Supplier<Object> numbat) {
    out.add(Case.of(name() + "." + cause, label, ref, args, numbat));
  }

  private static NDArray m(double[][] v) { return Np.asarray(v); }

  private static NDArray arr(DType dt, double... v) { return Np.asarray(v).astype(dt); }

  private static NDArray ints(DType dt, long... v) { return Np.asarray(v).astype(dt); }

  @Override
  public List<Case> cases() {
    out.clear();
    linalg();
    setOps();
    complexToBool();
    clip();
    comparisons();
    emptyViews();
    promotion();
    complexMath();
    unsignedStores();
    castTable();
    emptyEdges();
    return List.copyOf(out);
  }

  /** Every LAPACK-backed op on a NaN pivot (B), a NaN off the pivot (A) and an inf (I). */
  private void linalg() {
    NDArray a = m(new double[][] {{1, NAN}, {1, 1}});
    NDArray b = m(new double[][] {{NAN, 1}, {1, 1}});
    NDArray i = m(new double[][] {{1, INF}, {1, 1}});
    NDArray rhs = Np.asarray(new double[] {1, 2});
    String g = "linalg";
    add(g, "linalg.inv([[1, NaN], [1, 1]])", "numpy.linalg.inv", List.of(a), () -> Np.linalg.inv(a));
    add(g, "linalg.solve([[NaN, 1], [1, 1]], [1, 2])", "numpy.linalg.solve", List.of(b, rhs),
        () -> Np.linalg.solve(b, rhs));
    add(g, "linalg.norm([[1, NaN], [1, 1]], 'nuc')", "numpy.linalg.norm", List.of(a, "nuc"),
        () -> Np.linalg.norm(a, "nuc"));
    add(g, "linalg.norm([[NaN, 1], [1, 1]], 'nuc')", "numpy.linalg.norm", List.of(b, "nuc"),
        () -> Np.linalg.norm(b, "nuc"));
    for (Object[] mx : new Object[][] {{"[[1, NaN], [1, 1]]", a}, {"[[NaN, 1], [1, 1]]", b}, {"[[1, inf], [1, 1]]", i}}) {
      String t = (String) mx[0];
      NDArray x = (NDArray) mx[1];
      add(g, "linalg.inv(" + t + ")", "numpy.linalg.inv", List.of(x), () -> Np.linalg.inv(x));
      add(g, "linalg.solve(" + t + ", [1, 2])", "numpy.linalg.solve", List.of(x, rhs), () -> Np.linalg.solve(x, rhs));
      add(g, "linalg.det(" + t + ")", "numpy.linalg.det", List.of(x), () -> Np.linalg.det(x));
      add(g, "linalg.slogdet(" + t + ")", "lambda a: list(np.linalg.slogdet(a))", List.of(x),
          () -> Arrays.asList((Object[]) Np.linalg.slogdet(x)));
      add(g, "linalg.eigvals(" + t + ")", "numpy.linalg.eigvals", List.of(x), () -> Np.linalg.eigvals(x));
      add(g, "linalg.eig(" + t + ")", "lambda a: list(np.linalg.eig(a))", List.of(x),
          () -> Arrays.asList((Object[]) Np.linalg.eig(x)));
      add(g, "linalg.eigvalsh(" + t + ")", "numpy.linalg.eigvalsh", List.of(x), () -> Np.linalg.eigvalsh(x));
      add(g, "linalg.cholesky(" + t + ")", "numpy.linalg.cholesky", List.of(x), () -> Np.linalg.cholesky(x));
      add(g, "linalg.matrix_power(" + t + ", 3)", "numpy.linalg.matrix_power", List.of(x, 3L),
          () -> Np.linalg.matrixPower(x, 3));
      add(g, "linalg.matrix_power(" + t + ", -1)", "numpy.linalg.matrix_power", List.of(x, -1L),
          () -> Np.linalg.matrixPower(x, -1));
      add(g, "linalg.lstsq(" + t + ", [1, 2])", "lambda a, b: list(np.linalg.lstsq(a, b))", List.of(x, rhs),
          () -> Arrays.asList(Np.linalg.lstsq(x, rhs)));
      add(g, "linalg.tensorsolve(" + t + ", [1, 2])", "numpy.linalg.tensorsolve", List.of(x, rhs),
          () -> Np.linalg.tensorsolve(x, rhs));
      add(g, "linalg.tensorinv(" + t + ", ind=1)", "lambda a: np.linalg.tensorinv(a, ind=1)", List.of(x),
          () -> Np.linalg.tensorinv(x, 1));
      for (Object ord : new Object[] {null, "fro", 1L, -1L, INF, -INF}) {
        add(g, "linalg.norm(" + t + ", " + ord + ")", "numpy.linalg.norm", Arrays.asList(x, ord),
            () -> Np.linalg.norm(x, ord));
      }
      if (x != i) {
        // SVD of a NaN matrix does not converge (gesdd's info > 0); with an inf it does, and
        // then the values hang on LAPACK's inner scaling, which is not Numbat's to match
        add(g, "linalg.svd(" + t + ")", "lambda a: list(np.linalg.svd(a))", List.of(x),
            () -> Arrays.asList((Object[]) Np.linalg.svd(x)));
        add(g, "linalg.svd(" + t + ", compute_uv=False)", "lambda a: np.linalg.svd(a, compute_uv=False)", List.of(x),
            () -> Np.linalg.svd(x, true, false));
        add(g, "linalg.pinv(" + t + ")", "numpy.linalg.pinv", List.of(x), () -> Np.linalg.pinv(x));
        add(g, "linalg.matrix_rank(" + t + ")", "numpy.linalg.matrix_rank", List.of(x), () -> Np.linalg.matrixRank(x));
        for (Object ord : new Object[] {2L, -2L}) {
          add(g, "linalg.norm(" + t + ", " + ord + ")", "numpy.linalg.norm", Arrays.asList(x, ord),
              () -> Np.linalg.norm(x, ord));
        }
        for (Object p : new Object[] {null, "nuc", 2L, -2L}) {
          add(g, "linalg.cond(" + t + ", " + p + ")", "numpy.linalg.cond", Arrays.asList(x, p),
              () -> Np.linalg.cond(x, p));
        }
      }
      for (Object p : new Object[] {"fro", 1L, -1L, INF, -INF}) {
        add(g, "linalg.cond(" + t + ", " + p + ")", "numpy.linalg.cond", Arrays.asList(x, p),
            () -> Np.linalg.cond(x, p));
      }
    }
    for (Object[] mx : new Object[][] {{"[[1, NaN], [1, 1]]", a}, {"[[NaN, 1], [1, 1]]", b}, {"[[1, inf], [1, 1]]", i}}) {
      String t = (String) mx[0];
      NDArray x = (NDArray) mx[1];
      add(g, "linalg.eigh(" + t + ")", "lambda a: list(np.linalg.eigh(a))", List.of(x),
          () -> Arrays.asList((Object[]) Np.linalg.eigh(x)));
      add(g, "linalg.qr(" + t + ")", "lambda a: list(np.linalg.qr(a))", List.of(x),
          () -> Arrays.asList((Object[]) Np.linalg.qr(x)));
      add(g, "linalg.qr(" + t + ", 'r')", "lambda a: np.linalg.qr(a, 'r')", List.of(x), () -> Np.linalg.qr(x, "r"));
      NDArray xc = x.astype(DType.COMPLEX128);
      add(g, "linalg.det(complex128 " + t + ")", "numpy.linalg.det", List.of(xc), () -> Np.linalg.det(xc));
      add(g, "linalg.solve(complex128 " + t + ", [1, 2])", "numpy.linalg.solve", List.of(xc, rhs),
          () -> Np.linalg.solve(xc, rhs));
      add(g, "linalg.cholesky(complex128 " + t + ")", "numpy.linalg.cholesky", List.of(xc), () -> Np.linalg.cholesky(xc));
      add(g, "linalg.eigvalsh(complex128 " + t + ")", "numpy.linalg.eigvalsh", List.of(xc), () -> Np.linalg.eigvalsh(xc));
      NDArray x32 = x.astype(DType.FLOAT32);
      add(g, "linalg.inv(float32 " + t + ")", "numpy.linalg.inv", List.of(x32), () -> Np.linalg.inv(x32));
      add(g, "linalg.det(float32 " + t + ")", "numpy.linalg.det", List.of(x32), () -> Np.linalg.det(x32));
    }
    NDArray ac = a.astype(DType.COMPLEX128);
    NDArray bc = b.astype(DType.COMPLEX64);
    add(g, "linalg.inv(complex128 [[1, NaN], [1, 1]])", "numpy.linalg.inv", List.of(ac), () -> Np.linalg.inv(ac));
    add(g, "linalg.solve(complex64 [[NaN, 1], [1, 1]], [1, 2])", "numpy.linalg.solve", List.of(bc, rhs),
        () -> Np.linalg.solve(bc, rhs));
    add(g, "linalg.norm(complex64 [[NaN, 1], [1, 1]], 'nuc')", "numpy.linalg.norm", List.of(bc, "nuc"),
        () -> Np.linalg.norm(bc, "nuc"));
    add(g, "linalg.eigvals(complex128 [[1, NaN], [1, 1]])", "numpy.linalg.eigvals", List.of(ac),
        () -> Np.linalg.eigvals(ac));
  }

  /** int64's MAX/MIN and uint64's 2^64-1 through every set op (no trip through double). */
  private void setOps() {
    String g = "setops";
    NDArray mx = ints(DType.INT64, MAX, 5);
    NDArray top = ints(DType.UINT64, -1L);
    NDArray u3 = ints(DType.UINT64, -1L, 3, -1L);
    NDArray u2 = ints(DType.UINT64, -1L, -2L);
    NDArray lo = ints(DType.INT64, MIN, MAX, MIN, MAX - 1);
    NDArray lo2 = ints(DType.INT64, MIN + 1, MAX - 1);
    add(g, "isin([Long.MAX_VALUE, 5], [Long.MAX_VALUE, 5])", "numpy.isin", List.of(mx, mx), () -> Np.isin(mx, mx));
    add(g, "setdiff1d(uint64 [2^64-1], uint64 [2^64-1])", "numpy.setdiff1d", List.of(top, top),
        () -> Np.setdiff1d(top, top));
    add(g, "intersect1d(uint64 [2^64-1, 3, 2^64-1], uint64 [2^64-1])", "numpy.intersect1d", List.of(u3, top),
        () -> Np.intersect1d(u3, top));
    add(g, "setxor1d(uint64 [2^64-1, 2^64-2], uint64 [2^64-1])", "numpy.setxor1d", List.of(u2, top),
        () -> Np.setxor1d(u2, top));
    add(g, "union1d(uint64 [2^64-1, 2^64-2], uint64 [2^64-1])", "numpy.union1d", List.of(u2, top),
        () -> Np.union1d(u2, top));
    add(g, "unique(uint64 [2^64-1, 3, 2^64-1], return_counts)", "lambda a: list(np.unique(a, return_counts=True))",
        List.of(u3), () -> Arrays.asList((Object[]) Np.unique(u3, false, false, true)));
    add(g, "unique([MIN, MAX, MIN, MAX-1])", "numpy.unique", List.of(lo), () -> Np.unique(lo));
    add(g, "isin([MIN, MAX, MIN, MAX-1], [MIN+1, MAX-1])", "numpy.isin", List.of(lo, lo2), () -> Np.isin(lo, lo2));
    add(g, "setdiff1d([MIN, MAX, MIN, MAX-1], [MIN+1, MAX-1])", "numpy.setdiff1d", List.of(lo, lo2),
        () -> Np.setdiff1d(lo, lo2));
    add(g, "intersect1d([MIN, MAX, MIN, MAX-1], [MIN+1, MAX-1])", "numpy.intersect1d", List.of(lo, lo2),
        () -> Np.intersect1d(lo, lo2));
    add(g, "setxor1d([MIN, MAX, MIN, MAX-1], [MIN+1, MAX-1])", "numpy.setxor1d", List.of(lo, lo2),
        () -> Np.setxor1d(lo, lo2));
    add(g, "union1d([MIN, MAX, MIN, MAX-1], [MIN+1, MAX-1])", "numpy.union1d", List.of(lo, lo2),
        () -> Np.union1d(lo, lo2));
    add(g, "isin(uint64 [2^64-1, 2^64-2], uint64 [2^64-2])", "numpy.isin", List.of(u2, ints(DType.UINT64, -2L)),
        () -> Np.isin(u2, ints(DType.UINT64, -2L)));
    NDArray neg = ints(DType.INT64, -1L);
    add(g, "isin(uint64 [2^64-1], int64 [-1])", "numpy.isin", List.of(top, neg), () -> Np.isin(top, neg));
    // neighbours above 2^53, which one double cannot tell apart
    long p53 = 1L << 53;
    NDArray n53 = ints(DType.INT64, p53 + 1, p53, p53 + 1, -p53 - 1);
    NDArray t53 = ints(DType.INT64, p53, -p53);
    add(g, "isin([2^53+1, 2^53, 2^53+1, -2^53-1], [2^53, -2^53])", "numpy.isin", List.of(n53, t53),
        () -> Np.isin(n53, t53));
    add(g, "isin([2^53+1, ...], [2^53, -2^53], invert)", "lambda a, b: np.isin(a, b, invert=True)", List.of(n53, t53),
        () -> Np.isin(n53, t53, false, true));
    add(g, "unique([2^53+1, 2^53, 2^53+1, -2^53-1], counts)", "lambda a: list(np.unique(a, return_counts=True))",
        List.of(n53), () -> Arrays.asList((Object[]) Np.unique(n53, false, false, true)));
    add(g, "setdiff1d([2^53+1, ...], [2^53, -2^53])", "numpy.setdiff1d", List.of(n53, t53), () -> Np.setdiff1d(n53, t53));
    add(g, "intersect1d([2^53+1, ...], [2^53, -2^53])", "numpy.intersect1d", List.of(n53, t53),
        () -> Np.intersect1d(n53, t53));
    add(g, "setxor1d([2^53+1, ...], [2^53, -2^53])", "numpy.setxor1d", List.of(n53, t53), () -> Np.setxor1d(n53, t53));
    add(g, "union1d([2^53+1, ...], [2^53, -2^53])", "numpy.union1d", List.of(n53, t53), () -> Np.union1d(n53, t53));
    NDArray u53 = ints(DType.UINT64, -1L, -2L, 1L << 63, (1L << 63) + 1);
    NDArray v53 = ints(DType.UINT64, -2L, (1L << 63) + 1);
    add(g, "isin(uint64 [2^64-1, 2^64-2, 2^63, 2^63+1], uint64 [2^64-2, 2^63+1])", "numpy.isin", List.of(u53, v53),
        () -> Np.isin(u53, v53));
    add(g, "setxor1d(uint64 [...], uint64 [...])", "numpy.setxor1d", List.of(u53, v53), () -> Np.setxor1d(u53, v53));
    add(g, "unique(uint64 [...], return_inverse)", "lambda a: list(np.unique(a, return_inverse=True))", List.of(u53),
        () -> Arrays.asList((Object[]) Np.unique(u53, false, true)));
    NDArray rows = Np.asarray(new long[][] {{MAX}, {MAX}});
    add(g, "unique([[MAX], [MAX]], axis=0)", "lambda a: np.unique(a, axis=0)", List.of(rows),
        () -> Np.unique(rows, false, false, false, 0));
  }

  private void complexToBool() {
    String g = "complex_bool";
    NDArray z = Np.asarray(new Complex(0, 2));
    NDArray zs = Np.asarray(new Complex[] {new Complex(0, 2), new Complex(0, 0), new Complex(0, NAN), new Complex(-0.0, 0)});
    add(g, "asarray(new Complex(0, 2)).astype(bool)", "lambda a: a.astype(bool)", List.of(z), () -> z.astype(DType.BOOL));
    add(g, "astype(bool) of [2j, 0j, nanj, -0+0j]", "lambda a: a.astype(bool)", List.of(zs), () -> zs.astype(DType.BOOL));
    NDArray z64 = zs.astype(DType.COMPLEX64);
    add(g, "astype(bool) of complex64 [2j, 0j, nanj, -0+0j]", "lambda a: a.astype(bool)", List.of(z64),
        () -> z64.astype(DType.BOOL));
    NDArray two = Np.asarray(new Complex[] {new Complex(0, 2), new Complex(0, 0)});
    add(g, "sum([2j, 0], dtype=bool)", "lambda a: np.sum(a, dtype=bool)", List.of(two), () -> Np.sum(two, DType.BOOL));
    NDArray f = Np.zeros(2).astype(DType.BOOL);
    add(g, "zeros(2, bool).at(0).add(new Complex(0, 2))",
        "lambda a: (lambda x: (np.add.at(x, [0], 2j), x)[1])(a.copy())", List.of(f),
        () -> f.at(0).add(new Complex(0, 2)));
    add(g, "logical_not([2j, 0j, nanj, -0+0j])", "numpy.logical_not", List.of(zs), () -> Np.logicalNot(zs));
    add(g, "where([2j, 0j, nanj, -0+0j], 1, 0)", "lambda c: np.where(c, 1, 0)", List.of(zs), () -> Np.where(zs, 1L, 0L));
    // every other path from complex to truth values
    add(g, "any(complex64 [...])", "numpy.any", List.of(z64), () -> Np.any(z64));
    add(g, "all([2j, 0j, nanj, -0+0j])", "numpy.all", List.of(zs), () -> Np.all(zs));
    add(g, "count_nonzero([2j, 0j, nanj, -0+0j])", "numpy.count_nonzero", List.of(zs), () -> Np.countNonzero(zs));
    add(g, "nonzero([2j, 0j, nanj, -0+0j])", "lambda a: list(np.nonzero(a))", List.of(zs),
        () -> Arrays.asList((Object[]) Np.nonzero(zs)));
    add(g, "argwhere([2j, 0j, nanj, -0+0j])", "numpy.argwhere", List.of(zs), () -> Np.argwhere(zs));
    add(g, "flatnonzero([2j, 0j, nanj, -0+0j])", "numpy.flatnonzero", List.of(zs), () -> Np.flatnonzero(zs));
    add(g, "extract([2j, 0j, nanj, -0+0j], same)", "numpy.extract", List.of(zs, zs), () -> Np.extract(zs, zs));
    add(g, "logical_and([2j, 0j, nanj, -0+0j], true)", "lambda a: np.logical_and(a, True)", List.of(zs),
        () -> Np.logicalAnd(zs, true));
    add(g, "logical_or([2j, 0j, nanj, -0+0j], 0j)", "lambda a: np.logical_or(a, 0j)", List.of(zs),
        () -> Np.logicalOr(zs, new Complex(0, 0)));
    add(g, "logical_xor(same, same)", "numpy.logical_xor", List.of(zs, zs), () -> Np.logicalXor(zs, zs));
    add(g, "zeros(2, bool).at(0).set(new Complex(0, 2))",
        "lambda a: (lambda x: (x.__setitem__(0, 2j), x)[1])(a.copy())", List.of(f), () -> f.at(0).set(new Complex(0, 2)));
    add(g, "asarray([2j, 0j, nanj, -0+0j], bool)", "lambda a: np.asarray(a, dtype=bool)", List.of(zs),
        () -> Np.asarray(zs, DType.BOOL));
    NDArray rev = zs.get("::-1");
    add(g, "[2j, 0j, nanj, -0+0j][::-1].astype(bool)", "lambda a: a[::-1].astype(bool)", List.of(zs),
        () -> rev.astype(DType.BOOL));
    NDArray sq = zs.reshape(2, 2);
    add(g, "sum([[2j, 0j], [nanj, -0+0j]], axis 0, dtype=bool)", "lambda a: np.sum(a, axis=0, dtype=bool)",
        List.of(sq), () -> Np.sum(sq, new int[] {0}, false, DType.BOOL));
    add(g, "prod([2j, 0j, nanj, -0+0j], dtype=bool)", "lambda a: np.prod(a, dtype=bool)", List.of(zs),
        () -> Np.prod(zs, DType.BOOL));
    add(g, "cumsum([2j, 0j, nanj, -0+0j], dtype=bool)", "lambda a: np.cumsum(a, dtype=bool)", List.of(zs),
        () -> Np.cumsum(zs, null, DType.BOOL));
  }

  private void clip() {
    String g = "clip";
    NDArray h = arr(DType.FLOAT16, -0.5);
    NDArray hi = arr(DType.FLOAT32, 1e6);
    add(g, "clip(float16 [-0.5], 70000.0, float32 [1e6])", "numpy.clip", List.of(h, 70000.0, hi),
        () -> Np.clip(h, 70000.0, hi));
    NDArray u = ints(DType.UINT8, 1);
    NDArray five = ints(DType.INT32, 5);
    add(g, "clip(uint8 [1], -2, int32 [5])", "numpy.clip", List.of(u, -2L, five), () -> Np.clip(u, -2L, five));
    add(g, "clip(uint8 [1], int32 [0], 300)", "numpy.clip", List.of(u, ints(DType.INT32, 0), 300L),
        () -> Np.clip(u, ints(DType.INT32, 0), 300L));
    add(g, "clip(float16 [-0.5], -1.0, 70000.0)", "numpy.clip", List.of(h, -1.0, 70000.0),
        () -> Np.clip(h, -1.0, 70000.0));
  }

  private void comparisons() {
    String g = "compare";
    NDArray u = ints(DType.UINT64, MAX - 444); // 2^63 - 445
    NDArray uu = ints(DType.UINT64, MAX - 445); // 2^63 - 446
    NDArray s = ints(DType.INT64, MAX - 1);
    NDArray neg = ints(DType.INT64, -1, 0, 5);
    NDArray top = ints(DType.UINT64, -1L, 0, 5);
    NDArray i8 = ints(DType.INT8, 1, -5, 127);
    NDArray u4 = ints(DType.UINT64, 4, 0);
    NDArray i64 = ints(DType.INT64, 1, -1);
    for (String op : List.of("greater_equal", "greater", "less", "less_equal", "equal", "not_equal")) {
      compare(g, op, uu, s, "uint64 [2^63-446], int64 [2^63-2]");
      compare(g, op, s, u, "int64 [2^63-2], uint64 [2^63-445]");
      compare(g, op, neg, top, "int64 [-1, 0, 5], uint64 [2^64-1, 0, 5]");
      compare(g, op, i8, 300L, "int8 [1, -5, 127], 300");
      compare(g, op, 300L, i8, "300, int8 [1, -5, 127]");
      compare(g, op, i8, -300L, "int8 [1, -5, 127], -300");
      compare(g, op, u4, -1L, "uint64 [4, 0], -1");
      compare(g, op, -1L, u4, "-1, uint64 [4, 0]");
      BigInteger two64 = BigInteger.ONE.shiftLeft(64);
      compare(g, op, i64, two64, "int64 [1, -1], 2^64");
      compare(g, op, u4, two64.negate(), "uint64 [4, 0], -2^64");
      compare(g, op, i64, BigInteger.ONE.shiftLeft(63), "int64 [1, -1], 2^63");
    }
    NDArray f = arr(DType.FLOAT32, -0.88);
    BigInteger two64 = BigInteger.ONE.shiftLeft(64);
    add(g, "subtract(2^64, float32 [-0.88])", "numpy.subtract", List.of(two64, f), () -> Np.subtract(two64, f));
    add(g, "add(2^64 - 1, uint64 [1])", "numpy.add", List.of(two64.subtract(BigInteger.ONE), ints(DType.UINT64, 1)),
        () -> Np.add(two64.subtract(BigInteger.ONE), ints(DType.UINT64, 1)));
    add(g, "add(2^64, int64 [1])", "numpy.add", List.of(two64, ints(DType.INT64, 1)),
        () -> Np.add(two64, ints(DType.INT64, 1)));
    BigInteger huge = BigInteger.ONE.shiftLeft(1100);
    add(g, "add(float64 [0.5], 2^1100)", "numpy.add", List.of(arr(DType.FLOAT64, 0.5), huge),
        () -> Np.add(arr(DType.FLOAT64, 0.5), huge));
    add(g, "less(int64 [1], 2^1100)", "numpy.less", List.of(ints(DType.INT64, 1), huge),
        () -> Np.less(ints(DType.INT64, 1), huge));
    add(g, "less(bool [true], 2^64)", "numpy.less", List.of(Np.asarray(new boolean[] {true}), two64),
        () -> Np.less(Np.asarray(new boolean[] {true}), two64));
    add(g, "multiply(float64 [0.5], -2^70)", "numpy.multiply", List.of(arr(DType.FLOAT64, 0.5), two64.shiftLeft(6).negate()),
        () -> Np.multiply(arr(DType.FLOAT64, 0.5), two64.shiftLeft(6).negate()));
  }

  /**
   * A comparison case, also run through Np.function (arrays traced, Java numbers constants) in
   * its fn: row: a fused loop must not take the exact integer cases.
   */
  private void compare(String g, String op, Object x, Object y, String label) {
    add(g, op + "(" + label + ")", "numpy." + op, List.of(x, y), () -> cmp(op, x, y));
    Case c = out.get(out.size() - 1);
    if (x instanceof NDArray p && y instanceof NDArray q) {
      c.compiled = () -> Np.function((NDArray s, NDArray t) -> cmp(op, s, t)).apply(p, q);
    } else if (x instanceof NDArray p) {
      c.compiled = () -> Np.function((NDArray s) -> cmp(op, s, y)).apply(p);
    } else {
      NDArray q = (NDArray) y;
      c.compiled = () -> Np.function((NDArray t) -> cmp(op, x, t)).apply(q);
    }
  }

  private static NDArray cmp(String op, Object x, Object y) {
    return switch (op) {
      case "greater_equal" -> Np.greaterEqual(x, y);
      case "greater" -> Np.greater(x, y);
      case "less" -> Np.less(x, y);
      case "less_equal" -> Np.lessEqual(x, y);
      case "equal" -> Np.equal(x, y);
      default -> Np.notEqual(x, y);
    };
  }

  private void emptyViews() {
    String g = "empty_views";
    NDArray z = Np.zeros(2, 0, 4);
    add(g, "zeros(2, 0, 4).T().reshape(-1)", "lambda a: a.T.reshape(-1)", List.of(z), () -> z.T().reshape(-1));
    NDArray o23 = Np.ones(2, 3);
    add(g, "kron(zeros(2, 0, 4).T(), ones(2, 3))", "lambda a, b: np.kron(a.T, b)", List.of(z, o23),
        () -> Np.kron(z.T(), o23));
    NDArray o32 = Np.ones(3, 2);
    add(g, "inner(zeros(2, 0, 4).T(), ones(3, 2))", "lambda a, b: np.inner(a.T, b)", List.of(z, o32),
        () -> Np.inner(z.T(), o32));
    // more zero-size non-contiguous views: transposed, swapped and reversed
    add(g, "zeros(2, 0, 4).T().reshape(0, 8)", "lambda a: a.T.reshape(0, 8)", List.of(z), () -> z.T().reshape(0, 8));
    add(g, "zeros(2, 0, 4).swapaxes(0, 2).reshape(4, -1)", "lambda a: a.swapaxes(0, 2).reshape(4, -1)", List.of(z),
        () -> Np.swapaxes(z, 0, 2).reshape(4, -1));
    add(g, "ravel(zeros(2, 0, 4).T())", "lambda a: np.ravel(a.T)", List.of(z), () -> Np.ravel(z.T()));
    add(g, "zeros(2, 0, 4)[::-1].T().copy()", "lambda a: a[::-1].T.copy()", List.of(z), () -> Np.copy(z.get("::-1").T()));
    add(g, "concatenate(zeros(2, 0, 4).T(), zeros(4, 0, 2))", "lambda a, b: np.concatenate([a.T, b])",
        List.of(z, Np.zeros(4, 0, 2)), () -> Np.concatenate(z.T(), Np.zeros(4, 0, 2)));
    NDArray z30t = Np.zeros(3, 0).T();
    NDArray o32b = Np.ones(3, 2);
    add(g, "matmul(zeros(3, 0).T(), ones(3, 2))", "lambda a, b: np.matmul(a.T, b)", List.of(Np.zeros(3, 0), o32b),
        () -> Np.matmul(z30t, o32b));
    add(g, "outer(zeros(2, 0, 4).T(), ones(2))", "lambda a, b: np.outer(a.T, b)", List.of(z, Np.ones(2)),
        () -> Np.outer(z.T(), Np.ones(2)));
    add(g, "tensordot(zeros(2, 0, 4).T(), ones(2, 3), 1)", "lambda a, b: np.tensordot(a.T, b, 1)",
        List.of(z, Np.ones(2, 3)), () -> Np.tensordot(z.T(), Np.ones(2, 3), 1L));
    add(g, "sum(zeros(2, 0, 4).T(), axis 1)", "lambda a: np.sum(a.T, axis=1)", List.of(z), () -> Np.sum(z.T(), 1));
    add(g, "sort(zeros(2, 0, 4).T(), axis 0)", "lambda a: np.sort(a.T, axis=0)", List.of(z), () -> Np.sort(z.T(), 0));
    add(g, "expand_dims(zeros(2, 0, 4).T(), 1).reshape(-1, 2)", "lambda a: np.expand_dims(a.T, 1).reshape(-1, 2)",
        List.of(z), () -> Np.expandDims(z.T(), 1).reshape(-1, 2));
    NDArray e1 = Np.zeros(2, 2, 0);
    NDArray e2 = Np.zeros(2, 0, 2);
    add(g, "einsum('aad,adx->x', zeros(2, 2, 0), zeros(2, 0, 2))", "lambda a, b: np.einsum('aad,adx->x', a, b)",
        List.of(e1, e2), () -> Np.einsum("aad,adx->x", e1, e2));
  }

  private void promotion() {
    String g = "promotion";
    NDArray f1 = arr(DType.FLOAT32, 1);
    add(g, "linspace(3, float32 [1], 3)", "numpy.linspace", List.of(3L, f1, 3L), () -> Np.linspace(3L, f1, 3));
    add(g, "linspace(3.0, float32 [1], 3)", "numpy.linspace", List.of(3.0, f1, 3L), () -> Np.linspace(3.0, f1, 3));
    NDArray f16 = arr(DType.FLOAT16, 0.5);
    add(g, "linspace(float16 0.5, 2, 3)", "numpy.linspace", List.of(f16, 2L, 3L), () -> Np.linspace(f16, 2L, 3));
    NDArray a = ints(DType.UINT8, 1, 2);
    NDArray b = ints(DType.INT8, -1, 3);
    NDArray c = arr(DType.FLOAT16, 0.5, 1.5);
    List<Object> abc = List.of(a, b, c);
    add(g, "hstack(uint8, int8, float16)", "lambda *t: np.hstack(t)", abc, () -> Np.hstack(a, b, c));
    add(g, "vstack(uint8, int8, float16)", "lambda *t: np.vstack(t)", abc, () -> Np.vstack(a, b, c));
    add(g, "dstack(uint8, int8, float16)", "lambda *t: np.dstack(t)", abc, () -> Np.dstack(a, b, c));
    add(g, "column_stack(uint8, int8, float16)", "lambda *t: np.column_stack(t)", abc, () -> Np.columnStack(a, b, c));
    add(g, "concatenate(uint8, int8, float16)", "lambda *t: np.concatenate(t)", abc, () -> Np.concatenate(a, b, c));
    add(g, "stack(uint8, int8, float16)", "lambda *t: np.stack(t)", abc, () -> Np.stack(a, b, c));
    add(g, "stack(float16, uint8, int8)", "lambda *t: np.stack(t)", List.of(c, a, b), () -> Np.stack(c, a, b));
    NDArray t = Np.asarray(new boolean[] {true, false});
    NDArray fl = Np.asarray(new boolean[] {false, true});
    add(g, "select([c1, c2], [uint8, int8], float16)", "lambda c1, c2, x, y, d: np.select([c1, c2], [x, y], d)",
        List.of(t, fl, a, b, c), () -> Np.select(new Object[] {t, fl}, new Object[] {a, b}, c));
    add(g, "select([c1, c2, c1], [uint8, int8, float16])", "lambda c1, c2, x, y, z: np.select([c1, c2, c1], [x, y, z])",
        List.of(t, fl, a, b, c), () -> Np.select(new Object[] {t, fl, t}, new Object[] {a, b, c}));
    add(g, "result_type(uint8, int8, float16)", "lambda *t: np.result_type(*t).name", abc,
        () -> Np.resultType(a, b, c).name());
    // every triple of dtypes NumPy has (bfloat16 needs ml_dtypes): promotion of three is not a fold
    List<DType> all = new ArrayList<>();
    for (DType d : DType.values()) {
      if (d != DType.BFLOAT16) {
        all.add(d);
      }
    }
    for (DType x : all) {
      for (DType y : all) {
        for (DType z : all) {
          add(g, "result_type(" + x + ", " + y + ", " + z + ")", "lambda *t: np.result_type(*t).name",
              List.of(x.name(), y.name(), z.name()), () -> Np.resultType(x, y, z).name());
        }
      }
    }
    NDArray i16 = ints(DType.INT16, 1);
    NDArray u16 = ints(DType.UINT16, 2);
    add(g, "result_type(int16, uint16, float16, 1.0)", "lambda *t: np.result_type(*t).name",
        List.of(i16, u16, c, 1.0), () -> Np.resultType(i16, u16, c, 1.0).name());
    add(g, "result_type(uint8, int8, 1j)", "lambda *t: np.result_type(*t).name",
        List.of(a, b, new Complex(0, 1)), () -> Np.resultType(a, b, new Complex(0, 1)).name());
    add(g, "einsum('i,i,i->i', uint8, int8, float16)", "lambda *t: np.einsum('i,i,i->i', *t)", abc,
        () -> Np.einsum("i,i,i->i", a, b, c));
    add(g, "clip(uint8, int8, float16)", "numpy.clip", abc, () -> Np.clip(a, b, c));
  }

  private void complexMath() {
    String g = "complex_math";
    NDArray r = Np.asarray(new Complex[] {new Complex(1.5, 2.5), new Complex(-0.5, -1.5), new Complex(2.5, 0.5),
        new Complex(NAN, INF)});
    add(g, "rint(complex128 [1.5+2.5j, -0.5-1.5j, 2.5+0.5j, nan+infj])", "numpy.rint", List.of(r), () -> Np.rint(r));
    NDArray r64 = r.astype(DType.COMPLEX64);
    add(g, "rint(complex64 [...])", "numpy.rint", List.of(r64), () -> Np.rint(r64));
    NDArray l = Np.asarray(new Complex[] {new Complex(NAN, -INF)});
    add(g, "log1p(nan - inf j)", "numpy.log1p", List.of(l), () -> Np.log1p(l));
    NDArray x = m(new double[][] {{INF, 1}});
    NDArray y = Np.asarray(new Complex[][] {{new Complex(1, 1)}, {new Complex(0, 1)}});
    add(g, "matmul(float64 [[inf, 1]], complex128 [[1+1j], [1j]])", "numpy.matmul", List.of(x, y),
        () -> Np.matmul(x, y));
    NDArray yt = Np.asarray(new Complex[][] {{new Complex(1, 1), new Complex(0, 1)}});
    NDArray xt = m(new double[][] {{INF}, {1}});
    add(g, "matmul(complex128 [[1+1j, 1j]], float64 [[inf], [1]])", "numpy.matmul", List.of(yt, xt),
        () -> Np.matmul(yt, xt));
    // NumPy's matmul picks BLAS gemv for a vector operand and gemm otherwise
    NDArray y2 = Np.asarray(new Complex[][] {{new Complex(1, 1), new Complex(2, 0)}, {new Complex(0, 1), new Complex(0, 0)}});
    add(g, "matmul(float64 [[inf, 1]], complex128 2x2)", "numpy.matmul", List.of(x, y2), () -> Np.matmul(x, y2));
    NDArray x2 = m(new double[][] {{INF, 1}, {0, INF}});
    add(g, "matmul(float64 2x2 with inf, complex128 [[1+1j], [1j]])", "numpy.matmul", List.of(x2, y),
        () -> Np.matmul(x2, y));
    add(g, "matmul(float64 2x2 with inf, complex128 2x2)", "numpy.matmul", List.of(x2, y2), () -> Np.matmul(x2, y2));
    NDArray xv = Np.asarray(new double[] {INF, 1});
    NDArray yv = Np.asarray(new Complex[] {new Complex(1, 1), new Complex(0, 1)});
    add(g, "dot(float64 [inf, 1], complex128 [1+1j, 1j])", "numpy.dot", List.of(xv, yv), () -> Np.dot(xv, yv));
    add(g, "inner(float64 [inf, 1], complex128 [1+1j, 1j])", "numpy.inner", List.of(xv, yv), () -> Np.inner(xv, yv));
    add(g, "vdot(float64 [inf, 1], complex128 [1+1j, 1j])", "numpy.vdot", List.of(xv, yv), () -> Np.vdot(xv, yv));
  }

  /** NumPy converts a Python float stored into an integer array through a Python int (NEP 50). */
  private void unsignedStores() {
    String g = "unsigned_store";
    NDArray u = ints(DType.UINT8, 112);
    String set = "lambda a, v: (lambda x: (x.__setitem__(0, v), x)[1])(a.copy())";
    for (double v : new double[] {-2.25, 300.0, 255.5, -0.5, NAN, INF}) {
      add(g, "uint8 [112].at(0).set(" + v + ")", set, List.of(u, v), () -> u.at(0).set(v));
    }
    add(g, "uint8 [112].at(0).set(-2)", set, List.of(u, -2L), () -> u.at(0).set(-2L));
    NDArray i8 = ints(DType.INT8, 1);
    add(g, "int8 [1].at(0).set(-200.5)", set, List.of(i8, -200.5), () -> i8.at(0).set(-200.5));
    add(g, "put(uint8 [112], [0], -2.25)", "lambda a: (lambda x: (np.put(x, [0], -2.25), x)[1])(a.copy())", List.of(u),
        () -> Np.put(u, Np.asarray(new long[] {0}), -2.25));
    NDArray fv = Np.asarray(new double[] {-2.25});
    add(g, "put(uint8 [112], [0], float64 [-2.25])", "lambda a, v: (lambda x: (np.put(x, [0], v), x)[1])(a.copy())",
        List.of(u, fv), () -> Np.put(u, Np.asarray(new long[] {0}), fv));
    add(g, "insert(uint8 [112], 0, -2.25)", "lambda a: np.insert(a, 0, -2.25)", List.of(u),
        () -> Np.insert(u, 0L, -2.25));
    add(g, "insert(uint8 [112], 0, float64 [-2.25])", "lambda a, v: np.insert(a, 0, v)", List.of(u, fv),
        () -> Np.insert(u, 0L, fv));
    NDArray idx = Np.asarray(new long[] {0});
    add(g, "put_along_axis(uint8 [112], [0], -2.25, 0)",
        "lambda a, i: (lambda x: (np.put_along_axis(x, i, -2.25, 0), x)[1])(a.copy())", List.of(u, idx),
        () -> Np.putAlongAxis(u, idx, -2.25, 0));
    add(g, "put_along_axis(uint8 [112], [0], float64 [-2.25], 0)",
        "lambda a, i, v: (lambda x: (np.put_along_axis(x, i, v, 0), x)[1])(a.copy())", List.of(u, idx, fv),
        () -> Np.putAlongAxis(u, idx, fv, 0));
  }

  /**
   * float -> integer casts of out-of-range values, on 16 contiguous elements: NumPy's SIMD loop
   * for float -> uint32 differs from its scalar loop (and hence from one-element arrays), and 16
   * elements are whole vectors for both float32 and float64 on AVX2 and AVX-512.
   */
  private void castTable() {
    String g = "cast_table";
    double[] v = {NAN, -INF, INF, -1e20, 1e20, -1.0, -2.5, -300.7, 70000.5, 4294967296.0, -4294967297.0, 1e19,
        9.223372036854775808E18, -9.223372036854775808E18 - 4096.0, 2147483648.5, -2147483649.0};
    NDArray f64 = Np.asarray(v);
    for (DType src : List.of(DType.FLOAT64, DType.FLOAT32, DType.FLOAT16, DType.COMPLEX128, DType.COMPLEX64)) {
      NDArray x = f64.astype(src);
      for (DType to : List.of(DType.UINT8, DType.UINT16, DType.UINT32, DType.UINT64, DType.INT8, DType.INT16,
          DType.INT32, DType.INT64)) {
        add(g, src.name() + " -> " + to.name(), "lambda a, t: a.astype(t)", List.of(x, to.name()), () -> x.astype(to));
        if (src.isComplex() && to == DType.UINT32) {
          out.get(out.size() - 1).skip = "NumPy 2.4.6's complex -> uint32 of values outside (-2^31, 2^32), which C leaves "
              + "undefined, depends on its cast buffering: in this one 16-element array NaN gives 2^31 at the front and "
              + "-2^63 gives 0 near the end, where its float64 -> uint32 loop gives 2^31 for both";
        }
      }
      if (src == DType.FLOAT64 || src == DType.FLOAT32) {
        // NumPy's float -> uint32 loop converts the last n % 4 elements and strided ones through int64
        NDArray head14 = Np.asarray(Arrays.copyOf(v, 14)).astype(src);
        NDArray nan1 = Np.asarray(new double[] {NAN}).astype(src);
        NDArray wide = Np.asarray(Arrays.copyOf(v, 32)).astype(src);
        add(g, src.name() + " [14 values] -> uint32", "lambda a: a.astype('uint32')", List.of(head14),
            () -> head14.astype(DType.UINT32));
        add(g, src.name() + " [NaN] -> uint32", "lambda a: a.astype('uint32')", List.of(nan1),
            () -> nan1.astype(DType.UINT32));
        add(g, src.name() + " [::2] -> uint32", "lambda a: a[::2].astype('uint32')", List.of(wide),
            () -> wide.get("::2").astype(DType.UINT32));
      }
    }
  }

  private void emptyEdges() {
    String g = "empty_edges";
    NDArray z = Np.zeros(0, 0, 6);
    add(g, "max(zeros(0, 0, 6), axis (1, 2), keepdims)", "lambda a: np.max(a, axis=(1, 2), keepdims=True)", List.of(z),
        () -> Np.max(z, new int[] {1, 2}, true));
    NDArray z03 = Np.zeros(0, 3);
    add(g, "nanargmin(zeros(0, 3), axis=0)", "lambda a: np.nanargmin(a, axis=0)", List.of(z03),
        () -> Np.nanargmin(z03, 0));
    NDArray z30 = Np.zeros(3, 0);
    add(g, "nanargmin(zeros(3, 0), axis=1)", "lambda a: np.nanargmin(a, axis=1)", List.of(z30),
        () -> Np.nanargmin(z30, 1));
    add(g, "nanargmax(zeros(3, 0), axis=1)", "lambda a: np.nanargmax(a, axis=1)", List.of(z30),
        () -> Np.nanargmax(z30, 1));
    NDArray z04 = Np.zeros(0, 4);
    NDArray ix = Np.asarray(new long[] {8, 9});
    add(g, "take(zeros(0, 4), [8, 9], 1)", "lambda a, i: np.take(a, i, axis=1)", List.of(z04, ix),
        () -> Np.take(z04, ix, 1));
    NDArray z0 = Np.zeros(0);
    add(g, "linalg.norm(zeros(0), inf)", "numpy.linalg.norm", List.of(z0, INF), () -> Np.linalg.norm(z0, INF));
    add(g, "linalg.norm(zeros(0), -inf)", "numpy.linalg.norm", List.of(z0, -INF), () -> Np.linalg.norm(z0, -INF));
    add(g, "linalg.norm(zeros(0), 1)", "numpy.linalg.norm", List.of(z0, 1L), () -> Np.linalg.norm(z0, 1L));
    for (int[] sh : new int[][] {{0, 3}, {3, 0}, {0, 0}}) {
      NDArray e = Np.zeros(sh);
      for (Object ord : new Object[] {INF, -INF, 1L, -1L, 2L, -2L, "fro", "nuc"}) {
        add(g, "linalg.norm(zeros(" + sh[0] + ", " + sh[1] + "), " + ord + ")", "numpy.linalg.norm", List.of(e, ord),
            () -> Np.linalg.norm(e, ord));
      }
    }
    NDArray z206 = Np.zeros(2, 0, 6);
    add(g, "max(zeros(2, 0, 6), axis 2)", "lambda a: np.max(a, axis=2)", List.of(z206), () -> Np.max(z206, 2));
    add(g, "max(zeros(0, 3), axis 1)", "lambda a: np.max(a, axis=1)", List.of(z03), () -> Np.max(z03, 1));
    add(g, "min(zeros(0, 0, 6), axis (0, 2))", "lambda a: np.min(a, axis=(0, 2))", List.of(z),
        () -> Np.min(z, new int[] {0, 2}));
    NDArray b3 = Np.zeros(3).astype(DType.BOOL);
    NDArray b4 = Np.zeros(4).astype(DType.BOOL);
    add(g, "subtract(bool [3], bool [4])", "numpy.subtract", List.of(b3, b4), () -> Np.subtract(b3, b4));
  }
}
