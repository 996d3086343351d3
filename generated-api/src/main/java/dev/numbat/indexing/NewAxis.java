package dev.numbat.indexing;

/** NumPy's {@code np.newaxis} ({@code None} in an index): inserts an axis of length 1. */
public final class NewAxis {
  /** The one instance: {@code Np.newaxis}. */
  public static final NewAxis INSTANCE = new NewAxis();

  private NewAxis() {}

  @Override
  public String toString() { return "None"; }
}
