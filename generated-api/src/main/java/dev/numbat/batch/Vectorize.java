package dev.numbat.batch;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.core.Dispatch;
import dev.numbat.errors.ValueError;
import dev.numbat.trace.CompiledFunction;
import dev.numbat.trace.Tree;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code Np.vmap}, {@code Np.vectorizedMap} and {@code Np.mapFn} on the general form of a function
 * (its arguments as an array): the arguments' leaves are mapped along their in-axis (or passed
 * whole, for a null axis), the function runs once on batched values ({@link BatchInterpreter}) or
 * once per example ({@link #map}), and every leaf of its result is stacked along its out-axis.
 */
public final class Vectorize {
  private Vectorize() {}

  /**
   * JAX's {@code vmap(fn, in_axes, out_axes)(*args)}: {@code inAxes} has one entry per argument
   * (null: not mapped; an argument's axis applies to every array of its nest), {@code outAxis} is
   * where the batch axis goes in every array of the result (null: the result does not depend on
   * the mapped arguments and is returned once).
   */
  public static Object vmap(CompiledFunction.Body fn, Integer[] inAxes, Integer outAxis, Object[] args) {
    Mapped in = Mapped.of(inAxes, args);
    BatchInterpreter level = new BatchInterpreter(in.size);
    Object[] examples = examples(in, args, (x, a) -> level.batched(a == 0 ? x : Np.moveaxis(x, a, 0)));
    Object out;
    Dispatch.push(level);
    try {
      out = fn.apply(examples);
    } finally {
      Dispatch.pop(level);
    }
    List<NDArray> outs = new ArrayList<>();
    Tree tree = Tree.flatten(out, outs);
    List<NDArray> result = new ArrayList<>(outs.size());
    for (NDArray y : outs) {
      NDArray v = level.valueOf(y);
      if (outAxis == null) {
        if (v != null) {
          throw new ValueError("vmap has mapped output but out_axes is None");
        }
        result.add(y);
        continue;
      }
      if (v == null) {
        v = level.batchOf(y);
      }
      int a = dev.numbat.backend.cpu.Shapes.normalizeAxis(outAxis, v.ndim());
      result.add(a == 0 ? v : Np.moveaxis(v, 0, a));
    }
    return tree.unflatten(result.iterator());
  }

  /** The arguments rebuilt with each mapped leaf replaced by {@code leaf(x, its normalized axis)}; unmapped leaves as they are. */
  private static Object[] examples(Mapped in, Object[] args, java.util.function.BiFunction<NDArray, Integer, NDArray> leaf) {
    Object[] examples = new Object[args.length];
    Iterator<NDArray> leaves = in.leaves.iterator();
    for (int i = 0; i < args.length; i++) {
      List<NDArray> mine = new ArrayList<>();
      for (int k = 0; k < in.trees.get(i).leafCount(); k++) {
        NDArray x = leaves.next();
        Integer axis = in.axes[i];
        mine.add(axis == null ? x : leaf.apply(x, normalize(axis, x)));
      }
      examples[i] = in.trees.get(i).unflatten(mine.iterator());
    }
    return examples;
  }

  /** TF's {@code map_fn}: {@code fn} on each example in turn, the results stacked; same arguments as {@link #vmap}. */
  public static Object map(CompiledFunction.Body fn, Integer[] inAxes, Integer outAxis, Object[] args) {
    Mapped in = Mapped.of(inAxes, args);
    if (in.size == 0) {
      throw new ValueError("mapFn over an empty batch: the function's result shape is unknown without an example");
    }
    Tree outTree = null;
    List<List<NDArray>> perLeaf = new ArrayList<>();
    for (int e = 0; e < in.size; e++) {
      int example = e;
      Object[] examples = examples(in, args, (x, a) -> Np.take(x, example, a));
      List<NDArray> outs = new ArrayList<>();
      Tree t = Tree.flatten(fn.apply(examples), outs);
      if (outTree == null) {
        outTree = t;
        for (int k = 0; k < outs.size(); k++) {
          perLeaf.add(new ArrayList<>(in.size));
        }
      } else if (!outTree.equals(t)) {
        throw new ValueError("mapFn: the function returned a different structure for example " + e);
      }
      for (int k = 0; k < outs.size(); k++) {
        perLeaf.get(k).add(outs.get(k));
      }
    }
    List<NDArray> result = new ArrayList<>(perLeaf.size());
    for (List<NDArray> ys : perLeaf) {
      if (outAxis == null) {
        result.add(ys.get(0));
      } else {
        result.add(Np.stack(ys.toArray(), dev.numbat.backend.cpu.Shapes.normalizeAxis(outAxis, ys.get(0).ndim() + 1)));
      }
    }
    return outTree.unflatten(result.iterator());
  }

  private static int normalize(int axis, NDArray x) {
    if (axis < -x.ndim() || axis >= x.ndim()) {
      throw new ValueError("vmap was requested to map its argument along axis " + axis + ", which implies that"
          + " its rank should be at least " + (axis < 0 ? -axis : axis + 1) + ", but is only " + x.ndim()
          + " (its shape is " + dev.numbat.backend.cpu.Shapes.str(x.shapeRef()) + ")");
    }
    return axis < 0 ? axis + x.ndim() : axis;
  }

  /** The arguments flattened, with each one's axis and the common batch size. */
  private record Mapped(List<Tree> trees, List<NDArray> leaves, Integer[] axes, int size) {
    static Mapped of(Integer[] inAxes, Object[] args) {
      Integer[] axes = inAxes;
      if (axes == null) {
        axes = new Integer[args.length];
        java.util.Arrays.fill(axes, 0);
      }
      if (axes.length != args.length) {
        throw new ValueError("vmap in_axes must be an int, None, or a tuple of entries corresponding to the"
            + " positional arguments passed to the function, but got len(in_axes)=" + axes.length
            + ", len(args)=" + args.length);
      }
      List<Tree> trees = new ArrayList<>();
      List<NDArray> leaves = new ArrayList<>();
      int size = -1;
      StringBuilder sizes = new StringBuilder();
      boolean inconsistent = false;
      for (int i = 0; i < args.length; i++) {
        int before = leaves.size();
        trees.add(Tree.flatten(args[i], leaves));
        if (axes[i] == null) {
          continue;
        }
        for (int k = before; k < leaves.size(); k++) {
          NDArray x = leaves.get(k);
          int n = x.shape(normalize(axes[i], x));
          sizes.append("\n  * argument ").append(i).append(" (").append(dev.numbat.core.AbstractValue.of(x))
              .append(") has size ").append(n).append(" along axis ").append(axes[i]);
          if (size < 0) {
            size = n;
          } else if (size != n) {
            inconsistent = true;
          }
        }
      }
      if (size < 0) {
        throw new ValueError("vmap must have at least one non-None value in in_axes");
      }
      if (inconsistent) {
        throw new ValueError("vmap got inconsistent sizes for array axes to be mapped:" + sizes);
      }
      return new Mapped(trees, leaves, axes, size);
    }
  }
}
