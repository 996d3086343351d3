package dev.numbat.conformance;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.conformance.Inputs.Gen;
import dev.numbat.conformance.Specs.Shape;
import dev.numbat.processor.OpSpec;
import dev.numbat.processor.OpSpec.Kind;
import dev.numbat.backend.cpu.Convert;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The cases of one op, from its spec's {@code test:} block (op-specs/README.md).
 *
 * <ul>
 *   <li>ufunc: every dtype of {@code dtypes} on every shape (n inputs: same-dtype shape tuples that
 *       broadcast, plus some that do not), every ordered pair of distinct dtypes on a few shapes,
 *       weak Java scalars of each kind against each dtype, and inf/nan inputs when {@code nonfinite}.
 *   <li>reduction: every dtype and shape x axis variants (None, each axis, negative axes, tuples,
 *       an out-of-range axis, a repeated axis) x keepdims, and the {@code dtype=} grid.
 *   <li>java: array-typed parameters get generated arrays (dtypes x shapes), shape-typed ones the
 *       shape set, a free {@code dtype} parameter every dtype; other parameters come from
 *       {@code kwargs:} variants. {@code cases:} add explicit calls for every kind.
 * </ul>
 */
public final class CaseGenerator {
  /** A parameter as OpTable takes it: {@code name: type = default}. */
  public record Param(String name, String type, String def) {
    boolean required() { return def == null; }

    boolean arrayLike() {
      return type.equals("array") || type.equals("ndarray") || type.equals("object");
    }
  }

  /** A value built lazily at call time, so that a Numbat error while converting an argument counts as the call's. */
  @FunctionalInterface
  public interface Lazy {
    Object get();
  }

  private static final Shape S34 = Shape.of(3, 4);
  private static final java.util.regex.Pattern PARAM =
      java.util.regex.Pattern.compile("\\s*(\\w+)\\s*:\\s*([a-z?\\[\\]]+)\\s*(?:=\\s*(.+?))?\\s*");

  private final OpSpec spec;
  private final Map<String, Object> test;
  private final List<Param> params = new ArrayList<>();
  private final List<DType> dtypes;
  private final List<Shape> shapes;
  private final List<Shape> arrayShapes = new ArrayList<>();
  private final Gen gen;
  private final Map<String, Gen> argGen = new LinkedHashMap<>();
  private final boolean weak;
  private final boolean nonfinite;
  private final Tolerance tol;
  private final String ref;
  /** A {@code skip:} entry: its key as written, the tags it matches, the reason. */
  private record SkipRule(String key, Set<String> tags, String reason) {}

  private final List<SkipRule> skips = new ArrayList<>();
  private final Set<SkipRule> skipUsed = new java.util.HashSet<>();
  /** {@code skip-fn:} entries: the case's eager rows run, its {@code fn:} row is skipped with the reason. */
  private final List<SkipRule> compiledSkips = new ArrayList<>();

  private void readSkips(Map<?, ?> test, String field, List<SkipRule> into) {
    if (test.get(field) instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String key = String.valueOf(e.getKey());
        into.add(new SkipRule(key, skipTags(key), String.valueOf(e.getValue())));
      }
    } else if (test.get(field) != null) {
      problems.add("test." + field + " must be a mapping {dtype-or-case: reason}");
    }
  }
  private final List<Case> out = new ArrayList<>();
  /** Problems with the test block itself (reported as failures of the op). */
  private final List<String> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final int seedBase;
  private int counter;
  private boolean generated;

  public CaseGenerator(OpSpec spec) {
    this.spec = spec;
    this.test = spec.test() == null ? Map.of() : spec.test();
    List<String> generated = dev.numbat.ops.OpTable.PARAMS.get(spec.name());
    if (generated != null) {
      // the signature the API was generated with: what OpTable.invoke takes
      for (String p : generated) {
        java.util.regex.Matcher m = PARAM.matcher(p);
        if (!m.matches()) {
          throw new IllegalStateException("OpTable.PARAMS entry '" + p + "' of " + spec.name());
        }
        params.add(new Param(m.group(1), m.group(2), m.group(3)));
      }
    } else switch (spec.kind()) {
      case UFUNC -> spec.args().forEach(a -> params.add(new Param(a.name(), "array", null)));
      case REDUCTION -> {
        params.add(new Param(spec.args().get(0).name(), "array", null));
        params.add(new Param("axis", "axis", "None"));
        params.add(new Param("keepdims", "bool", "false"));
        params.add(new Param("dtype", "dtype", "None"));
      }
      default -> spec.args().forEach(a -> params.add(new Param(a.name(), a.type(), a.defaultValue())));
    }
    this.dtypes = Specs.dtypes(test.get("dtypes"));
    List<Shape> sh = Specs.shapes(test.get("shapes"));
    Object w = test.get("weak");
    boolean explicitWeak = test.get("shapes") instanceof List<?> l && l.stream().anyMatch(x -> "weak".equals(String.valueOf(x).trim()));
    this.weak = w != null ? bool(w, "weak") : spec.kind() == Kind.UFUNC || explicitWeak;
    List<Shape> kept = new ArrayList<>();
    for (Shape s : sh) {
      if (!s.weak() || weak) {
        kept.add(s);
      }
      if (!s.weak()) {
        arrayShapes.add(s);
      }
    }
    this.shapes = kept;
    this.gen = Gen.parse(str(test.get("rng")));
    if (test.get("args") instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object v = e.getValue() instanceof Map<?, ?> mm ? mm.get("rng") : e.getValue();
        argGen.put(String.valueOf(e.getKey()), Gen.parse(String.valueOf(v)));
      }
    } else if (test.get("args") != null) {
      problems.add("test.args must be a mapping {arg: rng}");
    }
    this.nonfinite = test.get("nonfinite") != null && bool(test.get("nonfinite"), "nonfinite");
    this.tol = Tolerance.of(spec.kind() == Kind.REDUCTION, test.get("tol"));
    this.ref = test.get("reference") != null ? str(test.get("reference")) : defaultRef(spec);
    readSkips(test, "skip", skips);
    readSkips(test, "skip-fn", compiledSkips);
    this.seedBase = spec.name().hashCode();
  }

  private static String defaultRef(OpSpec spec) {
    String n = spec.doc().numpy();
    if (n != null && n.matches("(numpy|np)(\\.[A-Za-z_][A-Za-z0-9_]*)+")) {
      return n;
    }
    return "numpy." + spec.name();
  }

  /** All cases of the op (skipped ones included, marked). */
  public List<Case> cases() {
    if (generated) {
      return out;
    }
    generated = true;
    try {
      if (!casesOnly()) {
        switch (spec.kind()) {
          case UFUNC -> ufunc();
          case REDUCTION -> reduction();
          default -> java();
        }
      }
      literalCases();
    } catch (RuntimeException e) {
      problems.add("test block: " + e.getMessage());
    }
    for (Case c : out) {
      applySkip(c);
    }
    for (SkipRule k : skips) {
      if (!skipUsed.contains(k)) {
        notes.add("skip key '" + k.key() + "' matches no case");
      }
    }
    for (SkipRule k : compiledSkips) {
      if (!skipUsed.contains(k)) {
        notes.add("skip-fn key '" + k.key() + "' matches no case");
      }
    }
    return out;
  }

  /** Keys that ask for generated cases; a test block with cases: and none of them runs its cases only. */
  private static final Set<String> GENERATION_KEYS = Set.of("dtypes", "shapes", "rng", "kwargs", "nonfinite",
      "weak", "args", "axes", "keepdims");

  private boolean casesOnly() {
    return test.containsKey("cases") && test.keySet().stream().noneMatch(GENERATION_KEYS::contains);
  }

  /** Remarks that are no failure (a skip key matching nothing). */
  public List<String> notes() { return notes; }

  /** Problems found in the test block (unknown words, ops it cannot call): failures of the op. */
  public List<String> problems() { return problems; }

  // ------------------------------------------------------------------ ufunc

  private void ufunc() {
    int n = params.size();
    List<List<Shape>> same = sameTuples(n);
    for (DType d : dtypes) {
      for (List<Shape> t : same) {
        emitArrays(repeat(d, n), t, null, null);
      }
    }
    crossDtypes(n, null);
    if (weak && n >= 2) {
      for (DType d : dtypes) {
        for (char k : new char[] {'b', 'i', 'f', 'c'}) {
          for (int pos : n == 1 ? new int[] {0} : new int[] {0, n - 1}) {
            List<Shape> t = repeatShape(firstArray(S34), n);
            t.set(pos, Shape.WEAK);
            char[] kinds = new char[n];
            kinds[pos] = k == 'i' ? 'u' : k;
            emitArrays(repeat(d, n), t, kinds, null);
          }
        }
      }
    }
    if (nonfinite) {
      Gen nf = new Gen("some_inf_and_nan", 0, 0);
      for (DType d : dtypes) {
        if (d.isInexact()) {
          emitArrays(repeat(d, n), repeatShape(firstArray(S34), n), null, nf);
          List<Shape> t = repeatShape(firstArray(S34), n);
          t.set(0, firstArray(Shape.of(4)));
          emitArrays(repeat(d, n), t, null, nf);
        }
      }
    }
  }

  /** Ordered pairs (triples) of distinct dtypes on a few shapes; kw: a kwargs variant (java ops). */
  private void crossDtypes(int n, Map<String, Object> kw) {
    if (n < 2) {
      return;
    }
    List<List<Shape>> shapeSets = new ArrayList<>();
    Shape a = firstArray(S34);
    if (n == 2) {
      addIfArrays(shapeSets, List.of(a, firstArray(Shape.of(4))));
      addIfArrays(shapeSets, List.of(firstArray(Shape.of()), a));
      addIfArrays(shapeSets, List.of(a, firstArray(Shape.of())));
    } else {
      shapeSets.add(repeatShape(a, n));
    }
    for (DType d1 : dtypes) {
      for (DType d2 : dtypes) {
        if (d1 == d2) {
          continue;
        }
        for (List<Shape> t : shapeSets) {
          if (n == 2) {
            emitArrays(List.of(d1, d2), t, null, null, kw);
          } else {
            for (int pos = 0; pos < n; pos++) {
              List<DType> ds = repeat(d2, n);
              ds.set(pos, d1);
              emitArrays(ds, t, null, null, kw);
            }
          }
        }
      }
    }
  }

  private static void addIfArrays(List<List<Shape>> sets, List<Shape> t) {
    if (t.stream().allMatch(s -> s != null) && sets.stream().noneMatch(x -> x.equals(t))) {
      sets.add(t);
    }
  }

  /** Same-dtype shape tuples for n inputs: broadcasting combinations, empties, weak scalars. */
  List<List<Shape>> sameTuples(int n) {
    List<Shape> core = new ArrayList<>();
    List<Shape> empties = new ArrayList<>();
    for (Shape s : arrayShapes) {
      (s.empty() ? empties : core).add(s);
    }
    boolean w = weak && shapes.contains(Shape.WEAK);
    List<List<Shape>> r = new ArrayList<>();
    if (n == 1) {
      for (Shape s : shapes) {
        r.add(List.of(s));
      }
      return r;
    }
    List<Shape> partners = new ArrayList<>();
    for (Shape s : List.of(Shape.of(), Shape.of(4), Shape.of(1, 4), S34)) {
      if (core.contains(s)) {
        partners.add(s);
      }
    }
    if (partners.isEmpty() && !core.isEmpty()) {
      partners.add(core.get(0));
    }
    if (n == 2) {
      for (Shape a : core) {
        for (Shape b : core) {
          r.add(List.of(a, b));
        }
      }
      for (Shape e : empties) {
        r.add(List.of(e, e));
        for (Shape p : partners) {
          r.add(List.of(e, p));
          r.add(List.of(p, e));
        }
      }
      if (w) {
        List<Shape> ws = new ArrayList<>();
        for (Shape s : List.of(Shape.of(), S34, Shape.of(2, 1, 4), Shape.of(0, 4))) {
          if (arrayShapes.contains(s)) {
            ws.add(s);
          }
        }
        if (ws.isEmpty() && !arrayShapes.isEmpty()) {
          ws.add(arrayShapes.get(0));
        }
        for (Shape s : ws) {
          r.add(List.of(Shape.WEAK, s));
          r.add(List.of(s, Shape.WEAK));
        }
        r.add(List.of(Shape.WEAK, Shape.WEAK));
      }
      return r;
    }
    // 3 or more inputs: each shape alone, then broadcasting combinations of the small core set.
    for (Shape s : arrayShapes) {
      r.add(repeatShape(s, n));
    }
    if (n == 3) {
      List<Shape> small = new ArrayList<>();
      for (Shape s : List.of(Shape.of(), Shape.of(3, 1), Shape.of(1, 4), Shape.of(2, 1, 4))) {
        if (core.contains(s)) {
          small.add(s);
        }
      }
      for (Shape a : small) {
        for (Shape b : small) {
          for (Shape c : small) {
            if (!(a.equals(b) && b.equals(c))) {
              r.add(List.of(a, b, c));
            }
          }
        }
      }
      if (core.contains(S34) && core.contains(Shape.of(2, 3, 4)) && !empties.isEmpty()) {
        r.add(List.of(S34, Shape.of(2, 3, 4), empties.get(0)));
      }
    }
    if (w) {
      Shape base = firstArray(S34);
      for (int pos = 0; pos < n; pos++) {
        List<Shape> t = repeatShape(base, n);
        t.set(pos, Shape.WEAK);
        r.add(t);
      }
    }
    return r;
  }

  // ------------------------------------------------------------------ reduction

  private void reduction() {
    List<Object> axesOverride = null;
    if (test.get("axes") != null) {
      axesOverride = new ArrayList<>();
      Object a = test.get("axes");
      for (Object x : a instanceof List<?> l ? l : List.of(a)) {
        axesOverride.add(PyLiteral.parse(String.valueOf(x)));
      }
    }
    List<Boolean> kdOverride = null;
    if (test.get("keepdims") != null) {
      kdOverride = new ArrayList<>();
      Object k = test.get("keepdims");
      for (Object x : k instanceof List<?> l ? l : List.of(k)) {
        kdOverride.add(bool(x, "keepdims"));
      }
    }
    for (DType d : dtypes) {
      for (Shape s : shapes) {
        int nd = s.dims().length;
        List<Object> axes = axesOverride != null ? axesOverride : axisVariants(nd);
        for (Object axis : axes) {
          List<Boolean> kds = kdOverride != null ? kdOverride
              : keepdimsFirst(axis, nd) ? List.of(false, true) : List.of(false);
          for (boolean kd : kds) {
            emitReduction(d, s, axis, kd, null, gen);
          }
        }
      }
    }
    if (spec.dtypeArg()) {
      Shape s = firstArray(S34);
      for (DType d : dtypes) {
        for (DType out : DType.values()) {
          for (Object axis : axesOverride != null ? axesOverride : s.dims().length >= 2 ? List.of(NONE, 1L) : List.of(NONE)) {
            emitReduction(d, s, axis, false, out, gen);
          }
        }
      }
    }
    if (nonfinite) {
      Gen nf = new Gen("some_inf_and_nan", 0, 0);
      for (DType d : dtypes) {
        if (d.isInexact()) {
          for (Shape s : List.of(firstArray(S34), firstArray(Shape.of(2, 3, 4)))) {
            for (Object axis : axesOverride != null ? axesOverride : List.of(NONE, 0L, -1L)) {
              emitReduction(d, s, axis, false, null, nf);
            }
          }
        }
      }
    }
  }

  /** Marks "axis=None" in variant lists (List.of refuses null). */
  private static final Object NONE = new Object() {
    @Override
    public String toString() { return "None"; }
  };

  /** None, every axis, -1, -ndim, an out-of-range axis, tuples (incl. negative, repeated, empty). */
  static List<Object> axisVariants(int nd) {
    List<Object> r = new ArrayList<>();
    r.add(NONE);
    for (long i = 0; i < nd; i++) {
      r.add(i);
    }
    if (nd >= 1) {
      r.add(-1L);
    }
    if (nd >= 2) {
      r.add((long) -nd);
    }
    r.add((long) nd);
    if (nd >= 2) {
      for (long i = 0; i < nd; i++) {
        for (long j = i + 1; j < nd; j++) {
          r.add(new Py.Tuple(List.of(i, j)));
        }
      }
      r.add(new Py.Tuple(List.of(-1L, 0L)));
    }
    if (nd == 2) {
      r.add(new Py.Tuple(List.of(0L, 0L)));
    }
    if (nd <= 1) {
      r.add(new Py.Tuple(List.of()));
    }
    return r;
  }

  /** keepdims=True runs for None, -1 and the first tuple (the runner's keepdims path is axis-agnostic). */
  private static boolean keepdimsFirst(Object axis, int nd) {
    if (axis == NONE) {
      return true;
    }
    if (axis instanceof Long l) {
      return l == -1;
    }
    return axis instanceof Py.Tuple t && t.items().size() == 2 && Long.valueOf(0).equals(t.items().get(0))
        && Long.valueOf(1).equals(t.items().get(1));
  }

  private void emitReduction(DType d, Shape s, Object axis, boolean kd, DType outDtype, Gen g) {
    Call c = new Call();
    SplittableRandom r = rng();
    double pool = r.nextGaussian() * 3;
    c.input(0, d, s, genFor(0, g), r, pool, '\0');
    Object ax = axis == NONE ? null : axis;
    if (ax != null) {
      c.set(1, toJava(params.get(1), ax), ax, false);
    }
    if (kd) {
      c.set(2, Boolean.TRUE, Boolean.TRUE, false);
    }
    if (outDtype != null) {
      c.set(3, outDtype, outDtype, false);
      c.dtypes.add("dtype=" + outDtype.name());
      c.tags.add(outDtype.name());
    }
    if (g.nonfinite() && g != gen) {
      c.tags.add("nonfinite");
    }
    finish(c);
  }

  // ------------------------------------------------------------------ java

  private void java() {
    List<Integer> arrays = new ArrayList<>();
    List<Integer> shapeParams = new ArrayList<>();
    int listParam = -1;
    for (int i = 0; i < params.size(); i++) {
      Param p = params.get(i);
      if (p.required() && p.arrayLike()) {
        arrays.add(i);
      } else if (p.required() && p.type().equals("arrays")) {
        listParam = i;
      } else if (p.required() && p.type().equals("shape")) {
        shapeParams.add(i);
      }
    }
    if (!arrays.isEmpty() || listParam >= 0) {
      // with array inputs a shape argument depends on them (reshape, broadcast_to): kwargs give it
      shapeParams.clear();
    }
    // A variant missing a required parameter that no generator provides cannot run; without any
    // runnable variant only cases: call the op.
    List<Map<String, Object>> variants = new ArrayList<>();
    String missing = null;
    for (Map<String, Object> kw : kwargsVariants()) {
      String m = null;
      for (int i = 0; i < params.size(); i++) {
        Param p = params.get(i);
        if (p.required() && !arrays.contains(i) && !shapeParams.contains(i) && i != listParam
            && !kw.containsKey(p.name())) {
          m = p.name() + "' (" + p.type() + ")";
        }
      }
      if (m == null) {
        variants.add(kw);
      } else if (missing == null) {
        missing = m;
      }
    }
    if (variants.isEmpty()) {
      if (test.get("cases") == null) {
        problems.add("no generated cases: parameter '" + missing
            + " has no default; give it in test.kwargs variants or add test.cases");
      }
      return;
    }
    int dtypeParam = -1;
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).type().equals("dtype")) {
        dtypeParam = i;
      }
    }
    boolean first = true;
    for (Map<String, Object> kw : variants) {
      boolean freeDtype = dtypeParam >= 0 && !kw.containsKey(params.get(dtypeParam).name());
      if (!arrays.isEmpty() || listParam >= 0) {
        int n = arrays.size() + (listParam >= 0 ? 1 : 0);
        if (listParam >= 0) {
          javaList(arrays, listParam, kw, first);
        } else {
          boolean canWeak = arrays.stream().noneMatch(i -> params.get(i).type().equals("ndarray"));
          List<List<Shape>> tuples = sameTuples(n);
          for (DType d : dtypes) {
            for (List<Shape> t : tuples) {
              if (!canWeak && t.contains(Shape.WEAK)) {
                continue;
              }
              emitJava(arrays, repeat(d, n), t, kw, null, -1, null);
            }
          }
          if (first) {
            for (DType d1 : dtypes) {
              for (DType d2 : dtypes) {
                if (d1 != d2 && n >= 2) {
                  List<DType> ds = repeat(d2, n);
                  ds.set(0, d1);
                  emitJava(arrays, ds, repeatShape(firstArray(S34), n), kw, null, -1, null);
                }
              }
            }
            if (freeDtype) {
              // the dtype= grid: every input dtype converted to every dtype
              for (DType d : dtypes) {
                for (DType to : DType.values()) {
                  emitJava(arrays, repeat(d, n), repeatShape(firstArray(S34), n), kw, null, dtypeParam, to);
                }
              }
            }
            if (nonfinite) {
              for (DType d : dtypes) {
                if (d.isInexact()) {
                  emitJava(arrays, repeat(d, n), repeatShape(firstArray(S34), n), kw,
                      new Gen("some_inf_and_nan", 0, 0), -1, null);
                }
              }
            }
          }
        }
      } else if (!shapeParams.isEmpty()) {
        // creation: every shape of the set x (the default dtype, then every dtype when free)
        List<DType> dts = new ArrayList<>();
        dts.add(null);
        if (freeDtype) {
          dts.addAll(dtypes);
        }
        for (Shape s : arrayShapes) {
          for (DType d : dts) {
            Call c = new Call();
            for (int i : shapeParams) {
              c.set(i, s.dims().clone(), s.dims().clone(), true);
              c.shapes.add(s.toString());
              c.tags.add(s.toString().replace(" ", ""));
              if (s.empty()) {
                c.tags.add("empty");
              }
            }
            if (d != null) {
              c.set(dtypeParam, d, d, false);
              c.dtypes.add("dtype=" + d.name());
              c.tags.add(d.name());
            }
            applyKw(c, kw);
            finish(c);
          }
        }
      } else {
        Call c = new Call();
        applyKw(c, kw);
        finish(c);
      }
      first = false;
    }
  }

  /** An {@code arrays} (sequence of arrays) parameter: two same-shape inputs per case. */
  private void javaList(List<Integer> arrays, int listParam, Map<String, Object> kw, boolean first) {
    for (DType d : dtypes) {
      for (Shape s : arrayShapes) {
        emitList(arrays, listParam, List.of(d, d), s, kw);
      }
    }
    if (first) {
      for (DType d1 : dtypes) {
        for (DType d2 : dtypes) {
          if (d1 != d2) {
            emitList(arrays, listParam, List.of(d1, d2), firstArray(S34), kw);
          }
        }
      }
      if (arrayShapes.size() > 1) {
        // mismatched shapes: NumPy's errors (or broadcasting, for the ops that do)
        for (DType d : dtypes.subList(0, 1)) {
          Call c = new Call();
          SplittableRandom r = rng();
          double pool = r.nextGaussian() * 3;
          List<Object> jl = new ArrayList<>();
          for (Shape s : List.of(arrayShapes.get(0), arrayShapes.get(arrayShapes.size() - 1))) {
            NDArray x = Inputs.array(genFor(listParam, gen), d, s.dims(), r, pool);
            jl.add(x);
            c.noteArray(x);
          }
          c.set(listParam, jl.toArray(), jl, true);
          fillOtherArrays(c, arrays, d, r, pool);
          applyKw(c, kw);
          finish(c);
        }
      }
    }
  }

  private void emitList(List<Integer> arrays, int listParam, List<DType> ds, Shape s, Map<String, Object> kw) {
    Call c = new Call();
    SplittableRandom r = rng();
    double pool = r.nextGaussian() * 3;
    List<Object> jl = new ArrayList<>();
    for (DType d : ds) {
      NDArray x = Inputs.array(genFor(listParam, gen), d, s.dims(), r, pool);
      jl.add(x);
      c.noteArray(x);
    }
    c.set(listParam, jl.toArray(), jl, true);
    fillOtherArrays(c, arrays, ds.get(0), r, pool);
    applyKw(c, kw);
    finish(c);
  }

  private void fillOtherArrays(Call c, List<Integer> arrays, DType d, SplittableRandom r, double pool) {
    for (int i : arrays) {
      c.input(i, d, firstArray(S34), genFor(i, gen), r, pool, '\0');
    }
  }

  private void emitJava(List<Integer> slots, List<DType> ds, List<Shape> t, Map<String, Object> kw, Gen g,
      int dtypeParam, DType to) {
    Call c = new Call();
    SplittableRandom r = rng();
    double pool = r.nextGaussian() * 3;
    for (int k = 0; k < slots.size(); k++) {
      int i = slots.get(k);
      c.input(i, ds.get(k), t.get(k), genFor(i, g != null ? g : gen), r, pool, '\0');
    }
    if (g != null && g.nonfinite()) {
      c.tags.add("nonfinite");
    }
    if (to != null) {
      c.set(dtypeParam, to, to, false);
      c.dtypes.add(params.get(dtypeParam).name() + "=" + to.name());
      c.tags.add(to.name());
    }
    applyKw(c, kw);
    finish(c);
  }

  private List<Map<String, Object>> kwargsVariants() {
    List<Map<String, Object>> r = new ArrayList<>();
    // The defaults are always a family of their own; each listed variant adds one.
    r.add(new LinkedHashMap<>());
    Object k = test.get("kwargs");
    if (k == null) {
      return r;
    }
    if (!(k instanceof List<?> l)) {
      throw new IllegalArgumentException("kwargs must be a list of mappings");
    }
    for (Object v : l) {
      if (!(v instanceof Map<?, ?> m)) {
        throw new IllegalArgumentException("kwargs entry " + v + " is not a mapping");
      }
      Map<String, Object> kw = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String name = String.valueOf(e.getKey());
        if (paramIndex(name) < 0) {
          throw new IllegalArgumentException("kwargs names '" + name + "', which is not a parameter of "
              + spec.name() + " (" + params.stream().map(Param::name).toList() + ")");
        }
        kw.put(name, PyLiteral.parse(String.valueOf(e.getValue())));
      }
      if (!kw.isEmpty()) {
        r.add(kw);
      }
    }
    return r;
  }

  private void applyKw(Call c, Map<String, Object> kw) {
    for (Map.Entry<String, Object> e : kw.entrySet()) {
      int i = paramIndex(e.getKey());
      Param p = params.get(i);
      c.set(i, toJava(p, e.getValue()), toPy(p, e.getValue()), false);
      String t = e.getKey() + "=" + Py.repr(e.getValue());
      c.kwText.add(t);
      c.tags.add(t.replace(" ", ""));
    }
  }

  // ------------------------------------------------------------------ cases:

  private void literalCases() {
    Object cs = test.get("cases");
    if (cs == null) {
      return;
    }
    for (Object o : cs instanceof List<?> l ? l : List.of(cs)) {
      String text = String.valueOf(o).trim();
      Call c = new Call();
      c.literal = text;
      c.tags.add("case:" + text.replace(" ", ""));
      try {
        Py.Args a = PyLiteral.parseArgs(text);
        if (a.positional().size() > params.size()) {
          throw new IllegalArgumentException("more positional arguments than " + spec.name() + " has parameters");
        }
        for (int i = 0; i < a.positional().size(); i++) {
          Object v = a.positional().get(i);
          c.javaSet(i, toJava(params.get(i), v));
          c.pyPos.add(toPy(params.get(i), v));
          c.noteValue(v);
        }
        for (Map.Entry<String, Object> e : a.keywords().entrySet()) {
          int i = paramIndex(e.getKey());
          if (i < 0) {
            throw new IllegalArgumentException("keyword '" + e.getKey() + "' is not a parameter of " + spec.name()
                + " " + params.stream().map(Param::name).toList());
          }
          if (c.isSet(i)) {
            throw new IllegalArgumentException("parameter '" + e.getKey() + "' given twice");
          }
          c.javaSet(i, toJava(params.get(i), e.getValue()));
          c.pyKw.put(e.getKey(), toPy(params.get(i), e.getValue()));
          c.noteValue(e.getValue());
        }
        finish(c);
      } catch (RuntimeException e) {
        out.add(new Case(spec.name(), ref, null, List.of(), Map.of(), spec.name() + "(" + text + ")", "", "",
            c.tags, tol, "case \"" + text + "\": " + e.getMessage()));
      }
    }
  }

  // ------------------------------------------------------------------ building one case

  /** One call under construction. */
  private final class Call {
    final Object[] java = new Object[params.size()];
    final boolean[] isSet = new boolean[params.size()];
    final Object[] py = new Object[params.size()];
    final boolean[] positional = new boolean[params.size()];
    final List<String> dtypes = new ArrayList<>();
    final List<String> shapes = new ArrayList<>();
    final List<String> kwText = new ArrayList<>();
    final Set<String> tags = new TreeSet<>();
    /** For cases: the exact Python call (positional, then keywords) and its text. */
    String literal;
    final List<Object> pyPos = new ArrayList<>();
    final LinkedHashMap<String, Object> pyKw = new LinkedHashMap<>();

    void set(int i, Object j, Object p, boolean pos) {
      java[i] = j;
      py[i] = p;
      isSet[i] = true;
      positional[i] = pos;
    }

    void javaSet(int i, Object j) {
      java[i] = j;
      isSet[i] = true;
    }

    boolean isSet(int i) { return isSet[i]; }

    /** A generated input at parameter i: an array, or a weak Java scalar for the weak "shape". */
    void input(int i, DType d, Shape s, Gen g, SplittableRandom r, double pool, char weakKind) {
      if (s.weak()) {
        char k = weakKind != '\0' ? weakKind : d.kind();
        Object v = Inputs.weak(g, k, r, pool);
        set(i, v, v, true);
        dtypes.add("weak " + switch (k) {
          case 'b' -> "bool";
          case 'i', 'u' -> "int";
          case 'c' -> "complex";
          default -> "float";
        });
        shapes.add("weak");
        tags.add("weak");
        tags.add(dtypes.get(dtypes.size() - 1));
      } else {
        NDArray x = Inputs.array(g, d, s.dims(), r, pool);
        set(i, x, x, true);
        noteArray(x);
      }
      if (g.nonfinite()) {
        tags.add("nonfinite");
      }
    }

    void noteArray(NDArray x) {
      dtypes.add(x.dtype().name());
      shapes.add(Py.repr(x.shapeRef()));
      tags.add(x.dtype().name());
      tags.add(Py.repr(x.shapeRef()).replace(" ", ""));
      if (x.size() == 0) {
        tags.add("empty");
      }
    }

    void noteValue(Object v) {
      if (v instanceof Py.Name n) {
        try {
          tags.add(DType.of(n.bare()).name());
        } catch (RuntimeException ignored) {
          // not a dtype name
        }
      } else if (v instanceof String s) {
        try {
          tags.add(DType.of(s).name());
        } catch (RuntimeException ignored) {
          // not a dtype name
        }
      }
    }
  }

  private void emitArrays(List<DType> ds, List<Shape> t, char[] weakKinds, Gen g) {
    emitArrays(ds, t, weakKinds, g, null);
  }

  private void emitArrays(List<DType> ds, List<Shape> t, char[] weakKinds, Gen g, Map<String, Object> kw) {
    Call c = new Call();
    SplittableRandom r = rng();
    double pool = r.nextGaussian() * 3;
    for (int i = 0; i < ds.size(); i++) {
      c.input(i, ds.get(i), t.get(i), genFor(i, g != null ? g : gen), r, pool, weakKinds == null ? '\0' : weakKinds[i]);
    }
    if (kw != null) {
      applyKw(c, kw);
    }
    finish(c);
  }

  private void finish(Call c) {
    Object[] jargs = new Object[params.size()];
    for (int i = 0; i < params.size(); i++) {
      Param p = params.get(i);
      if (c.isSet[i]) {
        jargs[i] = c.java[i];
      } else if (p.required()) {
        throw new IllegalArgumentException("parameter '" + p.name() + "' of " + spec.name() + " is required");
      } else {
        jargs[i] = defaultValue(p);
      }
    }
    List<Object> pyArgs;
    Map<String, Object> pyKw;
    if (c.literal != null) {
      pyArgs = c.pyPos;
      pyKw = c.pyKw;
    } else {
      pyArgs = new ArrayList<>();
      pyKw = new LinkedHashMap<>();
      boolean pos = true;
      for (int i = 0; i < params.size(); i++) {
        if (!c.isSet[i]) {
          pos = false;
          continue;
        }
        pos &= c.positional[i];
        if (pos) {
          pyArgs.add(c.py[i]);
        } else {
          pyKw.put(params.get(i).name(), c.py[i]);
        }
      }
    }
    String label = c.literal != null ? spec.name() + "(" + c.literal + ")" : label(pyArgs, pyKw);
    out.add(new Case(spec.name(), ref, jargs, pyArgs, pyKw, label, String.join(", ", c.dtypes),
        String.join(", ", c.shapes), c.tags, tol, null));
  }

  private String label(List<Object> args, Map<String, Object> kw) {
    StringBuilder b = new StringBuilder(spec.name()).append('(');
    boolean first = true;
    for (Object a : args) {
      b.append(first ? "" : ", ").append(labelValue(a));
      first = false;
    }
    for (Map.Entry<String, Object> e : kw.entrySet()) {
      b.append(first ? "" : ", ").append(e.getKey()).append('=').append(labelValue(e.getValue()));
      first = false;
    }
    return b.append(')').toString();
  }

  private static String labelValue(Object v) {
    if (v instanceof NDArray x) {
      return x.dtype().name() + Py.repr(x.shapeRef());
    }
    if (v instanceof List<?> l) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(labelValue(l.get(i)));
      }
      return b.append(']').toString();
    }
    if (v instanceof DType d) {
      return "'" + d.name() + "'";
    }
    return Py.repr(v);
  }

  private void applySkip(Case c) {
    if (skips.isEmpty() && compiledSkips.isEmpty()) {
      return;
    }
    Set<String> tags = new java.util.HashSet<>();
    for (String t : c.tags) {
      tags.add(norm(t));
    }
    c.skip = firstMatch(skips, tags);
    c.skipCompiled = firstMatch(compiledSkips, tags);
  }

  /** The reason of the first rule matching {@code tags} (marked used), or null. */
  private String firstMatch(List<SkipRule> rules, Set<String> tags) {
    for (SkipRule r : rules) {
      if (r.key().contains("&") ? java.util.Arrays.stream(r.key().split("&")).allMatch(
              part -> skipTags(part).stream().anyMatch(tags::contains))
          : r.tags().contains("all") || r.tags().contains("*") || r.tags().stream().anyMatch(tags::contains)) {
        skipUsed.add(r);
        return r.reason();
      }
    }
    return null;
  }

  /**
   * What a skip key matches: a dtype (short or NumPy name) or dtype set (int, float...) matches
   * cases involving any of its dtypes; anything else is a tag (weak, weak_int, empty, nonfinite,
   * a shape "(3, 4)", a keyword "axis=None", "case:TEXT", all); keys joined by {@code &} match the
   * cases that every one of them matches ({@code "bfloat16&float16"}).
   */
  private static Set<String> skipTags(String k) {
    String t = k.trim();
    if (t.equals("all") || t.equals("*")) {
      return Set.of("all");
    }
    try {
      Set<String> r = new LinkedHashSet<>();
      for (String d : Specs.dtypeNames(t)) {
        r.add(norm(d));
      }
      return r;
    } catch (IllegalArgumentException ignored) {
      return Set.of(norm(t));
    }
  }

  /** Tags and skip keys compare without spaces and underscores: "(3, 4)" is "(3,4)", "weak_int" is "weak int". */
  static String norm(String t) {
    return t.replace(" ", "").replace("_", "");
  }

  // ------------------------------------------------------------------ conversions

  /** The Java value OpTable.invoke takes for parameter {@code p} given literal value {@code v}. */
  static Object toJava(Param p, Object v) {
    String t = p.type();
    if (v == null) {
      if (t.equals("int") || t.equals("long") || t.equals("double") || t.equals("bool")) {
        throw new IllegalArgumentException("parameter '" + p.name() + "' (" + t + ") cannot be None in Java");
      }
      return null;
    }
    if (v instanceof NDArray && (p.arrayLike())) {
      return v;
    }
    switch (t) {
      case "array" -> {
        if (v instanceof Py.Tuple || v instanceof List<?>) {
          Object list = javaList(v);
          return (Lazy) () -> Convert.asarray(list, null);
        }
        if (v instanceof Py.Name n) {
          return n.name();
        }
        return v;
      }
      case "ndarray" -> {
        Object list = v instanceof Py.Tuple || v instanceof List<?> ? javaList(v) : v;
        return (Lazy) () -> Convert.asarray(list, null);
      }
      case "object" -> {
        if (v instanceof Py.Tuple || v instanceof List<?>) {
          return javaList(v);
        }
        return v instanceof Py.Name n ? n.name() : v;
      }
      case "arrays" -> {
        List<?> items = v instanceof Py.Tuple tp ? tp.items() : v instanceof List<?> l ? l : null;
        if (items == null) {
          throw new IllegalArgumentException("parameter '" + p.name() + "' takes a sequence of arrays, got " + Py.repr(v));
        }
        Object[] r = new Object[items.size()];
        List<Lazy> lazies = new ArrayList<>();
        for (int i = 0; i < r.length; i++) {
          r[i] = toJava(new Param(p.name(), "array", null), items.get(i));
          if (r[i] instanceof Lazy l) {
            lazies.add(l);
          }
        }
        if (lazies.isEmpty()) {
          return r;
        }
        return (Lazy) () -> {
          Object[] c = r.clone();
          for (int i = 0; i < c.length; i++) {
            if (c[i] instanceof Lazy l) {
              c[i] = l.get();
            }
          }
          return c;
        };
      }
      case "int", "int?" -> {
        if (v instanceof Long l) {
          return Math.toIntExact(l);
        }
        if (v instanceof Boolean b) {
          return b ? 1 : 0;
        }
      }
      case "long" -> {
        if (v instanceof Long l) {
          return l;
        }
      }
      case "double", "double?" -> {
        if (v instanceof Long || v instanceof Double) {
          return ((Number) v).doubleValue();
        }
        if (v instanceof BigInteger b) {
          return b.doubleValue();
        }
      }
      case "bool" -> {
        if (v instanceof Boolean) {
          return v;
        }
      }
      case "string" -> {
        if (v instanceof String || v instanceof Py.Name) {
          return v instanceof Py.Name n ? n.name() : v;
        }
      }
      case "dtype" -> {
        if (v instanceof DType) {
          return v;
        }
        if (v instanceof String || v instanceof Py.Name) {
          String name = v instanceof Py.Name n ? n.bare() : (String) v;
          return (Lazy) () -> DType.of(name);
        }
      }
      case "shape", "axis" -> {
        if (v instanceof int[] a) {
          return a.clone();
        }
        return Specs.ints(v, "parameter '" + p.name() + "'");
      }
      default -> { }
    }
    throw new IllegalArgumentException("parameter '" + p.name() + "' (" + t + ") cannot take " + Py.repr(v) + " in Java");
  }

  /** The value NumPy gets: literal values as written, dtype names as dtypes. */
  static Object toPy(Param p, Object v) {
    if (v instanceof Py.Name n) {
      if (p.type().equals("dtype") || !n.name().equals(n.bare())) {
        try {
          return DType.of(n.bare());
        } catch (RuntimeException e) {
          return n.bare();
        }
      }
      return n.name();
    }
    if (p.type().equals("dtype") && v instanceof String s) {
      try {
        return DType.of(s);
      } catch (RuntimeException e) {
        return s;
      }
    }
    if (v instanceof Py.Tuple t) {
      List<Object> items = new ArrayList<>();
      for (Object o : t.items()) {
        items.add(toPy(new Param(p.name(), "object", null), o));
      }
      return new Py.Tuple(items);
    }
    if (v instanceof List<?> l) {
      List<Object> items = new ArrayList<>();
      for (Object o : l) {
        items.add(toPy(new Param(p.name(), "object", null), o));
      }
      return items;
    }
    return v;
  }

  /** Tuples and lists as nested Java Lists (what Numbat's asarray takes). */
  private static Object javaList(Object v) {
    List<?> items = v instanceof Py.Tuple t ? t.items() : v instanceof List<?> l ? l : null;
    if (items == null) {
      return v instanceof Py.Name n ? n.name() : v;
    }
    List<Object> r = new ArrayList<>(items.size());
    for (Object o : items) {
      r.add(javaList(o));
    }
    return r;
  }

  private Object defaultValue(Param p) {
    String d = p.def().trim();
    if (d.equals("None")) {
      return null;
    }
    Object v;
    try {
      v = PyLiteral.parse(d);
    } catch (IllegalArgumentException e) {
      v = d;
    }
    if (p.type().equals("dtype")) {
      return DType.of(v instanceof Py.Name n ? n.bare() : String.valueOf(v));
    }
    Object j = toJava(p, v);
    return j instanceof Lazy l ? l.get() : j;
  }

  // ------------------------------------------------------------------ helpers

  private int paramIndex(String name) {
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private Gen genFor(int param, Gen g) {
    Gen o = argGen.get(params.get(param).name());
    return o != null && g == gen ? o : g;
  }

  private SplittableRandom rng() {
    return new SplittableRandom(((long) seedBase << 32) ^ (counter++ * 0x9E3779B97F4A7C15L));
  }

  /** {@code s} when the shape set has it, else the set's first array shape, else s anyway. */
  private Shape firstArray(Shape s) {
    if (arrayShapes.contains(s) || arrayShapes.isEmpty()) {
      return s;
    }
    for (Shape x : arrayShapes) {
      if (!x.empty() && x.dims().length > 0) {
        return x;
      }
    }
    return arrayShapes.get(0);
  }

  private static List<DType> repeat(DType d, int n) {
    List<DType> r = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      r.add(d);
    }
    return r;
  }

  private static List<Shape> repeatShape(Shape s, int n) {
    List<Shape> r = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      r.add(s);
    }
    return r;
  }

  private static String str(Object o) {
    return o == null ? null : String.valueOf(o);
  }

  private static boolean bool(Object o, String what) {
    String s = String.valueOf(o).trim().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new IllegalArgumentException(what + ": expected true or false, got '" + o + "'");
    };
  }
}
