package dev.numbat.indexing;

/** Python's {@code ...} in an index: as many full slices as the other indices leave axes. */
public final class Ellipsis {
  /** The one instance: {@code Np.ellipsis}. */
  public static final Ellipsis INSTANCE = new Ellipsis();

  private Ellipsis() {}

  @Override
  public String toString() { return "..."; }
}
