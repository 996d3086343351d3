package dev.numbat.conformance.suites.grad;

import static dev.numbat.conformance.suites.grad.GradRows.*;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import java.util.ArrayList;
import java.util.List;

/** Gradient records of the ops that move, select, join, sort or update elements, and of the remaining covered ops. */
final class StructuralRows {
  private StructuralRows() {}

  /** Element moves (positions rule), products and matrix functions, each over a few argument forms. */
  static List<Row> structural() {
    int[] m = {3, 4};
    NDArray mask = Np.reshape(bools(1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1), 3, 4);
    String pyMask = "np.array([[1,0,1,1],[0,0,1,0],[1,1,0,1]], dtype=bool)";
    NDArray idx34 = Np.reshape(ints(3, 0, 0, 1, 2, 2, 1, 0, 0, 3, 3, 1), 3, 4);
    String pyIdx34 = "np.array([[3,0,0,1],[2,2,1,0],[0,3,3,1]])";
    String eye = "np.eye(3) * 4";
    NDArray eye4 = Np.multiply(Np.eye(3), 4);
    List<Row> r = new ArrayList<>(List.of(
        row("expand_dims", "lambda x: np.expand_dims(x, 1)", a -> Np.expandDims(a[0], 1), m),
        row("squeeze", "np.squeeze", a -> Np.squeeze(a[0]), s(3, 1, 4)),
        row("polyval", "np.polyval", a -> Np.polyval(a[0], a[1]), s(4), s(2, 3)),
        row("interp", "lambda x, f: np.interp(x, [-2.0, -0.5, 0.5, 2.0], f)",
            a -> Np.interp(a[0], Np.asarray(new double[] {-2, -0.5, 0.5, 2}), a[1]), s(5), s(4)),
        row("concat", "lambda x, y: np.concat([x, y], axis=1)", a -> Np.concat(new Object[] {a[0], a[1]}, 1), m, s(3, 2)),
        row("vecdot", "np.vecdot", a -> Np.vecdot(a[0], a[1]), m, s(4)),
        row("convolve", "np.convolve", a -> Np.convolve(a[0], a[1]), s(5), s(3)),
        row("correlate", "lambda x, y: np.correlate(x, y, 'same')", a -> Np.correlate(a[0], a[1], "same"), s(5), s(3)),
        row("polyadd", "np.polyadd", a -> Np.polyadd(a[0], a[1]), s(4), s(2)),
        row("polyder", "lambda p: np.polyder(p, 2)", a -> Np.polyder(a[0], 2), s(5)),
        row("polyint", "lambda p: np.polyint(p, 2, [1.0, 2.0])", a -> Np.polyint(a[0], 2, new double[] {1.0, 2.0}), s(4)),
        row("gradient", "lambda f: np.gradient(f, axis=1, edge_order=2)", a -> (NDArray) Np.gradient(a[0], null, 1, 2), m),
        row("gradient", "lambda f: np.gradient(f, [0.0, 1.0, 3.0, 4.5], axis=1)",
            a -> (NDArray) Np.gradient(a[0], Np.asarray(new double[] {0, 1, 3, 4.5}), 1), m),
        row("ediff1d", "lambda x: np.ediff1d(x, to_begin=[0.5])", a -> Np.ediff1d(a[0], null, new double[] {0.5}), m),
        row("unwrap", "lambda p: np.unwrap(p * 3)", a -> Np.unwrap(Np.multiply(a[0], 3L)), m),
        row("cov", "np.cov", a -> Np.cov(a[0]), m),
        row("corrcoef", "np.corrcoef", a -> Np.corrcoef(a[0]), m),
        row("cumulative_sum", "lambda x: np.cumulative_sum(x, axis=1, include_initial=True)",
            a -> Np.cumulativeSum(a[0], 1, null, true), m),
        row("cumulative_prod", "lambda x: np.cumulative_prod(x, axis=0)", a -> Np.cumulativeProd(a[0], 0), m),
        row("nancumsum", "lambda x: np.nancumsum(x, axis=1)", a -> Np.nancumsum(a[0], 1), m),
        row("nancumprod", "np.nancumprod", a -> Np.nancumprod(a[0]), m),
        row("permute_dims", "lambda x: np.permute_dims(x, (1, 0))", a -> Np.permuteDims(a[0], 1, 0), m),
        row("matrix_transpose", "np.matrix_transpose", a -> Np.matrixTranspose(a[0]), s(2, 3, 4)),
        row("rollaxis", "lambda x: np.rollaxis(x, 2)", a -> Np.rollaxis(a[0], 2), s(2, 3, 4)),
        row("resize", "lambda x: np.resize(x, (5, 3))", a -> Np.resize(a[0], 5, 3), m),
        row("modf", "lambda x: np.modf(x * 3)[0]", a -> Np.modf(Np.multiply(a[0], 3L))[0], m),
        row("sum", "lambda x: np.sum(x, axis=1, initial=0.5, where=[True, False, True, True])",
            a -> Np.sum(a[0], new int[] {1}, false, null, 0.5, new boolean[] {true, false, true, true}), m),
        row("max", "lambda x: np.max(x, axis=0, initial=-3.0, where=[True, False, True, True])",
            a -> Np.max(a[0], new int[] {0}, false, -3.0, new boolean[] {true, false, true, true}), m),
        row("mean", "lambda x: np.mean(x, axis=1, where=[True, False, True, True])",
            a -> Np.mean(a[0], new int[] {1}, false, null, new boolean[] {true, false, true, true}), m),
        row("swapaxes", "lambda x: np.swapaxes(x, 0, 2)", a -> Np.swapaxes(a[0], 0, 2), s(2, 3, 4)),
        row("moveaxis", "lambda x: np.moveaxis(x, 0, -1)", a -> Np.moveaxis(a[0], 0, -1), s(2, 3, 4)),
        row("atleast_1d", "np.atleast_1d", a -> Np.atleast1d(a[0]), s()),
        row("atleast_2d", "np.atleast_2d", a -> Np.atleast2d(a[0]), s(4)),
        row("atleast_3d", "np.atleast_3d", a -> Np.atleast3d(a[0]), m),
        row("broadcast_to", "lambda x: np.broadcast_to(x, (2, 3, 4))", a -> Np.broadcastTo(a[0], 2, 3, 4), s(3, 1)),
        row("flip", "lambda x: np.flip(x, 1)", a -> Np.flip(a[0], 1), m),
        row("flip", "np.flip", a -> Np.flip(a[0]), m),
        row("flipud", "np.flipud", a -> Np.flipud(a[0]), m),
        row("fliplr", "np.fliplr", a -> Np.fliplr(a[0]), m),
        row("rot90", "np.rot90", a -> Np.rot90(a[0]), m),
        row("rot90", "lambda x: np.rot90(x, 3, (2, 0))", a -> Np.rot90(a[0], 3, 2, 0), s(2, 3, 4)),
        row("transpose", "lambda x: np.transpose(x, (1, 2, 0))", a -> Np.transpose(a[0], new int[] {1, 2, 0}), s(2, 3, 4)),
        row("T", "lambda x: x.T", a -> a[0].T(), s(2, 3, 4)),
        row("concatenate", "lambda x, y: np.concatenate([x, y], axis=1)", a -> Np.concatenate(new Object[] {a[0], a[1]}, 1), m, s(3, 2)),
        row("concatenate", "lambda x, y: np.concatenate([x, y], axis=None)", a -> Np.concatenate(new Object[] {a[0], a[1]}, null), m, s(5)),
        row("stack", "lambda x, y: np.stack([x, y], axis=1)", a -> Np.stack(new Object[] {a[0], a[1]}, 1), m, m),
        row("hstack", "lambda x, y: np.hstack([x, y])", a -> Np.hstack(a[0], a[1]), m, s(3, 1)),
        row("vstack", "lambda x, y: np.vstack([x, y])", a -> Np.vstack(a[0], a[1]), m, s(4)),
        row("dstack", "lambda x, y: np.dstack([x, y])", a -> Np.dstack(a[0], a[1]), m, m),
        row("column_stack", "lambda x, y: np.column_stack([x, y])", a -> Np.columnStack(a[0], a[1]), s(3), s(3, 2)),
        row("append", "np.append", a -> Np.append(a[0], a[1]), m, s(2)),
        row("append", "lambda x, y: np.append(x, y, axis=0)", a -> Np.append(a[0], a[1], 0), m, s(2, 4)),
        row("insert", "lambda x, y: np.insert(x, 1, y, axis=1)", a -> Np.insert(a[0], 1, a[1], 1), m, s(3)),
        row("insert", "lambda x, y: np.insert(x, [1, 3], y)", a -> Np.insert(a[0], new int[] {1, 3}, a[1]), m, s(2)),
        row("delete", "lambda x: np.delete(x, 1, axis=0)", a -> Np.delete(a[0], 1, 0), m),
        row("delete", "lambda x: np.delete(x, [0, 5, 7])", a -> Np.delete(a[0], new int[] {0, 5, 7}), m),
        row("tile", "lambda x: np.tile(x, (2, 1, 2))", a -> Np.tile(a[0], 2, 1, 2), m),
        row("repeat", "lambda x: np.repeat(x, 2, axis=0)", a -> Np.repeat(a[0], 2, 0), m),
        row("repeat", "lambda x: np.repeat(x, [1, 2, 0, 3], axis=1)", a -> Np.repeat(a[0], new int[] {1, 2, 0, 3}, 1), m),
        row("roll", "lambda x: np.roll(x, 1, axis=1)", a -> Np.roll(a[0], new int[] {1}, 1), m),
        row("roll", "lambda x: np.roll(x, 5)", a -> Np.roll(a[0], 5), m),
        row("pad", "lambda x: np.pad(x, 1)", a -> Np.pad(a[0], 1), m),
        row("pad", "lambda x: np.pad(x, ((1, 0), (2, 1)), 'reflect')", a -> Np.pad(a[0], new int[][] {{1, 0}, {2, 1}}, "reflect"), m),
        row("pad", "lambda x: np.pad(x, 2, 'edge')", a -> Np.pad(a[0], 2, "edge"), m),
        row("pad", "lambda x: np.pad(x, ((0, 3), (1, 1)), 'wrap')", a -> Np.pad(a[0], new int[][] {{0, 3}, {1, 1}}, "wrap"), m),
        row("take", "lambda x: np.take(x, [0, 2, 2], axis=1)", a -> Np.take(a[0], ints(0, 2, 2), 1), m),
        row("take", "lambda x: np.take(x, [1, 5, 5, 11])", a -> Np.take(a[0], ints(1, 5, 5, 11)), m),
        row("take_along_axis", "lambda x: np.take_along_axis(x, " + pyIdx34 + ", axis=1)",
            a -> Np.takeAlongAxis(a[0], idx34, 1), m),
        row("where", "lambda x, y: np.where(" + pyMask + ", x, y)", a -> Np.where(mask, a[0], a[1]), m, s(4)),
        row("select", "lambda x, y, z: np.select([" + pyMask + ", ~" + pyMask + "[::-1]], [x, y], z)",
            a -> Np.select(new Object[] {mask, Np.logicalNot(Np.flip(mask, 0))}, new Object[] {a[0], a[1]}, a[2]), m, s(4), s(3, 1)),
        row("compress", "lambda x: np.compress([True, False, True], x, axis=0)",
            a -> Np.compress(bools(1, 0, 1), a[0], 0), m),
        row("extract", "lambda x: np.extract(" + pyMask + ", x)", a -> Np.extract(mask, a[0]), m),
        row("choose", "lambda x, y, z: np.choose(" + pyIdx34 + " % 3, [x, y, z])",
            a -> Np.choose(Np.remainder(idx34, 3), a[0], a[1], a[2]), m, s(4), m),
        row("diagonal", "np.diagonal", a -> Np.diagonal(a[0]), m),
        row("diagonal", "lambda x: np.diagonal(x, 1, 2, 0)", a -> Np.diagonal(a[0], 1, 2, 0), s(3, 2, 4)),
        row("trace", "np.trace", a -> Np.trace(a[0]), m),
        row("trace", "lambda x: np.trace(x, -1, 1, 2)", a -> Np.trace(a[0], -1, 1, 2), s(2, 3, 4)),
        row("put_along_axis", "lambda x, v: (lambda c: (np.put_along_axis(c, " + pyIdx34 + "[:, :2], v, axis=1), c)[1])(x.copy())",
            a -> Np.putAlongAxis(a[0], idx34.get(new dev.numbat.indexing.Slice(null, null, null), new dev.numbat.indexing.Slice(null, 2, null)), a[1], 1), m, s(3, 1)),
        row("place", "lambda x, v: (lambda c: (np.place(c, " + pyMask + ", v), c)[1])(x.copy())", a -> Np.place(a[0], mask, a[1]), m, s(4)),
        row("put", "lambda x, v: (lambda c: (np.put(c, [0, 5, 5, 11], v), c)[1])(x.copy())", a -> Np.put(a[0], ints(0, 5, 5, 11), a[1]), m, s(3)),
        row("getitem", "lambda x: x[1:, ::2]", a -> a[0].get("1:, ::2"), m),
        row("getitem", "lambda x: x[[0, 2, 2], 1:]", a -> a[0].get(ints(0, 2, 2), new dev.numbat.indexing.Slice(1, null, null)), m),
        row("getitem", "lambda x: x[" + pyMask + "]", a -> a[0].get(mask), m),
        row("at.set", "lambda x, v: (lambda c: (c.__setitem__((slice(None), [3, 1]), v), c)[1])(x.copy())",
            a -> a[0].at(new dev.numbat.indexing.Slice(null, null, null), ints(3, 1)).set(a[1]), m, s(3, 1)),
        row("at.add", "lambda x, v: (lambda c: (np.add.at(c, [0, 2, 0], v), c)[1])(x.copy())", a -> a[0].at(ints(0, 2, 0)).add(a[1]), m, s(4)),
        row("sort", "np.sort", a -> Np.sort(a[0]), m),
        row("sort", "lambda x: np.sort(x, axis=0)", a -> Np.sort(a[0], 0), m),
        row("sort", "lambda x: np.sort(x, axis=None)", a -> Np.sort(a[0], (Integer) null), m),
        // Only the kth element's place is specified (the others' order is the implementation's), so
        // the records read the kth slot, and every slot after an order-independent sort.
        row("partition", "lambda x: np.partition(x, 1)[:, 1]", a -> Np.partition(a[0], 1).get(":, 1"), m),
        row("partition", "lambda x: np.sort(np.partition(x, 2, axis=0), axis=0)",
            a -> Np.sort(Np.partition(a[0], 2, 0), 0), m),
        row("median", "np.median", a -> Np.median(a[0]), m),
        row("median", "lambda x: np.median(x, axis=1, keepdims=True)", a -> Np.median(a[0], new int[] {1}, true), m),
        row("nanmedian", "lambda x: np.nanmedian(x, axis=0)", a -> Np.nanmedian(a[0], 0), m),
        row("quantile", "lambda x: np.quantile(x, [0.2, 0.5, 0.9], axis=0)",
            a -> Np.quantile(a[0], Np.asarray(new double[] {0.2, 0.5, 0.9}), new int[] {0}), m),
        row("quantile", "lambda x: np.quantile(x, 0.3, method='nearest')", a -> Np.quantile(a[0], 0.3, null, "nearest"), m),
        row("percentile", "lambda x: np.percentile(x, [10, 75], axis=(0, 2), method='midpoint')",
            a -> Np.percentile(a[0], Np.asarray(new double[] {10, 75}), new int[] {0, 2}, "midpoint"), s(2, 3, 4)),
        row("nanquantile", "lambda x: np.nanquantile(x, 0.25, axis=1)", a -> Np.nanquantile(a[0], 0.25, new int[] {1}), m),
        row("nanpercentile", "lambda x: np.nanpercentile(x, 40, method='lower')", a -> Np.nanpercentile(a[0], 40, null, "lower"), m),
        row("linalg.norm", "np.linalg.norm", a -> Np.linalg.norm(a[0]), m),
        row("linalg.norm", "lambda x: np.linalg.norm(x, axis=1)", a -> Np.linalg.norm(a[0], null, 1), m),
        row("linalg.norm", "lambda x: np.linalg.norm(x, 2, 0, True)", a -> Np.linalg.norm(a[0], 2, 0, true), m),
        row("linalg.matrix_power", "lambda x: np.linalg.matrix_power(x + " + eye + ", 3)",
            a -> Np.linalg.matrixPower(Np.add(a[0], eye4), 3), s(3, 3)),
        row("linalg.matrix_power", "lambda x: np.linalg.matrix_power(x + " + eye + ", -2)",
            a -> Np.linalg.matrixPower(Np.add(a[0], eye4), -2), s(2, 3, 3)),
        row("cross", "np.cross", a -> Np.cross(a[0], a[1]), s(4, 3), s(3)),
        // Ops returning several arrays: the records combine every output, so each output's rule counts.
        row("split", "lambda x: np.concatenate([p * (i + 1) for i, p in enumerate(np.split(x, [1, 3], axis=1))], axis=1)",
            a -> joinScaled(Np.split(a[0], new int[] {1, 3}, 1), 1), m),
        row("array_split", "lambda x: np.concatenate([p * (i + 1) for i, p in enumerate(np.array_split(x, 2))], axis=0)",
            a -> joinScaled(Np.arraySplit(a[0], 2), 0), m),
        row("hsplit", "lambda x: np.concatenate([p * (i + 1) for i, p in enumerate(np.hsplit(x, 2))], axis=1)",
            a -> joinScaled(Np.hsplit(a[0], 2), 1), m),
        row("vsplit", "lambda x: np.concatenate([p * (i + 1) for i, p in enumerate(np.vsplit(x, [2]))], axis=0)",
            a -> joinScaled(Np.vsplit(a[0], new int[] {2}), 0), m),
        row("dsplit", "lambda x: np.concatenate([p * (i + 1) for i, p in enumerate(np.dsplit(x, 2))], axis=2)",
            a -> joinScaled(Np.dsplit(a[0], 2), 2), s(2, 3, 4)),
        row("broadcast_arrays", "lambda x, y: np.broadcast_arrays(x, y)[0] * 2 + np.broadcast_arrays(x, y)[1]",
            a -> {
              NDArray[] b = Np.broadcastArrays(a[0], a[1]);
              return Np.add(Np.multiply(b[0], 2), b[1]);
            }, s(3, 1), s(4)),
        row("linalg.slogdet", "lambda x: np.linalg.slogdet(x + " + eye + ")[1]", a -> Np.linalg.slogdet(Np.add(a[0], eye4))[1], s(2, 3, 3)),
        row("linalg.eigvalsh", "np.linalg.eigvalsh", a -> Np.linalg.eigvalsh(a[0]), s(3, 3)),
        row("linalg.eigvalsh", "lambda x: np.linalg.eigvalsh(x, 'U')", a -> Np.linalg.eigvalsh(a[0], "U"), s(2, 3, 3)),
        row("linalg.eigh", "lambda x: np.linalg.eigh(x)[0]", a -> Np.linalg.eigh(a[0])[0], s(3, 3)),
        row("linalg.tensorinv", "lambda x: np.linalg.tensorinv(x + np.eye(6).reshape(6, 2, 3) * 4, 1)",
            a -> Np.linalg.tensorinv(Np.add(a[0], Np.multiply(Np.reshape(Np.eye(6), 6, 2, 3), 4)), 1), s(6, 2, 3)),
        row("linalg.multi_dot", "lambda x, y, z: np.linalg.multi_dot([x, y, z])",
            a -> Np.linalg.multiDot(a[0], a[1], a[2]), s(4), s(4, 3), s(3, 2)),
        row("matmul", "np.matmul", a -> Np.matmul(a[0], a[1]), m, s(4, 2)),
        row("matmul", "np.matmul", a -> Np.matmul(a[0], a[1]), s(2, 3, 4), s(4, 2)),
        row("matmul", "np.matmul", a -> Np.matmul(a[0], a[1]), s(4), s(2, 4, 3)),
        row("matmul", "np.matmul", a -> Np.matmul(a[0], a[1]), m, s(4)),
        row("matmul", "np.matmul", a -> Np.matmul(a[0], a[1]), s(4), s(4)),
        row("linalg.matmul", "np.matmul", a -> Np.linalg.matmul(a[0], a[1]), s(2, 1, 2, 3), s(4, 3, 2)),
        row("vdot", "np.vdot", a -> Np.vdot(a[0], a[1]), m, s(4, 3)),
        row("inner", "np.inner", a -> Np.inner(a[0], a[1]), m, s(2, 4)),
        row("inner", "np.inner", a -> Np.inner(a[0], a[1]), s(), s(3)),
        row("outer", "np.outer", a -> Np.outer(a[0], a[1]), s(3), s(2, 2)),
        row("linalg.outer", "lambda x, y: np.outer(x, y)", a -> Np.linalg.outer(a[0], a[1]), s(3), s(4)),
        row("linalg.vecdot", "lambda x, y: np.sum(x.conj() * y, axis=-1)", a -> Np.linalg.vecdot(a[0], a[1]), m, s(4)),
        row("linalg.vecdot", "lambda x, y: np.sum(x.conj() * y, axis=0)", a -> Np.linalg.vecdot(a[0], a[1], 0), m, s(3, 1)),
        row("tensordot", "np.tensordot", a -> Np.tensordot(a[0], a[1]), s(2, 3, 4), s(3, 4, 2)),
        row("tensordot", "lambda x, y: np.tensordot(x, y, ([0], [1]))", a -> Np.tensordot(a[0], a[1], new int[][] {{0}, {1}}), m, s(2, 3)),
        row("einsum", "lambda x, y: np.einsum('ij,jk->ik', x, y)", a -> Np.einsum("ij,jk->ik", a[0], a[1]), m, s(4, 2)),
        row("einsum", "lambda x: np.einsum('ij->', x)", a -> Np.einsum("ij->", a[0]), m),
        row("einsum", "lambda x, y: np.einsum('...j,j->...', x, y)", a -> Np.einsum("...j,j->...", a[0], a[1]), s(2, 3, 4), s(4)),
        row("einsum", "lambda x, y: np.einsum('ij,ij->i', x, y)", a -> Np.einsum("ij,ij->i", a[0], a[1]), m, m),
        row("einsum", "lambda x, y, z: np.einsum('ij,jk,kl', x, y, z)", a -> Np.einsum("ij,jk,kl", a[0], a[1], a[2]), s(2, 3), s(3, 4), s(4, 2)),
        row("kron", "np.kron", a -> Np.kron(a[0], a[1]), s(2, 3), s(3, 2)),
        row("kron", "np.kron", a -> Np.kron(a[0], a[1]), s(3), s(2, 2)),
        row("linalg.inv", "lambda x: np.linalg.inv(x + " + eye + ")", a -> Np.linalg.inv(Np.add(a[0], eye4)), s(3, 3)),
        row("linalg.inv", "lambda x: np.linalg.inv(x + " + eye + ")", a -> Np.linalg.inv(Np.add(a[0], eye4)), s(2, 3, 3)),
        row("linalg.solve", "lambda x, b: np.linalg.solve(x + " + eye + ", b)", a -> Np.linalg.solve(Np.add(a[0], eye4), a[1]), s(3, 3), s(3)),
        row("linalg.solve", "lambda x, b: np.linalg.solve(x + " + eye + ", b)", a -> Np.linalg.solve(Np.add(a[0], eye4), a[1]), s(2, 3, 3), s(2, 3, 2)),
        row("linalg.det", "lambda x: np.linalg.det(x + " + eye + ")", a -> Np.linalg.det(Np.add(a[0], eye4)), s(3, 3)),
        row("linalg.det", "lambda x: np.linalg.det(x + " + eye + ")", a -> Np.linalg.det(Np.add(a[0], eye4)), s(2, 3, 3)),
        row("linalg.cholesky", "lambda x: np.linalg.cholesky(x @ np.swapaxes(x, -1, -2) + " + eye + ")",
            a -> Np.linalg.cholesky(Np.add(Np.matmul(a[0], Np.swapaxes(a[0], -1, -2)), eye4)), s(3, 3)),
        row("linalg.cholesky", "lambda x: np.linalg.cholesky(x @ np.swapaxes(x, -1, -2) + " + eye + ")",
            a -> Np.linalg.cholesky(Np.add(Np.matmul(a[0], Np.swapaxes(a[0], -1, -2)), eye4)), s(2, 3, 3)),
        row("linalg.cholesky", "lambda x: np.conj(np.swapaxes(np.linalg.cholesky(x @ np.swapaxes(x, -1, -2) + " + eye
            + "), -1, -2))", a -> Np.linalg.cholesky(Np.add(Np.matmul(a[0], Np.swapaxes(a[0], -1, -2)), eye4), true), s(3, 3)),
        row("linalg.cholesky", "lambda x: np.linalg.cholesky(x + " + eye + ")", a -> Np.linalg.cholesky(Np.add(a[0], eye4)), s(3, 3)),
        row("linalg.svdvals", "lambda x: np.linalg.svd(x, compute_uv=False)", a -> Np.linalg.svdvals(a[0]), s(3, 4)),
        row("linalg.svdvals", "lambda x: np.linalg.svd(x, compute_uv=False)", a -> Np.linalg.svdvals(a[0]), s(2, 4, 3)),
        row(DType.COMPLEX128, "matmul", "np.matmul", a -> Np.matmul(a[0], a[1]), s(2, 3), s(3, 2)),
        row(DType.COMPLEX128, "vdot", "np.vdot", a -> Np.vdot(a[0], a[1]), s(2, 3), s(3, 2)),
        row(DType.COMPLEX128, "einsum", "lambda x, y: np.einsum('ij,jk', x, y)", a -> Np.einsum("ij,jk", a[0], a[1]), s(2, 3), s(3, 2)),
        row(DType.COMPLEX128, "linalg.inv", "lambda x: np.linalg.inv(x + " + eye + ")", a -> Np.linalg.inv(Np.add(a[0], eye4)), s(3, 3)),
        row(DType.COMPLEX128, "linalg.det", "lambda x: np.linalg.det(x + " + eye + ")", a -> Np.linalg.det(Np.add(a[0], eye4)), s(3, 3)),
        row(DType.COMPLEX128, "linalg.vecdot", "lambda x, y: np.sum(x.conj() * y, axis=-1)", a -> Np.linalg.vecdot(a[0], a[1]), s(2, 3), s(3)),
        row(DType.FLOAT32, "matmul", "np.matmul", a -> Np.matmul(a[0], a[1]), s(2, 3, 4), s(4, 2))));
    return r;
  }

  /**
   * Functional updates ({@code at}) with repeated indices, divmod, meshgrid, average, diff, vander,
   * einsum over a diagonal and nanquantile over slices holding NaN. Divisors, bases and weights are
   * kept away from 0 ({@code |v| + 0.5}) where the derivative would blow up.
   */
  static List<Row> updates() {
    int[] m = {3, 4};
    dev.numbat.indexing.Slice all = new dev.numbat.indexing.Slice(null, null, null);
    String mut = "lambda x, v: (lambda c: (%s, c)[1])(%s)";
    NDArray nanMask = Np.reshape(bools(0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0), 3, 4);
    String pyNanMask = "np.array([[0,1,0,0],[1,0,0,1],[0,0,0,0]], dtype=bool)";
    return List.of(
        row("at.set", String.format(mut, "c.__setitem__([0, 2, 0], v)", "x.copy()"),
            a -> a[0].at(ints(0, 2, 0)).set(a[1]), m, m),
        row("at.set", String.format(mut, "c.__setitem__((slice(None), [1, 3, 1, 1]), v)", "x.copy()"),
            a -> a[0].at(all, ints(1, 3, 1, 1)).set(a[1]), m, s(4)),
        row("at.set", String.format(mut, "c.__setitem__([4, 1, 4], v)", "x.copy()"),
            a -> a[0].at(ints(4, 1, 4)).set(a[1]), s(5), s()),
        row("at.multiply", String.format(mut, "np.multiply.at(c, [0, 2, 0], v)", "x.copy()"),
            a -> a[0].at(ints(0, 2, 0)).multiply(a[1]), m, s(4)),
        row("at.multiply", String.format(mut, "np.multiply.at(c, [1, 1, 3, 1], v)", "x.copy()"),
            a -> a[0].at(ints(1, 1, 3, 1)).multiply(a[1]), s(5), s(4)),
        row("at.divide", String.format(mut, "np.divide.at(c, [0, 2, 0], np.abs(v) + 0.5)", "x.copy()"),
            a -> a[0].at(ints(0, 2, 0)).divide(Np.add(Np.abs(a[1]), 0.5)), m, m),
        row("at.power", String.format(mut, "np.power.at(c, [1, 3, 1], v)", "np.abs(x) + 0.5"),
            a -> Np.add(Np.abs(a[0]), 0.5).at(ints(1, 3, 1)).power(a[1]), s(5), s(3)),
        row("at.power", String.format(mut, "np.power.at(c, (slice(None), [2, 2]), v)", "np.abs(x) + 0.5"),
            a -> Np.add(Np.abs(a[0]), 0.5).at(all, ints(2, 2)).power(a[1]), m, s(3, 1)),
        row(DType.FLOAT32, "at.multiply", String.format(mut, "np.multiply.at(c, [0, 2, 0], v)", "x.copy()"),
            a -> a[0].at(ints(0, 2, 0)).multiply(a[1]), m, m),
        row("at.min", String.format(mut, "np.minimum.at(c, [0, 2, 0], v)", "x.copy()"),
            a -> a[0].at(ints(0, 2, 0)).min(a[1]), m, m),
        row("at.max", String.format(mut, "np.maximum.at(c, (slice(None), [3, 1, 3]), v)", "x.copy()"),
            a -> a[0].at(all, ints(3, 1, 3)).max(a[1]), m, s(3)),
        row("at.max", String.format(mut, "np.maximum.at(c, [2, 0, 2, 2], v)", "x.copy()"),
            a -> a[0].at(ints(2, 0, 2, 2)).max(a[1]), s(4), s(4)),
        row("divmod", "lambda x, y: (lambda d: d[0] * 2 + d[1])(np.divmod(x, np.abs(y) + 0.5))",
            a -> {
              NDArray[] d = Np.divmod(a[0], Np.add(Np.abs(a[1]), 0.5));
              return Np.add(Np.multiply(d[0], 2), d[1]);
            }, m, s(4)),
        row("divmod", "lambda x, y: np.divmod(x, -np.abs(y) - 0.5)[1]",
            a -> Np.divmod(a[0], Np.subtract(Np.negative(Np.abs(a[1])), 0.5))[1], s(3, 1), m),
        row("meshgrid", "lambda x, y: (lambda g: g[0] * 2 + g[1])(np.meshgrid(x, y))",
            a -> {
              NDArray[] g = Np.meshgrid(a[0], a[1]);
              return Np.add(Np.multiply(g[0], 2), g[1]);
            }, s(3), s(4)),
        row("meshgrid", "lambda x, y, z: (lambda g: g[0] + g[1] * 2 + g[2] * 3)(np.meshgrid(x, y, z, indexing='ij'))",
            a -> {
              NDArray[] g = Np.meshgrid(new Object[] {a[0], a[1], a[2]}, "ij");
              return Np.add(Np.add(g[0], Np.multiply(g[1], 2)), Np.multiply(g[2], 3));
            }, s(2), s(3), s(2)),
        row("meshgrid", "lambda x, y: (lambda g: g[0] * 2 + g[1])(np.meshgrid(x, y, sparse=True))",
            a -> {
              NDArray[] g = Np.meshgrid(new Object[] {a[0], a[1]}, "xy", true);
              return Np.add(Np.multiply(g[0], 2), g[1]);
            }, s(3), s(2)),
        row("meshgrid", "lambda x, y: (lambda g: g[0] * 2 + g[1])(np.meshgrid(x, y, indexing='ij', copy=False))",
            a -> {
              NDArray[] g = Np.meshgrid(new Object[] {a[0], a[1]}, "ij", false, false);
              return Np.add(Np.multiply(g[0], 2), g[1]);
            }, s(2, 2), s(3)),
        row("average", "np.average", a -> (NDArray) Np.average(a[0]), m),
        row("average", "lambda x: np.average(x, axis=0)", a -> (NDArray) Np.average(a[0], 0), m),
        row("average", "lambda x, w: np.average(x, weights=np.abs(w) + 0.5)",
            a -> (NDArray) Np.average(a[0], (int[]) null, Np.add(Np.abs(a[1]), 0.5)), m, m),
        row("average", "lambda x, w: np.average(x, axis=1, weights=np.abs(w) + 0.5)",
            a -> (NDArray) Np.average(a[0], 1, Np.add(Np.abs(a[1]), 0.5)), m, s(4)),
        row("average", "lambda x, w: (lambda r: r[0] * 2 + r[1])(np.average(x, axis=0, weights=np.abs(w) + 0.5, returned=True))",
            a -> {
              NDArray[] r = (NDArray[]) Np.average(a[0], 0, Np.add(Np.abs(a[1]), 0.5), true);
              return Np.add(Np.multiply(r[0], 2), r[1]);
            }, m, s(3)),
        row("average", "lambda x, w: np.average(x, axis=(0, 2), weights=np.abs(w) + 0.5, keepdims=True)",
            a -> (NDArray) Np.average(a[0], new int[] {0, 2}, Np.add(Np.abs(a[1]), 0.5), false, true), s(2, 3, 4), s(2, 3, 4)),
        row("average", "lambda x: (lambda r: r[0] * 2 + r[1])(np.average(x, axis=1, returned=True))",
            a -> {
              NDArray[] r = (NDArray[]) Np.average(a[0], 1, null, true);
              return Np.add(Np.multiply(r[0], 2), r[1]);
            }, m),
        row("diff", "np.diff", a -> Np.diff(a[0]), m),
        row("diff", "lambda x: np.diff(x, n=2, axis=0)", a -> Np.diff(a[0], 2, 0), m),
        row("diff", "lambda x: np.diff(x, n=3)", a -> Np.diff(a[0], 3), s(6)),
        row("diff", "lambda x, p, q: np.diff(x, 2, -1, p, q)", a -> Np.diff(a[0], 2, -1, a[1], a[2]), m, s(3, 1), s(3, 2)),
        row("diff", "lambda x, p: np.diff(x, 3, 1, p)", a -> Np.diff(a[0], 3, 1, a[1]), m, s()),
        row("diff", "lambda x, q: np.diff(x, 1, 0, append=q)", a -> Np.diff(a[0], 1, 0, null, a[1]), m, s(2, 4)),
        row("vander", "np.vander", a -> Np.vander(a[0]), s(4)),
        row("vander", "lambda x: np.vander(x, 5, increasing=True)", a -> Np.vander(a[0], 5, true), s(3)),
        row("vander", "lambda x: np.vander(x, 2)", a -> Np.vander(a[0], 2), s(4)),
        row(DType.COMPLEX128, "vander", "lambda x: np.vander(x, 4)", a -> Np.vander(a[0], 4), s(3)),
        row("einsum", "lambda x: np.einsum('ii->i', x)", a -> Np.einsum("ii->i", a[0]), s(3, 3)),
        row("einsum", "lambda x: np.einsum('ii', x)", a -> Np.einsum("ii", a[0]), s(3, 3)),
        row("einsum", "lambda x: np.einsum('iij->j', x)", a -> Np.einsum("iij->j", a[0]), s(3, 3, 2)),
        row("einsum", "lambda x: np.einsum('iii->', x)", a -> Np.einsum("iii->", a[0]), s(2, 2, 2)),
        row("einsum", "lambda x, y: np.einsum('ii,i->i', x, y)", a -> Np.einsum("ii,i->i", a[0], a[1]), s(3, 3), s(3)),
        row("einsum", "lambda x, y: np.einsum('iji,jk->ik', x, y)", a -> Np.einsum("iji,jk->ik", a[0], a[1]), s(3, 2, 3), s(2, 4)),
        row("einsum", "lambda x: np.einsum('...ii->...i', x)", a -> Np.einsum("...ii->...i", a[0]), s(2, 3, 3)),
        row("einsum", "lambda x: np.einsum('iik->', x)", a -> Np.einsum("iik->", a[0]), s(2, 2, 3)),
        row(DType.COMPLEX128, "einsum", "lambda x, y: np.einsum('ii,ij->j', x, y)", a -> Np.einsum("ii,ij->j", a[0], a[1]), s(3, 3), s(3, 2)),
        // NaN elements (placed by where, whose NaN branch is constant) are skipped by nanquantile:
        // finite differences see no change through them, and the rule gives them 0.
        row("nanquantile", "lambda x: np.nanquantile(np.where(" + pyNanMask + ", np.nan, x), [0.3, 0.8], axis=1)",
            a -> Np.nanquantile(Np.where(nanMask, Double.NaN, a[0]), Np.asarray(new double[] {0.3, 0.8}), new int[] {1}), m),
        row("nanquantile", "lambda x: np.nanquantile(np.where(" + pyNanMask + ", np.nan, x), 0.4, axis=0, method='nearest')",
            a -> Np.nanquantile(Np.where(nanMask, Double.NaN, a[0]), 0.4, new int[] {0}, "nearest"), m),
        row("quantile", "lambda x: np.quantile(x, [[0.2, 0.5], [0.7, 0.9]], axis=1)",
            a -> Np.quantile(a[0], Np.asarray(new double[][] {{0.2, 0.5}, {0.7, 0.9}}), new int[] {1}), m),
        row("nanpercentile", "lambda x: np.nanpercentile(np.where(" + pyNanMask + ", np.nan, x), 65)",
            a -> Np.nanpercentile(Np.where(nanMask, Double.NaN, a[0]), 65), m),
        row("nanmedian", "lambda x: np.nanmedian(np.where(" + pyNanMask + ", np.nan, x), axis=1, keepdims=True)",
            a -> Np.nanmedian(Np.where(nanMask, Double.NaN, a[0]), new int[] {1}, true), m));
  }

  /**
   * The counting, clean-up and creation ops: nan_to_num (replaced elements are constants), trim_zeros
   * (a slice; NumPy 1.24 trims 1-d only, so the 2-d reference is the bounding-box slice), bincount
   * and histogram weights, the data-driven histogram edges, diag, full and the linspace family in
   * array bounds.
   */
  static List<Row> coverage() {
    int[] m = {3, 4};
    double inf = Double.POSITIVE_INFINITY;
    double nan = Double.NaN;
    NDArray bad = Np.asarray(new double[][] {{0, inf, 0, 0}, {nan, 0, 0, -inf}, {0, 0, nan, 0}});
    String pyBad = "np.array([[0, np.inf, 0, 0], [np.nan, 0, 0, -np.inf], [0, 0, np.nan, 0]])";
    NDArray badC = new NDArray(DType.COMPLEX128, new int[] {2, 3}, new double[] {inf, 0, 0, 0, 0, nan, 0, 0, nan, -inf, 0, 0});
    String pyBadC = "np.array([[complex(np.inf, 0), 0, complex(0, np.nan)], [0, complex(np.nan, -np.inf), 0]])";
    NDArray box = Np.reshape(ints(0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 0), 3, 4);
    String pyBox = "np.array([[0, 0, 0, 0], [0, 1, 1, 0], [0, 1, 0, 0]])";
    NDArray line = ints(0, 0, 1, 1, 0, 1, 0);
    String pyLine = "np.array([0, 0, 1, 1, 0, 1, 0])";
    NDArray bins = Np.asarray(new double[] {-1.5, -0.2, 0.4, 1.5});
    String pyBins = "[-1.5, -0.2, 0.4, 1.5]";
    return List.of(
        row("nan_to_num", "np.nan_to_num", a -> Np.nanToNum(a[0]), m),
        row("nan_to_num", "lambda x: np.nan_to_num(x + " + pyBad + ", posinf=5.0, neginf=-3.0)",
            a -> Np.nanToNum(Np.add(a[0], bad), true, 0.0, 5.0, -3.0), m),
        row(DType.COMPLEX128, "nan_to_num", "lambda x: np.nan_to_num(x + " + pyBadC + ", posinf=5.0, neginf=-3.0)",
            a -> Np.nanToNum(Np.add(a[0], badC), true, 0.0, 5.0, -3.0), s(2, 3)),
        row("trim_zeros", "lambda x: np.trim_zeros(x * " + pyLine + ")", a -> Np.trimZeros(Np.multiply(a[0], line)), s(7)),
        row("trim_zeros", "lambda x: np.trim_zeros(x * " + pyLine + ", 'f')", a -> Np.trimZeros(Np.multiply(a[0], line), "f"), s(7)),
        row("trim_zeros", "lambda x: np.trim_zeros(x * " + pyLine + ", 'b')", a -> Np.trimZeros(Np.multiply(a[0], line), "b"), s(7)),
        row("trim_zeros", "lambda x: (x * " + pyBox + ")[1:3, 1:3]", a -> Np.trimZeros(Np.multiply(a[0], box)), m),
        row("bincount", "lambda w: np.bincount([1, 3, 1, 0, 5, 3], w, minlength=8)",
            a -> Np.bincount(ints(1, 3, 1, 0, 5, 3), a[0], 8), s(6)),
        row("histogram", "lambda x, w: np.histogram(x, 4, weights=w)[0]", a -> Np.histogram(a[0], 4, null, false, a[1])[0], m, m),
        row("histogram", "lambda x, w: np.histogram(x, 4, density=True, weights=w)[0]",
            a -> Np.histogram(a[0], 4, null, true, a[1])[0], m, m),
        row("histogram", "lambda x: np.histogram(x, 3, density=True)[0]", a -> Np.histogram(a[0], 3, null, true)[0], s(10)),
        row("histogram", "lambda x, w: np.histogram(x, " + pyBins + ", weights=w, density=True)[0]",
            a -> Np.histogram(a[0], bins, null, true, a[1])[0], m, m),
        row("histogram", "lambda x: np.histogram(x, 5)[1]", a -> Np.histogram(a[0], 5)[1], m),
        row("histogram", "lambda x: np.histogram(x, 4, (-1.0, 1.0))[1]", a -> Np.histogram(a[0], 4, new double[] {-1, 1})[1], m),
        row("histogram_bin_edges", "lambda x: np.histogram_bin_edges(x, 6)", a -> Np.histogramBinEdges(a[0], 6), m),
        row("histogram_bin_edges", "lambda x: np.histogram_bin_edges(x, 'sturges')", a -> Np.histogramBinEdges(a[0], "sturges"), s(2, 6)),
        row("full", "lambda v: np.full((2, 3, 4), v)", a -> Np.full(new int[] {2, 3, 4}, a[0]), s(3, 1)),
        row("full", "lambda v: np.full((2, 3), v)", a -> Np.full(new int[] {2, 3}, a[0]), s()),
        row("diag", "np.diag", a -> Np.diag(a[0]), s(4)),
        row("diag", "lambda x: np.diag(x, -1)", a -> Np.diag(a[0], -1), s(3)),
        row("diag", "np.diag", a -> Np.diag(a[0]), m),
        row("diag", "lambda x: np.diag(x, 1)", a -> Np.diag(a[0], 1), m),
        row("diag", "lambda x: np.diag(x, -2)", a -> Np.diag(a[0], -2), s(4, 3)),
        row("linspace", "lambda a, b: np.linspace(a, b, 5)", a -> Np.linspace(a[0], a[1], 5), s(3), s(2, 1)),
        row("linspace", "lambda a, b: np.linspace(a, b, 4, endpoint=False, axis=-1)",
            a -> Np.linspace(a[0], a[1], 4, false, null, -1), s(), s(3)),
        row("linspace", "lambda a, b: np.linspace(a, b, 1)", a -> Np.linspace(a[0], a[1], 1), s(2), s(2)),
        row("logspace", "lambda a, b: np.logspace(a, b, 4, base=2.0)", a -> Np.logspace(a[0], a[1], 4, true, 2.0), s(3), s(3)),
        row("logspace", "lambda a, b: np.logspace(a, b, 3, endpoint=False, axis=1)",
            a -> Np.logspace(a[0], a[1], 3, false, 10.0, null, 1), s(2, 1), s(2)),
        new Row(op("geomspace", "lambda a, b: np.geomspace(a, b, 5)", a -> Np.geomspace(a[0], a[1], 5), 2, 0.5, 2),
            new int[][] {s(3), s(2, 1)}, DType.FLOAT64),
        new Row(op("geomspace", "lambda a, b: np.geomspace(-a, -b, 4, endpoint=False, axis=-1)",
            a -> Np.geomspace(Np.negative(a[0]), Np.negative(a[1]), 4, false, null, -1), 2, 0.5, 2),
            new int[][] {s(2), s(2)}, DType.FLOAT64));
  }
}
