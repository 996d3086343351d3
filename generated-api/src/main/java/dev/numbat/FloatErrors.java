package dev.numbat;

import dev.numbat.errors.FloatingPointError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * NumPy's floating-point error handling ({@code np.seterr}, {@code np.geterr}, {@code np.errstate},
 * {@code np.seterrcall}), per thread as NumPy 2's context-local state. Four conditions, each with
 * a mode: {@code divide} (a division by zero, log of zero), {@code over} (an overflow to infinity),
 * {@code under} (an underflow to zero or a subnormal), {@code invalid} (a NaN from non-NaN
 * operands, an invalid cast); modes {@code ignore}, {@code warn} (a RuntimeWarning through
 * {@link Warnings}), {@code raise} ({@link FloatingPointError}), {@code call} (the
 * {@link #seterrcall} handler with NumPy's (type, flag)), {@code print} (NumPy's
 * "Warning: ..." line on standard output), {@code log} (that line to the handler's
 * {@link ErrCall#write}). Defaults: divide, over and invalid warn, under is ignored.
 *
 * <p>Java has no access to the FPU's status flags, so the conditions are read from results: a
 * float result with a NaN or an infinity is examined (a NaN from non-NaN operands is invalid; an
 * infinity from finite operands is a division by zero when an operand is zero, else an
 * overflow), and only when {@code under} is not ignored are zero and subnormal results checked.
 * Eager ufunc calls and casts are checked; inside {@code Np.function}, fused element-wise regions
 * are not (as XLA and jax.jit, which have no error states), their unfused ops are.
 */
public final class FloatErrors {
  private FloatErrors() {}

  public static final int IGNORE = 0;
  public static final int WARN = 1;
  public static final int RAISE = 2;
  public static final int CALL = 3;
  public static final int PRINT = 4;
  public static final int LOG = 5;

  /** NumPy's flag bits, as seterrcall handlers receive them. */
  public static final int DIVIDE = 1;
  public static final int OVER = 2;
  public static final int UNDER = 4;
  public static final int INVALID = 8;

  private static final String[] MODES = {"ignore", "warn", "raise", "call", "print", "log"};
  private static final String[] KEYS = {"divide", "over", "under", "invalid"};
  private static final String[] WORDS = {"divide by zero", "overflow", "underflow", "invalid value"};

  /** Modes indexed divide, over, under, invalid. */
  private static final int[] DEFAULT = {WARN, WARN, IGNORE, WARN};

  /** NumPy's errcall: {@code call(type, flag)} for mode "call", {@link #write} for mode "log". */
  @FunctionalInterface
  public interface ErrCall {
    void call(String type, int flag);

    /** What mode "log" writes ("Warning: ... encountered in ...\n"); by default standard error. */
    default void write(String message) {
      System.err.print(message);
    }
  }

  private static volatile boolean customised;
  /** How deep this thread is in {@link #quietly} calls: abstract evaluation runs ops on stand-in zeros. */
  private static final ThreadLocal<int[]> QUIET = ThreadLocal.withInitial(() -> new int[1]);

  /**
   * Runs {@code body} with every condition and RuntimeWarning unreported: for computations whose
   * values are not the user's (an op's result on stand-ins while tracing or vectorizing).
   */
  public static <T> T quietly(java.util.function.Supplier<T> body) {
    int[] q = QUIET.get();
    q[0]++;
    try {
      return body.get();
    } finally {
      q[0]--;
    }
  }

  /** Whether this thread is inside {@link #quietly}. */
  static boolean quiet() {
    return QUIET.get()[0] > 0;
  }
  private static final ThreadLocal<int[]> STATE = ThreadLocal.withInitial(DEFAULT::clone);
  private static final ThreadLocal<ErrCall> CALLBACK = new ThreadLocal<>();

  /** This thread's modes (divide, over, under, invalid); shared and read-only while no thread changed them. */
  public static int[] modes() {
    return customised ? STATE.get() : DEFAULT;
  }

  /** {@code np.geterr()}: {divide, over, under, invalid} to mode names, in NumPy's order. */
  public static Map<String, String> geterr() {
    int[] m = modes();
    Map<String, String> r = new LinkedHashMap<>();
    for (int i = 0; i < 4; i++) {
      r.put(KEYS[i], MODES[m[i]]);
    }
    return r;
  }

  /**
   * {@code np.seterr(**kwargs)}: keys {@code all}, {@code divide}, {@code over}, {@code under},
   * {@code invalid} (all first, the others override it); returns the previous settings.
   */
  public static Map<String, String> seterr(Map<String, String> settings) {
    Map<String, String> old = geterr();
    int[] next = modes().clone();
    String all = settings.get("all");
    for (String k : settings.keySet()) {
      if (!k.equals("all") && index(k) < 0) {
        throw new TypeError("seterr() got an unexpected keyword argument '" + k + "'");
      }
    }
    if (all != null) {
      java.util.Arrays.fill(next, mode(all));
    }
    for (int i = 0; i < 4; i++) {
      String v = settings.get(KEYS[i]);
      if (v != null) {
        next[i] = mode(v);
      }
    }
    customised = true;
    System.arraycopy(next, 0, STATE.get(), 0, 4);
    return old;
  }

  /** {@code np.seterrcall(func)}: the handler of modes "call" and "log" on this thread; returns the previous one. */
  public static ErrCall seterrcall(ErrCall handler) {
    ErrCall old = CALLBACK.get();
    CALLBACK.set(handler);
    return old;
  }

  /** {@code with np.errstate(**kwargs)}: a scope restoring this thread's settings at close. */
  public static Scope errstate(Map<String, String> settings) {
    for (String k : settings.keySet()) {
      if (!k.equals("all") && index(k) < 0 && !k.equals("call")) {
        throw new TypeError("errstate.__init__() got an unexpected keyword argument '" + k + "'");
      }
    }
    return new Scope(settings);
  }

  /** An errstate scope; {@link #close()} throws nothing checked. */
  public static final class Scope implements AutoCloseable {
    private final Map<String, String> saved;
    private final ErrCall savedCall;

    private Scope(Map<String, String> settings) {
      savedCall = CALLBACK.get();
      Map<String, String> modes = new LinkedHashMap<>(settings);
      modes.remove("call");
      saved = seterr(modes);
    }

    @Override
    public void close() {
      seterr(saved);
      CALLBACK.set(savedCall);
    }
  }

  private static int index(String key) {
    for (int i = 0; i < 4; i++) {
      if (KEYS[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  private static int mode(String name) {
    for (int i = 0; i < MODES.length; i++) {
      if (MODES[i].equals(name)) {
        return i;
      }
    }
    throw new ValueError("invalid error mode '" + name + "'");
  }

  /**
   * Reports the conditions in {@code flags} (DIVIDE | OVER | UNDER | INVALID) that {@code op}
   * ("divide", "exp", "cast", ...) met, each by its mode, in NumPy's order.
   */
  public static void report(int flags, String op) {
    if (quiet()) {
      return;
    }
    int[] m = modes();
    for (int i = 0; i < 4; i++) {
      int bit = 1 << i;
      if ((flags & bit) == 0 || m[i] == IGNORE) {
        continue;
      }
      String message = WORDS[i] + " encountered in " + op;
      switch (m[i]) {
        case WARN -> Warnings.runtime(message);
        case RAISE -> throw new FloatingPointError(message);
        case PRINT -> System.out.println("Warning: " + message);
        case CALL, LOG -> {
          ErrCall c = CALLBACK.get();
          if (c == null) {
            throw new dev.numbat.errors.NameError("python callback specified for " + WORDS[i] + " (in  " + op
                + ") but no function found.");
          }
          if (m[i] == CALL) {
            c.call(WORDS[i], bit);
          } else {
            c.write("Warning: " + message + "\n");
          }
        }
        default -> { }
      }
    }
  }

  /** Whether any condition other than underflow is reported (the cheap scan for NaN and infinity is needed). */
  public static boolean checking(int[] m) {
    return (m[0] | m[1] | m[3]) != IGNORE || m[2] != IGNORE;
  }
}
