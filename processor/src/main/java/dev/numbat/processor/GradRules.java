package dev.numbat.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.numbat.processor.GradFormula.Call;
import dev.numbat.processor.GradFormula.Expr;
import dev.numbat.processor.GradFormula.Literal;
import dev.numbat.processor.GradFormula.Var;
import dev.numbat.processor.OpSpec.Arg;
import dev.numbat.processor.OpSpec.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Checks the specs' gradient formulas and turns them into Java: per op a {@code GRAD} field (a
 * {@code dev.numbat.autodiff.GradRule}) and a {@code backward} method evaluating each input's
 * formula with the ops of {@code Np}, which the tape calls when a gradient flows through the op.
 *
 * <p>A formula may use {@code g} (the upstream gradient), {@code result} (the op's output), every
 * parameter of the op by its spec name (array inputs as NDArray; {@code axis}, {@code keepdims},
 * {@code dtype} for reductions), the spec'd ops by NumPy name, {@code conj(x)} (the conjugate that
 * leaves real arrays as they are), helpers {@code Class.method(...)} of package
 * {@code dev.numbat.autodiff}, numbers, {@code true}/{@code false}/{@code None}. An unknown name, a
 * wrong number of arguments or an unknown variable fails the build with the spec's file and line.
 */
public final class GradRules {
  static final String AUTODIFF = "dev.numbat.autodiff";
  static final ClassName GRAD_RULE = ClassName.get(AUTODIFF, "GradRule");
  static final ClassName HELPERS = ClassName.get(AUTODIFF, "GradHelpers");
  private static final Set<String> RESERVED = Set.of("g", "result", "callArgs", "need", "index");

  /** Whether {@code dev.numbat.autodiff.cls} has a public static {@code method} taking {@code arity} parameters. */
  @FunctionalInterface
  public interface HelperLookup {
    boolean exists(String cls, String method, int arity);
  }

  private final Map<String, OpSpec> byName;
  private final HelperLookup helpers;

  public GradRules(List<OpSpec> specs, HelperLookup helpers) {
    this.byName = new java.util.HashMap<>();
    for (OpSpec s : specs) {
      byName.put(s.name(), s);
    }
    this.helpers = helpers;
  }

  /** A parameter of the op as the rule sees it: name, spec type, position in the call. */
  record Param(String name, String type, int index) {}

  /** The op's parameters in call order (reductions: a, axis, keepdims, dtype). */
  static List<Param> params(OpSpec s) {
    List<Param> out = new ArrayList<>();
    switch (s.kind()) {
      case UFUNC -> {
        for (int i = 0; i < s.args().size(); i++) {
          out.add(new Param(s.args().get(i).name(), "array", i));
        }
      }
      case REDUCTION -> {
        out.add(new Param(s.args().get(0).name(), "array", 0));
        out.add(new Param("axis", "axis", 1));
        out.add(new Param("keepdims", "bool", 2));
        out.add(new Param("dtype", "dtype", 3));
      }
      case JAVA -> {
        for (int i = 0; i < s.args().size(); i++) {
          Arg a = s.args().get(i);
          out.add(new Param(a.name(), a.type(), i));
        }
      }
    }
    return out;
  }

  static boolean arrayLike(String type) {
    return type.equals("array") || type.equals("ndarray") || type.equals("object") || type.equals("arrays");
  }

  /**
   * Whether calls of this op are recorded at all: not for {@code grad: {}} (constant in every
   * input), not for ufuncs and reductions whose loops never give a float or complex result.
   */
  static boolean records(OpSpec s) {
    if (s.grad() != null && !s.grad().none() && s.grad().rules().isEmpty()) {
      return false;
    }
    if (s.kind() == Kind.JAVA) {
      return params(s).stream().anyMatch(p -> arrayLike(p.type()));
    }
    for (OpSpec.Loop l : s.loops()) {
      String o = l.out();
      if (o.startsWith("f") || o.startsWith("bf") || o.startsWith("c")) {
        return true;
      }
    }
    return false;
  }

  /** Validates every formula of every spec; throws {@link SpecException} at the first problem. */
  public void check() {
    for (OpSpec s : byName.values()) {
      if (s.grad() == null || s.grad().none()) {
        continue;
      }
      List<Param> ps = params(s);
      for (Param p : ps) {
        if (RESERVED.contains(p.name())) {
          throw new SpecException(s.grad().file(), s.grad().line(), "parameter '" + p.name()
              + "' clashes with a gradient-rule variable (" + RESERVED + ")");
        }
      }
      for (Map.Entry<String, OpSpec.Formula> e : s.grad().rules().entrySet()) {
        Param p = ps.stream().filter(x -> x.name().equals(e.getKey())).findFirst().orElse(null);
        if (p == null || !arrayLike(p.type())) {
          throw new SpecException(s.grad().file(), e.getValue().line(), "grad: '" + e.getKey()
              + "' is not an array input of " + s.name() + " (inputs: "
              + ps.stream().filter(x -> arrayLike(x.type())).map(Param::name).toList() + ")");
        }
        check(s, ps, GradFormula.parse(e.getValue().text(), s.grad().file(), e.getValue().line()), e.getValue());
      }
    }
  }

  private void check(OpSpec s, List<Param> ps, Expr e, OpSpec.Formula f) {
    switch (e) {
      case Var v -> {
        if (!v.name().equals("g") && !v.name().equals("result") && !v.name().equals("index")
            && ps.stream().noneMatch(p -> p.name().equals(v.name()))) {
          throw new SpecException(s.grad().file(), f.line(), "grad formula \"" + f.text() + "\": unknown variable '"
              + v.name() + "' (known: g, result, " + ps.stream().map(Param::name).toList() + ")");
        }
      }
      case Literal l -> { }
      case Call c -> {
        int n = c.args().size();
        if (c.helper()) {
          int dot = c.name().lastIndexOf('.');
          if (dot < 0 || !helpers.exists(c.name().substring(0, dot), c.name().substring(dot + 1), n)) {
            throw new SpecException(s.grad().file(), f.line(), "grad formula \"" + f.text() + "\": no public static method "
                + AUTODIFF + "." + c.name() + " taking " + n + " argument(s)");
          }
        } else if (c.name().equals("conj")) {
          if (n != 1) {
            throw new SpecException(s.grad().file(), f.line(), "grad formula \"" + f.text() + "\": conj takes 1 argument");
          }
        } else {
          OpSpec op = byName.get(c.name());
          if (op == null) {
            throw new SpecException(s.grad().file(), f.line(), "grad formula \"" + f.text() + "\": unknown op '"
                + c.name() + "' (ops are the spec'd NumPy names; helpers are Class.method)");
          }
          int[] arity = arity(op);
          if (n < arity[0] || n > arity[1]) {
            throw new SpecException(s.grad().file(), f.line(), "grad formula \"" + f.text() + "\": " + c.name() + " takes "
                + (arity[0] == arity[1] ? arity[0] : arity[0] + " to " + arity[1]) + " argument(s), not " + n);
          }
        }
        for (Expr a : c.args()) {
          check(s, ps, a, f);
        }
      }
    }
  }

  private static int[] arity(OpSpec op) {
    return switch (op.kind()) {
      case UFUNC -> new int[] {op.args().size(), op.args().size()};
      case REDUCTION -> new int[] {1, op.dtypeArg() ? 4 : 3};
      case JAVA -> {
        int req = 0;
        while (req < op.args().size() && !op.args().get(req).optional()) {
          req++;
        }
        yield new int[] {req, op.args().size()};
      }
    };
  }

  // ------------------------------------------------------------------ code generation

  /** The {@code GRAD} field of the op's generated class. */
  FieldSpec gradField(OpSpec s, String opClass) {
    List<Param> ps = params(s);
    CodeBlock.Builder inputs = CodeBlock.builder();
    String status;
    boolean hasRules = s.grad() != null && !s.grad().none();
    for (int i = 0; i < ps.size(); i++) {
      Param p = ps.get(i);
      boolean diff = hasRules ? s.grad().rules().containsKey(p.name()) : arrayLike(p.type());
      String kind = !diff ? "NONE" : p.type().equals("arrays") ? "ARRAYS" : "ARRAY";
      inputs.add(i == 0 ? "$T.$L" : ", $T.$L", GRAD_RULE, kind);
    }
    String where;
    if (s.grad() == null) {
      status = "UNDEFINED";
      where = ApiGenerator.shortFile(s.file()) + ":" + s.line();
    } else {
      status = s.grad().none() ? "NOT_DIFFERENTIABLE" : "DIFFERENTIABLE";
      where = ApiGenerator.shortFile(s.grad().file()) + ":" + s.grad().line();
    }
    CodeBlock init = CodeBlock.of("new $T($S, $S, $T.Status.$L,\nnew byte[] {$L},\n$L)", GRAD_RULE, s.name(), where,
        GRAD_RULE, status, inputs.build(), hasRules ? opClass + "::backward" : "null");
    return FieldSpec.builder(GRAD_RULE, "GRAD", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(s.grad() == null ? "No {@code grad:} in the spec: a gradient through this op raises LookupError.\n"
            : s.grad().none() ? "{@code grad: none}: not differentiable; a gradient through this op raises LookupError.\n"
            : "The gradient rule, run by the tape; see {@link #backward}.\n")
        .initializer(init).build();
  }

  /** The {@code backward} method evaluating the formulas; only for specs with rules. */
  MethodSpec backwardMethod(OpSpec s) {
    List<Param> ps = params(s);
    Map<String, OpSpec.Formula> rules = s.grad().rules();
    MethodSpec.Builder m = MethodSpec.methodBuilder("backward").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ArrayTypeName.of(Object.class))
        .addParameter(ApiGenerator.NDARRAY, "g").addParameter(ArrayTypeName.of(Object.class), "callArgs")
        .addParameter(ApiGenerator.NDARRAY, "result").addParameter(ArrayTypeName.of(TypeName.BOOLEAN), "need");
    CodeBlock.Builder doc = CodeBlock.builder().add("The gradient rule of {@code $L} ($L:$L), per input:\n<ul>\n",
        s.name(), ApiGenerator.shortFile(s.grad().file()), s.grad().line());
    Set<String> used = new LinkedHashSet<>();
    List<CodeBlock> exprs = new ArrayList<>();
    for (Param p : ps) {
      OpSpec.Formula f = rules.get(p.name());
      if (f == null) {
        exprs.add(null);
        continue;
      }
      doc.add("<li>{@code $L}: {@code $L}\n", p.name(), f.text().replace("$", "$$"));
      Expr e = GradFormula.parse(f.text(), s.grad().file(), f.line());
      collectVars(e, used);
      exprs.add(java(e, ps));
    }
    doc.add("</ul>\n");
    m.addJavadoc(doc.build());
    for (Param p : ps) {
      if (used.contains(p.name())) {
        // An `object` parameter that is not differentiated (norm's ord, tensordot's axes) reaches
        // the rule as the caller passed it: it may be a string or a tuple, not an array.
        boolean raw = p.type().equals("object") && !rules.containsKey(p.name());
        m.addStatement("$T $L = $L", raw ? ClassName.OBJECT : localType(p.type()), local(p.name()),
            raw ? CodeBlock.of("callArgs[$L]", p.index()) : unpack(p));
      }
    }
    if (used.contains("index")) {
      // Ops returning several arrays record each output with its number after the parameters.
      m.addStatement("int index = (Integer) callArgs[$L]", ps.size());
    }
    CodeBlock.Builder ret = CodeBlock.builder().add("return new Object[] {");
    for (int i = 0; i < ps.size(); i++) {
      ret.add(i == 0 ? "\n" : ",\n");
      ret.add(exprs.get(i) == null ? CodeBlock.of("null") : CodeBlock.of("need[$L] ? $L : null", i, exprs.get(i)));
    }
    ret.add("}");
    m.addStatement(ret.build());
    return m.build();
  }

  private static void collectVars(Expr e, Set<String> out) {
    switch (e) {
      case Var v -> out.add(v.name());
      case Call c -> c.args().forEach(a -> collectVars(a, out));
      case Literal l -> { }
    }
  }

  static String local(String name) {
    return ApiGenerator.javaParam(new Arg(name, "array", null, 0));
  }

  private static TypeName localType(String type) {
    return switch (type) {
      case "array", "ndarray", "object" -> ApiGenerator.NDARRAY;
      case "arrays" -> ArrayTypeName.of(ApiGenerator.NDARRAY);
      default -> ApiGenerator.paramType(new Arg("x", type, null, 0), false);
    };
  }

  private static CodeBlock unpack(Param p) {
    return switch (p.type()) {
      case "array", "ndarray", "object" -> CodeBlock.of("$T.array(callArgs[$L])", GRAD_RULE, p.index());
      case "arrays" -> CodeBlock.of("$T.arrays(callArgs[$L])", GRAD_RULE, p.index());
      default -> {
        TypeName t = localType(p.type());
        yield CodeBlock.of("($T) callArgs[$L]", t.isPrimitive() ? t.box() : t, p.index());
      }
    };
  }

  private CodeBlock java(Expr e, List<Param> ps) {
    return switch (e) {
      case Var v -> CodeBlock.of("$L", v.name().equals("g") || v.name().equals("result") || v.name().equals("index")
          ? v.name() : local(v.name()));
      case Literal l -> CodeBlock.of("$L", l.java());
      case Call c -> {
        CodeBlock.Builder args = CodeBlock.builder();
        for (int i = 0; i < c.args().size(); i++) {
          args.add(i == 0 ? "$L" : ", $L", java(c.args().get(i), ps));
        }
        if (c.helper()) {
          int dot = c.name().lastIndexOf('.');
          yield CodeBlock.of("$T.$L($L)", ClassName.get(AUTODIFF, c.name().substring(0, dot)),
              c.name().substring(dot + 1), args.build());
        }
        if (c.name().equals("conj")) {
          yield CodeBlock.of("$T.conj($L)", HELPERS, args.build());
        }
        OpSpec op = byName.get(c.name());
        ClassName np = op.namespace().isEmpty() ? ClassName.get(ApiGenerator.PKG, "Np")
            : ClassName.get(ApiGenerator.PKG, "Np", op.namespace().split("\\."));
        yield CodeBlock.of("$T.$L($L)", np, op.javaName(), args.build());
      }
    };
  }
}
