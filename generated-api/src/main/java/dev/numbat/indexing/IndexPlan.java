package dev.numbat.indexing;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.IndexError;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.HostArrays;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.StridedViews;
import dev.numbat.backend.cpu.StridedWalk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * NumPy's indexing rules applied to one array and one index (the typed components of
 * {@code x[...]}), in two steps as NumPy's {@code mapping.c} does them:
 *
 * <ol>
 *   <li>the basic part (integers, slices, ellipsis, newaxis) becomes a view over {@code x}'s
 *       storage, keeping every axis an index array addresses whole; a basic index stops here
 *       (O(1), no element is touched);
 *   <li>the advanced part (integer arrays, boolean masks as their {@code nonzero()}, and integers
 *       once any array is present) broadcasts its arrays to one shape B, which replaces the
 *       addressed axes in place when the advanced indices are adjacent, else goes first.
 * </ol>
 *
 * {@link #offsets()} lists, in C order of the result, the storage offset of every selected
 * element: gathering reads them, the functional updates write them.
 */
public final class IndexPlan {
  static final String ONLY_VALID = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) "
      + "and integer or boolean arrays are valid indices";

  private static final int INT = 0;
  private static final int SLICE = 1;
  private static final int NEWAXIS = 2;
  private static final int ELLIPSIS = 3;
  private static final int INT_ARRAY = 4;
  private static final int BOOL_ARRAY = 5;
  private static final int BOOL_SCALAR = 6;

  private final NDArray view;
  /** Index arrays (integer dtype), one per addressed view axis; empty for a basic index. */
  private final NDArray[] fancy;
  private final int[] fancyAxis;
  private final int[] fancyOrigAxis;
  private final boolean[] fancyListed;
  private final boolean consecutive;
  private final int consecPos;

  private IndexPlan(NDArray view, List<NDArray> fancy, List<int[]> fancyInfo, boolean consecutive, int consecPos) {
    this.view = view;
    int n = fancy.size();
    this.fancy = fancy.toArray(new NDArray[0]);
    this.fancyAxis = new int[n];
    this.fancyOrigAxis = new int[n];
    this.fancyListed = new boolean[n];
    for (int i = 0; i < n; i++) {
      int[] info = fancyInfo.get(i);
      fancyAxis[i] = info[0];
      fancyOrigAxis[i] = info[1];
      fancyListed[i] = info[2] != 0;
    }
    this.consecutive = consecutive;
    this.consecPos = consecPos;
  }

  /** True when the index has no arrays: the result is {@link #view()} itself. */
  public boolean isBasic() { return fancy.length == 0; }

  /** The basic part as a view of the indexed array (the whole result for a basic index). */
  public NDArray view() { return view; }

  /**
   * Whether {@code index} is one integer per axis of {@code x} ({@code ()} for a 0-d x): NumPy's
   * single-element assignment, which takes a scalar and refuses an array of ndim > 0.
   */
  static boolean isIntegerTuple(NDArray x, Object[] index) {
    if (index.length != x.ndim()) {
      return false;
    }
    Object[] val = new Object[index.length];
    for (int i = 0; i < index.length; i++) {
      if (classify(index[i], val, i) != INT) {
        return false;
      }
    }
    return true;
  }

  /** Plans {@code x[index]}; throws NumPy's IndexError for an invalid index. */
  public static IndexPlan of(NDArray x, Object[] index) {
    int n = index.length;
    int[] kind = new int[n];
    Object[] val = new Object[n];
    int consumed = 0;
    int ellipses = 0;
    boolean hasFancy = false;
    for (int i = 0; i < n; i++) {
      Object o = index[i];
      int k = classify(o, val, i);
      kind[i] = k;
      switch (k) {
        case INT, SLICE, INT_ARRAY -> consumed++;
        case BOOL_ARRAY -> consumed += ((NDArray) val[i]).ndim();
        case ELLIPSIS -> ellipses++;
        default -> { }
      }
      hasFancy |= k >= INT_ARRAY;
    }
    if (ellipses > 1) {
      throw new IndexError("an index can only have a single ellipsis ('...')");
    }
    int[] shape = x.shapeRef();
    int[] strides = x.stridesRef();
    int nd = shape.length;
    if (consumed > nd) {
      throw new IndexError("too many indices for array: array is " + nd + "-dimensional, but " + consumed
          + " were indexed");
    }
    int[] vshape = new int[nd + n];
    int[] vstrides = new int[nd + n];
    int vn = 0;
    long offset = x.offset();
    int ax = 0;
    List<NDArray> fancy = new ArrayList<>();
    List<int[]> info = new ArrayList<>();
    // NumPy's consecutive test: -1 no advanced index yet, 0 inside the first run, 1 after it, 2 a second run.
    int status = -1;
    int consecPos = 0;
    for (int i = 0; i < n; i++) {
      int k = kind[i];
      boolean isFancy = k >= INT_ARRAY || (k == INT && hasFancy);
      if (isFancy) {
        if (status == -1) {
          status = 0;
          consecPos = vn;
        } else if (status == 1) {
          status = 2;
        }
      } else if (status == 0) {
        status = 1;
      }
      switch (k) {
        case INT -> {
          long v = (Long) val[i];
          int size = shape[ax];
          if (v < -size || v >= size) {
            throw new IndexError("index " + v + " is out of bounds for axis " + ax + " with size " + size);
          }
          long idx = v < 0 ? v + size : v;
          if (hasFancy) {
            NDArray a = HostArrays.int64(Shapes.SCALAR, new long[] {idx});
            fancy.add(a);
            info.add(new int[] {vn, ax, 0});
            vshape[vn] = size;
            vstrides[vn++] = strides[ax];
          } else {
            offset += idx * strides[ax];
          }
          ax++;
        }
        case SLICE -> {
          int[] r = ((Slice) val[i]).indices(shape[ax]);
          if (r[3] > 0) {
            offset += (long) r[0] * strides[ax];
          }
          vshape[vn] = r[3];
          vstrides[vn++] = strides[ax] * r[2];
          ax++;
        }
        case NEWAXIS -> {
          vshape[vn] = 1;
          vstrides[vn++] = 0;
        }
        case ELLIPSIS -> {
          int fill = nd - consumed;
          for (int j = 0; j < fill; j++) {
            vshape[vn] = shape[ax];
            vstrides[vn++] = strides[ax++];
          }
        }
        case INT_ARRAY -> {
          fancy.add((NDArray) val[i]);
          info.add(new int[] {vn, ax, 1});
          vshape[vn] = shape[ax];
          vstrides[vn++] = strides[ax++];
        }
        case BOOL_ARRAY -> {
          NDArray m = (NDArray) val[i];
          int[] ms = m.shapeRef();
          for (int j = 0; j < ms.length; j++) {
            // NumPy accepts a mask axis of length 0 against any axis length (it selects nothing).
            if (ms[j] != shape[ax + j] && ms[j] != 0) {
              throw new IndexError("boolean index did not match indexed array along dimension " + (ax + j)
                  + "; dimension is " + shape[ax + j] + " but corresponding boolean dimension is " + ms[j]);
            }
          }
          for (NDArray nz : nonzero(m)) {
            fancy.add(nz);
            info.add(new int[] {vn, ax, 1});
            vshape[vn] = shape[ax];
            vstrides[vn++] = strides[ax++];
          }
        }
        default -> {
          // A 0-d boolean: a new axis of length 1, selected ([0]) when true, emptied ([]) when false.
          boolean b = (Boolean) val[i];
          fancy.add(HostArrays.int64(new int[] {b ? 1 : 0}, new long[1]));
          info.add(new int[] {vn, -1, 1});
          vshape[vn] = 1;
          vstrides[vn++] = 0;
        }
      }
    }
    while (ax < nd) {
      vshape[vn] = shape[ax];
      vstrides[vn++] = strides[ax++];
    }
    NDArray view = StridedViews.view(x, Arrays.copyOf(vshape, vn), Arrays.copyOf(vstrides, vn), (int) offset);
    return new IndexPlan(view, fancy, info, status != 2, consecPos);
  }

  /** The kind of one index component; its normalised value goes to {@code val[i]}. */
  private static int classify(Object o, Object[] val, int i) {
    if (o == null || o instanceof NewAxis) {
      return NEWAXIS;
    }
    if (o instanceof Ellipsis) {
      return ELLIPSIS;
    }
    if (o instanceof Slice s) {
      val[i] = s;
      return SLICE;
    }
    if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
      val[i] = ((Number) o).longValue();
      return INT;
    }
    if (o instanceof Boolean b) {
      val[i] = b;
      return BOOL_SCALAR;
    }
    NDArray a;
    if (o instanceof NDArray arr) {
      a = arr;
      if (a.dtype().isInexact()) {
        throw new IndexError("arrays used as indices must be of integer (or boolean) type");
      }
    } else if (o instanceof List<?> || o instanceof Object[]) {
      a = listIndex(o);
    } else if (o != null && o.getClass().isArray()) {
      a = Convert.asarray(o, null);
      if (a.dtype().isInexact()) {
        throw new IndexError("arrays used as indices must be of integer (or boolean) type");
      }
    } else {
      throw new IndexError(ONLY_VALID);
    }
    if (a.dtype().isBool()) {
      if (a.ndim() == 0) {
        val[i] = (Boolean) a.item();
        return BOOL_SCALAR;
      }
      val[i] = a;
      return BOOL_ARRAY;
    }
    if (a.ndim() == 0) {
      // NumPy treats a 0-d integer array as the integer it holds.
      val[i] = (Long) a.item();
      return INT;
    }
    val[i] = a;
    return INT_ARRAY;
  }

  /** A Python list as an index: integers or booleans only; an empty list is an empty integer array. */
  private static NDArray listIndex(Object o) {
    List<?> l = o instanceof Object[] arr ? Arrays.asList(arr) : (List<?>) o;
    NDArray a;
    try {
      a = Convert.asarray(l, null);
    } catch (RuntimeException e) {
      throw new IndexError(ONLY_VALID);
    }
    if (a.size() == 0) {
      return NDArray.allocate(DType.INT64, a.shapeRef());
    }
    if (a.dtype().isInexact()) {
      throw new IndexError(ONLY_VALID);
    }
    return a;
  }

  /** The coordinates of the true elements of a mask, one int64 array per mask axis. */
  private static NDArray[] nonzero(NDArray m) {
    int nd = m.ndim();
    int[] hits = HostArrays.truePositions(m);
    int count = hits.length;
    long[][] coords = new long[nd][count];
    int[] ms = m.shapeRef();
    for (int c = 0; c < count; c++) {
      int rem = hits[c];
      for (int j = nd - 1; j >= 0; j--) {
        coords[j][c] = rem % ms[j];
        rem /= ms[j];
      }
    }
    NDArray[] out = new NDArray[nd];
    for (int j = 0; j < nd; j++) {
      out[j] = HostArrays.int64(new int[] {count}, coords[j]);
    }
    return out;
  }

  /** The broadcast shape of the index arrays, or NumPy's IndexError listing them. */
  private int[] fancyShape() {
    int[] b = Shapes.SCALAR;
    for (NDArray f : fancy) {
      try {
        b = Shapes.broadcast(b, f.shapeRef());
      } catch (RuntimeException e) {
        StringBuilder m = new StringBuilder("shape mismatch: indexing arrays could not be broadcast together with shapes ");
        for (int i = 0; i < fancy.length; i++) {
          if (fancyListed[i]) {
            m.append(Shapes.strNoSpace(fancy[i].shapeRef())).append(' ');
          }
        }
        throw new IndexError(m.toString());
      }
    }
    return b;
  }

  /**
   * The result axis where the advanced indices' broadcast axes start: in place of the axes they
   * address when they are adjacent, else 0 (NumPy puts them first); -1 for a basic index.
   */
  public int advancedStart() {
    return isBasic() ? -1 : consecutive ? consecPos : 0;
  }

  /** How many result axes the advanced indices' broadcast shape has (0 for a basic index). */
  public int advancedNdim() {
    return isBasic() ? 0 : fancyShape().length;
  }

  /** The result's shape. */
  public int[] shape() {
    if (isBasic()) {
      return view.shape();
    }
    int[] b = fancyShape();
    int[] vs = view.shapeRef();
    int nf = fancy.length;
    int[] out = new int[vs.length - nf + b.length];
    int o = 0;
    if (consecutive) {
      for (int i = 0; i < consecPos; i++) {
        out[o++] = vs[i];
      }
      for (int d : b) {
        out[o++] = d;
      }
      for (int i = consecPos + nf; i < vs.length; i++) {
        out[o++] = vs[i];
      }
    } else {
      for (int d : b) {
        out[o++] = d;
      }
      for (int i = 0; i < vs.length; i++) {
        if (!isFancyAxis(i)) {
          out[o++] = vs[i];
        }
      }
    }
    return out;
  }

  private boolean isFancyAxis(int v) {
    for (int a : fancyAxis) {
      if (a == v) {
        return true;
      }
    }
    return false;
  }

  /**
   * The storage offset (into the storage of {@link #view()}) of every element of the result, in C order.
   * Checks the index arrays' bounds (NumPy's IndexError naming the original axis).
   */
  public int[] offsets() {
    int[] vs = view.shapeRef();
    int[] vst = view.stridesRef();
    int[] b = isBasic() ? Shapes.SCALAR : fancyShape();
    int nb = Shapes.checkedSize(b);
    int[] fancyOff = new int[nb];
    // NumPy 2.4 checks the index arrays' bounds even when the result has no elements (NumPy 1.x
    // skipped the check there; 2.0 to 2.3 warned).
    for (int k = 0; k < fancy.length; k++) {
      NDArray f = fancy[k];
      int size = vs[fancyAxis[k]];
      long stride = vst[fancyAxis[k]];
      // uint64 indices convert to intp as C does: the bits, read as signed.
      long[] vals = HostArrays.longs(StridedViews.broadcast(f, b));
      for (int i = 0; i < nb; i++) {
        long v = vals[i];
        if (v < -size || v >= size) {
          throw new IndexError("index " + v + " is out of bounds for axis " + Math.max(fancyOrigAxis[k], 0)
              + " with size " + size);
        }
        fancyOff[i] += (int) ((v < 0 ? v + size : v) * stride);
      }
    }
    // The non-indexed axes: those before the advanced block and those after it (all after, when it goes first).
    int nv = vs.length;
    int[] preShape;
    int[] preStrides;
    int[] postShape;
    int[] postStrides;
    if (isBasic()) {
      preShape = Shapes.SCALAR;
      preStrides = Shapes.SCALAR;
      postShape = vs;
      postStrides = vst;
    } else if (consecutive) {
      int nf = fancy.length;
      preShape = Arrays.copyOfRange(vs, 0, consecPos);
      preStrides = Arrays.copyOfRange(vst, 0, consecPos);
      postShape = Arrays.copyOfRange(vs, consecPos + nf, nv);
      postStrides = Arrays.copyOfRange(vst, consecPos + nf, nv);
    } else {
      preShape = Shapes.SCALAR;
      preStrides = Shapes.SCALAR;
      int m = nv - fancy.length;
      postShape = new int[m];
      postStrides = new int[m];
      int o = 0;
      for (int i = 0; i < nv; i++) {
        if (!isFancyAxis(i)) {
          postShape[o] = vs[i];
          postStrides[o++] = vst[i];
        }
      }
    }
    int[] pre = walk(preShape, preStrides);
    int[] post = walk(postShape, postStrides);
    long total = (long) pre.length * nb * post.length;
    if (total > Integer.MAX_VALUE) {
      Shapes.checkedSize(shape());
    }
    int[] out = new int[(int) total];
    int base = view.offset();
    int o = 0;
    for (int p : pre) {
      for (int f : fancyOff) {
        int pf = base + p + f;
        for (int q : post) {
          out[o++] = pf + q;
        }
      }
    }
    return out;
  }

  private static int[] walk(int[] shape, int[] strides) {
    int n = Shapes.checkedSize(shape);
    int[] out = new int[n];
    StridedWalk w = new StridedWalk(shape, strides, 0);
    for (int i = 0; i < n; i++) {
      out[i] = w.next();
    }
    return out;
  }
}
