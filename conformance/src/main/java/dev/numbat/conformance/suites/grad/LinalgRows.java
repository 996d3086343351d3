package dev.numbat.conformance.suites.grad;

import static dev.numbat.conformance.suites.grad.GradRows.*;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Gradient records of the linalg decompositions, solvers and norms. */
final class LinalgRows {
  private LinalgRows() {}

  /**
   * qr, svd, eig, eigvals, eigh and eigvalsh through every output. Factors are unique only up to
   * signs or phases (and eig's order is LAPACK's), so each row differentiates a function the gauge
   * does not change: squared magnitudes of sorted factors, or products such as
   * {@code U diag(c) Vh} in which the phases cancel.
   */
  static List<Row> decompositions() {
    DType c128 = DType.COMPLEX128;
    NDArray c3 = Np.arange(1.0, 4.0);
    String pc3 = "np.arange(1., 4.)";
    // Real eigenvalues near 0, 10 and 20 (disjoint Gershgorin discs for entries in [-2, 2)).
    NDArray spread = Np.diag(Np.asarray(new double[] {0, 10, 20}));
    String pSpread = "np.diag([0., 10., 20.])";
    Function<NDArray, NDArray> mh = x -> Np.conj(Np.swapaxes(x, -1, -2));
    Function<Object, NDArray[]> svd = x -> (NDArray[]) Np.linalg.svd(x);
    Function<Object, NDArray[]> svdR = x -> (NDArray[]) Np.linalg.svd(x, false);
    Function<Object, NDArray[]> svdH = x -> (NDArray[]) Np.linalg.svd(x, true, true, true);
    Function<Object, NDArray[]> qr = x -> (NDArray[]) Np.linalg.qr(x);
    Function<NDArray, NDArray> abs2 = x -> Np.square(Np.abs(x));
    String uCvh = "(lambda u, s, vh: (u[..., :, :3] * " + pc3 + ") @ vh[..., :3, :])";
    Function<NDArray[], NDArray> jUCvh = f -> Np.matmul(Np.multiply(Np.take(f[0], Np.arange(3), -1), c3),
        Np.take(f[2], Np.arange(3), -2));
    String qCr = "(lambda q, r: q @ (" + pc3 + "[:, None] * r))";
    Function<NDArray[], NDArray> jQCr = f -> Np.matmul(f[0], Np.multiply(Np.expandDims(c3, -1), f[1]));
    return List.of(
        // qr: reduced (M > N, square, M < N), 'complete' where Q is unique, 'r'
        row("linalg.qr", "lambda x: np.linalg.qr(x)[0] ** 2", a -> Np.square(qr.apply(a[0])[0]), s(4, 3)),
        row("linalg.qr", "lambda x: np.linalg.qr(x)[1] ** 2", a -> Np.square(qr.apply(a[0])[1]), s(4, 3)),
        row("linalg.qr", "lambda x: np.linalg.qr(x)[0] ** 2", a -> Np.square(qr.apply(a[0])[0]), s(3, 4)),
        row("linalg.qr", "lambda x: np.linalg.qr(x)[1] ** 2", a -> Np.square(qr.apply(a[0])[1]), s(3, 4)),
        row("linalg.qr", "lambda x: " + qCr + "(*np.linalg.qr(x))", a -> jQCr.apply(qr.apply(a[0])), s(3, 3)),
        row("linalg.qr", "lambda x: " + qCr + "(*np.linalg.qr(x))", a -> jQCr.apply(qr.apply(a[0])), s(2, 4, 3)),
        row("linalg.qr", "lambda x: " + qCr + "(*np.linalg.qr(x, mode='complete'))",
            a -> jQCr.apply((NDArray[]) Np.linalg.qr(a[0], "complete")), s(3, 4)),
        row("linalg.qr", "lambda x: np.linalg.qr(x, mode='r') ** 2", a -> Np.square((NDArray) Np.linalg.qr(a[0], "r")), s(4, 3)),
        row("linalg.qr", "lambda x: np.linalg.qr(x, mode='r') ** 2", a -> Np.square((NDArray) Np.linalg.qr(a[0], "r")), s(3, 4)),
        row(c128, "linalg.qr", "lambda x: np.abs(np.linalg.qr(x)[0]) ** 2", a -> abs2.apply(qr.apply(a[0])[0]), s(4, 3)),
        row(c128, "linalg.qr", "lambda x: np.abs(np.linalg.qr(x)[1]) ** 2", a -> abs2.apply(qr.apply(a[0])[1]), s(3, 4)),
        row(c128, "linalg.qr", "lambda x: " + qCr + "(*np.linalg.qr(x))", a -> jQCr.apply(qr.apply(a[0])), s(3, 3)),
        // svd: each output, reduced and full (square; the first min(M, N) columns otherwise), compute_uv, hermitian
        row("linalg.svd", "lambda x: np.linalg.svd(x)[1]", a -> svd.apply(a[0])[1], s(3, 4)),
        row("linalg.svd", "lambda x: np.linalg.svd(x, compute_uv=False)", a -> (NDArray) Np.linalg.svd(a[0], true, false), s(4, 3)),
        row("linalg.svd", "lambda x: np.linalg.svd(x, full_matrices=False)[0] ** 2", a -> Np.square(svdR.apply(a[0])[0]), s(4, 3)),
        row("linalg.svd", "lambda x: np.linalg.svd(x, full_matrices=False)[2] ** 2", a -> Np.square(svdR.apply(a[0])[2]), s(3, 4)),
        row("linalg.svd", "lambda x: np.linalg.svd(x, full_matrices=False)[0] ** 2", a -> Np.square(svdR.apply(a[0])[0]), s(3, 4)),
        row("linalg.svd", "lambda x: " + uCvh + "(*np.linalg.svd(x))", a -> jUCvh.apply(svd.apply(a[0])), s(3, 3)),
        row("linalg.svd", "lambda x: " + uCvh + "(*np.linalg.svd(x))", a -> jUCvh.apply(svd.apply(a[0])), s(4, 3)),
        row("linalg.svd", "lambda x: np.linalg.svd(x)[2][..., :3, :] ** 2",
            a -> Np.square(Np.take(svd.apply(a[0])[2], Np.arange(3), -2)), s(3, 5)),
        row("linalg.svd", "lambda x: " + uCvh + "(*np.linalg.svd(x, full_matrices=False))",
            a -> jUCvh.apply(svdR.apply(a[0])), s(2, 4, 3)),
        row("linalg.svd", "lambda x: " + uCvh + "(*np.linalg.svd(x, hermitian=True))", a -> jUCvh.apply(svdH.apply(a[0])), s(3, 3)),
        row("linalg.svd", "lambda x: np.linalg.svd(x, compute_uv=False, hermitian=True)",
            a -> (NDArray) Np.linalg.svd(a[0], true, false, true), s(3, 3)),
        row(c128, "linalg.svd", "lambda x: np.linalg.svd(x)[1]", a -> svd.apply(a[0])[1], s(3, 4)),
        row(c128, "linalg.svd", "lambda x: np.abs(np.linalg.svd(x, full_matrices=False)[0]) ** 2",
            a -> abs2.apply(svdR.apply(a[0])[0]), s(4, 3)),
        row(c128, "linalg.svd", "lambda x: np.abs(np.linalg.svd(x, full_matrices=False)[2]) ** 2",
            a -> abs2.apply(svdR.apply(a[0])[2]), s(3, 4)),
        row(c128, "linalg.svd", "lambda x: " + uCvh + "(*np.linalg.svd(x))", a -> jUCvh.apply(svd.apply(a[0])), s(3, 3)),
        row(c128, "linalg.svd", "lambda x: " + uCvh + "(*np.linalg.svd(x, hermitian=True))", a -> jUCvh.apply(svdH.apply(a[0])), s(3, 3)),
        row(DType.FLOAT32, "linalg.svd", "lambda x: " + uCvh + "(*np.linalg.svd(x))", a -> jUCvh.apply(svd.apply(a[0])), s(4, 3)),
        // eigh's eigenvectors (lower or upper triangle read), with the eigenvalues; complex eigvalsh
        row("linalg.eigh", "lambda x: np.linalg.eigh(x)[1] ** 2", a -> Np.square(Np.linalg.eigh(a[0])[1]), s(3, 3)),
        row("linalg.eigh", "lambda x: (lambda w, v: (v * " + pc3 + ") @ np.swapaxes(v, -1, -2))(*np.linalg.eigh(x, 'U'))",
            a -> {
              NDArray v = Np.linalg.eigh(a[0], "U")[1];
              return Np.matmul(Np.multiply(v, c3), Np.swapaxes(v, -1, -2));
            }, s(2, 3, 3)),
        row(c128, "linalg.eigh", "lambda x: np.abs(np.linalg.eigh(x)[1]) ** 2", a -> abs2.apply(Np.linalg.eigh(a[0])[1]), s(3, 3)),
        row(c128, "linalg.eigh", "lambda x: (lambda w, v: (v * np.exp(w)) @ np.conj(np.swapaxes(v, -1, -2)))(*np.linalg.eigh(x, 'U'))",
            a -> {
              NDArray[] wv = Np.linalg.eigh(a[0], "U");
              return Np.matmul(Np.multiply(wv[1], Np.exp(wv[0])), mh.apply(wv[1]));
            }, s(3, 3)),
        row(c128, "linalg.eigh", "lambda x: np.linalg.eigh(x)[0]", a -> Np.linalg.eigh(a[0])[0], s(2, 3, 3)),
        row(DType.FLOAT32, "linalg.eigh", "lambda x: np.linalg.eigh(x)[1] ** 2", a -> Np.square(Np.linalg.eigh(a[0])[1]), s(3, 3)),
        row(c128, "linalg.eigvalsh", "np.linalg.eigvalsh", a -> Np.linalg.eigvalsh(a[0]), s(3, 3)),
        row(c128, "linalg.eigvalsh", "lambda x: np.linalg.eigvalsh(x, 'U')", a -> Np.linalg.eigvalsh(a[0], "U"), s(2, 3, 3)),
        // eig / eigvals: sorted real eigenvalues, power sums of a complex pair, order-free f(A) = V f(w) V^-1
        row("linalg.eigvals", "lambda x: np.sort(np.linalg.eigvals(x + " + pSpread + "))",
            a -> Np.sort(Np.linalg.eigvals(Np.add(a[0], spread))), s(3, 3)),
        row("linalg.eigvals", "lambda x: np.sort(np.linalg.eigvals(x + " + pSpread + "), -1)",
            a -> Np.sort(Np.linalg.eigvals(Np.add(a[0], spread)), -1), s(2, 3, 3)),
        row("linalg.eigvals", "lambda x: (lambda w: np.stack([np.sum(w), np.sum(w ** 2), np.sum(w ** 3)]))"
            + "(np.linalg.eigvals(x + np.array([[0., -3., 0.], [3., 0., 0.], [0., 0., 0.]])))",
            a -> {
              NDArray w = Np.linalg.eigvals(Np.add(a[0], Np.asarray(new double[][] {{0, -3, 0}, {3, 0, 0}, {0, 0, 0}})));
              return Np.stack(Np.sum(w), Np.sum(Np.power(w, 2)), Np.sum(Np.power(w, 3)));
            }, s(3, 3)),
        row(c128, "linalg.eigvals", "lambda x: (lambda w: w[np.argsort(w.real)])(np.linalg.eigvals(x))",
            a -> {
              NDArray w = Np.linalg.eigvals(a[0]);
              return Np.take(w, Np.argsort(Np.real(w)));
            }, s(3, 3)),
        row("linalg.eig", "lambda x: (lambda w, v: v[:, np.argsort(w)] ** 2)(*np.linalg.eig(x + " + pSpread + "))",
            a -> {
              NDArray[] wv = Np.linalg.eig(Np.add(a[0], spread));
              return Np.square(Np.take(wv[1], Np.argsort(wv[0]), -1));
            }, s(3, 3)),
        row("linalg.eig", "lambda x: (lambda w, v: (v * np.sin(w)[..., None, :]) @ np.linalg.inv(v))(*np.linalg.eig(x))",
            a -> {
              NDArray[] wv = Np.linalg.eig(a[0]);
              return Np.matmul(Np.multiply(wv[1], Np.expandDims(Np.sin(wv[0]), -2)), Np.linalg.inv(wv[1]));
            }, s(2, 3, 3)),
        row(c128, "linalg.eig", "lambda x: (lambda w, v: np.abs(v[:, np.argsort(w.real)]) ** 2)(*np.linalg.eig(x))",
            a -> {
              NDArray[] wv = Np.linalg.eig(a[0]);
              return abs2.apply(Np.take(wv[1], Np.argsort(Np.real(wv[0])), -1));
            }, s(3, 3)),
        row(c128, "linalg.eig", "lambda x: (lambda w, v: (v * w ** 2) @ np.linalg.inv(v))(*np.linalg.eig(x))",
            a -> {
              NDArray[] wv = Np.linalg.eig(a[0]);
              return Np.matmul(Np.multiply(wv[1], Np.square(wv[0])), Np.linalg.inv(wv[1]));
            }, s(3, 3)));
  }

  /**
   * pinv, lstsq, cond, tensorsolve and slogdet's complex sign: full-rank, rank-deficient (rcond
   * cut-off, rank kept by building the input as a product) and hermitian forms. Square inputs are
   * shifted by 4 I away from singular matrices.
   */
  static List<Row> solvers() {
    String eye = "np.eye(3) * 4";
    NDArray eye4 = Np.multiply(Np.eye(3), 4);
    Function<Object, NDArray> x0 = o -> (NDArray) o;
    NDArray shift236 = Np.multiply(Np.reshape(Np.eye(6), 2, 3, 6), 4);
    NDArray shift623 = Np.multiply(Np.reshape(Np.eye(6), 6, 2, 3), 4);
    NDArray shift422 = Np.multiply(Np.reshape(Np.eye(4), 4, 2, 2), 4);
    String lstsq = "np.linalg.lstsq(a, b, rcond=None)";
    return List.of(
        row("linalg.pinv", "np.linalg.pinv", a -> Np.linalg.pinv(a[0]), s(3, 4)),
        row("linalg.pinv", "np.linalg.pinv", a -> Np.linalg.pinv(a[0]), s(4, 3)),
        row("linalg.pinv", "np.linalg.pinv", a -> Np.linalg.pinv(a[0]), s(2, 3, 4)),
        row("linalg.pinv", "lambda x, y: np.linalg.pinv(x @ y, 1e-10)", a -> Np.linalg.pinv(Np.matmul(a[0], a[1]), 1e-10),
            s(4, 2), s(2, 3)),
        row("linalg.pinv", "lambda x: np.linalg.pinv(x + " + eye + ", hermitian=True)",
            a -> Np.linalg.pinv(Np.add(a[0], eye4), null, true), s(3, 3)),
        row("linalg.pinv", "lambda x: np.linalg.pinv(x + np.swapaxes(x, -1, -2) + " + eye + ", 1e-15, True)",
            a -> Np.linalg.pinv(Np.add(Np.add(a[0], Np.swapaxes(a[0], -1, -2)), eye4), 1e-15, true), s(2, 3, 3)),
        row("linalg.pinv", "lambda x: np.linalg.pinv(x @ x.T, 1e-10, True)",
            a -> Np.linalg.pinv(Np.matmul(a[0], a[0].T()), 1e-10, true), s(3, 2)),
        row(DType.COMPLEX128, "linalg.pinv", "np.linalg.pinv", a -> Np.linalg.pinv(a[0]), s(2, 3)),
        row(DType.COMPLEX128, "linalg.pinv", "lambda x: np.linalg.pinv(x @ x.conj().T, 1e-10, True)",
            a -> Np.linalg.pinv(Np.matmul(a[0], Np.conj(a[0].T())), 1e-10, true), s(3, 2)),
        row(DType.COMPLEX128, "linalg.pinv", "lambda x: np.linalg.pinv(x + " + eye + ", hermitian=True)",
            a -> Np.linalg.pinv(Np.add(a[0], eye4), null, true), s(3, 3)),
        row("linalg.lstsq", "lambda a, b: " + lstsq + "[0]", a -> x0.apply(Np.linalg.lstsq(a[0], a[1])[0]), s(5, 3), s(5)),
        row("linalg.lstsq", "lambda a, b: " + lstsq + "[0]", a -> x0.apply(Np.linalg.lstsq(a[0], a[1])[0]), s(5, 3), s(5, 2)),
        row("linalg.lstsq", "lambda a, b: " + lstsq + "[0]", a -> x0.apply(Np.linalg.lstsq(a[0], a[1])[0]), s(2, 4), s(2)),
        row("linalg.lstsq", "lambda a, b: " + lstsq + "[1]", a -> x0.apply(Np.linalg.lstsq(a[0], a[1])[1]), s(5, 3), s(5, 2)),
        row("linalg.lstsq", "lambda a, b: " + lstsq + "[1]", a -> x0.apply(Np.linalg.lstsq(a[0], a[1])[1]), s(4, 2), s(4)),
        row("linalg.lstsq", "lambda a, b: " + lstsq + "[3]", a -> x0.apply(Np.linalg.lstsq(a[0], a[1])[3]), s(4, 3), s(4)),
        row("linalg.lstsq", "lambda a, b: (lambda r: np.concatenate([r[0].ravel(), r[1], r[3]]))(" + lstsq + ")",
            a -> {
              Object[] r = Np.linalg.lstsq(a[0], a[1]);
              return Np.concatenate(Np.ravel(r[0]), r[1], r[3]);
            }, s(5, 3), s(5, 2)),
        row("linalg.lstsq", "lambda x, y, b: np.linalg.lstsq(x @ y, b, rcond=1e-10)[0]",
            a -> x0.apply(Np.linalg.lstsq(Np.matmul(a[0], a[1]), a[2], 1e-10)[0]), s(5, 2), s(2, 3), s(5)),
        row(DType.COMPLEX128, "linalg.lstsq", "lambda a, b: " + lstsq + "[0]", a -> x0.apply(Np.linalg.lstsq(a[0], a[1])[0]),
            s(4, 2), s(4)),
        row(DType.COMPLEX128, "linalg.lstsq", "lambda a, b: " + lstsq + "[1]", a -> x0.apply(Np.linalg.lstsq(a[0], a[1])[1]),
            s(4, 2), s(4, 2)),
        row("linalg.cond", "lambda x: np.linalg.cond(x + " + eye + ")", a -> Np.linalg.cond(Np.add(a[0], eye4)), s(3, 3)),
        row("linalg.cond", "np.linalg.cond", a -> Np.linalg.cond(a[0]), s(3, 4)),
        row("linalg.cond", "lambda x: np.linalg.cond(x + " + eye + ", 2)", a -> Np.linalg.cond(Np.add(a[0], eye4), 2), s(3, 3)),
        row("linalg.cond", "lambda x: np.linalg.cond(x + " + eye + ", -2)", a -> Np.linalg.cond(Np.add(a[0], eye4), -2),
            s(2, 3, 3)),
        row("linalg.cond", "lambda x: np.linalg.cond(x + " + eye + ", 1)", a -> Np.linalg.cond(Np.add(a[0], eye4), 1), s(3, 3)),
        row("linalg.cond", "lambda x: np.linalg.cond(x + " + eye + ", -1)", a -> Np.linalg.cond(Np.add(a[0], eye4), -1), s(3, 3)),
        row("linalg.cond", "lambda x: np.linalg.cond(x + " + eye + ", np.inf)",
            a -> Np.linalg.cond(Np.add(a[0], eye4), Double.POSITIVE_INFINITY), s(2, 3, 3)),
        row("linalg.cond", "lambda x: np.linalg.cond(x + " + eye + ", -np.inf)",
            a -> Np.linalg.cond(Np.add(a[0], eye4), Double.NEGATIVE_INFINITY), s(3, 3)),
        row(DType.COMPLEX128, "linalg.cond", "lambda x: np.linalg.cond(x + " + eye + ")",
            a -> Np.linalg.cond(Np.add(a[0], eye4)), s(3, 3)),
        row(DType.COMPLEX128, "linalg.cond", "lambda x: np.linalg.cond(x + " + eye + ", -2)",
            a -> Np.linalg.cond(Np.add(a[0], eye4), -2), s(3, 3)),
        // NumPy 1.24 returns a complex condition number for p=1 of a complex matrix (NumPy 2: real)
        row(DType.COMPLEX128, "linalg.cond", "lambda x: np.real(np.linalg.cond(x + " + eye + ", 1))",
            a -> Np.linalg.cond(Np.add(a[0], eye4), 1), s(3, 3)),
        row("linalg.tensorsolve", "lambda a, b: np.linalg.tensorsolve(a + np.eye(6).reshape(2, 3, 6) * 4, b)",
            a -> Np.linalg.tensorsolve(Np.add(a[0], shift236), a[1]), s(2, 3, 6), s(2, 3)),
        row("linalg.tensorsolve", "lambda a, b: np.linalg.tensorsolve(a + np.eye(6).reshape(6, 2, 3) * 4, b, axes=(0,))",
            a -> Np.linalg.tensorsolve(Np.add(a[0], shift623), a[1], 0), s(6, 2, 3), s(2, 3)),
        row(DType.COMPLEX128, "linalg.tensorsolve", "lambda a, b: np.linalg.tensorsolve(a + np.eye(4).reshape(4, 2, 2) * 4, b)",
            a -> Np.linalg.tensorsolve(Np.add(a[0], shift422), a[1]), s(4, 2, 2), s(4)),
        row(DType.COMPLEX128, "linalg.slogdet", "lambda x: np.linalg.slogdet(x + " + eye + ")[0]",
            a -> Np.linalg.slogdet(Np.add(a[0], eye4))[0], s(3, 3)),
        row(DType.COMPLEX128, "linalg.slogdet", "lambda x: np.linalg.slogdet(x + " + eye + ")[1]",
            a -> Np.linalg.slogdet(Np.add(a[0], eye4))[1], s(2, 3, 3)),
        row(DType.COMPLEX128, "linalg.slogdet", "lambda x: (lambda r: r[0] * r[1])(np.linalg.slogdet(x + " + eye + "))",
            a -> {
              NDArray[] r = Np.linalg.slogdet(Np.add(a[0], eye4));
              return Np.multiply(r[0], r[1]);
            }, s(2, 3, 3)),
        row("linalg.slogdet", "lambda x: (lambda r: r[0] * r[1])(np.linalg.slogdet(x + " + eye + "))",
            a -> {
              NDArray[] r = Np.linalg.slogdet(Np.add(a[0], eye4));
              return Np.multiply(r[0], r[1]);
            }, s(3, 3)));
  }

  /**
   * linalg.norm over every ord NumPy takes (vectors: None/2, 1, -1, inf, -inf, 0, other p
   * including negative and fractional; matrices: None/'fro', 'nuc', 1, -1, inf, -inf, 2, -2), with
   * int, 1-tuple, reversed and non-adjacent 2-tuple axes, keepdims, a stacked input and complex
   * inputs; and cond with p 'fro'/'nuc', which goes through the matrix-norm rule. Random inputs
   * have no ties among |x|, the column/row sums or the singular values.
   */
  static List<Row> norms() {
    String eye = "np.eye(3) * 4";
    NDArray eye4 = Np.multiply(Np.eye(3), 4);
    return List.of(
        row("linalg.norm", "lambda x: np.linalg.norm(x, 2)", a -> Np.linalg.norm(a[0], 2), s(5)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 1)", a -> Np.linalg.norm(a[0], 1), s(5)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, -1)", a -> Np.linalg.norm(a[0], -1), s(5)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, np.inf)", a -> Np.linalg.norm(a[0], Double.POSITIVE_INFINITY), s(5)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, -np.inf)", a -> Np.linalg.norm(a[0], Double.NEGATIVE_INFINITY), s(5)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 0, 1)", a -> Np.linalg.norm(a[0], 0, 1), s(3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 3)", a -> Np.linalg.norm(a[0], 3), s(5)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 0.5)", a -> Np.linalg.norm(a[0], 0.5), s(4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, -3)", a -> Np.linalg.norm(a[0], -3), s(4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, None, None, True)", a -> Np.linalg.norm(a[0], null, null, true), s(4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, -np.inf, 1)", a -> Np.linalg.norm(a[0], Double.NEGATIVE_INFINITY, 1), s(3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, np.inf, 0, True)", a -> Np.linalg.norm(a[0], Double.POSITIVE_INFINITY, 0, true), s(3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 1, (1,))", a -> Np.linalg.norm(a[0], 1, new int[] {1}), s(3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 3, -1, True)", a -> Np.linalg.norm(a[0], 3, -1, true), s(3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, -3, 1)", a -> Np.linalg.norm(a[0], -3, 1), s(2, 3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 2.5, 0, True)", a -> Np.linalg.norm(a[0], 2.5, 0, true), s(2, 3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, None, -1, True)", a -> Np.linalg.norm(a[0], null, -1, true), s(2, 3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 0.5, 2)", a -> Np.linalg.norm(a[0], 0.5, 2), s(2, 3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 'fro')", a -> Np.linalg.norm(a[0], "fro"), s(3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, None, (1, 0))", a -> Np.linalg.norm(a[0], null, new int[] {1, 0}), s(3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 'nuc')", a -> Np.linalg.norm(a[0], "nuc"), s(3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 'nuc')", a -> Np.linalg.norm(a[0], "nuc"), s(4, 3)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 'nuc', (1, 0), True)", a -> Np.linalg.norm(a[0], "nuc", new int[] {1, 0}, true), s(3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 1)", a -> Np.linalg.norm(a[0], 1), s(3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, -1)", a -> Np.linalg.norm(a[0], -1), s(4, 3)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, np.inf)", a -> Np.linalg.norm(a[0], Double.POSITIVE_INFINITY), s(4, 3)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, -np.inf)", a -> Np.linalg.norm(a[0], Double.NEGATIVE_INFINITY), s(3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 2)", a -> Np.linalg.norm(a[0], 2), s(3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, -2)", a -> Np.linalg.norm(a[0], -2), s(4, 3)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 1, (1, 0))", a -> Np.linalg.norm(a[0], 1, new int[] {1, 0}), s(3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, -np.inf, (1, 0))", a -> Np.linalg.norm(a[0], Double.NEGATIVE_INFINITY, new int[] {1, 0}), s(3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 2, (-2, -1))", a -> Np.linalg.norm(a[0], 2, new int[] {-2, -1}), s(2, 3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 'nuc', (0, 2), True)", a -> Np.linalg.norm(a[0], "nuc", new int[] {0, 2}, true), s(2, 3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, -np.inf, (0, 2))", a -> Np.linalg.norm(a[0], Double.NEGATIVE_INFINITY, new int[] {0, 2}), s(2, 3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 'fro', (2, 0), True)", a -> Np.linalg.norm(a[0], "fro", new int[] {2, 0}, true), s(2, 3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, -2, (2, 1))", a -> Np.linalg.norm(a[0], -2, new int[] {2, 1}), s(2, 3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 1, (-1, -2), True)", a -> Np.linalg.norm(a[0], 1, new int[] {-1, -2}, true), s(2, 3, 4)),
        row("linalg.norm", "lambda x: np.linalg.norm(x, np.inf, (-2, -1))", a -> Np.linalg.norm(a[0], Double.POSITIVE_INFINITY, new int[] {-2, -1}), s(2, 3, 4)),
        row(DType.COMPLEX128, "linalg.norm", "lambda x: np.linalg.norm(x, 2)", a -> Np.linalg.norm(a[0], 2), s(4)),
        row(DType.COMPLEX128, "linalg.norm", "lambda x: np.linalg.norm(x, 1)", a -> Np.linalg.norm(a[0], 1), s(4)),
        row(DType.COMPLEX128, "linalg.norm", "lambda x: np.linalg.norm(x, np.inf, 1)", a -> Np.linalg.norm(a[0], Double.POSITIVE_INFINITY, 1), s(3, 4)),
        row(DType.COMPLEX128, "linalg.norm", "lambda x: np.linalg.norm(x, 3)", a -> Np.linalg.norm(a[0], 3), s(4)),
        row(DType.COMPLEX128, "linalg.norm", "lambda x: np.linalg.norm(x, -1, 0)", a -> Np.linalg.norm(a[0], -1, 0), s(3, 2)),
        row(DType.COMPLEX128, "linalg.norm", "lambda x: np.linalg.norm(x, 'fro')", a -> Np.linalg.norm(a[0], "fro"), s(2, 3)),
        row(DType.COMPLEX128, "linalg.norm", "lambda x: np.linalg.norm(x, 'nuc')", a -> Np.linalg.norm(a[0], "nuc"), s(3, 3)),
        row(DType.COMPLEX128, "linalg.norm", "lambda x: np.linalg.norm(x, 2)", a -> Np.linalg.norm(a[0], 2), s(2, 3)),
        row(DType.COMPLEX128, "linalg.norm", "lambda x: np.linalg.norm(x, -2)", a -> Np.linalg.norm(a[0], -2), s(3, 2)),
        row(DType.COMPLEX128, "linalg.norm", "lambda x: np.linalg.norm(x, 1)", a -> Np.linalg.norm(a[0], 1), s(3, 3)),
        row(DType.COMPLEX128, "linalg.norm", "lambda x: np.linalg.norm(x, -np.inf)", a -> Np.linalg.norm(a[0], Double.NEGATIVE_INFINITY), s(3, 3)),
        row(DType.COMPLEX128, "linalg.norm", "lambda x: np.linalg.norm(x, 'nuc', (0, 2))", a -> Np.linalg.norm(a[0], "nuc", new int[] {0, 2}), s(2, 3, 2)),
        row("linalg.cond", "lambda x: np.linalg.cond(x + " + eye + ", 'fro')", a -> Np.linalg.cond(Np.add(a[0], eye4), "fro"),
            s(3, 3)),
        row("linalg.cond", "lambda x: np.linalg.cond(x + " + eye + ", 'nuc')", a -> Np.linalg.cond(Np.add(a[0], eye4), "nuc"),
            s(2, 3, 3)),
        row(DType.COMPLEX128, "linalg.cond", "lambda x: np.real(np.linalg.cond(x + " + eye + ", 'fro'))",
            a -> Np.linalg.cond(Np.add(a[0], eye4), "fro"), s(3, 3)),
        row(DType.COMPLEX128, "linalg.cond", "lambda x: np.real(np.linalg.cond(x + " + eye + ", 'nuc'))",
            a -> Np.linalg.cond(Np.add(a[0], eye4), "nuc"), s(3, 3)));
  }
}
