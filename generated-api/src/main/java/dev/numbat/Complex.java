package dev.numbat;

/** A complex scalar, as {@code item()} returns it for complex64/complex128 and as array input. */
public record Complex(double re, double im) {
  @Override
  public String toString() {
    return dev.numbat.backend.cpu.Format.complexScalar(re, im, DType.COMPLEX128);
  }
}
