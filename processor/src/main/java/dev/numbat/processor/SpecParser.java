package dev.numbat.processor;

import dev.numbat.processor.OpSpec.Arg;
import dev.numbat.processor.OpSpec.Doc;
import dev.numbat.processor.OpSpec.Kind;
import dev.numbat.processor.OpSpec.Loop;
import dev.numbat.processor.OpSpec.Promotion;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads op spec files into validated {@link OpSpec}s. Works on SnakeYAML's node tree, not on
 * plain maps, so that every error can name the file and line it comes from.
 */
public final class SpecParser {
  private static final Set<String> KEYS = Set.of("op", "kind", "args", "doc", "loops",
      "promotion", "kernels", "impl", "method", "identity", "dtype_arg", "grad", "batch", "test", "bool_error", "combines_partials",
      "family", "signature", "opaque", "keywords");
  private static final Set<String> DOC_KEYS = Set.of("summary", "numpy", "notes");
  private static final Set<String> TEST_KEYS = Set.of("dtypes", "shapes", "rng", "tol", "skip", "skip-fn",
      "kwargs", "weak", "axes", "keepdims", "cases", "reference", "args", "notes", "nonfinite");
  private static final Pattern NAME = Pattern.compile("([a-z][a-z0-9_]*\\.)?[a-z][a-z0-9_]*");
  private static final Pattern ARG =
      Pattern.compile("\\s*([a-z][A-Za-z0-9_]*)\\s*(?::\\s*([a-z?\\[\\]]+))?\\s*(?:=\\s*(.+?))?\\s*");
  private static final Pattern KERNEL = Pattern.compile("[A-Z][A-Za-z0-9]*\\.[a-z][A-Za-z0-9]*");
  /** An impl: Class.method, or sub.package.Class.method for a family's own package under dev.numbat.impl. */
  private static final Pattern IMPL = Pattern.compile("([a-z][a-z0-9]*\\.)*[A-Z][A-Za-z0-9]*\\.[a-z][A-Za-z0-9]*");
  private static final Pattern SIGNATURE = Pattern.compile(
      "\\((\\w+\\??(,\\w+\\??)*)?\\)(,\\((\\w+\\??(,\\w+\\??)*)?\\))*->\\((\\w+\\??(,\\w+\\??)*)?\\)(,\\((\\w+\\??(,\\w+\\??)*)?\\))*");

  private String file;

  /** Parses every {@code *.yaml} under {@code dir}, sorted by file name; names must be unique. */
  public List<OpSpec> parseDir(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new SpecException(dir.toString(), 0, "no *.yaml op specs in this folder");
    }
    List<OpSpec> all = new ArrayList<>();
    Map<String, OpSpec> seen = new HashMap<>();
    for (Path f : files) {
      try (Reader r = Files.newBufferedReader(f)) {
        for (OpSpec s : parse(f.toString(), r)) {
          OpSpec prev = seen.put(s.name(), s);
          if (prev != null) {
            throw new SpecException(s.file(), s.line(), "op '" + s.name()
                + "' is already specified at " + prev.file() + ":" + prev.line());
          }
          all.add(s);
        }
      }
    }
    return all;
  }

  /** Parses one spec file: a YAML sequence of op entries. */
  public List<OpSpec> parse(String fileName, Reader reader) {
    this.file = fileName;
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(reader);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new SpecException(fileName, line, "not valid YAML: " + e.getProblem());
    }
    List<OpSpec> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    if (!(root instanceof SequenceNode seq)) {
      throw err(root, "a spec file is a YAML list of op entries (- op: name ...)");
    }
    for (Node n : seq.getValue()) {
      out.add(entry(n));
    }
    return out;
  }

  private OpSpec entry(Node node) {
    Map<String, NodeTuple> m = mapping(node, KEYS, "op entry");
    String name = scalar(required(node, m, "op"));
    if (!NAME.matcher(name).matches()) {
      throw err(m.get("op").getValueNode(), "op name '" + name
          + "' must be NumPy's snake_case name, optionally in a sub-module (linalg.norm)");
    }
    Node kindNode = required(node, m, "kind");
    String kindText = scalar(kindNode);
    Kind kind;
    OpSpec.Role role;
    switch (kindText) {
      case "ufunc" -> { kind = Kind.UFUNC; role = OpSpec.Role.PRIMITIVE; }
      case "reduction" -> { kind = Kind.REDUCTION; role = OpSpec.Role.PRIMITIVE; }
      case "primitive" -> { kind = Kind.JAVA; role = OpSpec.Role.PRIMITIVE; }
      case "composite" -> { kind = Kind.JAVA; role = OpSpec.Role.COMPOSITE; }
      case "opaque" -> { kind = Kind.JAVA; role = OpSpec.Role.OPAQUE; }
      default -> throw err(kindNode, "unknown kind '" + kindText
          + "' (allowed: ufunc, reduction, primitive, composite, opaque; see op-specs/README.md, Kinds)");
    }
    Node docNode = required(node, m, "doc");
    Map<String, NodeTuple> dm = mapping(docNode, DOC_KEYS, "doc");
    Doc doc = new Doc(scalar(required(docNode, dm, "summary")), scalar(required(docNode, dm, "numpy")),
        dm.containsKey("notes") ? scalar(dm.get("notes").getValueNode()) : null);

    List<Arg> args = new ArrayList<>();
    if (m.containsKey("args")) {
      for (Node a : seq(m.get("args").getValueNode(), "args")) {
        args.add(arg(a, kind));
      }
    }
    List<Loop> loops = new ArrayList<>();
    int loopsLine = line(node);
    if (m.containsKey("loops")) {
      Node ln = m.get("loops").getValueNode();
      loopsLine = line(ln);
      for (Node l : seq(ln, "loops")) {
        loops.addAll(loop(l));
      }
    }
    Promotion promotion = m.containsKey("promotion")
        ? enumValue(m.get("promotion").getValueNode(), Promotion.class, "promotion")
        : Promotion.COMMON;
    String cpu = null;
    String gpu = null;
    int kernelLine = line(node);
    if (m.containsKey("kernels")) {
      Node kn = m.get("kernels").getValueNode();
      Map<String, NodeTuple> km = mapping(kn, Set.of("cpu", "gpu"), "kernels");
      if (km.containsKey("gpu")) {
        gpu = scalar(km.get("gpu").getValueNode());
      }
      if (km.containsKey("cpu")) {
        Node c = km.get("cpu").getValueNode();
        cpu = scalar(c);
        kernelLine = line(c);
        if (!KERNEL.matcher(cpu).matches()) {
          throw err(c, "kernel '" + cpu + "' must be Class.method (a class in dev.numbat.kernels.cpu)");
        }
      }
    }
    String impl = null;
    int implLine = line(node);
    if (m.containsKey("impl")) {
      Node in = m.get("impl").getValueNode();
      impl = scalar(in);
      implLine = line(in);
      if (!IMPL.matcher(impl).matches()) {
        throw err(in, "impl '" + impl + "' must be Class.method (a class in dev.numbat.impl or a sub-package: fft.FftImpl.fft)");
      }
    }
    List<String> methods = new ArrayList<>();
    if (m.containsKey("method")) {
      Node mn = m.get("method").getValueNode();
      if (mn instanceof SequenceNode sn) {
        for (Node x : sn.getValue()) {
          methods.add(scalar(x));
        }
      } else {
        String v = scalar(mn);
        if (v.equals("true")) {
          methods.add(OpSpec.camel(name));
        } else if (!v.equals("false")) {
          methods.add(v);
        }
      }
    } else if (kind != Kind.JAVA && !name.contains(".")) {
      methods.add(OpSpec.camel(name));
    }
    String identity = m.containsKey("identity") ? scalar(m.get("identity").getValueNode()) : null;
    boolean dtypeArg = m.containsKey("dtype_arg") && bool(m.get("dtype_arg").getValueNode());
    OpSpec.Grad grad = m.containsKey("grad") ? grad(m.get("grad").getValueNode()) : null;
    String batch = m.containsKey("batch") ? scalar(m.get("batch").getValueNode()) : null;
    if (batch != null && !OpSpec.BATCH_FAMILIES.contains(batch)) {
      throw err(m.get("batch").getValueNode(), "unknown batch family '" + batch + "' (allowed: "
          + new java.util.TreeSet<>(OpSpec.BATCH_FAMILIES) + ")");
    }
    String family = m.containsKey("family") ? scalar(m.get("family").getValueNode()) : null;
    if (family != null && (kind != Kind.JAVA || role == OpSpec.Role.COMPOSITE)) {
      throw err(m.get("family").getKeyNode(), "family: is for primitive and opaque ops (ufuncs and reductions are"
          + " their own family; a composite needs none)");
    }
    if (family != null && !OpSpec.FAMILIES.contains(family)) {
      throw err(m.get("family").getValueNode(), "unknown family '" + family + "' (allowed: "
          + new java.util.TreeSet<>(OpSpec.FAMILIES) + ")");
    }
    if (family == null && kind == Kind.JAVA && role == OpSpec.Role.PRIMITIVE) {
      throw err(kindNode, "primitive '" + name + "' needs family: (its rule family, e.g. view, gather, gufunc;"
          + " see op-specs/README.md)");
    }
    String signature = m.containsKey("signature") ? scalar(m.get("signature").getValueNode()) : null;
    if (signature != null && !SIGNATURE.matcher(signature).matches()) {
      throw err(m.get("signature").getValueNode(), "signature '" + signature
          + "' must be a gufunc core signature such as (m,n),(n,p)->(m,p)");
    }
    if (signature != null && !("gufunc".equals(family) || "linalg".equals(family))) {
      throw err(m.get("signature").getKeyNode(), "signature: is for family gufunc or linalg");
    }
    String opaque = m.containsKey("opaque") ? scalar(m.get("opaque").getValueNode()) : null;
    if ((opaque != null) != (role == OpSpec.Role.OPAQUE)) {
      throw err(opaque != null ? m.get("opaque").getKeyNode() : kindNode, opaque != null
          ? "opaque: (the reason) is for kind: opaque" : "opaque op '" + name + "' needs opaque: \"the reason\"");
    }
    Map<String, Object> test = null;
    if (m.containsKey("test")) {
      Node tn = m.get("test").getValueNode();
      mapping(tn, TEST_KEYS, "test");
      test = new LinkedHashMap<>();
      @SuppressWarnings("unchecked")
      Map<String, Object> plain = (Map<String, Object>) plain(tn);
      test.putAll(plain);
      test.put("_line", line(tn));
    }

    String boolError = m.containsKey("bool_error") ? scalar(m.get("bool_error").getValueNode()) : null;
    if (boolError != null && kind != Kind.UFUNC) {
      throw err(m.get("bool_error").getKeyNode(), "bool_error is for ufuncs (a java op raises its own errors)");
    }
    if (m.containsKey("combines_partials") && kind != Kind.REDUCTION) {
      throw err(m.get("combines_partials").getKeyNode(), "combines_partials is for reductions");
    }
    List<String> keywords = new ArrayList<>();
    if (m.containsKey("keywords")) {
      if (kind != Kind.REDUCTION) {
        throw err(m.get("keywords").getKeyNode(), "keywords: (initial, where) is for reductions");
      }
      Node kn = m.get("keywords").getValueNode();
      if (!(kn instanceof SequenceNode sn)) {
        throw err(kn, "keywords must be a list, e.g. [initial, where]");
      }
      for (Node k : sn.getValue()) {
        String v = scalar(k);
        if (!v.equals("initial") && !v.equals("where")) {
          throw err(k, "unknown reduction keyword '" + v + "' (allowed: initial, where)");
        }
        keywords.add(v);
      }
    }
    OpSpec spec = new OpSpec(file, line(node), name, kind, List.copyOf(args), doc, List.copyOf(loops),
        loopsLine, promotion, cpu, kernelLine, impl, implLine, List.copyOf(methods), identity,
        dtypeArg, grad, batch, test, boolError,
        m.containsKey("combines_partials") && bool(m.get("combines_partials").getValueNode()),
        role, family, signature, opaque, gpu, List.copyOf(keywords));
    check(spec, node);
    return spec;
  }

  private void check(OpSpec s, Node node) {
    switch (s.kind()) {
      case UFUNC, REDUCTION -> {
        if (s.loops().isEmpty()) {
          throw err(node, s.kind().name().toLowerCase(Locale.ROOT) + " '" + s.name() + "' needs loops:");
        }
        if (s.cpuKernel() == null) {
          throw err(node, "'" + s.name() + "' needs kernels: {cpu: Class.method}");
        }
        if (s.args().isEmpty()) {
          throw err(node, "'" + s.name() + "' needs args: (its array inputs)");
        }
        if (s.kind() == Kind.UFUNC && s.args().size() > 3) {
          throw err(node, "ufuncs take 1 to 3 array inputs");
        }
        if (s.kind() == Kind.REDUCTION && s.args().size() != 1) {
          throw err(node, "a reduction takes exactly one array input");
        }
      }
      case JAVA -> {
        if (s.impl() == null) {
          throw err(node, s.role().name().toLowerCase(Locale.ROOT) + " op '" + s.name() + "' needs impl: Class.method");
        }
        if (!s.loops().isEmpty()) {
          throw err(node, s.role().name().toLowerCase(Locale.ROOT) + " op '" + s.name() + "' resolves dtypes itself; remove loops:");
        }
      }
    }
  }

  /** {@code grad: none}, {@code grad: {}} or {@code grad: {input: "formula", ...}}; formulas parsed here. */
  OpSpec.Grad grad(Node gn) {
    if (gn instanceof ScalarNode sn) {
      if (!sn.getValue().equals("none")) {
        throw err(gn, "grad must be 'none' (not differentiable) or a map {input: \"formula\"}");
      }
      return new OpSpec.Grad(true, Map.of(), file, line(gn));
    }
    Map<String, OpSpec.Formula> rules = new LinkedHashMap<>();
    for (Map.Entry<String, NodeTuple> e : mapping(gn, null, "grad").entrySet()) {
      Node v = e.getValue().getValueNode();
      String text = scalar(v);
      GradFormula.parse(text, file, line(v));
      rules.put(e.getKey(), new OpSpec.Formula(text, line(v)));
    }
    return new OpSpec.Grad(false, rules, file, line(gn));
  }

  private Arg arg(Node n, Kind kind) {
    String text = scalar(n);
    Matcher m = ARG.matcher(text);
    if (!m.matches()) {
      throw err(n, "argument '" + text + "' must read 'name', 'name: type' or 'name: type = default'");
    }
    String type = m.group(2) == null ? "array" : m.group(2);
    if (!OpSpec.TYPES.containsKey(type)) {
      throw err(n, "unknown argument type '" + type + "' (known: " + new java.util.TreeSet<>(OpSpec.TYPES.keySet()) + ")");
    }
    if (kind != Kind.JAVA && !type.equals("array")) {
      throw err(n, "ufunc and reduction inputs are arrays; the family adds axis/keepdims/dtype itself");
    }
    String def = m.group(3);
    if (def != null && type.equals("dtype") && !def.equals("None") && !DTypeNames.NUMPY.containsValue(def)) {
      throw err(n, "unknown dtype '" + def + "' as default");
    }
    return new Arg(m.group(1), type, def, line(n));
  }

  private List<Loop> loop(Node n) {
    String text = scalar(n).replace(" ", "");
    String in = text;
    String out = null;
    int arrow = text.indexOf("->");
    if (arrow >= 0) {
      in = text.substring(0, arrow);
      out = text.substring(arrow + 2);
      if (!DTypeNames.NUMPY.containsKey(out)) {
        throw err(n, "unknown dtype '" + out + "' in loop '" + text + "' (known: " + DTypeNames.NUMPY.keySet() + ")");
      }
    }
    List<String> ins;
    if (DTypeNames.NUMPY.containsKey(in)) {
      ins = List.of(in);
    } else if (DTypeNames.GROUPS.containsKey(in)) {
      ins = DTypeNames.GROUPS.get(in);
    } else {
      throw err(n, "unknown dtype or group '" + in + "' in loop '" + text + "' (dtypes: "
          + DTypeNames.NUMPY.keySet() + ", groups: " + DTypeNames.GROUPS.keySet() + ")");
    }
    List<Loop> r = new ArrayList<>();
    for (String i : ins) {
      r.add(new Loop(i, out == null ? i : out));
    }
    return r;
  }

  // ---- node helpers ----

  private Map<String, NodeTuple> mapping(Node n, Set<String> allowed, String what) {
    if (!(n instanceof MappingNode mn)) {
      throw err(n, what + " must be a mapping (key: value)");
    }
    Map<String, NodeTuple> m = new LinkedHashMap<>();
    for (NodeTuple t : mn.getValue()) {
      String k = scalar(t.getKeyNode());
      if (allowed != null && !allowed.contains(k)) {
        throw err(t.getKeyNode(), "unknown key '" + k + "' in " + what + " (allowed: " + new java.util.TreeSet<>(allowed) + ")");
      }
      if (m.put(k, t) != null) {
        throw err(t.getKeyNode(), "key '" + k + "' appears twice in " + what);
      }
    }
    return m;
  }

  private Node required(Node parent, Map<String, NodeTuple> m, String key) {
    NodeTuple t = m.get(key);
    if (t == null) {
      throw err(parent, "missing required key '" + key + "'");
    }
    return t.getValueNode();
  }

  private List<Node> seq(Node n, String what) {
    if (n instanceof SequenceNode s) {
      return s.getValue();
    }
    throw err(n, what + " must be a list [a, b, ...]");
  }

  private String scalar(Node n) {
    if (n instanceof ScalarNode s) {
      return s.getValue();
    }
    throw err(n, "expected a plain value here");
  }

  private boolean bool(Node n) {
    String v = scalar(n);
    if (v.equals("true") || v.equals("false")) {
      return v.equals("true");
    }
    throw err(n, "expected true or false, got '" + v + "'");
  }

  private <E extends Enum<E>> E enumValue(Node n, Class<E> type, String what) {
    String v = scalar(n);
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(Locale.ROOT));
    }
    throw err(n, "unknown " + what + " '" + v + "' (one of " + names + ")");
  }

  /** Plain Java view of a node (String/List/Map), for blocks the processor passes on as data. */
  static Object plain(Node n) {
    if (n instanceof ScalarNode s) {
      return s.getValue();
    }
    if (n instanceof SequenceNode s) {
      List<Object> l = new ArrayList<>();
      for (Node x : s.getValue()) {
        l.add(plain(x));
      }
      return l;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (NodeTuple t : ((MappingNode) n).getValue()) {
      m.put(((ScalarNode) t.getKeyNode()).getValue(), plain(t.getValueNode()));
    }
    return m;
  }

  private static int line(Node n) {
    return n.getStartMark().getLine() + 1;
  }

  private SpecException err(Node n, String message) {
    return new SpecException(file, line(n), message);
  }
}
