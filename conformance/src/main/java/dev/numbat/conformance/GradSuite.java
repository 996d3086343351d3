package dev.numbat.conformance;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradientTape;
import dev.numbat.autodiff.UnconnectedGradients;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Gradient records: for every differentiable op, the tape's vector-Jacobian product (random
 * output seed u) equals NumPy's central finite differences of {@code Re(sum(conj(u) * op(x)))}
 * on the same inputs, computed in float64 ({@code _numbat_vjp_fd} in the worker); element-wise
 * ops also get a second-derivative record (nested tapes against second differences). Inputs are
 * drawn away from the ops' kinks (ties, |x| near 0, domain edges), where a derivative is one-sided.
 * Report rows: {@code grad:OP} and {@code grad2:OP}.
 */
public final class GradSuite implements Suite {
  private static final Tolerance TOL = Tolerance.of(false, Map.of("float64", 1e-5, "complex128", 1e-5,
      "float32", 2e-3, "complex64", 2e-3));

  @Override
  public String name() { return "grad"; }

  /** One differentiable function of {@code nin} arrays: NumPy's callable and Numbat's. */
  private record Op(String group, String py, Function<NDArray[], NDArray> java, int nin, double lo, double hi) {}

  private static Op u(String name, Function<NDArray, NDArray> f, double lo, double hi) {
    return new Op(name, "np." + name, a -> f.apply(a[0]), 1, lo, hi);
  }

  private static Op b(String name, java.util.function.BiFunction<NDArray, NDArray, NDArray> f, double lo, double hi) {
    return new Op(name, "np." + name, a -> f.apply(a[0], a[1]), 2, lo, hi);
  }

  private static Op op(String group, String py, Function<NDArray[], NDArray> f, int nin, double lo, double hi) {
    return new Op(group, py, f, nin, lo, hi);
  }

  /** Element-wise unary ops, with a range that keeps away from poles and domain edges. */
  private static List<Op> unary() {
    return List.of(
        u("abs", Np::abs, 0.2, 2), u("absolute", Np::absolute, 0.2, 2), u("fabs", Np::fabs, 0.2, 2),
        u("negative", Np::negative, -2, 2), u("positive", Np::positive, -2, 2), u("sign", Np::sign, 0.2, 2),
        u("reciprocal", Np::reciprocal, 0.5, 2), u("square", Np::square, -2, 2),
        u("conjugate", Np::conjugate, -2, 2), u("conj", Np::conj, -2, 2),
        u("sqrt", Np::sqrt, 0.2, 3), u("cbrt", Np::cbrt, 0.2, 3), u("exp", Np::exp, -2, 2),
        u("exp2", Np::exp2, -2, 2), u("expm1", Np::expm1, -2, 2), u("log", Np::log, 0.2, 3),
        u("log2", Np::log2, 0.2, 3), u("log10", Np::log10, 0.2, 3), u("log1p", Np::log1p, -0.5, 2),
        u("sin", Np::sin, -2, 2), u("cos", Np::cos, -2, 2), u("tan", Np::tan, -1.2, 1.2),
        u("arcsin", Np::arcsin, -0.9, 0.9), u("arccos", Np::arccos, -0.9, 0.9), u("arctan", Np::arctan, -2, 2),
        u("sinh", Np::sinh, -2, 2), u("cosh", Np::cosh, -2, 2), u("tanh", Np::tanh, -2, 2),
        u("arcsinh", Np::arcsinh, -2, 2), u("arccosh", Np::arccosh, 1.2, 3), u("arctanh", Np::arctanh, -0.9, 0.9),
        u("deg2rad", Np::deg2rad, -2, 2), u("rad2deg", Np::rad2deg, -2, 2), u("sinc", Np::sinc, 0.1, 2),
        u("ceil", Np::ceil, 0.1, 0.9), u("floor", Np::floor, 0.1, 0.9), u("trunc", Np::trunc, 0.1, 0.9),
        u("rint", Np::rint, 0.1, 0.4), u("fix", Np::fix, 0.1, 0.9),
        op("around", "lambda x: np.around(x, 1)", a -> Np.around(a[0], 1), 1, 0.11, 0.14),
        op("round", "lambda x: np.round(x)", a -> Np.round(a[0]), 1, 0.1, 0.4),
        op("real", "np.real", a -> Np.real(a[0]), 1, -2, 2), op("copy", "np.copy", a -> Np.copy(a[0]), 1, -2, 2),
        op("asarray", "lambda x: np.asarray(x, dtype=np.float64)", a -> Np.asarray(a[0], DType.FLOAT64), 1, -2, 2),
        op("array", "lambda x: np.array(x, ndmin=3)", a -> Np.array(a[0], null, 3), 1, -2, 2),
        op("ascontiguousarray", "np.ascontiguousarray", a -> Np.ascontiguousarray(a[0]), 1, -2, 2),
        op("asanyarray", "np.asanyarray", a -> Np.asanyarray(a[0]), 1, -2, 2));
  }

  /** Element-wise binary ops; inputs drawn so that the two never tie. */
  private static List<Op> binary() {
    return List.of(
        b("add", Np::add, -2, 2), b("subtract", Np::subtract, -2, 2), b("multiply", Np::multiply, -2, 2),
        b("divide", Np::divide, 0.5, 2), b("power", Np::power, 0.5, 2), b("float_power", Np::floatPower, 0.5, 2),
        b("maximum", Np::maximum, -2, 2), b("minimum", Np::minimum, -2, 2), b("fmax", Np::fmax, -2, 2),
        b("fmin", Np::fmin, -2, 2), b("arctan2", Np::arctan2, 0.5, 2), b("hypot", Np::hypot, 0.5, 2),
        b("logaddexp", Np::logaddexp, -2, 2), b("logaddexp2", Np::logaddexp2, -2, 2),
        b("copysign", Np::copysign, 0.3, 2), b("remainder", Np::remainder, 0.3, 2),
        b("heaviside", Np::heaviside, 0.3, 2),
        op("true_divide", "np.true_divide", a -> Np.trueDivide(a[0], a[1]), 2, 0.5, 2),
        op("mod", "np.mod", a -> Np.mod(a[0], a[1]), 2, 0.3, 2));
  }

  /** Reductions and the other shape-changing ops, each with its own axis/keyword variant. */
  private static List<Op> reductions() {
    List<Op> r = new ArrayList<>();
    for (String name : List.of("sum", "prod", "mean", "amax", "amin", "max", "min", "nansum", "nanprod", "nanmax", "nanmin")) {
      Function<Object[], NDArray> f = switch (name) {
        case "sum" -> a -> Np.sum(a[0], (int[]) a[1], (Boolean) a[2]);
        case "prod" -> a -> Np.prod(a[0], (int[]) a[1], (Boolean) a[2]);
        case "mean" -> a -> Np.mean(a[0], (int[]) a[1], (Boolean) a[2]);
        case "amax" -> a -> Np.amax(a[0], (int[]) a[1], (Boolean) a[2]);
        case "amin" -> a -> Np.amin(a[0], (int[]) a[1], (Boolean) a[2]);
        case "max" -> a -> Np.max(a[0], (int[]) a[1], (Boolean) a[2]);
        case "min" -> a -> Np.min(a[0], (int[]) a[1], (Boolean) a[2]);
        case "nansum" -> a -> Np.nansum(a[0], (int[]) a[1], (Boolean) a[2]);
        case "nanprod" -> a -> Np.nanprod(a[0], (int[]) a[1], (Boolean) a[2]);
        case "nanmax" -> a -> Np.nanmax(a[0], (int[]) a[1], (Boolean) a[2]);
        default -> a -> Np.nanmin(a[0], (int[]) a[1], (Boolean) a[2]);
      };
      String np = name.equals("max") || name.equals("min") ? "a" + name : name;
      r.add(op(name, "lambda x: np." + np + "(x)", a -> f.apply(new Object[] {a[0], null, false}), 1, 0.5, 2));
      r.add(op(name, "lambda x: np." + np + "(x, axis=0)", a -> f.apply(new Object[] {a[0], new int[] {0}, false}), 1, 0.5, 2));
      r.add(op(name, "lambda x: np." + np + "(x, axis=-1, keepdims=True)",
          a -> f.apply(new Object[] {a[0], new int[] {-1}, true}), 1, 0.5, 2));
    }
    r.add(op("var", "lambda x: np.var(x)", a -> Np.var(a[0]), 1, -2, 2));
    r.add(op("var", "lambda x: np.var(x, axis=0, ddof=1)", a -> Np.var(a[0], new int[] {0}, null, 1.0), 1, -2, 2));
    r.add(op("std", "lambda x: np.std(x)", a -> Np.std(a[0]), 1, -2, 2));
    r.add(op("std", "lambda x: np.std(x, axis=-1, keepdims=True)",
        a -> Np.std(a[0], new int[] {-1}, null, 0.0, true), 1, -2, 2));
    r.add(op("nanmean", "lambda x: np.nanmean(x, axis=0)", a -> Np.nanmean(a[0], 0), 1, -2, 2));
    r.add(op("nanvar", "lambda x: np.nanvar(x, axis=0)", a -> Np.nanvar(a[0], 0), 1, -2, 2));
    r.add(op("nanstd", "lambda x: np.nanstd(x)", a -> Np.nanstd(a[0]), 1, -2, 2));
    r.add(op("ptp", "lambda x: np.ptp(x, axis=0)", a -> Np.ptp(a[0], 0), 1, -2, 2));
    r.add(op("cumsum", "lambda x: np.cumsum(x)", a -> Np.cumsum(a[0]), 1, -2, 2));
    r.add(op("cumsum", "lambda x: np.cumsum(x, axis=0)", a -> Np.cumsum(a[0], Integer.valueOf(0)), 1, -2, 2));
    r.add(op("cumprod", "lambda x: np.cumprod(x, axis=-1)", a -> Np.cumprod(a[0], Integer.valueOf(-1)), 1, 0.5, 2));
    r.add(op("cumprod", "lambda x: np.cumprod(x)", a -> Np.cumprod(a[0]), 1, 0.5, 1.5));
    r.add(op("clip", "lambda x: np.clip(x, -0.5, 0.7)", a -> Np.clip(a[0], -0.5, 0.7), 1, -2, 2));
    r.add(op("clip", "np.clip", a -> Np.clip(a[0], a[1], a[2]), 3, -2, 2));
    r.add(op("reshape", "lambda x: np.reshape(x, (-1,))", a -> Np.reshape(a[0], -1), 1, -2, 2));
    r.add(op("reshape", "lambda x: np.reshape(x, (2, -1), order='F')", a -> Np.reshape(a[0], new int[] {2, -1}, "F"), 1, -2, 2));
    r.add(op("ravel", "lambda x: np.ravel(x, order='F')", a -> Np.ravel(a[0], "F"), 1, -2, 2));
    r.add(op("flatten", "lambda x: x.flatten()", a -> Np.flatten(a[0]), 1, -2, 2));
    r.add(op("transpose", "np.transpose", a -> Np.transpose(a[0]), 1, -2, 2));
    r.add(op("tril", "lambda x: np.tril(x, 1)", a -> Np.tril(a[0], 1), 1, -2, 2));
    r.add(op("triu", "np.triu", a -> Np.triu(a[0]), 1, -2, 2));
    r.add(op("diagflat", "np.diagflat", a -> Np.diagflat(a[0]), 1, -2, 2));
    r.add(op("full_like", "lambda x, v: np.full_like(x, v)", a -> Np.fullLike(a[0], a[1]), 2, -2, 2));
    return r;
  }


  /** One case of the shape, joining, selection, indexing, sorting and linalg rules: op and input shapes. */
  private record Row(Op op, int[][] shapes, DType dt) {}

  private static Row row(String group, String py, Function<NDArray[], NDArray> f, int[]... shapes) {
    return new Row(op(group, py, f, shapes.length, -2, 2), shapes, DType.FLOAT64);
  }

  private static Row row(DType dt, String group, String py, Function<NDArray[], NDArray> f, int[]... shapes) {
    return new Row(op(group, py, f, shapes.length, -1, 1), shapes, dt);
  }

  private static int[] s(int... d) { return d; }

  /** The pieces of a split joined back, piece i times i + 1 (so a misrouted gradient shows). */
  private static NDArray joinScaled(NDArray[] pieces, int axis) {
    Object[] scaled = new Object[pieces.length];
    for (int i = 0; i < pieces.length; i++) {
      scaled[i] = Np.multiply(pieces[i], i + 1);
    }
    return Np.concatenate(scaled, axis);
  }

  private static NDArray ints(long... v) { return new NDArray(DType.INT64, new int[] {v.length}, v); }

  private static NDArray bools(int... v) { return Np.astype(Np.asarray(v), DType.BOOL); }

  /** Element moves (positions rule), products and matrix functions, each over a few argument forms. */
  private static List<Row> structural() {
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
   * Outer tapes through an inner tape's results: jacobians, batch jacobians, Hessians (jacobians
   * of gradients, so the record is a third derivative) and gradients seeded with output_gradients
   * that depend on the source. NumPy's side is each function's closed form, differentiated by the
   * worker's finite differences.
   */
  private static List<Case> jacobians(Random rnd) {
    Function<NDArray[], NDArray> jacTanh = a -> {
      GradientTape t = new GradientTape();
      t.watch(a[0]);
      NDArray y = Np.tanh(Np.dot(a[1], a[0]));
      t.close();
      return t.jacobian(y, a[0]);
    };
    Function<NDArray[], NDArray> jacSinT = a -> {
      GradientTape t = new GradientTape();
      t.watch(a[0]);
      NDArray y = Np.transpose(Np.sin(a[0]));
      t.close();
      return t.jacobian(y, a[0]);
    };
    Function<NDArray[], NDArray> batchTanh = a -> {
      GradientTape t = new GradientTape();
      t.watch(a[0]);
      NDArray y = Np.tanh(Np.matmul(a[0], a[1]));
      t.close();
      return t.batchJacobian(y, a[0]);
    };
    Function<NDArray[], NDArray> hessSin = a -> {
      GradientTape mid = new GradientTape();
      mid.watch(a[0]);
      GradientTape t = new GradientTape();
      t.watch(a[0]);
      NDArray f = Np.sum(Np.multiply(Np.sin(a[0]), Np.square(a[0])));
      t.close();
      NDArray g = t.gradient(f, a[0]);
      mid.close();
      return mid.jacobian(g, a[0]);
    };
    Function<NDArray[], NDArray> hessTanh = a -> {
      GradientTape mid = new GradientTape();
      mid.watch(a[0]);
      GradientTape t = new GradientTape();
      t.watch(a[0]);
      NDArray f = Np.sum(Np.square(Np.tanh(Np.dot(a[1], a[0]))));
      t.close();
      NDArray g = t.gradient(f, a[0]);
      mid.close();
      return mid.jacobian(g, a[0]);
    };
    Function<NDArray[], NDArray> seededBy = a -> {
      GradientTape t = new GradientTape();
      t.watch(a[0]);
      NDArray y = Np.power(a[0], 3.0);
      t.close();
      return t.gradient(y, List.of(a[0]), Np.sin(a[0]), UnconnectedGradients.NONE).get(0);
    };
    Function<NDArray[], NDArray> seededBroadcast = a -> {
      GradientTape t = new GradientTape();
      t.watch(a[0]);
      NDArray y = Np.power(a[0], 3.0);
      t.close();
      return t.gradient(y, List.of(a[0]), Np.sum(a[0]), UnconnectedGradients.NONE).get(0);
    };
    String pyJacTanh = "lambda x, w: (1 - np.tanh(w @ x) ** 2)[:, None] * w";
    String pyBatch = "lambda x, w: (1 - np.tanh(x @ w) ** 2)[:, :, None] * w.T[None, :, :]";
    return List.of(
        vjp(op("jacobian", pyJacTanh, jacTanh, 2, -1, 1), new int[][] {{2}, {3, 2}}, DType.FLOAT64, rnd),
        vjp(op("jacobian", pyJacTanh, jacTanh, 2, -1, 1), new int[][] {{2}, {3, 2}}, DType.FLOAT32, rnd),
        vjp(op("jacobian", "lambda x: np.einsum('ba,pb,qa->abpq', np.cos(x), np.eye(2), np.eye(3))", jacSinT, 1, -2, 2),
            new int[][] {{2, 3}}, DType.FLOAT64, rnd),
        vjp(op("batch_jacobian", pyBatch, batchTanh, 2, -1, 1), new int[][] {{3, 2}, {2, 4}}, DType.FLOAT64, rnd),
        vjp(op("batch_jacobian", pyBatch, batchTanh, 2, -1, 1), new int[][] {{3, 2}, {2, 4}}, DType.FLOAT32, rnd),
        vjp(op("hessian", "lambda x: np.diag((2 - x ** 2) * np.sin(x) + 4 * x * np.cos(x))", hessSin, 1, -2, 2),
            new int[][] {{3}}, DType.FLOAT64, rnd),
        vjp(op("hessian", "lambda x, w: (lambda t: w.T @ np.diag((2 - 6 * t ** 2) * (1 - t ** 2)) @ w)(np.tanh(w @ x))",
            hessTanh, 2, -1, 1), new int[][] {{2}, {3, 2}}, DType.FLOAT64, rnd),
        vjp(op("output_gradients", "lambda x: 3 * x ** 2 * np.sin(x)", seededBy, 1, -2, 2), new int[][] {{3, 4}},
            DType.FLOAT64, rnd),
        vjp(op("output_gradients", "lambda x: 3 * x ** 2 * np.sum(x)", seededBroadcast, 1, -2, 2), new int[][] {{4}},
            DType.FLOAT64, rnd));
  }

  /**
   * qr, svd, eig, eigvals, eigh and eigvalsh through every output. Factors are unique only up to
   * signs or phases (and eig's order is LAPACK's), so each row differentiates a function the gauge
   * does not change: squared magnitudes of sorted factors, or products such as
   * {@code U diag(c) Vh} in which the phases cancel.
   */
  private static List<Row> decompositions() {
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
   * The counting, clean-up and creation ops: nan_to_num (replaced elements are constants), trim_zeros
   * (a slice; NumPy 1.24 trims 1-d only, so the 2-d reference is the bounding-box slice), bincount
   * and histogram weights, the data-driven histogram edges, diag, full and the linspace family in
   * array bounds.
   */
  private static List<Row> coverage() {
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

  /**
   * Functional updates ({@code at}) with repeated indices, divmod, meshgrid, average, diff, vander,
   * einsum over a diagonal and nanquantile over slices holding NaN. Divisors, bases and weights are
   * kept away from 0 ({@code |v| + 0.5}) where the derivative would blow up.
   */
  private static List<Row> updates() {
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

  @Override
  public List<Case> cases() {
    Random rnd = new Random(20240805);
    List<Case> out = new ArrayList<>();
    for (Op op : unary()) {
      for (int[] s : List.of(new int[] {3, 4}, new int[] {5}, new int[] {})) {
        out.add(vjp(op, new int[][] {s}, DType.FLOAT64, rnd));
      }
      out.add(vjp(op, new int[][] {{2, 3}}, DType.FLOAT32, rnd));
    }
    int[][][] pairs = {{{3, 4}, {3, 4}}, {{3, 4}, {4}}, {{2, 1}, {1, 3}}, {{}, {3}}};
    for (Op op : binary()) {
      for (int[][] p : pairs) {
        out.add(vjp(op, p, DType.FLOAT64, rnd));
      }
      out.add(vjp(op, new int[][] {{2, 3}, {3}}, DType.FLOAT32, rnd));
    }
    for (Op op : reductions()) {
      int[][] shapes = new int[op.nin()][];
      Arrays.fill(shapes, new int[] {3, 4});
      if (op.group().equals("diagflat")) {
        shapes[0] = new int[] {4};
      }
      if (op.group().equals("full_like")) {
        shapes[1] = new int[] {};
      }
      if (op.group().equals("clip") && op.nin() == 3) {
        shapes = new int[][] {{3, 4}, {4}, {3, 1}};
      }
      out.add(vjp(op, shapes, DType.FLOAT64, rnd));
    }
    out.add(prodWithZeros(rnd));
    // astype float32 -> float64: the gradient comes back as float32 (the tape casts to the input's dtype).
    out.add(vjp(op("astype", "lambda x: x.astype(np.float64)", a -> Np.astype(a[0], DType.FLOAT64), 1, -2, 2),
        new int[][] {{3, 4}}, DType.FLOAT32, rnd));
    out.add(vjp(op("dot", "np.dot", a -> Np.dot(a[0], a[1]), 2, -2, 2), new int[][] {{3, 4}, {4, 2}}, DType.FLOAT64, rnd));
    out.add(vjp(op("dot", "np.dot", a -> Np.dot(a[0], a[1]), 2, -2, 2), new int[][] {{3, 4}, {4}}, DType.FLOAT64, rnd));
    out.add(vjp(op("dot", "np.dot", a -> Np.dot(a[0], a[1]), 2, -2, 2), new int[][] {{4}, {4, 2}}, DType.FLOAT64, rnd));
    out.add(vjp(op("dot", "np.dot", a -> Np.dot(a[0], a[1]), 2, -2, 2), new int[][] {{4}, {4}}, DType.FLOAT64, rnd));
    out.add(vjp(op("dot", "np.dot", a -> Np.dot(a[0], a[1]), 2, -2, 2), new int[][] {{2, 3, 4}, {4, 2}}, DType.FLOAT32, rnd));
    // Complex inputs: TF's convention, dL/dre + 1j dL/dim, against the same finite differences.
    for (Op op : List.of(u("sin", Np::sin, -1, 1), u("exp", Np::exp, -1, 1), u("square", Np::square, -1, 1),
        u("abs", Np::abs, 0.3, 1), u("sqrt", Np::sqrt, 0.3, 1), u("log", Np::log, 0.3, 1), u("tanh", Np::tanh, -1, 1),
        op("real", "np.real", a -> Np.real(a[0]), 1, -1, 1), op("imag", "np.imag", a -> Np.imag(a[0]), 1, -1, 1),
        op("angle", "np.angle", a -> Np.angle(a[0]), 1, 0.3, 1),
        b("multiply", Np::multiply, -1, 1), b("divide", Np::divide, 0.5, 1), b("add", Np::add, -1, 1),
        op("sum", "np.sum", a -> Np.sum(a[0]), 1, -1, 1), op("prod", "lambda x: np.prod(x, axis=0)", a -> Np.prod(a[0], 0), 1, 0.5, 1),
        op("var", "np.var", a -> Np.var(a[0]), 1, -1, 1), op("cumsum", "np.cumsum", a -> Np.cumsum(a[0]), 1, -1, 1),
        op("dot", "np.dot", a -> Np.dot(a[0], a[1]), 2, -1, 1))) {
      int[][] shapes = op.nin() == 1 ? new int[][] {{2, 3}} : op.group().equals("dot") ? new int[][] {{2, 3}, {3, 2}}
          : new int[][] {{2, 3}, {3}};
      out.add(vjp(op, shapes, DType.COMPLEX128, rnd));
    }
    for (Row row : updates()) {
      out.add(vjp(row.op(), row.shapes(), row.dt(), rnd));
    }
    for (Row row : structural()) {
      out.add(vjp(row.op(), row.shapes(), row.dt(), rnd));
    }
    for (Row row : solvers()) {
      out.add(vjp(row.op(), row.shapes(), row.dt(), rnd));
    }
    for (Op op : unary()) {
      if (!op.py().startsWith("np.") || op.group().equals("real")) {
        continue;
      }
      out.add(second(op, rnd));
    }
    for (Row row : decompositions()) {
      out.add(vjp(row.op(), row.shapes(), row.dt(), rnd));
    }
    for (Row row : norms()) {
      out.add(vjp(row.op(), row.shapes(), row.dt(), rnd));
    }
    for (Row row : coverage()) {
      out.add(vjp(row.op(), row.shapes(), row.dt(), rnd));
    }
    for (Case c : jacobians(rnd)) {
      out.add(c);
    }
    return out;
  }

  /** Random inputs for {@code op} of the given shapes: magnitudes in [lo, hi), signs random when lo < 0 is not the range. */
  private static NDArray input(Op op, int[] shape, DType dt, Random rnd, int which) {
    int n = 1;
    for (int d : shape) {
      n *= d;
    }
    boolean complex = dt.isComplex();
    double[] v = new double[complex ? 2 * n : n];
    for (int i = 0; i < v.length; i++) {
      double x = op.lo() + (op.hi() - op.lo()) * rnd.nextDouble();
      if (op.nin() >= 2 && op.lo() < 0) {
        // Binary ops with a signed range: shift the second input so no element ties with the first.
        x += which == 1 ? 0.05 : 0;
      }
      v[i] = complex && op.lo() > 0 && i % 2 == 1 ? x * 0.5 : x;
    }
    NDArray a;
    if (complex) {
      a = new NDArray(DType.COMPLEX128, shape, v);
    } else {
      a = Np.astype(new NDArray(DType.FLOAT64, shape, v), dt);
    }
    return a;
  }

  private static NDArray seedLike(NDArray y, Random rnd) {
    double[] v = new double[y.dtype().isComplex() ? 2 * y.size() : y.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = rnd.nextGaussian();
    }
    NDArray s = new NDArray(y.dtype().isComplex() ? DType.COMPLEX128 : DType.FLOAT64, y.shape(), v);
    return y.dtype() == s.dtype() ? s : Np.astype(s, y.dtype());
  }

  private static Case vjp(Op op, int[][] shapes, DType dt, Random rnd) {
    NDArray[] xs = new NDArray[op.nin()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = input(op, shapes[i], dt, rnd, i);
    }
    return vjpCase(op, xs, rnd);
  }

  private static Case vjpCase(Op op, NDArray[] xs, Random rnd) {
    NDArray seed = seedLike(op.java().apply(xs), rnd);
    List<Object> pyArgs = new ArrayList<>(Arrays.asList((Object[]) xs));
    pyArgs.add(seed);
    StringBuilder wrt = new StringBuilder("[");
    StringBuilder label = new StringBuilder(op.py()).append("(");
    for (int i = 0; i < xs.length; i++) {
      wrt.append(i == 0 ? "" : ", ").append(i);
      label.append(i == 0 ? "" : ", ").append(xs[i].dtype()).append(Py.repr(xs[i].shapeRef()));
    }
    String ref = "lambda *a: _numbat_vjp_fd(" + op.py() + ", a, " + wrt + "])";
    return Case.of("grad:" + op.group(), "vjp " + label + ")", ref, pyArgs, Map.of(), TOL, () -> {
      GradientTape tape = new GradientTape();
      tape.watch((Object[]) xs);
      NDArray y = op.java().apply(xs);
      tape.close();
      return tape.gradient(y, Arrays.asList((Object[]) xs), seed, UnconnectedGradients.ZERO);
    });
  }

  /** prod over slices holding no zero, one zero and two zeros: the exact rule against finite differences. */
  private static Case prodWithZeros(Random rnd) {
    NDArray x = Np.asarray(new double[][] {{1.5, 0, 2, -1}, {0.5, 1.25, -2, 3}, {0, 2, 0, 1.5}});
    return vjpCase(op("prod", "lambda x: np.prod(x, axis=1)", a -> Np.prod(a[0], 1), 1, 0, 1), new NDArray[] {x}, rnd);
  }

  /** d/dx (v . d/dx (u . f(x))) by nested tapes against {@code v * u * f''(x)} from second differences. */
  private static Case second(Op op, Random rnd) {
    NDArray x = input(op, new int[] {3, 4}, DType.FLOAT64, rnd, 0);
    NDArray uSeed = seedLike(x, rnd);
    NDArray vSeed = seedLike(x, rnd);
    String ref = "lambda x, u, v: _numbat_second_fd(" + op.py() + ", x, u, v)";
    Tolerance tol = Tolerance.of(false, Map.of("float64", 1e-5));
    return Case.of("grad2:" + op.group(), "d2 " + op.py() + "(float64(3, 4))", ref, List.of(x, uSeed, vSeed), Map.of(), tol,
        () -> {
          GradientTape outer = new GradientTape();
          outer.watch(x);
          GradientTape inner = new GradientTape();
          inner.watch(x);
          NDArray y = op.java().apply(new NDArray[] {x});
          inner.close();
          NDArray d1 = inner.gradient(y, List.of(x), uSeed, UnconnectedGradients.ZERO).get(0);
          outer.close();
          return outer.gradient(d1, List.of(x), vSeed, UnconnectedGradients.ZERO).get(0);
        });
  }

  /**
   * linalg.norm over every ord NumPy takes (vectors: None/2, 1, -1, inf, -inf, 0, other p
   * including negative and fractional; matrices: None/'fro', 'nuc', 1, -1, inf, -inf, 2, -2), with
   * int, 1-tuple, reversed and non-adjacent 2-tuple axes, keepdims, a stacked input and complex
   * inputs; and cond with p 'fro'/'nuc', which goes through the matrix-norm rule. Random inputs
   * have no ties among |x|, the column/row sums or the singular values.
   */
  private static List<Row> norms() {
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

  /**
   * pinv, lstsq, cond, tensorsolve and slogdet's complex sign: full-rank, rank-deficient (rcond
   * cut-off, rank kept by building the input as a product) and hermitian forms. Square inputs are
   * shifted by 4 I away from singular matrices.
   */
  private static List<Row> solvers() {
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
}
