package dev.numbat.conformance.suites.grad;

import static dev.numbat.conformance.suites.grad.GradRows.*;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Gradient records of the element-wise ops and the reductions (inputs kept away from kinks and poles). */
final class ElementwiseRows {
  private ElementwiseRows() {}

  /** Element-wise unary ops, with a range that keeps away from poles and domain edges. */
  static List<Op> unary() {
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
  static List<Op> binary() {
    return List.of(
        b("add", Np::add, -2, 2), b("subtract", Np::subtract, -2, 2), b("multiply", Np::multiply, -2, 2),
        b("divide", Np::divide, 0.5, 2), b("power", Np::power, 0.5, 2), b("float_power", Np::floatPower, 0.5, 2),
        b("maximum", Np::maximum, -2, 2), b("minimum", Np::minimum, -2, 2), b("fmax", Np::fmax, -2, 2),
        b("fmin", Np::fmin, -2, 2), b("arctan2", Np::arctan2, 0.5, 2), b("hypot", Np::hypot, 0.5, 2),
        b("logaddexp", Np::logaddexp, -2, 2), b("logaddexp2", Np::logaddexp2, -2, 2),
        b("copysign", Np::copysign, 0.3, 2), b("remainder", Np::remainder, 0.3, 2), b("fmod", Np::fmod, 0.3, 2),
        op("ldexp", "lambda x: np.ldexp(x, 3)", a -> Np.ldexp(a[0], 3L), 1, -2, 2),
        b("heaviside", Np::heaviside, 0.3, 2),
        op("true_divide", "np.true_divide", a -> Np.trueDivide(a[0], a[1]), 2, 0.5, 2),
        op("mod", "np.mod", a -> Np.mod(a[0], a[1]), 2, 0.3, 2));
  }

  /** Reductions and the other shape-changing ops, each with its own axis/keyword variant. */
  static List<Op> reductions() {
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
    // where= masks (3, 4) inputs: the gradient is 0 at the masked-out elements
    String W2 = "[[True, True, False, True], [True, False, True, True], [True, True, True, False]]";
    NDArray w = GradRows.bools(1, 0, 1, 1);
    NDArray w2 = Np.reshape(GradRows.bools(1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0), 3, 4);
    r.add(op("var", "lambda x: np.var(x, axis=-1, where=np.array([True, False, True, True]))",
        a -> Np.var(a[0], new int[] {-1}, null, 0.0, false, null, w), 1, -2, 2));
    r.add(op("var", "lambda x: np.var(x, axis=0, ddof=1, keepdims=True, where=np.array(" + W2 + "))",
        a -> Np.var(a[0], new int[] {0}, null, 1.0, true, null, w2), 1, -2, 2));
    r.add(op("std", "lambda x: np.std(x, where=np.array(" + W2 + "))",
        a -> Np.std(a[0], null, null, 0.0, false, null, w2), 1, -2, 2));
    r.add(op("nanmean", "lambda x: np.nanmean(x, axis=-1, where=np.array([True, False, True, True]))",
        a -> Np.nanmean(a[0], new int[] {-1}, null, false, w), 1, -2, 2));
    r.add(op("nanvar", "lambda x: np.nanvar(x, axis=0, where=np.array(" + W2 + "))",
        a -> Np.nanvar(a[0], new int[] {0}, null, 0.0, false, null, w2), 1, -2, 2));
    r.add(op("nanstd", "lambda x: np.nanstd(x, axis=-1, ddof=1, where=np.array([True, False, True, True]))",
        a -> Np.nanstd(a[0], new int[] {-1}, null, 1.0, false, null, w), 1, -2, 2));
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
}
