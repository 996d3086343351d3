package dev.numbat.autodiff;

/** What {@link GradientTape#gradient} returns for a source the target does not depend on (TF's {@code unconnected_gradients}). */
public enum UnconnectedGradients {
  /** {@code null} (TF's default, {@code None}). */
  NONE,
  /** An array of zeros of the source's shape and dtype. */
  ZERO
}
