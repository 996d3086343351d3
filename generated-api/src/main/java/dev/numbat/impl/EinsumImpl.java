package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.ValueError;
import dev.numbat.impl.linalg.Gemm;
import dev.numbat.impl.linalg.Views;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.types.Promotion;
import dev.numbat.backend.cpu.StridedViews;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * einsum: repeated labels in one operand become a diagonal view, labels used nowhere else are
 * summed at once, and operands are then contracted two at a time, each pair as one batched
 * matrix product (shared kept labels = batch, shared dropped labels = the inner dimension). The
 * pair contracted next is the one whose result is smallest, so a chain such as
 * {@code ij,jk,kl->il} never materialises the outer product.
 */
public final class EinsumImpl {
  private EinsumImpl() {}

  /** An operand with one label per axis (ellipsis axes get labels from U+0100 up, right-aligned). */
  private record Term(NDArray a, String labels) {}

  public static NDArray einsum(String subscripts, Object[] operands, Object optimize) {
    Parsed p = parse(subscripts, operands);
    DType dt = p.dtype;
    List<String> raw = new ArrayList<>();
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < p.terms.size(); i++) {
      raw.add(p.terms.get(i).labels);
      terms.add(diagonals(p.terms.get(i), i));
    }
    String out = p.output;
    if (optimize == null || Boolean.FALSE.equals(optimize)) {
      contractBySize(terms, out, p, dt);
    } else {
      for (EinsumPath.Step step : EinsumPath.plan(raw, out, p.sizes, optimize).steps()) {
        List<Term> group = new ArrayList<>();
        for (int pos : step.positions()) { // descending, so earlier removals keep later indices valid
          group.add(terms.remove(pos));
        }
        Term acc = group.get(0);
        for (int g = 1; g < group.size(); g++) {
          List<Term> rest = new ArrayList<>(terms);
          rest.addAll(group.subList(g + 1, group.size()));
          acc = contract(acc, group.get(g), keep(rest, out), p, dt);
        }
        if (group.size() == 1) {
          acc = sumOut(acc, keep(terms, out), dt);
        }
        terms.add(acc);
      }
    }
    Term t = sumOut(terms.get(0), out, dt);
    int[] perm = new int[out.length()];
    for (int i = 0; i < perm.length; i++) {
      perm[i] = t.labels.indexOf(out.charAt(i));
    }
    NDArray r = Views.permute(t.a, perm);
    // a label of size 1 in every operand may still be broadcast here; give it the output's size
    int[] shape = new int[out.length()];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = p.size(out.charAt(i));
    }
    if (!Arrays.equals(shape, r.shapeRef())) {
      r = StridedViews.broadcast(r, shape);
    }
    return Cast.to(r, dt);
  }

  /** Without a path: contracts the pair whose result is smallest, until one term is left. */
  private static void contractBySize(List<Term> terms, String out, Parsed p, DType dt) {
    while (terms.size() > 1) {
      int bi = 0;
      int bj = 1;
      long best = Long.MAX_VALUE;
      for (int i = 0; i < terms.size(); i++) {
        for (int j = i + 1; j < terms.size(); j++) {
          long size = resultSize(terms, i, j, out, p);
          if (size < best) {
            best = size;
            bi = i;
            bj = j;
          }
        }
      }
      Term b = terms.remove(bj);
      Term a = terms.remove(bi);
      terms.add(contract(a, b, keep(terms, out), p, dt));
    }
  }

  /**
   * numpy.einsum_path: {the path ["einsum_path", [i, j], ...] as a List, the printed report}.
   * Path entries are Lists of Integers (NumPy's tuples).
   */
  public static Object[] einsumPath(String subscripts, Object[] operands, Object optimize) {
    Parsed p = parse(subscripts, operands);
    List<String> raw = new ArrayList<>();
    for (Term t : p.terms) {
      raw.add(t.labels);
    }
    // null is the Java default standing for NumPy's default, 'greedy' (NumPy's None means False)
    EinsumPath.Plan plan = EinsumPath.plan(raw, p.output, p.sizes, optimize == null ? "greedy" : optimize);
    List<Object> path = new ArrayList<>();
    path.add("einsum_path");
    for (int[] step : plan.path()) {
      path.add(Arrays.stream(step).boxed().toList());
    }
    return new Object[] {java.util.Collections.unmodifiableList(path), plan.report()};
  }

  /** Labels still needed after a contraction: the output's and those of the remaining terms. */
  private static String keep(List<Term> rest, String out) {
    StringBuilder b = new StringBuilder(out);
    for (Term t : rest) {
      b.append(t.labels);
    }
    return b.toString();
  }

  private static long resultSize(List<Term> terms, int i, int j, String out, Parsed p) {
    StringBuilder need = new StringBuilder(out);
    for (int q = 0; q < terms.size(); q++) {
      if (q != i && q != j) {
        need.append(terms.get(q).labels);
      }
    }
    long size = 1;
    String both = terms.get(i).labels + terms.get(j).labels;
    String seen = "";
    for (char c : both.toCharArray()) {
      if (seen.indexOf(c) < 0 && need.indexOf(String.valueOf(c)) >= 0) {
        size *= Math.max(1, p.size(c));
        seen += c;
      }
    }
    return size;
  }

  /** Sums the axes whose labels are not in {@code keep}. */
  private static Term sumOut(Term t, String keep, DType dt) {
    List<Integer> axes = new ArrayList<>();
    StringBuilder left = new StringBuilder();
    for (int i = 0; i < t.labels.length(); i++) {
      char c = t.labels.charAt(i);
      if (keep.indexOf(c) < 0) {
        axes.add(i);
      } else {
        left.append(c);
      }
    }
    if (axes.isEmpty()) {
      return t;
    }
    NDArray s = Np.sum(t.a, axes.stream().mapToInt(Integer::intValue).toArray(), false, dt);
    return new Term(s, left.toString());
  }

  /** Collapses repeated labels of one operand into diagonals. */
  private static Term diagonals(Term t, int operand) {
    NDArray a = t.a;
    String l = t.labels;
    while (true) {
      int i = -1;
      int j = -1;
      for (int x = 0; x < l.length() && i < 0; x++) {
        int y = l.indexOf(l.charAt(x), x + 1);
        if (y > 0) {
          i = x;
          j = y;
        }
      }
      if (i < 0) {
        return new Term(a, l);
      }
      int ni = a.shapeRef()[i];
      int nj = a.shapeRef()[j];
      if (ni != nj) {
        throw new ValueError("dimensions in operand " + operand + " for collapsing index '" + l.charAt(i)
            + "' don't match (" + ni + " != " + nj + ")");
      }
      char c = l.charAt(i);
      a = Views.diagonal(a, 0, i, j);
      l = l.substring(0, i) + l.substring(i + 1, j) + l.substring(j + 1) + c;
    }
  }

  /** One pairwise contraction as a batched matmul: (batch, left, inner) x (batch, inner, right). */
  private static Term contract(Term x, Term y, String keep, Parsed p, DType dt) {
    String keepAll = keep;
    x = sumOut(x, keepAll + y.labels, dt);
    y = sumOut(y, keepAll + x.labels, dt);
    // an inner label broadcast (size 1) on one side: drop that axis there; the other side then
    // sums it alone (sum_k a * b_k = a * sum_k b_k)
    for (char c : x.labels.toCharArray()) {
      if (y.labels.indexOf(c) >= 0 && keep.indexOf(c) < 0) {
        int nx = x.a.shapeRef()[x.labels.indexOf(c)];
        int ny = y.a.shapeRef()[y.labels.indexOf(c)];
        if (nx != ny) {
          if (nx == 1) {
            x = squeezeLabel(x, c);
          } else {
            y = squeezeLabel(y, c);
          }
        }
      }
    }
    x = sumOut(x, keepAll + y.labels, dt);
    y = sumOut(y, keepAll + x.labels, dt);
    StringBuilder batch = new StringBuilder();
    StringBuilder left = new StringBuilder();
    StringBuilder inner = new StringBuilder();
    StringBuilder right = new StringBuilder();
    for (char c : x.labels.toCharArray()) {
      if (y.labels.indexOf(c) >= 0) {
        (keep.indexOf(c) >= 0 ? batch : inner).append(c);
      } else {
        left.append(c);
      }
    }
    for (char c : y.labels.toCharArray()) {
      if (x.labels.indexOf(c) < 0) {
        right.append(c);
      }
    }
    String bl = batch.toString();
    String ll = left.toString();
    String il = inner.toString();
    String rl = right.toString();
    NDArray xa = arrange(x, bl + ll + il, bl.length(), ll, il);
    NDArray ya = arrange(y, bl + il + rl, bl.length(), il, rl);
    NDArray r = Gemm.matmul(Cast.to(xa, dt), Cast.to(ya, dt), "einsum");
    int nb = bl.length();
    int[] rs = r.shapeRef();
    int[] shape = new int[nb + ll.length() + rl.length()];
    System.arraycopy(rs, 0, shape, 0, nb);
    int q = nb;
    for (char c : ll.toCharArray()) {
      shape[q++] = x.a.shapeRef()[x.labels.indexOf(c)];
    }
    for (char c : rl.toCharArray()) {
      shape[q++] = y.a.shapeRef()[y.labels.indexOf(c)];
    }
    return new Term(ShapeOps.reshape(r, shape, "C"), bl + ll + rl);
  }

  private static Term squeezeLabel(Term t, char c) {
    int i = t.labels.indexOf(c);
    int[] s = t.a.shapeRef();
    int[] st = t.a.stridesRef();
    int nd = s.length;
    int[] ns = new int[nd - 1];
    int[] nst = new int[nd - 1];
    for (int k = 0, q = 0; k < nd; k++) {
      if (k != i) {
        ns[q] = s[k];
        nst[q++] = st[k];
      }
    }
    NDArray a = StridedViews.view(t.a, ns, nst, t.a.offset());
    return new Term(a, t.labels.substring(0, i) + t.labels.substring(i + 1));
  }

  /** The term transposed to {@code order} and reshaped to (batch dims..., prod(g1), prod(g2)). */
  private static NDArray arrange(Term t, String order, int nb, String g1, String g2) {
    int[] perm = new int[order.length()];
    for (int i = 0; i < perm.length; i++) {
      perm[i] = t.labels.indexOf(order.charAt(i));
    }
    NDArray v = Views.permute(t.a, perm);
    int[] s = v.shapeRef();
    int[] shape = new int[nb + 2];
    System.arraycopy(s, 0, shape, 0, nb);
    int p1 = 1;
    for (int i = 0; i < g1.length(); i++) {
      p1 *= s[nb + i];
    }
    int p2 = 1;
    for (int i = 0; i < g2.length(); i++) {
      p2 *= s[nb + g1.length() + i];
    }
    shape[nb] = p1;
    shape[nb + 1] = p2;
    return ShapeOps.reshape(v, shape, "C");
  }

  // ------------------------------------------------------------------ parsing

  static final class Parsed {
    final List<Term> terms = new ArrayList<>();
    String output;
    DType dtype;
    final int[] sizes = new int[0x200];

    int size(char c) {
      return sizes[c];
    }
  }

  private static final char ELL = '\u0100';

  static Parsed parse(String subscripts, Object[] operands) {
    String s = subscripts.replace(" ", "");
    String in;
    String out = null;
    int arrow = s.indexOf("->");
    if (arrow >= 0) {
      in = s.substring(0, arrow);
      out = s.substring(arrow + 2);
      if (out.contains("-") || out.contains(">")) {
        throw new ValueError("einstein sum subscript string does not contain proper '->' output specified");
      }
    } else {
      in = s;
      if (s.contains("-") || s.contains(">")) {
        throw new ValueError("einstein sum subscript string does not contain proper '->' output specified");
      }
    }
    String[] parts = in.split(",", -1);
    if (parts.length > operands.length) {
      throw new ValueError("fewer operands provided to einstein sum function than specified in the subscripts string");
    }
    if (parts.length < operands.length) {
      throw new ValueError("more operands provided to einstein sum function than specified in the subscripts string");
    }
    Parsed p = new Parsed();
    Arrays.fill(p.sizes, -1);
    NDArray[] xs = new NDArray[operands.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = Convert.asarray(operands[i], null);
    }
    p.dtype = xs.length == 1 ? xs[0].dtype() : Promotion.resultType(xs);
    int ellDims = 0;
    int[] counts = new int[0x200];
    for (int i = 0; i < parts.length; i++) {
      String t = parts[i];
      int e = t.indexOf("...");
      String letters = t.replace("...", "");
      for (char c : letters.toCharArray()) {
        if (!Character.isLetter(c) || c > 'z') {
          throw new ValueError("invalid subscript '" + c + "' in einstein sum subscripts string, subscripts must be letters");
        }
      }
      if (t.indexOf("...", e + 1) > 0 && e >= 0 || (e < 0 && t.contains("."))) {
        throw new ValueError("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand " + i);
      }
      int nd = xs[i].ndim();
      String labels;
      if (e >= 0) {
        int k = nd - letters.length();
        if (k < 0) {
          throw new ValueError("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
        }
        ellDims = Math.max(ellDims, k);
        StringBuilder b = new StringBuilder(t.substring(0, e));
        for (int q = 0; q < k; q++) {
          b.append((char) (ELL + (k - 1 - q)));
        }
        b.append(t.substring(e + 3));
        labels = b.toString();
      } else {
        if (letters.length() != nd) {
          throw new ValueError(letters.length() > nd
              ? "einstein sum subscripts string contains too many subscripts for operand " + i
              : "operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
        }
        labels = letters;
      }
      for (int q = 0; q < labels.length(); q++) {
        char c = labels.charAt(q);
        int n = xs[i].shapeRef()[q];
        counts[c]++;
        if (p.sizes[c] < 0 || p.sizes[c] == 1) {
          p.sizes[c] = n;
        } else if (n != 1 && n != p.sizes[c]) {
          throw new ValueError("operands could not be broadcast together with remapped shapes [original->remapped]: "
              + "size " + n + " of label '" + (c >= ELL ? "..." : String.valueOf(c)) + "' differs from " + p.sizes[c]);
        }
      }
      p.terms.add(new Term(xs[i], labels));
    }
    StringBuilder ellLabels = new StringBuilder();
    for (int q = ellDims - 1; q >= 0; q--) {
      ellLabels.append((char) (ELL + q));
    }
    if (out == null) {
      StringBuilder b = new StringBuilder(ellLabels);
      for (char c = 'A'; c <= 'z'; c++) {
        if (Character.isLetter(c) && counts[c] == 1) {
          b.append(c);
        }
      }
      p.output = b.toString();
    } else {
      int e = out.indexOf("...");
      String letters = out.replace("...", "");
      for (char c : letters.toCharArray()) {
        if (!Character.isLetter(c) || c > 'z') {
          throw new ValueError("invalid subscript '" + c + "' in einstein sum subscripts string, subscripts must be letters");
        }
        if (letters.indexOf(c) != letters.lastIndexOf(c)) {
          throw new ValueError("einstein sum subscripts string includes output subscript '" + c + "' multiple times");
        }
        if (counts[c] == 0) {
          throw new ValueError("einstein sum subscripts string included output subscript '" + c
              + "' which never appeared in an input");
        }
      }
      if (e < 0 && ellDims > 0) {
        throw new ValueError("output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
      }
      p.output = e < 0 ? letters : out.substring(0, e) + ellLabels + out.substring(e + 3);
    }
    return p;
  }
}
