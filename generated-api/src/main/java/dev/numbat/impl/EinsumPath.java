package dev.numbat.impl;

import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * NumPy's einsum contraction order ({@code numpy.einsum_path}): the 'greedy' and 'optimal'
 * searches ported step for step (same flop model, same memory limit, same tie-breaking by
 * candidate order), so the path equals NumPy's, and the printed report with it. Labels are chars
 * (ellipsis dimensions use chars from U+0100, printed as unused letters); label sets are BitSets.
 */
final class EinsumPath {
  private EinsumPath() {}

  static final String SYMBOLS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** One step of a path: the positions contracted (descending) and the report's fields. */
  record Step(int[] positions, int scale, String einsumStr, String remaining) {}

  /** A planned contraction: the NumPy-style path (positions as given), its steps and the report. */
  record Plan(List<int[]> path, List<Step> steps, String report) {}

  /**
   * Plans the contraction of {@code inputs} (one label string per operand, repeated labels allowed)
   * into {@code output}, {@code size[c]} being the broadcast size of label c. {@code optimize}:
   * 'greedy', 'optimal', true (greedy), false/null (all at once), {@code [name, memoryLimit]}, or an
   * explicit path {@code ["einsum_path", [0, 1], ...]} (a List or Object[]).
   */
  static Plan plan(List<String> inputs, String output, int[] size, Object optimize) {
    Object type = optimize;
    if (Boolean.TRUE.equals(type)) {
      type = "greedy";
    }
    if (type == null) {
      type = Boolean.FALSE;
    }
    List<?> seq = type instanceof List<?> l ? l : type instanceof Object[] a ? Arrays.asList(a) : null;
    List<int[]> explicit = null;
    long memoryLimit = -1;
    if (Boolean.FALSE.equals(type) || type instanceof String) {
      // a named search or none
    } else if (seq != null && !seq.isEmpty() && "einsum_path".equals(seq.get(0))) {
      explicit = new ArrayList<>();
      for (Object o : seq.subList(1, seq.size())) {
        explicit.add(ints(o, optimize));
      }
    } else if (seq != null && seq.size() == 2 && seq.get(0) instanceof String s && seq.get(1) instanceof Number n) {
      memoryLimit = n.longValue();
      type = s;
    } else {
      throw new TypeError("Did not understand the path: " + describe(optimize));
    }
    int n = inputs.size();
    List<BitSet> sets = new ArrayList<>();
    for (String in : inputs) {
      sets.add(set(in));
    }
    BitSet outSet = set(output);
    BitSet indices = new BitSet();
    int totalLen = 0;
    List<BitSet> bcast = new ArrayList<>();
    List<String> inputList = new ArrayList<>(inputs);
    for (int t = 0; t < n; t++) {
      indices.or(sets.get(t));
      totalLen += sets.get(t).cardinality();
    }
    long maxSize = sizeOf(outSet, size);
    for (int t = 0; t < n; t++) {
      maxSize = Math.max(maxSize, sizeOfString(inputs.get(t), size));
    }
    long memory = memoryLimit >= 0 ? memoryLimit : maxSize;
    boolean innerProduct = totalLen - indices.cardinality() > 0;
    long naiveCost = flops(indices, innerProduct, n, size);
    List<int[]> path;
    if (explicit != null) {
      path = explicit;
    } else if (Boolean.FALSE.equals(type) || n == 1 || n == 2 || indices.equals(outSet)) {
      path = List.of(range(n));
    } else if ("greedy".equals(type)) {
      path = greedy(sets, outSet, size, memory);
    } else if ("optimal".equals(type)) {
      path = optimal(sets, outSet, size, memory);
    } else {
      // NumPy raises KeyError('Path name %s not found', name); Numbat has no KeyError type yet
      throw new ValueError("Path name " + type + " not found");
    }
    // the bookkeeping loop of numpy.einsum_path: positions popped in descending order, the new
    // operand appended, its labels sorted by (size, label) unless it is the output
    for (int t = 0; t < n; t++) {
      BitSet b = new BitSet();
      String in = inputs.get(t);
      for (int q = 0; q < in.length(); q++) {
        if (size[in.charAt(q)] == 1) {
          b.set(in.charAt(q));
        }
      }
      bcast.add(b);
    }
    List<Step> steps = new ArrayList<>();
    long cost = 0;
    int maxScale = 0;
    long largest = 0;
    for (int s = 0; s < path.size(); s++) {
      int[] inds = path.get(s).clone();
      Arrays.sort(inds);
      reverse(inds);
      for (int p : inds) {
        if (p < 0 || p >= inputList.size()) {
          throw new ValueError("einsum_path: path step " + s + " names operand " + p + " of " + inputList.size());
        }
      }
      Contraction c = find(inds, sets, outSet);
      sets = c.remaining;
      cost += flops(c.contract, !c.removed.isEmpty(), inds.length, size);
      int scale = c.contract.cardinality();
      maxScale = Math.max(maxScale, scale);
      largest = Math.max(largest, sizeOf(c.result, size));
      List<String> tmp = new ArrayList<>();
      for (int p : inds) {
        tmp.add(inputList.remove(p));
        bcast.remove(p);
      }
      String result;
      if (s == path.size() - 1) {
        result = output;
      } else {
        List<Character> labels = new ArrayList<>();
        for (int ch = c.result.nextSetBit(0); ch >= 0; ch = c.result.nextSetBit(ch + 1)) {
          labels.add((char) ch);
        }
        labels.sort((x, y) -> size[x] != size[y] ? Integer.compare(size[x], size[y]) : Character.compare(x, y));
        StringBuilder b = new StringBuilder();
        labels.forEach(b::append);
        result = b.toString();
      }
      inputList.add(result);
      bcast.add(new BitSet());
      steps.add(new Step(inds, scale, String.join(",", tmp) + "->" + result,
          String.join(",", inputList) + "->" + output));
    }
    if (inputList.size() != 1) {
      // NumPy raises RuntimeError; Numbat has no RuntimeError type yet
      throw new ValueError("Invalid einsum_path is specified: " + (inputList.size() - 1)
          + " more operands has to be contracted.");
    }
    long optCost = cost + 1;
    String free = freeLetters(inputs, output);
    StringBuilder r = new StringBuilder();
    Locale l = Locale.ROOT;
    r.append("  Complete contraction:  ").append(show(String.join(",", inputs) + "->" + output, free)).append('\n');
    r.append("         Naive scaling:  ").append(indices.cardinality()).append('\n');
    r.append("     Optimized scaling:  ").append(maxScale).append('\n');
    r.append("      Naive FLOP count:  ").append(sci(naiveCost)).append('\n');
    r.append("  Optimized FLOP count:  ").append(sci(optCost)).append('\n');
    r.append("   Theoretical speedup:  ").append(new java.math.BigDecimal((double) naiveCost / optCost).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString()).append('\n');
    r.append("  Largest intermediate:  ").append(sci(largest)).append(" elements\n");
    r.append("-".repeat(74)).append('\n');
    r.append(String.format(l, "%6s %24s %40s", "scaling", "current", "remaining")).append('\n');
    r.append("-".repeat(74));
    for (Step st : steps) {
      r.append(String.format(l, "\n%4d    %24s %40s", st.scale, show(st.einsumStr, free), show(st.remaining, free)));
    }
    return new Plan(path, steps, r.toString());
  }

  /**
   * Ellipsis labels (U+0100 + k, k counted from the right) printed as NumPy does: letters the
   * subscripts leave free, taken from the end. (NumPy draws them from a set, so its letters vary
   * from run to run; only reports without '...' are reproducible.)
   */
  /** Python's '%.3e': the exact binary value rounded half-even (Java's %e rounds half-up). */
  private static String sci(long v) {
    java.math.BigDecimal d = new java.math.BigDecimal((double) v).round(new java.math.MathContext(4,
        java.math.RoundingMode.HALF_EVEN));
    return String.format(Locale.ROOT, "%.3e", d);
  }

  private static String show(String s, String free) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      int c = s.charAt(i);
      int k = c - 0x100;
      b.append(k < 0 ? (char) c : k < free.length() ? free.charAt(free.length() - 1 - k) : '?');
    }
    return b.toString();
  }

  private static String freeLetters(List<String> inputs, String output) {
    String used = String.join("", inputs) + output;
    StringBuilder f = new StringBuilder();
    for (char c : SYMBOLS.toCharArray()) {
      if (used.indexOf(c) < 0) {
        f.append(c);
      }
    }
    return f.toString();
  }

  // ------------------------------------------------------------------ NumPy's helpers

  private record Contraction(BitSet result, List<BitSet> remaining, BitSet removed, BitSet contract) {}

  private static Contraction find(int[] positions, List<BitSet> sets, BitSet out) {
    BitSet contract = new BitSet();
    BitSet remain = (BitSet) out.clone();
    List<BitSet> remaining = new ArrayList<>();
    for (int i = 0; i < sets.size(); i++) {
      if (contains(positions, i)) {
        contract.or(sets.get(i));
      } else {
        remaining.add(sets.get(i));
        remain.or(sets.get(i));
      }
    }
    BitSet result = (BitSet) remain.clone();
    result.and(contract);
    BitSet removed = (BitSet) contract.clone();
    removed.andNot(result);
    remaining.add(result);
    return new Contraction(result, remaining, removed, contract);
  }

  private static long flops(BitSet contract, boolean inner, int terms, int[] size) {
    long f = Math.max(1, terms - 1) + (inner ? 1 : 0);
    return sizeOf(contract, size) * f;
  }

  private static long sizeOf(BitSet s, int[] size) {
    long r = 1;
    for (int c = s.nextSetBit(0); c >= 0; c = s.nextSetBit(c + 1)) {
      r *= size[c];
    }
    return r;
  }

  /** Product over the string's labels, repeats included, as NumPy's size of a term. */
  private static long sizeOfString(String s, int[] size) {
    long r = 1;
    for (int i = 0; i < s.length(); i++) {
      r *= size[s.charAt(i)];
    }
    return r;
  }

  /** A candidate of the greedy search: sort key (-removed size, cost), its pair, the resulting sets. */
  private static final class Candidate {
    final long negRemoved;
    final long cost;
    int x;
    int y;
    final List<BitSet> sets;

    Candidate(long negRemoved, long cost, int x, int y, List<BitSet> sets) {
      this.negRemoved = negRemoved;
      this.cost = cost;
      this.x = x;
      this.y = y;
      this.sets = sets;
    }

    boolean before(Candidate o) {
      return negRemoved != o.negRemoved ? negRemoved < o.negRemoved : cost < o.cost;
    }
  }

  private static Candidate possible(int x, int y, List<BitSet> sets, BitSet out, int[] size, long memory,
      long pathCost, long naiveCost) {
    Contraction c = find(new int[] {x, y}, sets, out);
    long newSize = sizeOf(c.result, size);
    if (newSize > memory) {
      return null;
    }
    long removed = sizeOf(sets.get(x), size) + sizeOf(sets.get(y), size) - newSize;
    long cost = flops(c.contract, !c.removed.isEmpty(), 2, size);
    if (pathCost + cost > naiveCost) {
      return null;
    }
    return new Candidate(-removed, cost, x, y, new ArrayList<>(c.remaining));
  }

  private static List<int[]> greedy(List<BitSet> sets, BitSet out, int[] size, long memory) {
    int n = sets.size();
    Contraction all = find(range(n), sets, out);
    long naiveCost = flops(all.contract, !all.removed.isEmpty(), n, size);
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        pairs.add(new int[] {i, j});
      }
    }
    List<Candidate> known = new ArrayList<>();
    long pathCost = 0;
    List<int[]> path = new ArrayList<>();
    for (int it = 0; it < n - 1; it++) {
      for (int[] p : pairs) {
        if (!sets.get(p[0]).intersects(sets.get(p[1]))) {
          continue;
        }
        Candidate r = possible(p[0], p[1], sets, out, size, memory, pathCost, naiveCost);
        if (r != null) {
          known.add(r);
        }
      }
      if (known.isEmpty()) {
        for (int i = 0; i < sets.size(); i++) {
          for (int j = i + 1; j < sets.size(); j++) {
            Candidate r = possible(i, j, sets, out, size, memory, pathCost, naiveCost);
            if (r != null) {
              known.add(r);
            }
          }
        }
        if (known.isEmpty()) {
          path.add(range(sets.size()));
          break;
        }
      }
      Candidate best = known.get(0);
      for (Candidate k : known) {
        if (k.before(best)) {
          best = k;
        }
      }
      known = updateOthers(known, best);
      sets = best.sets;
      int newPos = sets.size() - 1;
      pairs = new ArrayList<>();
      for (int i = 0; i < newPos; i++) {
        pairs.add(new int[] {i, newPos});
      }
      path.add(new int[] {best.x, best.y});
      pathCost += best.cost;
    }
    return path;
  }

  /** NumPy's _update_other_results: candidates disjoint from the chosen pair, re-indexed. */
  private static List<Candidate> updateOthers(List<Candidate> known, Candidate best) {
    int bx = best.x;
    int by = best.y;
    List<Candidate> mod = new ArrayList<>();
    for (Candidate k : known) {
      int x = k.x;
      int y = k.y;
      if (x == bx || x == by || y == bx || y == by) {
        continue;
      }
      List<BitSet> s = k.sets;
      s.remove(by - (by > x ? 1 : 0) - (by > y ? 1 : 0));
      s.remove(bx - (bx > x ? 1 : 0) - (bx > y ? 1 : 0));
      s.add(s.size() - 1, best.sets.get(best.sets.size() - 1));
      k.x = x - (x > bx ? 1 : 0) - (x > by ? 1 : 0);
      k.y = y - (y > bx ? 1 : 0) - (y > by ? 1 : 0);
      mod.add(k);
    }
    return mod;
  }

  private record Partial(long cost, List<int[]> positions, List<BitSet> remaining) {}

  private static List<int[]> optimal(List<BitSet> sets, BitSet out, int[] size, long memory) {
    int n = sets.size();
    List<Partial> full = new ArrayList<>();
    full.add(new Partial(0, List.of(), sets));
    for (int it = 0; it < n - 1; it++) {
      List<Partial> iter = new ArrayList<>();
      for (Partial cur : full) {
        int m = n - it;
        for (int i = 0; i < m; i++) {
          for (int j = i + 1; j < m; j++) {
            Contraction c = find(new int[] {i, j}, cur.remaining, out);
            if (sizeOf(c.result, size) > memory) {
              continue;
            }
            long total = cur.cost + flops(c.contract, !c.removed.isEmpty(), 2, size);
            List<int[]> pos = new ArrayList<>(cur.positions);
            pos.add(new int[] {i, j});
            iter.add(new Partial(total, pos, c.remaining));
          }
        }
      }
      if (!iter.isEmpty()) {
        full = iter;
      } else {
        List<int[]> path = new ArrayList<>(cheapest(full).positions);
        path.add(range(n - it));
        return path;
      }
    }
    if (full.isEmpty()) {
      return List.of(range(n));
    }
    return cheapest(full).positions;
  }

  private static Partial cheapest(List<Partial> ps) {
    Partial best = ps.get(0);
    for (Partial p : ps) {
      if (p.cost < best.cost) {
        best = p;
      }
    }
    return best;
  }

  // ------------------------------------------------------------------ small helpers

  private static BitSet set(String labels) {
    BitSet b = new BitSet();
    for (int i = 0; i < labels.length(); i++) {
      b.set(labels.charAt(i));
    }
    return b;
  }

  private static int[] range(int n) {
    int[] r = new int[n];
    for (int i = 0; i < n; i++) {
      r[i] = i;
    }
    return r;
  }

  private static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  private static void reverse(int[] a) {
    for (int i = 0, j = a.length - 1; i < j; i++, j--) {
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  private static int[] ints(Object o, Object whole) {
    List<?> l = o instanceof List<?> x ? x : o instanceof Object[] a ? Arrays.asList(a) : null;
    if (o instanceof int[] a) {
      return a.clone();
    }
    if (l == null) {
      throw new TypeError("Did not understand the path: " + describe(whole));
    }
    int[] r = new int[l.size()];
    for (int i = 0; i < r.length; i++) {
      if (!(l.get(i) instanceof Number num)) {
        throw new TypeError("Did not understand the path: " + describe(whole));
      }
      r[i] = num.intValue();
    }
    return r;
  }

  private static String describe(Object o) {
    return o instanceof Object[] a ? Arrays.deepToString(a) : String.valueOf(o);
  }
}
