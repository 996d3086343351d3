package dev.numbat.conformance.suites;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.conformance.Case;
import dev.numbat.conformance.Inputs;
import dev.numbat.conformance.Suite;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * NumPy's indexing ({@code x[...]}, Numbat's {@code x.get(...)}) in the style of JAX's
 * lax_numpy_indexing_test: random basic, advanced, boolean and mixed indices, plus deliberate
 * errors, over shapes from 0-d to 4-d (empty axes included) and ten dtypes, each checked against
 * NumPy for dtype, shape and values, or for the exception type. Half the cases use the typed
 * form, half the string form. Groups: indexing.basic, .advanced, .boolean, .mixed, .errors.
 */
public final class IndexingSuite implements Suite {
  /** NumPy evaluates the same subscript text, the index arrays passed as {@code a}. */
  static final String GET_REF = "lambda x, idx, *a: eval('x[' + idx + ']', {'np': np, 'x': x, 'a': a})";

  static final int[][] SHAPES = {{}, {5}, {0}, {3, 4}, {4, 0}, {2, 3, 4}, {2, 0, 3}, {2, 3, 4, 5}, {1, 3, 1, 2}};
  static final DType[] DTYPES = {DType.BOOL, DType.INT8, DType.UINT16, DType.INT32, DType.INT64, DType.FLOAT16,
      DType.FLOAT32, DType.FLOAT64, DType.COMPLEX64, DType.BFLOAT16};
  static final String[] KINDS = {"basic", "advanced", "boolean", "mixed", "errors"};
  private static final int PER_KIND = 20;

  @Override
  public String name() { return "indexing"; }

  @Override
  public List<Case> cases() {
    Random r = new Random(20240603L);
    SplittableRandom vals = new SplittableRandom(7);
    IndexGen g = new IndexGen(r);
    List<Case> out = new ArrayList<>();
    for (int[] shape : SHAPES) {
      for (DType d : DTYPES) {
        NDArray x = Inputs.array(Inputs.Gen.DEFAULT, d, shape, vals, 0);
        for (String kind : KINDS) {
          for (int i = 0; i < PER_KIND; i++) {
            IndexGen.Index ix = random(g, r, kind, shape);
            out.add(getCase("indexing." + kind, x, ix, r.nextBoolean() && !ix.typedOnly));
          }
        }
      }
    }
    return out;
  }

  /** The case {@code x[ix]}: typed form, or string form when {@code string}. */
  static Case getCase(String group, NDArray x, IndexGen.Index ix, boolean string) {
    List<Object> py = new ArrayList<>();
    py.add(x);
    py.add(ix.pyText());
    py.addAll(ix.arrays);
    String label = x.dtype() + dev.numbat.backend.cpu.Shapes.str(x.shapeRef()) + (string ? ".get(\"" + ix.strText() + "\")" : "[" + ix.pyText() + "]");
    Object[] typed = ix.typed.toArray();
    String text = ix.strText();
    Object[] args = ix.strArgs.toArray();
    Case c = Case.of(group, label, GET_REF, py, string ? () -> x.get(text, args) : () -> x.get(typed));
    // the same index applied to a traced x (index arrays are constants of the trace)
    c.compiled = () -> dev.numbat.Np.function((NDArray t) -> string ? t.get(text, args) : t.get(typed)).apply(x);
    return c;
  }

  /** A random index of the given kind for an array of {@code shape}. */
  static IndexGen.Index random(IndexGen g, Random r, String kind, int[] shape) {
    IndexGen.Index ix = new IndexGen.Index();
    int nd = shape.length;
    switch (kind) {
      case "basic" -> {
        int consumed = r.nextInt(nd + 1);
        int ell = r.nextInt(3) == 0 ? r.nextInt(consumed + 1) : -1;
        int ax = 0;
        for (int i = 0; i < consumed; i++) {
          if (i == ell) {
            g.ellipsis(ix);
            ax = nd - (consumed - i);
          }
          if (r.nextInt(5) == 0) {
            g.newaxis(ix);
          }
          if (r.nextInt(3) == 0) {
            g.integer(ix, g.validInt(shape[ax]));
          } else {
            g.slice(ix, shape[ax]);
          }
          ax++;
        }
        if (ell == consumed) {
          g.ellipsis(ix);
        }
        if (r.nextInt(5) == 0) {
          g.newaxis(ix);
        }
      }
      case "advanced" -> {
        int[] bshape = g.arrayShape();
        for (int ax = 0; ax < nd; ax++) {
          int c = r.nextInt(4);
          if (c == 0 || (c == 1 && ax == nd - 1 && ix.arrays.isEmpty())) {
            g.intArray(ix, r.nextInt(4) == 0 ? g.arrayShape() : bshape, shape[ax]);
          } else if (c == 1) {
            g.fullSlice(ix);
          } else if (c == 2 && ix.arrays.isEmpty()) {
            g.intArray(ix, bshape, shape[ax]);
          } else {
            break;
          }
        }
        if (nd == 0) {
          g.boolScalar(ix);
        }
      }
      case "boolean" -> {
        int lead = nd == 0 ? 0 : r.nextInt(nd);
        for (int i = 0; i < lead; i++) {
          if (r.nextBoolean()) {
            g.fullSlice(ix);
          } else {
            g.slice(ix, shape[i]);
          }
        }
        int start = ix.py.size();
        int m = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(Math.max(1, nd - start));
        if (m == 0 || start >= nd) {
          g.boolScalar(ix);
        } else {
          int[] ms = java.util.Arrays.copyOfRange(shape, start, Math.min(nd, start + m));
          if (r.nextInt(12) == 0 && ms.length > 0) {
            ms[0] += 1;  // a mask of the wrong length: NumPy's IndexError
          }
          g.boolArray(ix, ms);
        }
        if (r.nextInt(3) == 0) {
          g.fullSlice(ix);
        }
      }
      case "mixed" -> {
        int ax = 0;
        boolean ellipsisUsed = false;
        int[] bshape = g.arrayShape();
        while (ax < nd && r.nextInt(6) > 0) {
          int c = r.nextInt(7);
          switch (c) {
            case 0 -> g.integer(ix, g.validInt(shape[ax++]));
            case 1 -> g.slice(ix, shape[ax++]);
            case 2 -> g.newaxis(ix);
            case 3 -> {
              if (!ellipsisUsed) {
                g.ellipsis(ix);
                ellipsisUsed = true;
                ax = Math.max(ax, nd - 1 - r.nextInt(2));
              }
            }
            case 4 -> {
              int m = 1 + r.nextInt(Math.min(2, nd - ax));
              g.boolArray(ix, java.util.Arrays.copyOfRange(shape, ax, ax + m));
              ax += m;
            }
            default -> g.intArray(ix, bshape, shape[ax++]);
          }
        }
        if (ix.arrays.isEmpty()) {
          if (ax < nd) {
            g.intArray(ix, bshape, shape[ax]);
          } else {
            g.boolScalar(ix);
          }
        }
      }
      default -> errors(g, r, ix, shape);
    }
    return ix;
  }

  /** An index NumPy refuses (or, now and then, one that happens to be valid: NumPy decides). */
  private static void errors(IndexGen g, Random r, IndexGen.Index ix, int[] shape) {
    int nd = shape.length;
    int e = r.nextInt(9);
    switch (e) {
      case 0 -> g.integer(ix, nd == 0 ? 0 : shape[0] + r.nextInt(3));          // out of bounds
      case 1 -> {
        for (int i = 0; i <= nd; i++) {                                          // too many indices
          g.integer(ix, 0);
        }
      }
      case 2 -> {
        g.ellipsis(ix);                                                          // two ellipses
        if (r.nextBoolean()) {
          g.fullSlice(ix);
        }
        g.ellipsis(ix);
      }
      case 3 -> g.floatArray(ix);
      case 4 -> g.floatScalar(ix);
      case 5 -> {
        int n = nd == 0 ? 1 : shape[0];                                          // index array out of bounds
        NDArray a = dev.numbat.Np.asarray(new long[] {0, r.nextBoolean() ? n + 1 : -n - 1});
        g.array(ix, a, false);
      }
      case 6 -> {
        g.intArray(ix, new int[] {2}, nd == 0 ? 1 : shape[0]);                 // arrays that do not broadcast
        if (nd > 1) {
          g.intArray(ix, new int[] {3}, shape[1]);
        } else {
          g.intArray(ix, new int[] {3}, 1);
        }
      }
      case 7 -> g.boolArray(ix, new int[] {nd == 0 ? 2 : shape[0] + 1});        // mask of the wrong length
      default -> {
        g.slice(ix, nd == 0 ? 1 : shape[0]);                                    // slice step zero
        ix.py.set(ix.py.size() - 1, "0:1:0");
        ix.typed.set(ix.typed.size() - 1, dev.numbat.Np.slice(0, 1, 0));
        ix.str.set(ix.str.size() - 1, "0:1:0");
        ix.strArgs.clear();
      }
    }
  }
}
