package dev.numbat.kernels.cpu;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the SIMD kernels can run: the incubating Vector API module ({@code jdk.incubator.vector})
 * is in the boot layer only when the JVM was started with {@code --add-modules=jdk.incubator.vector}.
 * Without it {@link Vectorized} and {@link VectorizedArith} fall back to plain Java loops (same
 * results, slower), and the first of them to choose says so once, as a WARNING on the
 * {@code System.Logger} {@code dev.numbat.kernels}. {@code -Dnumbat.scalar=true} picks the plain
 * loops on purpose, without a warning.
 */
final class VectorApi {
  private VectorApi() {}

  private static final AtomicBoolean WARNED = new AtomicBoolean();

  /** True when the module is in the boot layer; warns once when it is not. */
  static boolean present() {
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
      return true;
    }
    warnOnce("the module jdk.incubator.vector is not in the boot layer");
    return false;
  }

  /** The module is there but its classes failed to link: plain loops, with the reason, once. */
  static void unusable(LinkageError e) {
    warnOnce("the Vector API failed to load (" + e + ")");
  }

  private static void warnOnce(String why) {
    if (WARNED.compareAndSet(false, true)) {
      System.getLogger("dev.numbat.kernels").log(System.Logger.Level.WARNING,
          "Numbat: " + why + ", so its SIMD kernels are off and plain Java loops run (same results, "
              + "slower). Start java with --add-modules=jdk.incubator.vector (README \"Using Numbat in "
              + "a project\"); -Dnumbat.scalar=true chooses the plain loops without this warning.");
    }
  }
}
