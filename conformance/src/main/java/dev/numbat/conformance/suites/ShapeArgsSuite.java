package dev.numbat.conformance.suites;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.conformance.Case;
import dev.numbat.conformance.Inputs;
import dev.numbat.conformance.Py;
import dev.numbat.conformance.Suite;
import dev.numbat.conformance.Tolerance;
import dev.numbat.ops.OpTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The dtype x shape matrix of the ops whose second argument is a free-form Python object (pad's
 * pad_width, split's indices_or_sections, insert's and delete's obj, take's indices): a spec
 * test block would generate that argument as a random array, so these cases give it real values
 * instead. Every case calls the op through {@code OpTable.invoke} (the generated API path) and
 * NumPy with the same arguments; report rows are the op names.
 */
public final class ShapeArgsSuite implements Suite {
  private static final List<int[]> SHAPES = List.of(new int[] {4}, new int[] {3, 4}, new int[] {3, 1},
      new int[] {2, 3, 4}, new int[] {}, new int[] {0, 4}, new int[] {3, 0});

  @Override
  public String name() {
    return "shape_args";
  }

  /** One call: positional Python values after the array, keywords, and the Java argument list. */
  private record Variant(String op, List<Object> args, Map<String, Object> kw) {}

  private static Variant v(String op, Object... argsThenKw) {
    List<Object> args = new ArrayList<>();
    Map<String, Object> kw = new LinkedHashMap<>();
    for (int i = 0; i < argsThenKw.length; i++) {
      if (argsThenKw[i] instanceof String s && s.endsWith("=")) {
        kw.put(s.substring(0, s.length() - 1), argsThenKw[++i]);
      } else {
        args.add(argsThenKw[i]);
      }
    }
    return new Variant(op, args, kw);
  }

  private static List<Object> l(Object... xs) {
    return Arrays.asList(xs);
  }

  private static final List<Variant> VARIANTS = List.of(
      v("pad", 1), v("pad", l(1, 2)), v("pad", l(l(1, 0), l(2, 3))), v("pad", 2, "constant_values=", 7),
      v("pad", l(2, 1), "constant_values=", l(l(1, 2), l(3, 4))), v("pad", 2, "mode=", "edge"),
      v("pad", l(3, 2), "mode=", "wrap"), v("pad", 5, "mode=", "wrap"), v("pad", l(3, 2), "mode=", "reflect"),
      v("pad", 7, "mode=", "reflect"), v("pad", l(2, 3), "mode=", "symmetric"), v("pad", 6, "mode=", "symmetric"),
      v("pad", 3, "mode=", "reflect", "reflect_type=", "odd"),
      v("pad", l(2, 5), "mode=", "symmetric", "reflect_type=", "odd"), v("pad", 2, "mode=", "maximum"),
      v("pad", 2, "mode=", "minimum"), v("pad", l(1, 3), "mode=", "maximum", "stat_length=", 2),
      v("pad", 2, "mode=", "mean"), v("pad", 2, "mode=", "median"),
      v("pad", l(2, 1), "mode=", "mean", "stat_length=", l(1, 3)), v("pad", 2, "mode=", "median", "stat_length=", 2),
      v("pad", 2, "mode=", "linear_ramp"), v("pad", l(3, 2), "mode=", "linear_ramp", "end_values=", l(5, 7)),
      v("pad", 2, "mode=", "empty"), v("pad", -1), v("pad", 1, "mode=", "foo"),
      v("pad", 1, "mode=", "edge", "constant_values=", 1), v("pad", 2, "mode=", "minimum", "stat_length=", 0),
      v("split", 2), v("split", 1), v("split", 3, "axis=", 1), v("split", l(1, 2)), v("split", l(2, -1, 5), "axis=", -1),
      v("split", l(), "axis=", 0), v("split", 0), v("split", 2, "axis=", 3),
      v("array_split", 3), v("array_split", 5, "axis=", -1), v("array_split", l(1, 3), "axis=", 1),
      v("array_split", 0), v("array_split", -1),
      v("hsplit", 2), v("hsplit", l(1, 3)), v("hsplit", 1), v("vsplit", 3), v("vsplit", l(1, 2)),
      v("dsplit", 2), v("dsplit", l(1, 3)),
      v("insert", 1, 0), v("insert", 0, 7, "axis=", 0), v("insert", -1, l(1, 2, 3, 4), "axis=", 1),
      v("insert", l(1, 1, 3), 5, "axis=", 0), v("insert", l(0, -1), l(l(1), l(2)), "axis=", -1),
      v("insert", l(2), l(9, 8, 7, 6), "axis=", 0), v("insert", 9, 1, "axis=", 0), v("insert", l(), 3),
      v("insert", l(l(0)), 1),
      v("delete", 0), v("delete", -1, "axis=", 0), v("delete", l(0, 2), "axis=", 1),
      v("delete", l(1, 1, -1), "axis=", -1), v("delete", l(true, false, true), "axis=", 0), v("delete", 5, "axis=", 0),
      v("delete", l(), "axis=", 0), v("delete", l(l(0))),
      v("take", l(0, 2, -1)), v("take", l(l(0, 1), l(1, 0)), "axis=", 0), v("take", l(1), "axis=", -1),
      v("take", l(5), "mode=", "wrap"), v("take", l(5, -7), "axis=", 1, "mode=", "clip"), v("take", l(3)),
      v("take", 0, "axis=", 0), v("take", l(l(-1)), "axis=", 1, "mode=", "wrap"), v("take", l(2), "axis=", 3),
      v("take", l(0), "mode=", "foo"), v("take", l(1.0)), v("take", l(true, false)),
      v("repeat", 2), v("repeat", 0), v("repeat", 3, "axis=", 0), v("repeat", l(1, 0, 2, 1), "axis=", -1),
      v("repeat", l(2), "axis=", 1), v("repeat", -1), v("repeat", l(1, 2), "axis=", 0), v("repeat", 2, "axis=", 2));

  @Override
  public List<Case> cases() {
    List<Case> out = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(20240611L);
    for (Variant var : VARIANTS) {
      List<String> params = OpTable.PARAMS.get(var.op());
      Tolerance tol = var.op().equals("pad") ? Tolerance.of(false, Map.of("f16", 1e-2, "bf16", 3e-2))
          : Tolerance.defaults(false);
      for (DType d : DType.values()) {
        for (int[] shape : SHAPES) {
          NDArray x = Inputs.array(Inputs.Gen.DEFAULT, d, shape, r, r.nextGaussian() * 3);
          List<Object> py = new ArrayList<>();
          py.add(x);
          py.addAll(var.args());
          Object[] jargs = javaArgs(params, py, var.kw());
          String label = var.op() + "(" + d.name() + Py.repr(shape) + ", " + var.args() + ", " + var.kw() + ")";
          String ref = var.op().equals("pad")
              ? "lambda a, pw, mode='constant', **k: np.pad(a, pw, mode='constant' if mode == 'empty' else mode, **k)"
              : "numpy." + var.op();
          Case c = Case.of(var.op(), label, ref, py, var.kw(), tol, () -> OpTable.invoke(var.op(), jargs));
          c.layoutJargs = jargs;
          out.add(c);
        }
      }
    }
    return out;
  }

  /** The Java argument list of {@code OpTable.invoke}: positionals, keywords by name, defaults otherwise. */
  private static Object[] javaArgs(List<String> params, List<Object> py, Map<String, Object> kw) {
    Object[] a = new Object[params.size()];
    for (int i = 0; i < params.size(); i++) {
      String p = params.get(i);
      String name = p.substring(0, p.indexOf(':')).trim();
      String type = p.substring(p.indexOf(':') + 1).split("=")[0].trim();
      String def = p.contains("=") ? p.substring(p.indexOf('=') + 1).trim() : null;
      Object v = i < py.size() ? py.get(i) : kw.containsKey(name) ? kw.get(name) : null;
      boolean given = i < py.size() || kw.containsKey(name);
      if (!given) {
        v = def == null || def.equals("None") ? null : def.startsWith("'") ? def.substring(1, def.length() - 1)
            : type.startsWith("int") ? (Object) Integer.valueOf(def) : def;
      } else if ((type.equals("int") || type.equals("int?")) && v instanceof Number n) {
        v = n.intValue();
      }
      a[i] = v;
    }
    return a;
  }
}
