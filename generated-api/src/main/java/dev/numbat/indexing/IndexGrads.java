package dev.numbat.indexing;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradRule;

/**
 * Gradient rules of indexing, which is not a spec'd op ({@code x.get(idx)}, {@code x.at(idx)}):
 * written by hand in the generated rules' form and recorded by the indexing entry points.
 * Parameters are {@code (x, index)} for get and {@code (x, index, v)} for the updates.
 */
public final class IndexGrads {
  private IndexGrads() {}

  /** Records {@code x.get(index)} on the open tapes ({@code NDArray.get} calls this only while one is open). */
  public static void recordGet(NDArray result, NDArray x, Object[] index) {
    dev.numbat.autodiff.Tape.record(GET, result, x, index);
  }

  private static final byte[] GET_INPUTS = {GradRule.ARRAY, GradRule.NONE};
  private static final byte[] AT_INPUTS = {GradRule.ARRAY, GradRule.NONE, GradRule.ARRAY};

  /** {@code x[index]}: g scatter-added into zeros of x's shape (an advanced index may repeat). */
  static final GradRule GET = new GradRule("getitem", "dev.numbat.indexing.IndexGrads", GradRule.Status.DIFFERENTIABLE,
      GET_INPUTS, (g, args, result, need) -> new Object[] {
          need[0] ? Np.zeros(((NDArray) args[0]).shape(), g.dtype()).at((Object[]) args[1]).add(g) : null, null});

  /**
   * {@code x.at(index).set(v)}: x's gradient is g with the overwritten elements zeroed, v's is
   * g at those elements (with a repeated index every occurrence gets it, where NumPy keeps the last).
   */
  static final GradRule SET = new GradRule("at.set", "dev.numbat.indexing.IndexGrads", GradRule.Status.DIFFERENTIABLE,
      AT_INPUTS, (g, args, result, need) -> new Object[] {
          need[0] ? g.at((Object[]) args[1]).set(0) : null, null, need[2] ? g.get((Object[]) args[1]) : null});

  /** {@code x.at(index).add(v)}: g for x, g at the indexed elements for v. */
  static final GradRule ADD = new GradRule("at.add", "dev.numbat.indexing.IndexGrads", GradRule.Status.DIFFERENTIABLE,
      AT_INPUTS, (g, args, result, need) -> new Object[] {
          need[0] ? g : null, null, need[2] ? g.get((Object[]) args[1]) : null});

  /** {@code x.at(index).subtract(v)}. */
  static final GradRule SUBTRACT = new GradRule("at.subtract", "dev.numbat.indexing.IndexGrads",
      GradRule.Status.DIFFERENTIABLE, AT_INPUTS, (g, args, result, need) -> new Object[] {
          need[0] ? g : null, null, need[2] ? Np.negative(g.get((Object[]) args[1])) : null});

  /** The other updates ({@code multiply}, {@code divide}, ...) have no rule yet: asking raises LookupError. */
  static GradRule undefined(String name) {
    return new GradRule("at." + name, "dev.numbat.indexing.IndexGrads", GradRule.Status.UNDEFINED, AT_INPUTS, null);
  }
}
