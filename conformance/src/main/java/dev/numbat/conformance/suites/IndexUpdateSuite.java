package dev.numbat.conformance.suites;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.conformance.Case;
import dev.numbat.conformance.Inputs;
import dev.numbat.conformance.Suite;
import dev.numbat.indexing.At;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * The functional updates {@code x.at(idx).set/add/subtract/multiply/divide/power/min/max(v)}
 * against NumPy's in-place versions on a copy: {@code c = x.copy(); c[idx] = v} and
 * {@code np.add.at(c, idx, v)} (unbuffered: repeated indices apply once per occurrence). Indices
 * come from the indexing tables' generator (all kinds, errors included); values are Java scalars
 * or arrays broadcastable to the indexed shape. Groups: indexing_at.set, indexing_at.add, ...
 */
public final class IndexUpdateSuite implements Suite {
  static final String SET_REF = "lambda x, idx, v, *a: (lambda c: (exec('c[' + idx + '] = v', "
      + "{'np': np, 'c': c, 'v': v, 'a': a}), c)[1])(x.copy())";

  static String ufuncRef(String ufunc) {
    return "lambda x, idx, v, *a: (lambda c: (np." + ufunc + ".at(c, eval('np.index_exp[' + idx + ']', "
        + "{'np': np, 'a': a}), v), c)[1])(x.copy())";
  }

  private static final String[] OPS = {"set", "add", "subtract", "multiply", "divide", "power", "min", "max"};
  private static final String[] UFUNCS = {null, "add", "subtract", "multiply", "divide", "power", "minimum", "maximum"};
  private static final int PER_COMBO = 9;

  @Override
  public String name() { return "indexing_at"; }

  @Override
  public List<Case> cases() {
    Random r = new Random(1_000_003L);
    SplittableRandom vals = new SplittableRandom(11);
    IndexGen g = new IndexGen(r);
    List<Case> out = new ArrayList<>();
    Inputs.Gen small = new Inputs.Gen("int", -5, 6);
    for (int o = 0; o < OPS.length; o++) {
      String op = OPS[o];
      String ref = o == 0 ? SET_REF : ufuncRef(UFUNCS[o]);
      for (int[] shape : IndexingSuite.SHAPES) {
        for (DType d : IndexingSuite.DTYPES) {
          NDArray x = Inputs.array(o == 0 ? Inputs.Gen.DEFAULT : small, d, shape, vals, 0);
          for (int i = 0; i < PER_COMBO; i++) {
            String kind = IndexingSuite.KINDS[r.nextInt(IndexingSuite.KINDS.length)];
            IndexGen.Index ix = IndexingSuite.random(g, r, kind, shape);
            Object v = value(r, vals, x, ix, op);
            out.add(updateCase("indexing_at." + op, op, ref, x, ix, v, r.nextBoolean() && !ix.typedOnly));
          }
        }
      }
    }
    return out;
  }

  private static Case updateCase(String group, String op, String ref, NDArray x, IndexGen.Index ix, Object v,
      boolean string) {
    List<Object> py = new ArrayList<>();
    py.add(x);
    py.add(ix.pyText());
    py.add(v);
    py.addAll(ix.arrays);
    String vText = v instanceof NDArray a ? a.dtype() + dev.numbat.backend.cpu.Shapes.str(a.shapeRef()) : String.valueOf(v);
    String label = x.dtype() + dev.numbat.backend.cpu.Shapes.str(x.shapeRef())
        + (string ? ".at(\"" + ix.strText() + "\")" : ".at[" + ix.pyText() + "]") + "." + op + "(" + vText + ")";
    Object[] typed = ix.typed.toArray();
    String text = ix.strText();
    Object[] args = ix.strArgs.toArray();
    BiFunction<At, Object, NDArray> f = switch (op) {
      case "set" -> At::set;
      case "add" -> At::add;
      case "subtract" -> At::subtract;
      case "multiply" -> At::multiply;
      case "divide" -> At::divide;
      case "power" -> At::power;
      case "min" -> At::min;
      default -> At::max;
    };
    Case c = Case.of(group, label, ref, py, () -> f.apply(string ? x.at(text, args) : x.at(typed), v));
    // the same update of a traced x, and of a traced value when it is an array
    c.compiled = v instanceof NDArray va
        ? () -> dev.numbat.Np.function((NDArray t, NDArray u) -> f.apply(string ? t.at(text, args) : t.at(typed), u)).apply(x, va)
        : () -> dev.numbat.Np.function((NDArray t) -> f.apply(string ? t.at(text, args) : t.at(typed), v)).apply(x);
    return c;
  }

  /**
   * A value for the update: a Java scalar, or an array shaped as the indexed result (or a trailing
   * part of it, or (1,)). The indexed shape comes from Numbat's own get; NumPy judges the result.
   */
  private static Object value(Random r, SplittableRandom vals, NDArray x, IndexGen.Index ix, String op) {
    DType d = x.dtype();
    int[] rs;
    try {
      rs = x.get(ix.typed.toArray()).shapeRef();
    } catch (RuntimeException e) {
      rs = new int[0];
    }
    boolean positive = op.equals("divide") || op.equals("power");
    int k = r.nextInt(4);
    if (k == 0) {
      if (d.isBool()) {
        return r.nextBoolean();
      }
      if (op.equals("power")) {
        return r.nextInt(3);
      }
      if (d.isInexact() && r.nextBoolean()) {
        return (r.nextInt(9) - 4) + 0.5;
      }
      int v = r.nextInt(7) - 3;
      if (d.isUnsigned() && op.equals("set")) {
        v = Math.abs(v);
      }
      return positive && v == 0 ? 2 : v;
    }
    int[] vs = rs;
    if (k == 2 && rs.length > 0) {
      vs = java.util.Arrays.copyOfRange(rs, r.nextInt(rs.length + 1), rs.length);
    } else if (k == 3) {
      vs = new int[] {1};
    }
    Inputs.Gen gen = op.equals("power") ? new Inputs.Gen("int", 0, 3)
        : positive ? new Inputs.Gen("int", 1, 4) : new Inputs.Gen("int", -3, 4);
    DType vd = r.nextInt(5) == 0 ? DType.INT32 : d;
    if (op.equals("power") && d.isBool()) {
      vd = DType.INT8;
    }
    return Inputs.array(op.equals("set") ? Inputs.Gen.DEFAULT : gen, vd, vs, vals, 0);
  }
}
