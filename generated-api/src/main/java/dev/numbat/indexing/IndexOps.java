package dev.numbat.indexing;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradRule;
import dev.numbat.core.Op;
import dev.numbat.backend.cpu.GatherScatter;
import java.util.List;

/**
 * The indexing primitives, which have Java API of their own ({@code x.get(...)},
 * {@code x.at(...).set/add/...}) rather than a spec entry: {@code getitem} and one
 * {@code at.NAME} op per update. Their calls pass {@link dev.numbat.core.Dispatch} like every
 * spec'd op's; their gradient rules are in {@link IndexGrads}. Parameters: {@code (x, index)}
 * for getitem and {@code (x, index, v)} for the updates, {@code index} the {@code Object[]} that
 * {@link IndexPlan} reads.
 */
public final class IndexOps {
  private IndexOps() {}

  private static final String WHERE = "dev.numbat.indexing.IndexOps";

  /**
   * {@code x[index]}: a strided view for basic indices, a gather for index arrays. A boolean mask
   * makes the result's shape depend on values (its number of true elements).
   */
  public static final Op GET = new Op("getitem", Op.Role.PRIMITIVE, "index", WHERE, IndexGrads.GET) {
    @Override
    public Object impl(Object[] a) {
      NDArray x = (NDArray) a[0];
      IndexPlan p = IndexPlan.of(x, (Object[]) a[1]);
      return p.isBasic() ? p.view() : GatherScatter.gather(p.view(), p.offsets(), p.shape());
    }
  };

  /** {@code c = x.copy(); c[index] = v}. */
  public static final Op SET = new Op("at.set", Op.Role.PRIMITIVE, "scatter", WHERE, IndexGrads.SET) {
    @Override
    public Object impl(Object[] a) {
      return At.set((NDArray) a[0], (Object[]) a[1], a[2]);
    }
  };

  public static final Op ADD = update("add", IndexGrads.ADD, Np::add);
  public static final Op SUBTRACT = update("subtract", IndexGrads.SUBTRACT, Np::subtract);
  public static final Op MULTIPLY = update("multiply", IndexGrads.MULTIPLY, Np::multiply);
  public static final Op DIVIDE = update("divide", IndexGrads.DIVIDE, Np::divide);
  public static final Op POWER = update("power", IndexGrads.POWER, Np::power);
  public static final Op MIN = update("min", IndexGrads.MIN, Np::minimum);
  public static final Op MAX = update("max", IndexGrads.MAX, Np::maximum);

  /** Every indexing op, for tools (the conformance report's op list). */
  public static final List<Op> ALL = List.of(GET, SET, ADD, SUBTRACT, MULTIPLY, DIVIDE, POWER, MIN, MAX);

  /** {@code np.NAME.at(c, index, v)} on a copy c of x: NumPy's unbuffered ufunc.at. */
  private static Op update(String name, GradRule grad, At.Ufunc2 ufunc) {
    return new Op("at." + name, Op.Role.PRIMITIVE, "scatter", WHERE, grad) {
      @Override
      public Object impl(Object[] a) {
        return At.update((NDArray) a[0], (Object[]) a[1], ufunc, a[2]);
      }
    };
  }
}
