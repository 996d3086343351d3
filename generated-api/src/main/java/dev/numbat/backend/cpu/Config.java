package dev.numbat.backend.cpu;

/** Process-wide behaviour switches (TF NumPy's experimental_enable_numpy_behavior). */
public final class Config {
  private Config() {}

  private static volatile boolean preferFloat32;

  /** When true, Java float literals become float32 (weak) instead of float64. */
  public static boolean preferFloat32() {
    return preferFloat32;
  }

  public static void setPreferFloat32(boolean v) {
    preferFloat32 = v;
  }
}
