package dev.numbat.trace;

/** A value compared by identity (two equal Java numbers or arrays may be different constants of a graph). */
record Identity(Object o) {
  @Override
  public boolean equals(Object other) {
    return other instanceof Identity i && i.o == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(o);
  }
}
