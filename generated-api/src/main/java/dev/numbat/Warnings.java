package dev.numbat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Where Numbat's NumPy warnings go ({@code RuntimeWarning}s: floating-point errors in "warn" mode,
 * "Mean of empty slice", "All-NaN slice encountered", "Degrees of freedom <= 0 for slice"): one
 * channel, never standard output. As Python's default filter, a warning is reported once per
 * call site (its message and the first caller frame outside Numbat). The default handler logs
 * through {@code System.getLogger("dev.numbat")} at WARNING; {@link #setHandler} replaces it.
 */
public final class Warnings {
  private Warnings() {}

  /** One warning: Python's category name, NumPy's message, and the Java call site that caused it. */
  public record Warning(String category, String message, String site) {
    @Override
    public String toString() {
      return site + ": " + category + ": " + message;
    }
  }

  private static final System.Logger LOG = System.getLogger("dev.numbat");
  private static final Consumer<Warning> LOGGER = w -> LOG.log(System.Logger.Level.WARNING, w.toString());
  private static volatile Consumer<Warning> handler = LOGGER;
  private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();
  private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
  private static final java.security.CodeSource LIBRARY = Warnings.class.getProtectionDomain().getCodeSource();

  /** Replaces the handler (null: the default logger); returns the previous one. */
  public static Consumer<Warning> setHandler(Consumer<Warning> h) {
    Consumer<Warning> old = handler;
    handler = h == null ? LOGGER : h;
    return old;
  }

  /** Forgets which call sites have warned (Python's {@code warnings.resetwarnings}-like reset, for tests). */
  public static void resetOnce() {
    SEEN.clear();
  }

  /** Reports a {@code RuntimeWarning}, once per message and call site. */
  public static void runtime(String message) {
    warn("RuntimeWarning", message);
  }

  static void warn(String category, String message) {
    if (FloatErrors.quiet()) {
      return;
    }
    // the call site: the first frame whose class is not Numbat's own (the library's code source)
    String site = WALKER.walk(s -> s.filter(f -> !java.util.Objects.equals(
            f.getDeclaringClass().getProtectionDomain().getCodeSource(), LIBRARY))
        .findFirst().map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":"
            + f.getLineNumber() + ")").orElse("<unknown>"));
    if (SEEN.add(category + "\u0000" + message + "\u0000" + site)) {
      handler.accept(new Warning(category, message, site));
    }
  }
}
