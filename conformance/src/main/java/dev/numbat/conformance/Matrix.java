package dev.numbat.conformance;

import dev.numbat.errors.NumpyError;
import dev.numbat.ops.OpTable;
import dev.numbat.processor.OpSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The conformance matrix: every op's cases (from its spec's {@code test:} block) run through
 * Numbat ({@code OpTable.invoke}) and through NumPy (one worker process, batched), compared.
 *
 * <p>Outcomes: both return and {@link Compare} agrees: pass. NumPy raises: Numbat must throw a
 * {@code dev.numbat.errors} exception whose {@code pythonType()} is one of the classes on NumPy's
 * exception's MRO. Anything else fails, including Numbat throwing where NumPy returned and any
 * non-Numbat Java exception. NumPy's warnings are ignored.
 *
 * <p>Run: {@code ./mvnw -q -o -pl conformance -am test -Dtest=ConformanceTest
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dnumbat.ops=sin,add]}, or this class's main.
 */
public final class Matrix {
  private static final int BATCH = 512;

  /** How many failures the report details (in total, and per op). */
  static final int MAX_DETAILS = Integer.getInteger("numbat.details", 600);
  static final int MAX_DETAILS_PER_OP = Integer.getInteger("numbat.detailsPerOp", 15);

  private Matrix() {}

  /** One failed case (or a test-block problem when {@code c} is null). */
  public record Failure(String op, Case c, String message, String expected, String got) {}

  /** Counts of one op. */
  public static final class OpResult {
    public final String op;
    public int cases;
    public int passed;
    public int failed;
    public int skipped;
    public final Map<String, Integer> skipReasons = new LinkedHashMap<>();
    public final List<String> problems = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();

    OpResult(String op) {
      this.op = op;
    }
  }

  /** The whole run. */
  public static final class Summary {
    public final List<OpResult> ops = new ArrayList<>();
    public final List<Failure> failures = new ArrayList<>();
    public String worker = "";
    public String specs = "";
    public long millis;
    public int total;
    public int passed;
    public int failed;
    public int skipped;

    public String totalLine() {
      return "TOTAL cases=" + total + " passed=" + passed + " failed=" + failed + " skipped=" + skipped;
    }

    /** The layout rows' totals ({@link Layouts}): {@code LAYOUTS rows=N cases=N passed=N failed=N}. */
    public String layoutLine() {
      int rows = 0;
      int cases = 0;
      int passed = 0;
      int fails = 0;
      for (OpResult r : ops) {
        if (r.op.startsWith("layout:")) {
          rows++;
          cases += r.cases;
          passed += r.passed;
          fails += r.failed;
        }
      }
      return "LAYOUTS rows=" + rows + " cases=" + cases + " passed=" + passed + " failed=" + fails;
    }

    /** The markdown report; its last line is {@link #totalLine()}, after {@link #layoutLine()}. */
    public String report() {
      StringBuilder b = new StringBuilder();
      b.append("# Numbat conformance report\n\n");
      b.append("Reference: ").append(worker).append(" (").append(NumpyWorker.python())
          .append("; NumPy 2's own NEP 50 promotion). Specs: ").append(specs)
          .append(". Ops: ").append(ops.size()).append(". Time: ")
          .append(String.format(Locale.ROOT, "%.1f s", millis / 1000.0)).append(".\n\n");
      b.append("Rules: result dtype and shape must match exactly; values within atol = rtol = tol per result dtype; ")
          .append("NaN == NaN; NumPy raising means Numbat must throw a dev.numbat.errors exception whose ")
          .append("Python type is on the MRO of NumPy's. bfloat16: ")
          .append(worker.contains("ml_dtypes=none")
              ? "the float32 stand-in (the reference has no ml_dtypes): computed by NumPy in float32, rounded to "
                  + "bfloat16 (round half to even) where the float16-substituted call gives float16."
              : "values from ml_dtypes' real bfloat16 where NumPy runs the call in it and agrees with the float32 "
                  + "stand-in's semantics (else the stand-in's, rounded half to even), dtypes from the "
                  + "float16-substituted call (bfloat16 where it gives float16).")
          .append("\n\n");
      b.append("| op | cases | passed | failed | skipped | skip reasons / problems |\n");
      b.append("|---|---:|---:|---:|---:|---|\n");
      for (OpResult r : ops) {
        List<String> notes = new ArrayList<>();
        r.skipReasons.forEach((k, v) -> notes.add(v + " skipped: " + k));
        notes.addAll(r.problems);
        notes.addAll(r.notes);
        b.append("| ").append(r.op).append(" | ").append(r.cases).append(" | ").append(r.passed).append(" | ")
            .append(r.failed).append(" | ").append(r.skipped).append(" | ")
            .append(String.join("; ", notes).replace("|", "\\|").replace("\n", " ")).append(" |\n");
      }
      b.append('\n');
      if (!failures.isEmpty()) {
        // every failing op gets its share of the detail budget, the first ones in spec order
        Map<String, Integer> perOp = new LinkedHashMap<>();
        for (Failure f : failures) {
          perOp.merge(f.op(), 1, Integer::sum);
        }
        int share = Math.max(3, Math.min(MAX_DETAILS_PER_OP, MAX_DETAILS / Math.max(1, perOp.size())));
        Map<String, Integer> shown = new LinkedHashMap<>();
        List<Failure> picked = new ArrayList<>();
        for (Failure f : failures) {
          if (shown.merge(f.op(), 1, Integer::sum) <= share) {
            picked.add(f);
          }
        }
        b.append("## Failures (").append(picked.size()).append(" of ").append(failed)
            .append(" shown, the first ").append(share).append(" per op)\n\n");
        for (Failure f : picked) {
          b.append(detail(f)).append('\n');
        }
      }
      b.append(OpRoles.section());
      b.append(BatchRules.section());
      b.append(layoutLine()).append('\n');
      b.append(totalLine()).append('\n');
      return b.toString();
    }

    /** A short failure summary for the test's assertion message. */
    public String failureSummary(int max) {
      StringBuilder b = new StringBuilder(totalLine()).append('\n');
      for (OpResult r : ops) {
        if (r.failed > 0) {
          b.append("  ").append(r.op).append(": ").append(r.failed).append(" failed of ").append(r.cases).append('\n');
        }
      }
      int i = 0;
      for (Failure f : failures) {
        if (i++ >= max) {
          b.append("  ... see the report for more\n");
          break;
        }
        b.append("- ").append(f.c() == null ? f.op() : f.c().label).append(": ")
            .append(Compare.abbreviate(f.message(), 300).replace("\n", " ")).append('\n');
      }
      return b.toString();
    }

    private static String detail(Failure f) {
      StringBuilder b = new StringBuilder();
      if (f.c() == null) {
        b.append("### ").append(f.op()).append(": test block problem\n\n").append(f.message()).append('\n');
        return b.toString();
      }
      Case c = f.c();
      b.append("### ").append(c.label.replace("\n", " ")).append("\n\n");
      if (!c.dtypes.isEmpty() || !c.shapes.isEmpty()) {
        b.append("- dtypes: ").append(c.dtypes).append("; shapes: ").append(c.shapes).append('\n');
      }
      b.append("- ").append(f.message().replace("\n", " ")).append('\n');
      b.append("```\n");
      String in = c.inputs();
      if (!in.isEmpty()) {
        b.append(in).append('\n');
      }
      if (f.expected() != null) {
        b.append("NumPy:  ").append(f.expected().replace("\n", " ")).append('\n');
      }
      if (f.got() != null) {
        b.append("Numbat: ").append(f.got().replace("\n", " ")).append('\n');
      }
      b.append("```\n");
      return b.toString();
    }

    public void write(Path file) throws IOException {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, report(), StandardCharsets.UTF_8);
    }
  }

  /** The ops to run from {@code -Dnumbat.ops=a,b} (null: all). */
  public static Set<String> opsProperty() {
    String p = System.getProperty("numbat.ops");
    if (p == null || p.isBlank()) {
      return null;
    }
    Set<String> s = new LinkedHashSet<>();
    for (String x : p.split("[,\\s]+")) {
      if (!x.isBlank()) {
        s.add(x.trim());
      }
    }
    return s;
  }

  /** Where the report goes: -Dnumbat.report, else conformance/target/conformance-report.md. */
  public static Path reportPath() {
    String p = System.getProperty("numbat.report");
    if (p != null && !p.isBlank()) {
      return Paths.get(p);
    }
    Path cwd = Paths.get("").toAbsolutePath();
    if (cwd.getFileName() != null && cwd.getFileName().toString().equals("conformance")) {
      return cwd.resolve("target").resolve("conformance-report.md");
    }
    if (Files.isDirectory(cwd.resolve("conformance"))) {
      return cwd.resolve("conformance").resolve("target").resolve("conformance-report.md");
    }
    return cwd.resolve("target").resolve("conformance-report.md");
  }

  /** Runs the matrix over {@code only} (null: every spec'd op). */
  public static Summary run(Set<String> only) throws IOException {
    long t0 = System.nanoTime();
    List<OpSpec> specs = Specs.load();
    Summary s = new Summary();
    Path folder = Specs.folder();
    s.specs = folder == null ? "class path numbat/op-specs" : folder.toString();
    List<OpSpec> selected = new ArrayList<>();
    Set<String> known = new LinkedHashSet<>();
    for (OpSpec spec : specs) {
      known.add(spec.name());
      if (only == null || only.contains(spec.name())) {
        selected.add(spec);
      }
    }
    List<Suite> suites = new ArrayList<>();
    for (Suite suite : Suites.ALL) {
      known.add(suite.name());
      if (only == null || only.contains(suite.name())) {
        suites.add(suite);
      }
    }
    if (only != null) {
      for (String o : only) {
        if (!known.contains(o)) {
          throw new IllegalArgumentException("-Dnumbat.ops names '" + o + "', which no spec defines (known: "
              + new java.util.TreeSet<>(known) + ")");
        }
      }
    }
    Map<String, OpResult> results = new java.util.concurrent.ConcurrentHashMap<>();
    for (OpSpec spec : selected) {
      OpResult r = new OpResult(spec.name());
      results.put(spec.name(), r);
      s.ops.add(r);
    }
    try (NumpyWorker w = new NumpyWorker()) {
      s.worker = w.version();
      execute(w, selected, suites, s, results);
    }
    for (OpResult r : s.ops) {
      s.total += r.cases;
      s.passed += r.passed;
      s.failed += r.failed;
      s.skipped += r.skipped;
    }
    s.millis = (System.nanoTime() - t0) / 1_000_000;
    return s;
  }

  /**
   * Generates op by op on a producer thread that sends each batch to NumPy and queues it for this
   * thread, which runs Numbat on it meanwhile and then judges it against NumPy's answers. Memory
   * stays at a few batches whatever the number of ops; NumPy and Numbat work in parallel.
   */
  private static void execute(NumpyWorker w, List<OpSpec> specs, List<Suite> suites, Summary s,
      Map<String, OpResult> results) throws IOException {
    java.util.concurrent.BlockingQueue<List<Case>> queue = new java.util.concurrent.ArrayBlockingQueue<>(8);
    List<Case> end = new ArrayList<>();
    AtomicReference<Throwable> producerError = new AtomicReference<>();
    Map<String, Integer> detailsPerOp = new TreeMap<>();
    Thread producer = new Thread(() -> {
      try {
        List<Case> batch = new ArrayList<>(BATCH);
        for (OpSpec spec : specs) {
          for (Case c : generate(spec, s, results, detailsPerOp)) {
            batch.add(c);
            if (batch.size() == BATCH) {
              send(w, batch);
              queue.put(batch);
              batch = new ArrayList<>(BATCH);
            }
          }
        }
        for (Suite suite : suites) {
          for (Case c : suiteCases(suite, s, results)) {
            batch.add(c);
            if (batch.size() == BATCH) {
              send(w, batch);
              queue.put(batch);
              batch = new ArrayList<>(BATCH);
            }
          }
        }
        if (!batch.isEmpty()) {
          send(w, batch);
          queue.put(batch);
        }
      } catch (Throwable t) {
        producerError.set(t);
      } finally {
        try {
          queue.put(end);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }, "conformance-cases");
    producer.setDaemon(true);
    producer.start();
    while (true) {
      List<Case> batch;
      try {
        batch = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      if (batch == end) {
        break;
      }
      Object[] got = new Object[batch.size()];
      Throwable[] thrown = new Throwable[batch.size()];
      Object[] gotFn = new Object[batch.size()];
      Throwable[] thrownFn = new Throwable[batch.size()];
      boolean[] compiled = new boolean[batch.size()];
      Object[] vmapped = new Object[batch.size()];
      boolean[] placed = new boolean[batch.size()];
      Object[] gotDev = new Object[batch.size()];
      Throwable[] thrownDev = new Throwable[batch.size()];
      for (int i = 0; i < batch.size(); i++) {
        try {
          got[i] = invoke(batch.get(i));
        } catch (Throwable t) {
          if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
            throw (VirtualMachineError) t;
          }
          thrown[i] = t;
        }
        Case c = batch.get(i);
        if (COMPILED_ROWS && (c.compiled != null || c.numbat == null && CompiledCall.hasRows(CompiledCall.op(c.op)))) {
          compiled[i] = true;
          // a skip-fn case's compiled call is not made: its row counts it as skipped, with the reason
          if (c.skipCompiled == null) {
            try {
              gotFn[i] = c.compiled != null ? c.compiled.get() : CompiledCall.invoke(c.op, made(c));
            } catch (Throwable t) {
              if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
                throw (VirtualMachineError) t;
              }
              thrownFn[i] = t;
            }
          }
        }
        vmapped[i] = BatchedCall.NO_ROW;
        if (BATCHED_ROWS && c.numbat == null && c.compiled == null && BatchedCall.hasRows(CompiledCall.op(c.op))) {
          Object[] args = null;
          try {
            args = made(c);
          } catch (RuntimeException t) {
            // arguments that cannot be made (the eager row expects that error): no vmap row
          }
          try {
            vmapped[i] = args == null ? BatchedCall.NO_ROW : BatchedCall.run(c, args);
          } catch (RuntimeException t) {
            vmapped[i] = new Failure("vmap:" + c.op, c, "[vmap] the harness failed: " + t, null, stack(t));
          }
        }
        if (PlacedCall.ON && c.numbat == null && c.compiled == null && PlacedCall.hasRows(CompiledCall.op(c.op))) {
          placed[i] = true;
          try {
            gotDev[i] = PlacedCall.invoke(c, made(c));
          } catch (Throwable t) {
            if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
              throw (VirtualMachineError) t;
            }
            thrownDev[i] = t;
          }
        }
      }
      List<Object> want;
      try {
        want = w.receive();
      } catch (IOException e) {
        Throwable pe = producerError.get();
        throw new UncheckedIOException("NumPy worker failed" + (pe == null ? "" : " (sending: " + pe + ")"), e);
      }
      for (int i = 0; i < batch.size(); i++) {
        Case c = batch.get(i);
        OpResult r = results.get(c.op);
        Failure f = judge(c, want.get(i), got[i], thrown[i]);
        synchronized (s) {
          if (f == null) {
            r.passed++;
          } else {
            fail(s, r, detailsPerOp, f);
          }
          if (compiled[i] && c.skipCompiled != null) {
            OpResult rf = row(s, results, "fn:" + c.op);
            rf.cases++;
            rf.skipped++;
            rf.skipReasons.merge(c.skipCompiled, 1, Integer::sum);
          } else if (compiled[i]) {
            OpResult rf = row(s, results, "fn:" + c.op);
            rf.cases++;
            Failure ff = judgeCompiled(c, want.get(i), gotFn[i], thrownFn[i]);
            if (ff == null) {
              rf.passed++;
            } else {
              fail(s, rf, detailsPerOp, ff);
            }
          }
          if (placed[i]) {
            OpResult rd = row(s, results, "dev:" + c.op);
            rd.cases++;
            Failure fd = judge(c, want.get(i), gotDev[i], thrownDev[i]);
            String where = fd == null && thrownDev[i] == null ? PlacedCall.misplaced(gotDev[i]) : null;
            if (fd == null && where == null) {
              rd.passed++;
            } else {
              fail(s, rd, detailsPerOp, fd != null ? new Failure("dev:" + c.op, fd.c(), "[CPU:1] " + fd.message(), fd.expected(), fd.got())
                  : new Failure("dev:" + c.op, c, "[CPU:1] " + where + ", not CPU:1", null, null));
            }
          }
          if (vmapped[i] != BatchedCall.NO_ROW) {
            OpResult rv = row(s, results, "vmap:" + c.op);
            rv.cases++;
            if (vmapped[i] == null) {
              rv.passed++;
            } else {
              fail(s, rv, detailsPerOp, (Failure) vmapped[i]);
            }
          }
        }
      }
    }
    Throwable pe = producerError.get();
    if (pe instanceof RuntimeException re) {
      throw re;
    }
    if (pe instanceof Error er) {
      throw er;
    }
    if (pe != null) {
      throw new IOException("generating or sending cases failed", pe);
    }
  }

  /** The runnable cases of one op; counts its skipped cases and records its spec problems. */
  private static List<Case> generate(OpSpec spec, Summary s, Map<String, OpResult> results,
      Map<String, Integer> detailsPerOp) {
    OpResult r = results.get(spec.name());
    List<Case> runnable = new ArrayList<>();
    CaseGenerator g;
    List<Case> cases;
    try {
      g = new CaseGenerator(spec);
      cases = g.cases();
    } catch (RuntimeException e) {
      synchronized (s) {
        r.problems.add("test block: " + e.getMessage());
        r.failed++;
        r.cases++;
        s.failures.add(new Failure(spec.name(), null, "test block: " + e.getMessage(), null, null));
      }
      return runnable;
    }
    synchronized (s) {
      for (String p : g.problems()) {
        r.problems.add(p);
        r.failed++;
        r.cases++;
        s.failures.add(new Failure(spec.name(), null, p, null, null));
      }
      r.notes.addAll(g.notes());
      if (!OpTable.PARAMS.containsKey(spec.name())) {
        r.notes.add("not in the generated OpTable (the API was built from other specs)");
      }
      for (Case c : cases) {
        r.cases++;
        if (c.skip != null) {
          r.skipped++;
          r.skipReasons.merge(c.skip, 1, Integer::sum);
        } else if (c.buildError != null) {
          fail(s, r, detailsPerOp, new Failure(c.op, c, "[spec] " + c.buildError, null, null));
        } else {
          runnable.add(c);
        }
      }
    }
    if (LAYOUT_ROWS && Layouts.covers(spec)) {
      List<Case> layouts;
      try {
        layouts = Layouts.cases(spec.name(), runnable);
      } catch (RuntimeException e) {
        synchronized (s) {
          OpResult rl = row(s, results, "layout:" + spec.name());
          rl.cases++;
          fail(s, rl, detailsPerOp, new Failure(rl.op, null, "layout cases failed to build: " + stack(e), null, null));
        }
        return runnable;
      }
      synchronized (s) {
        for (Case c : layouts) {
          row(s, results, c.op).cases++;
        }
      }
      runnable.addAll(layouts);
    }
    return runnable;
  }

  /** Whether spec ops also get their {@code layout:OP} rows ({@code -Dnumbat.layouts=false} turns them off). */
  static final boolean LAYOUT_ROWS = !"false".equals(System.getProperty("numbat.layouts"));

  /** A suite's runnable cases; each case's group gets its own report row, counted as spec ops are. */
  private static List<Case> suiteCases(Suite suite, Summary s, Map<String, OpResult> results) {
    List<Case> runnable = new ArrayList<>();
    List<Case> cases;
    try {
      cases = suite.cases();
    } catch (RuntimeException e) {
      synchronized (s) {
        OpResult r = row(s, results, suite.name());
        r.problems.add("suite failed to build its cases: " + e);
        r.failed++;
        r.cases++;
        s.failures.add(new Failure(suite.name(), null, "suite failed to build its cases: " + stack(e), null, null));
      }
      return runnable;
    }
    synchronized (s) {
      for (Case c : cases) {
        OpResult r = row(s, results, c.op);
        r.cases++;
        if (c.skip != null) {
          r.skipped++;
          r.skipReasons.merge(c.skip, 1, Integer::sum);
        } else {
          runnable.add(c);
        }
      }
    }
    if (LAYOUT_ROWS) {
      // suite cases that name their op call (shape_args) get layout rows as spec cases do
      Map<String, List<Case>> byOp = new LinkedHashMap<>();
      for (Case c : runnable) {
        if (c.layoutJargs != null) {
          byOp.computeIfAbsent(c.op, k -> new ArrayList<>()).add(c);
        }
      }
      List<Case> layouts = new ArrayList<>();
      byOp.forEach((op, cs) -> layouts.addAll(Layouts.cases(op, cs)));
      synchronized (s) {
        for (Case c : layouts) {
          row(s, results, c.op).cases++;
        }
      }
      runnable.addAll(layouts);
    }
    return runnable;
  }

  private static OpResult row(Summary s, Map<String, OpResult> results, String group) {
    return results.computeIfAbsent(group, g -> {
      OpResult r = new OpResult(g);
      s.ops.add(r);
      return r;
    });
  }

  private static void send(NumpyWorker w, List<Case> batch) throws IOException {
    Wire.Out o = new Wire.Out();
    o.u32(batch.size());
    for (Case c : batch) {
      Wire.value(o, c.ref);
      Wire.value(o, c.pyArgs);
      Wire.value(o, c.pyKw);
    }
    w.send(o);
  }

  static Object invoke(Case c) {
    if (c.numbat != null) {
      return c.numbat.get();
    }
    return OpTable.invoke(c.op, made(c));
  }

  /** The case's Java arguments with its lazy ones made. */
  private static Object[] made(Case c) {
    Object[] a = c.jargs.clone();
    for (int i = 0; i < a.length; i++) {
      if (a[i] instanceof CaseGenerator.Lazy l) {
        a[i] = l.get();
      }
    }
    return a;
  }

  /**
   * Whether every spec case also runs through {@code Np.function} into an {@code fn:OP} row
   * ({@code -Dnumbat.fn=false} turns them off).
   */
  static final boolean COMPILED_ROWS = !"false".equals(System.getProperty("numbat.fn"));

  /**
   * Whether every spec case of a primitive with a batching rule also runs through {@code Np.vmap}
   * into a {@code vmap:OP} row ({@code -Dnumbat.vmap=false} turns them off).
   */
  static final boolean BATCHED_ROWS = !"false".equals(System.getProperty("numbat.vmap"));

  /**
   * The compiled call judged as the eager one (same NumPy answer, same tolerance, same error
   * classes); for an op whose compiled form is refused by design (random draws, value-dependent
   * shapes) the call must raise {@code ConcretizationError} whenever NumPy returns, and may raise
   * it where NumPy raises (the refusal comes before the argument checks).
   */
  static Failure judgeCompiled(Case c, Object want, Object got, Throwable thrown) {
    dev.numbat.core.Op op = CompiledCall.op(c.op);
    boolean refused = op != null && CompiledCall.refused(op, c.jargs);
    if (refused && thrown instanceof dev.numbat.core.ConcretizationError) {
      return null;
    }
    if (refused && "random".equals(op.family) && !(want instanceof Py.Error)) {
      return new Failure("fn:" + c.op, c, "[compiled] expected ConcretizationError ("
          + ("random".equals(op.family) ? "a random draw inside Np.function" : CompiledCall.NOT_TRACEABLE.get(c.op))
          + "), got " + (thrown == null ? Compare.describe(got) : thrown.toString()), null, null);
    }
    Failure f = judge(c, want, got, thrown);
    return f == null ? null : new Failure("fn:" + c.op, f.c(), "[compiled] " + f.message(), f.expected(), f.got());
  }

  /** null when the case passes. */
  static Failure judge(Case c, Object want, Object got, Throwable thrown) {
    if (want instanceof Py.Error e) {
      if (e.harness()) {
        return new Failure(c.op, c, "[spec] " + e.message(), null, null);
      }
      if (thrown == null) {
        return new Failure(c.op, c, "NumPy raised " + e.type() + " (" + e.message() + "), Numbat "
            + Compare.describe(got), Compare.show(e), Compare.show(got));
      }
      if (thrown instanceof NumpyError ne) {
        if (e.mro().contains(ne.pythonType())) {
          return null;
        }
        return new Failure(c.op, c, "NumPy raised " + e.type() + ", Numbat threw " + ne.pythonType()
            + " (not on NumPy's MRO " + e.mro() + ")", Compare.show(e), Compare.show(thrown));
      }
      return new Failure(c.op, c, "NumPy raised " + e.type() + ", Numbat threw " + thrown.getClass().getName()
          + ", not a dev.numbat.errors exception", Compare.show(e), stack(thrown));
    }
    if (thrown != null) {
      String kind = thrown instanceof NumpyError ne ? ne.pythonType() : thrown.getClass().getName();
      return new Failure(c.op, c, "Numbat threw " + kind + " (" + thrown.getMessage() + "), NumPy returned",
          Compare.show(want), thrown instanceof NumpyError ? Compare.show(thrown) : stack(thrown));
    }
    String m;
    try {
      m = Compare.check(want, got, c.tol);
    } catch (RuntimeException e) {
      m = "comparison failed: " + e;
    }
    return m == null ? null : new Failure(c.op, c, m, Compare.show(want), Compare.show(got));
  }

  static String stack(Throwable t) {
    StringBuilder b = new StringBuilder(t.toString());
    StackTraceElement[] st = t.getStackTrace();
    for (int i = 0; i < Math.min(st.length, 6); i++) {
      b.append(" at ").append(st[i]);
    }
    return b.toString();
  }

  private static void fail(Summary s, OpResult r, Map<String, Integer> perOp, Failure f) {
    r.failed++;
    int n = perOp.merge(r.op, 1, Integer::sum);
    if (n <= MAX_DETAILS_PER_OP) {
      s.failures.add(f);
    }
  }

  /** Command line: runs the matrix (-Dnumbat.ops=...), writes the report, exits 1 on failures. */
  public static void main(String[] args) throws IOException {
    Set<String> only = opsProperty();
    if (args.length > 0) {
      only = new LinkedHashSet<>(Arrays.asList(String.join(",", args).split("[,\\s]+")));
    }
    Summary s = run(only);
    Path out = reportPath();
    s.write(out);
    System.out.println(s.failureSummary(20));
    System.out.println("report: " + out);
    System.exit(s.failed > 0 ? 1 : 0);
  }
}
