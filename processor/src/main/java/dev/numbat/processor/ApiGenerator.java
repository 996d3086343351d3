package dev.numbat.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.numbat.processor.OpSpec.Arg;
import dev.numbat.processor.OpSpec.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * Turns validated specs (and their resolved kernels) into Java: one class per ufunc/reduction
 * holding its loop table, the {@code Np} facade, the {@code NDArrayMethods} base class and the
 * {@code OpTable} used by the conformance matrix. Only tables and calls are generated; the
 * mechanics live in the hand-written runtime ({@code Ufunc}, {@code Reduction}).
 */
public final class ApiGenerator {
  static final String PKG = "dev.numbat";
  static final String OPS = "dev.numbat.ops";
  static final ClassName NDARRAY = ClassName.get(PKG, "NDArray");
  static final ClassName DTYPE = ClassName.get(PKG, "DType");
  static final ClassName NP_BASE = ClassName.get(PKG, "NpBase");
  static final ClassName UFUNC = ClassName.get("dev.numbat.backend.cpu", "Ufunc");
  static final ClassName REDUCTION = ClassName.get("dev.numbat.backend.cpu", "Reduction");
  static final ClassName HALF = ClassName.get("dev.numbat.backend.cpu", "HalfLoops");
  static final ClassName RULE = ClassName.get("dev.numbat.types", "PromotionRule");
  static final ClassName SCALARS = ClassName.get("dev.numbat.backend.cpu", "Scalars");
  static final ClassName OP = ClassName.get("dev.numbat.core", "Op");
  static final ClassName UFUNC_OP = ClassName.get("dev.numbat.core", "UfuncOp");
  static final ClassName REDUCTION_OP = ClassName.get("dev.numbat.core", "ReductionOp");
  static final ClassName REDUCTION_KEYWORDS = ClassName.get("dev.numbat.impl", "ReductionKeywords");
  static final ClassName DISPATCH = ClassName.get("dev.numbat.core", "Dispatch");
  static final String KERNELS = "dev.numbat.kernels.cpu";
  static final String IMPL = "dev.numbat.impl";
  static final TypeName INT_ARRAY = ArrayTypeName.of(TypeName.INT);
  private static final AnnotationSpec GENERATED = AnnotationSpec.builder(
      ClassName.get("javax.annotation.processing", "Generated"))
      .addMember("value", "$S", "dev.numbat.processor.OpProcessor").build();

  private final List<OpSpec> specs;
  private final Map<String, List<KernelBinding>> kernels;
  private final GradRules grads;

  public ApiGenerator(List<OpSpec> specs, Map<String, List<KernelBinding>> kernels, GradRules grads) {
    this.specs = specs;
    this.kernels = kernels;
    this.grads = grads;
  }

  /** Every file to write: per-op classes, Np, NDArrayMethods, OpTable. */
  public List<JavaFile> files() {
    List<JavaFile> out = new ArrayList<>();
    TypeSpec.Builder npTop = TypeSpec.classBuilder("Np").addAnnotation(GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL).superclass(NP_BASE)
        .addJavadoc("The NumPy API: one static method per op spec in {@code op-specs/}.\n"
            + "<p>Generated from the specs; do not edit. Array arguments typed {@code Object} take\n"
            + "anything {@code asarray} takes; Java numbers are NEP 50 weak scalars.\n");
    npTop.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    TypeSpec.Builder methods = TypeSpec.classBuilder("NDArrayMethods").addAnnotation(GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .addJavadoc("Method forms of the spec'd ops ({@code x.sin()} for {@code Np.sin(x)});\n"
            + "{@link NDArray} extends this class. Generated from the specs; do not edit.\n");
    methods.addMethod(MethodSpec.constructorBuilder().build());
    methods.addMethod(MethodSpec.methodBuilder("self").addModifiers(Modifier.PRIVATE).returns(NDARRAY)
        .addStatement("return ($T) this", NDARRAY).build());
    Map<String, TypeSpec.Builder> namespaces = new java.util.TreeMap<>();
    for (OpSpec s0 : specs) {
      OpSpec s = s0;
      TypeSpec.Builder np = s.namespace().isEmpty() ? npTop : namespaces.computeIfAbsent(s.namespace(),
          ns -> TypeSpec.classBuilder(ns).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("NumPy's {@code numpy.$L}: the ops spec'd as {@code $L.*}.\n", ns, ns)
              .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build()));
      switch (s.kind()) {
        case UFUNC -> {
          out.add(JavaFile.builder(OPS, ufuncClass(s)).skipJavaLangImports(true).build());
          ufuncApi(s, np, methods);
        }
        case REDUCTION -> {
          out.add(JavaFile.builder(OPS, reductionClass(s)).skipJavaLangImports(true).build());
          reductionApi(s, np, methods);
        }
        case JAVA -> {
          out.add(JavaFile.builder(OPS, javaOpClass(s)).skipJavaLangImports(true).build());
          javaApi(s, np, methods);
        }
      }
    }
    namespaces.values().forEach(ns -> npTop.addType(ns.build()));
    out.add(JavaFile.builder(PKG, npTop.build()).skipJavaLangImports(true).build());
    out.add(JavaFile.builder(PKG, methods.build()).skipJavaLangImports(true).build());
    out.add(JavaFile.builder(OPS, opTable()).skipJavaLangImports(true).build());
    return out;
  }

  // ---------------------------------------------------------------- per-op loop tables

  private TypeSpec ufuncClass(OpSpec s) {
    int nin = s.args().size();
    ClassName kernelType = UFUNC.nestedClass(switch (nin) {
      case 1 -> "Unary";
      case 2 -> "Binary";
      default -> "Ternary";
    });
    CodeBlock.Builder table = CodeBlock.builder();
    List<KernelBinding> ks = kernels.get(s.name());
    for (int i = 0; i < ks.size(); i++) {
      KernelBinding k = ks.get(i);
      CodeBlock lambda = kernelLambda(k, nin, false);
      table.add(i == 0 ? "\n" : ",\n");
      if (k.viaFloat32()) {
        table.add("$T.$L($T.$L, $T.$L, $L)", HALF, nin == 1 ? "unary" : nin == 2 ? "binary" : "ternary",
            DTYPE, DTypeNames.constant(k.loop().in()), DTYPE, DTypeNames.constant(k.loop().out()), lambda);
      } else {
        table.add("($T) $L", kernelType, lambda);
      }
    }
    TypeSpec.Builder c = withGrad(s, opClass(s, UFUNC, "ufunc", table.build(), nin));
    c.addField(opField(s, UFUNC_OP, CodeBlock.of("new $T(DEF, $S, $L, $L, $L)", UFUNC_OP, where(s),
        GradRules.records(s) ? "GRAD" : "null", literal(s.batch()), literal(s.gpuKernel()))));
    MethodSpec.Builder call = MethodSpec.methodBuilder("call").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(NDARRAY);
    List<String> params = s.args().stream().map(Arg::name).toList();
    for (String p : params) {
      call.addParameter(Object.class, p);
    }
    call.addStatement("return $T.bind$L(OP, $L)", DISPATCH, nin, String.join(", ", params));
    return c.addMethod(call.build()).build();
  }

  private TypeSpec reductionClass(OpSpec s) {
    CodeBlock.Builder table = CodeBlock.builder();
    List<KernelBinding> ks = kernels.get(s.name());
    for (int i = 0; i < ks.size(); i++) {
      KernelBinding k = ks.get(i);
      CodeBlock lambda = kernelLambda(k, 1, true);
      table.add(i == 0 ? "\n" : ",\n");
      if (k.viaFloat32()) {
        table.add("$T.reduction($T.$L, $T.$L, $L)", HALF, DTYPE, DTypeNames.constant(k.loop().in()),
            DTYPE, DTypeNames.constant(k.loop().out()), lambda);
      } else {
        table.add("($T) $L", REDUCTION.nestedClass("Kernel"), lambda);
      }
    }
    MethodSpec.Builder call = MethodSpec.methodBuilder("call")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(NDARRAY)
        .addParameter(Object.class, "x").addParameter(INT_ARRAY, "axis")
        .addParameter(TypeName.BOOLEAN, "keepdims").addParameter(DTYPE, "dtype");
    call.addStatement("return $T.bindReduction(OP, x, axis, keepdims, dtype)", DISPATCH);
    TypeSpec.Builder c = withGrad(s, opClass(s, REDUCTION, "reduction", table.build(), 1));
    c.addField(opField(s, REDUCTION_OP, CodeBlock.of("new $T(DEF, $S, $L, $L, $L)", REDUCTION_OP, where(s),
        GradRules.records(s) ? "GRAD" : "null", literal(s.batch()), literal(s.gpuKernel()))));
    return c.addMethod(call.build()).build();
  }

  private TypeSpec.Builder opClass(OpSpec s, ClassName runner, String family, CodeBlock table, int nin) {
    CodeBlock.Builder ins = CodeBlock.builder();
    CodeBlock.Builder outs = CodeBlock.builder();
    List<KernelBinding> ks = kernels.get(s.name());
    for (int i = 0; i < ks.size(); i++) {
      ins.add(i == 0 ? "$T.$L" : ", $T.$L", DTYPE, DTypeNames.constant(ks.get(i).loop().in()));
      outs.add(i == 0 ? "$T.$L" : ", $T.$L", DTYPE, DTypeNames.constant(ks.get(i).loop().out()));
    }
    CodeBlock.Builder init = CodeBlock.builder().add("new $T($S, $L, $T.$L,\n", runner.nestedClass("Def"),
        s.name(), nin, RULE, s.promotion().name());
    init.add("new $T[] {$L},\nnew $T[] {$L},\nnew Object[] {$L}", DTYPE, ins.build(), DTYPE, outs.build(), table);
    if (s.kind() == Kind.REDUCTION) {
      init.add(",\n$S, $L, $L", s.identity(), s.dtypeArg(), s.combinesPartials());
    } else if (s.boolError() != null) {
      init.add(",\n$S", s.boolError());
    }
    init.add(")");
    return TypeSpec.classBuilder(s.className()).addAnnotation(GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Loop table and entry point of the $L {@code $L} ($L:$L).\n", family, s.name(),
            shortFile(s.file()), s.line())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addField(FieldSpec.builder(runner.nestedClass("Def"), "DEF", Modifier.PUBLIC, Modifier.STATIC,
            Modifier.FINAL).initializer(init.build()).build());
  }

  /** The op's {@code OP} field: its {@code dev.numbat.core.Op}, the value every entry point hands to Dispatch. */
  private static FieldSpec opField(OpSpec s, ClassName type, CodeBlock init) {
    return FieldSpec.builder(type, "OP", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The $L {@code $L} as transformations see it; its entry points pass it to {@link $T}.\n",
            s.role().name().toLowerCase(java.util.Locale.ROOT), s.name(), DISPATCH)
        .initializer(init).build();
  }

  private static String where(OpSpec s) {
    return shortFile(s.file()) + ":" + s.line();
  }

  private static String literal(String v) {
    return v == null ? "null" : "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Adds the GRAD field (and the backward rule when the spec has formulas) to an op class. */
  private TypeSpec.Builder withGrad(OpSpec s, TypeSpec.Builder c) {
    if (!GradRules.records(s)) {
      return c;
    }
    c.addField(grads.gradField(s, s.className()));
    if (s.grad() != null && !s.grad().none()) {
      c.addMethod(grads.backwardMethod(s));
    }
    return c;
  }

  /**
   * Whether the tape records this java op's calls (with its {@code GRAD}): it has array inputs, is
   * not constant ({@code grad: {}}), and returns an array or several.
   */
  private boolean wrapped(OpSpec s) {
    return s.kind() == Kind.JAVA && GradRules.records(s)
        && (implReturn(s).equals(NDARRAY) || severalOutputs(s));
  }

  /**
   * A java op with a rule whose implementation returns several arrays ({@code NDArray[]}), an
   * {@code Object[]} holding arrays among other results (lstsq), or {@code Object} that is one
   * array or several depending on its arguments (qr's mode, svd's compute_uv): each array output
   * is recorded as its own call, its number appended to the arguments (the rule's {@code index}).
   */
  private boolean severalOutputs(OpSpec s) {
    TypeName r = implReturn(s);
    return (r.equals(ArrayTypeName.of(NDARRAY)) || r.equals(ArrayTypeName.of(Object.class)) || r.equals(ClassName.OBJECT))
        && s.grad() != null && !s.grad().none() && !s.grad().rules().isEmpty();
  }

  /**
   * The class of a hand-written op: its {@code OP} (role, family, the implementation as
   * {@code impl}), its {@code GRAD} when the tape records it, and {@code call}, the entry point
   * that hands every call to Dispatch. A java op without a {@code grad:} key is differentiated
   * through the ops its implementation calls ({@code Op.differentiateThrough}).
   */
  private TypeSpec javaOpClass(OpSpec s) {
    String implClass = s.impl().substring(0, s.impl().lastIndexOf('.'));
    int pkg = implClass.lastIndexOf('.');
    ClassName impl = pkg < 0 ? ClassName.get(IMPL, implClass)
        : ClassName.get(IMPL + "." + implClass.substring(0, pkg), implClass.substring(pkg + 1));
    String implMethod = s.impl().substring(s.impl().lastIndexOf('.') + 1);
    TypeName ret = implReturn(s);
    MethodSpec.Builder call = MethodSpec.methodBuilder("call").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ret);
    CodeBlock.Builder unpacked = CodeBlock.builder();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < s.args().size(); i++) {
      Arg a = s.args().get(i);
      TypeName t = paramType(a, false);
      call.addParameter(t, javaParam(a));
      names.add(javaParam(a));
      unpacked.add(i == 0 ? "" : ", ");
      if (t.equals(ClassName.OBJECT)) {
        unpacked.add("a[$L]", i);
      } else {
        unpacked.add("($T) a[$L]", t.isPrimitive() ? t.box() : t, i);
      }
    }
    MethodSpec.Builder implM = MethodSpec.methodBuilder("impl").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(Object.class).addParameter(ArrayTypeName.of(Object.class), "a");
    if (ret.equals(TypeName.VOID)) {
      implM.addStatement("$T.$L($L)", impl, implMethod, unpacked.build()).addStatement("return null");
    } else {
      implM.addStatement("return $T.$L($L)", impl, implMethod, unpacked.build());
    }
    boolean recorded = wrapped(s);
    TypeSpec anon = TypeSpec.anonymousClassBuilder("$S, $T.Role.$L, $L, $S, $L, $L, $L, $L, $L, $L", s.name(), OP,
        s.role().name(), literal(s.family() != null ? s.family() : s.role() == OpSpec.Role.COMPOSITE ? "composite" : "other"),
        where(s), recorded ? "GRAD" : "null", s.grad() == null && GradRules.records(s), recorded && severalOutputs(s),
        literal(s.batch()), literal(s.gpuKernel()), literal(s.opaqueReason()))
        .superclass(OP).addMethod(implM.build()).build();
    String args = names.isEmpty() ? "new Object[0]" : "new Object[] {" + String.join(", ", names) + "}";
    // No interpreter on this thread: the implementation at once, without boxing or an argument array.
    call.beginControlFlow("if ($T.eager())", DISPATCH);
    if (ret.equals(TypeName.VOID)) {
      call.addStatement("$T.$L($L)", impl, implMethod, String.join(", ", names)).addStatement("return");
    } else {
      call.addStatement("return $T.$L($L)", impl, implMethod, String.join(", ", names));
    }
    call.endControlFlow();
    if (ret.equals(TypeName.VOID)) {
      call.addStatement("$T.bind(OP, $L)", DISPATCH, args);
    } else if (ret.equals(ClassName.OBJECT)) {
      call.addStatement("return $T.bind(OP, $L)", DISPATCH, args);
    } else {
      call.addStatement("return ($T) $T.bind(OP, $L)", ret.isPrimitive() ? ret.box() : ret, DISPATCH, args);
    }
    TypeSpec.Builder c = TypeSpec.classBuilder(s.className()).addAnnotation(GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The $L op {@code $L} ($L:$L): its definition and entry point; implementation {@code $L}.\n",
            s.role().name().toLowerCase(java.util.Locale.ROOT), s.name(), shortFile(s.file()), s.line(), s.impl())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (recorded) {
      withGrad(s, c);
    }
    c.addField(FieldSpec.builder(OP, "OP", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The $L {@code $L} as transformations see it; {@link #call} passes it to {@link $T}.\n",
            s.role().name().toLowerCase(java.util.Locale.ROOT), s.name(), DISPATCH)
        .initializer("$L", anon).build());
    return c.addMethod(call.build()).build();
  }

  /** {@code (n, x, xo, xs, o, oo, os) -> K.m_sfx(n, (float[]) x, xo, xs, (float[]) o, oo, os)}. */
  private CodeBlock kernelLambda(KernelBinding k, int nin, boolean reduction) {
    String inStore = DTypeNames.STORAGE.get(k.suffix().startsWith("x") ? k.loop().in() : k.suffix()) + "[]";
    String outDt = k.loop().out();
    if (k.viaFloat32() && (outDt.equals("f16") || outDt.equals("bf16"))) {
      outDt = "f32";
    }
    String outStore = DTypeNames.STORAGE.get(outDt) + "[]";
    StringJoiner params = new StringJoiner(", ", "(", ")");
    StringJoiner args = new StringJoiner(", ");
    params.add("n");
    args.add("n");
    for (int i = 0; i < nin; i++) {
      String v = "i" + i;
      params.add(v).add(v + "o").add(v + "s");
      args.add("(" + inStore + ") " + v).add(v + "o").add(v + "s");
    }
    params.add("o").add("oo");
    args.add("(" + outStore + ") o").add("oo");
    if (!reduction) {
      params.add("os");
      args.add("os");
    }
    return CodeBlock.of("$L -> $T.$L($L)", params, ClassName.get(KERNELS, k.className()),
        k.method() + "_" + k.suffix(), args);
  }

  // ---------------------------------------------------------------- facade methods

  private void ufuncApi(OpSpec s, TypeSpec.Builder np, TypeSpec.Builder methods) {
    ClassName op = ClassName.get(OPS, s.className());
    List<String> names = s.args().stream().map(Arg::name).toList();
    String call = String.join(", ", names);
    MethodSpec.Builder m = staticMethod(s, s.javaName());
    for (String n : names) {
      m.addParameter(Object.class, n);
    }
    np.addMethod(m.addStatement("return $T.call($L)", op, call).build());
    if (names.size() == 2) {
      // Primitive overloads so that x + 1 does not box; Java numbers are weak scalars.
      for (TypeName prim : List.of(TypeName.DOUBLE, TypeName.LONG)) {
        np.addMethod(staticMethod(s, s.javaName()).addParameter(NDARRAY, names.get(0))
            .addParameter(prim, names.get(1))
            .addStatement("return $T.call($L, $T.weak($L))", op, names.get(0), SCALARS, names.get(1)).build());
        np.addMethod(staticMethod(s, s.javaName()).addParameter(prim, names.get(0))
            .addParameter(NDARRAY, names.get(1))
            .addStatement("return $T.call($T.weak($L), $L)", op, SCALARS, names.get(0), names.get(1)).build());
      }
    }
    for (String name : s.methods()) {
      List<String> rest = names.subList(1, names.size());
      MethodSpec.Builder mm = instanceMethod(s, name);
      for (String n : rest) {
        mm.addParameter(Object.class, n);
      }
      String args = rest.isEmpty() ? "self()" : "self(), " + String.join(", ", rest);
      methods.addMethod(mm.addStatement("return $T.call($L)", op, args).build());
      if (rest.size() == 1) {
        for (TypeName prim : List.of(TypeName.DOUBLE, TypeName.LONG)) {
          methods.addMethod(instanceMethod(s, name).addParameter(prim, rest.get(0))
              .addStatement("return $T.call(self(), $T.weak($L))", op, SCALARS, rest.get(0)).build());
        }
      }
    }
  }

  private void reductionApi(OpSpec s, TypeSpec.Builder np, TypeSpec.Builder methods) {
    ClassName op = ClassName.get(OPS, s.className());
    String x = s.args().get(0).name();
    List<List<ParameterSpec>> shapes = new ArrayList<>();
    ParameterSpec pAxis = ParameterSpec.builder(INT_ARRAY, "axis").build();
    ParameterSpec pAxisInt = ParameterSpec.builder(TypeName.INT, "axis").build();
    ParameterSpec pKeep = ParameterSpec.builder(TypeName.BOOLEAN, "keepdims").build();
    ParameterSpec pDtype = ParameterSpec.builder(DTYPE, "dtype").build();
    shapes.add(List.of());
    shapes.add(List.of(pAxisInt));
    shapes.add(List.of(pAxis));
    shapes.add(List.of(pAxisInt, pKeep));
    shapes.add(List.of(pAxis, pKeep));
    if (s.dtypeArg()) {
      shapes.add(List.of(pAxis, pKeep, pDtype));
      shapes.add(List.of(pDtype));
    }
    if (!s.keywords().isEmpty()) {
      // NumPy's initial= and where=: one overload with every keyword, composed from public ops
      MethodSpec.Builder m = staticMethod(s, s.javaName()).addParameter(Object.class, x).addParameter(pAxis).addParameter(pKeep);
      if (s.dtypeArg()) {
        m.addParameter(pDtype);
      }
      for (String k : s.keywords()) {
        m.addParameter(Object.class, k);
      }
      m.addStatement("return $T.reduce($S, $L, axis, keepdims, $L, $L, $L)", REDUCTION_KEYWORDS, s.name(), x,
          s.dtypeArg() ? "dtype" : "null", s.keywords().contains("initial") ? "initial" : "null",
          s.keywords().contains("where") ? "where" : "null");
      np.addMethod(m.build());
    }
    for (List<ParameterSpec> ps : shapes) {
      String axis = ps.contains(pAxisInt) ? "new int[] {axis}" : ps.contains(pAxis) ? "axis" : "null";
      String keep = ps.contains(pKeep) ? "keepdims" : "false";
      String dt = ps.contains(pDtype) ? "dtype" : "null";
      np.addMethod(staticMethod(s, s.javaName()).addParameter(Object.class, x).addParameters(ps)
          .addStatement("return $T.call($L, $L, $L, $L)", op, x, axis, keep, dt).build());
      for (String name : s.methods()) {
        methods.addMethod(instanceMethod(s, name).addParameters(ps)
            .addStatement("return $T.call(self(), $L, $L, $L)", op, axis, keep, dt).build());
      }
    }
  }

  private void javaApi(OpSpec s, TypeSpec.Builder np, TypeSpec.Builder methods) {
    ClassName impl = ClassName.get(OPS, s.className());
    String implMethod = "call";
    Set<String> seenStatic = new HashSet<>();
    Set<String> seenInstance = new HashSet<>();
    List<Arg> args = s.args();
    int required = 0;
    while (required < args.size() && !args.get(required).optional()) {
      required++;
    }
    for (int k = required; k <= args.size(); k++) {
      for (boolean intAxis : new boolean[] {false, true}) {
        List<Arg> used = args.subList(0, k);
        if (intAxis && used.stream().noneMatch(a -> a.type().equals("axis"))) {
          continue;
        }
        List<String> callArgs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
          Arg a = args.get(i);
          if (i < k) {
            callArgs.add(intAxis && a.type().equals("axis") ? "new int[] {" + javaParam(a) + "}" : javaParam(a));
          } else {
            callArgs.add(defaultLiteral(a));
          }
        }
        String callText = String.join(", ", callArgs);
        MethodSpec.Builder m = staticMethod(s, s.javaName()).returns(implReturn(s));
        for (Arg a : used) {
          m.addParameter(paramType(a, intAxis), javaParam(a));
        }
        String lastType = used.isEmpty() ? "" : used.get(used.size() - 1).type();
        boolean varargs = lastType.equals("shape") || lastType.equals("arrays");
        if (varargs) {
          m.varargs();
        }
        if (seenStatic.add(signature(used, intAxis))) {
          np.addMethod(returnCall(m, s, CodeBlock.of("$T.$L($L)", impl, implMethod, callText)).build());
        }
        if (!s.methods().isEmpty() && !used.isEmpty()
            && (used.get(0).type().equals("array") || used.get(0).type().equals("ndarray"))) {
          List<Arg> rest = used.subList(1, used.size());
          if (seenInstance.add(signature(rest, intAxis))) {
            String selfCall = callText.replaceFirst("^" + java.util.regex.Pattern.quote(javaParam(used.get(0))) + "\\b",
                "self()");
            for (String name : s.methods()) {
              MethodSpec.Builder mm = instanceMethod(s, name).returns(implReturn(s));
              for (Arg a : rest) {
                mm.addParameter(paramType(a, intAxis), javaParam(a));
              }
              if (varargs && !rest.isEmpty()) {
                mm.varargs();
              }
              methods.addMethod(returnCall(mm, s, CodeBlock.of("$T.$L($L)", impl, implMethod, selfCall)).build());
            }
          }
        }
      }
    }
  }

  private static final java.util.Set<String> KEYWORDS = java.util.Set.of("new", "class", "default",
      "int", "long", "double", "boolean", "char", "package", "import", "return", "switch", "case",
      "for", "while", "do", "if", "else", "this", "super", "static", "final", "try", "catch");

  /** The Java parameter name: NumPy's snake_case name in lowerCamelCase, never a keyword. */
  static String javaParam(Arg a) {
    String c = OpSpec.camel(a.name());
    return KEYWORDS.contains(c) ? c + "_" : c;
  }

  private static MethodSpec.Builder returnCall(MethodSpec.Builder m, OpSpec s, CodeBlock call) {
    return m.addStatement("return $L", call);
  }

  /** Java ops may return something other than an array; the processor records it from the impl. */
  private final Map<String, TypeName> returnTypes = new java.util.HashMap<>();

  public void setReturnType(String op, TypeName t) { returnTypes.put(op, t); }

  private TypeName implReturn(OpSpec s) { return returnTypes.getOrDefault(s.name(), NDARRAY); }

  private static String signature(List<Arg> args, boolean intAxis) {
    StringJoiner j = new StringJoiner(",");
    for (Arg a : args) {
      j.add(paramType(a, intAxis).toString());
    }
    return j.toString();
  }

  static TypeName paramType(Arg a, boolean intAxis) {
    return switch (a.type()) {
      case "array", "object" -> ClassName.OBJECT;
      case "ndarray" -> NDARRAY;
      case "arrays" -> ArrayTypeName.of(ClassName.OBJECT);
      case "int" -> TypeName.INT;
      case "long" -> TypeName.LONG;
      case "double" -> TypeName.DOUBLE;
      case "bool" -> TypeName.BOOLEAN;
      case "dtype" -> DTYPE;
      case "shape" -> INT_ARRAY;
      case "axis" -> intAxis ? TypeName.INT : INT_ARRAY;
      case "int?" -> ClassName.get(Integer.class);
      case "double?" -> ClassName.get(Double.class);
      case "string" -> ClassName.get(String.class);
      default -> throw new IllegalStateException(a.type());
    };
  }

  static String defaultLiteral(Arg a) {
    String d = a.defaultValue();
    if (d.equals("None")) {
      return switch (a.type()) {
        case "int", "long", "double", "bool" -> throw new IllegalStateException(a.name() + " cannot be None");
        case "shape", "axis" -> "(int[]) null";
        case "dtype" -> "(dev.numbat.DType) null";
        case "arrays" -> "(Object[]) null";
        case "int?" -> "(Integer) null";
        case "double?" -> "(Double) null";
        case "string" -> "(String) null";
        default -> "(Object) null";
      };
    }
    return switch (a.type()) {
      case "dtype" -> "dev.numbat.DType." + d.toUpperCase(java.util.Locale.ROOT);
      case "string" -> d.startsWith("\"") ? d : "\"" + d.replace("'", "") + "\"";
      case "double", "double?" -> d.matches("-?\\d+") ? d + ".0" : d.equals("inf") ? "Double.POSITIVE_INFINITY" : d;
      case "bool" -> d.toLowerCase(java.util.Locale.ROOT);
      case "shape", "axis" -> "new int[] {" + d.replaceAll("[()\\[\\]]", "") + "}";
      case "array", "object" -> d.equals("true") || d.equals("false") ? "Boolean." + d.toUpperCase(java.util.Locale.ROOT)
          : d.matches("-?\\d+") ? "Long.valueOf(" + d + "L)" : d.matches("-?[0-9.eE+-]+") ? "Double.valueOf(" + d + ")" : d;
      case "int?" -> "Integer.valueOf(" + d + ")";
      default -> d;
    };
  }

  private MethodSpec.Builder staticMethod(OpSpec s, String name) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(NDARRAY).addJavadoc(javadoc(s, true));
  }

  private MethodSpec.Builder instanceMethod(OpSpec s, String name) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .returns(NDARRAY).addJavadoc(javadoc(s, false));
  }

  private CodeBlock javadoc(OpSpec s, boolean isStatic) {
    CodeBlock.Builder b = CodeBlock.builder();
    b.add("$L\n", escape(s.doc().summary()));
    b.add("<p>NumPy: <a href=\"$L\">{@code $L}</a>", s.doc().url(), s.doc().numpy());
    if (!isStatic) {
      b.add(" (method form of {@link Np$L#$L})", s.namespace().isEmpty() ? "" : "." + s.namespace(), s.javaName());
    }
    b.add(".\n");
    if (!s.loops().isEmpty()) {
      Set<String> dts = new LinkedHashSet<>();
      for (OpSpec.Loop l : s.loops()) {
        dts.add(DTypeNames.NUMPY.get(l.in()) + (l.in().equals(l.out()) ? "" : " -> " + DTypeNames.NUMPY.get(l.out())));
      }
      b.add("<p>Loops, in resolution order: $L.\n", escape(String.join(", ", dts)));
      if (s.promotion() != OpSpec.Promotion.COMMON) {
        b.add("Promotion: $L.\n", s.promotion().name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (s.kind() == Kind.REDUCTION) {
      b.add("<p>{@code axis}: {@code null} reduces over all axes; negative axes count from the end.\n");
    }
    if (s.doc().notes() != null) {
      b.add("<p>Differences from NumPy: $L\n", escape(s.doc().notes()));
    }
    b.add("<p>Spec: {@code $L:$L}.\n", shortFile(s.file()), s.line());
    return b.build();
  }

  private static String escape(String s) {
    return s.replace("$", "$$").replace("*/", "*&#47;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String shortFile(String f) {
    int i = f.indexOf("op-specs");
    return i >= 0 ? f.substring(i) : f;
  }

  // ---------------------------------------------------------------- OpTable

  private TypeSpec opTable() {
    MethodSpec.Builder invoke = MethodSpec.methodBuilder("invoke")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(Object.class)
        .addParameter(String.class, "op").addParameter(ArrayTypeName.of(Object.class), "a").varargs()
        .addJavadoc("Calls op {@code op} with every parameter given in spec order (boxed; null for None).\n"
            + "For the conformance matrix and tools; application code calls {@link dev.numbat.Np}.\n")
        .beginControlFlow("return switch (op)");
    CodeBlock.Builder sigs = CodeBlock.builder().add("$T.ofEntries(", Map.class);
    CodeBlock.Builder ops = CodeBlock.builder().add("$T.of(", List.class);
    boolean first = true;
    for (OpSpec s : specs) {
      List<String> sig = new ArrayList<>();
      String call;
      switch (s.kind()) {
        case UFUNC -> {
          StringJoiner j = new StringJoiner(", ");
          for (int i = 0; i < s.args().size(); i++) {
            j.add("a[" + i + "]");
            sig.add(s.args().get(i).name() + ": array");
          }
          call = OPS + "." + s.className() + ".call(" + j + ")";
        }
        case REDUCTION -> {
          sig.add(s.args().get(0).name() + ": array");
          sig.add("axis: axis = None");
          sig.add("keepdims: bool = false");
          sig.add("dtype: dtype = None");
          call = OPS + "." + s.className() + ".call(a[0], (int[]) a[1], (Boolean) a[2], (dev.numbat.DType) a[3])";
          if (!s.keywords().isEmpty()) {
            List<String> given = new ArrayList<>();
            String[] kw = {"null", "null"};
            for (int i = 0; i < s.keywords().size(); i++) {
              String k = s.keywords().get(i);
              sig.add(k + ": object = None");
              kw[k.equals("initial") ? 0 : 1] = "a[" + (4 + i) + "]";
              given.add("a[" + (4 + i) + "] != null");
            }
            call = "a.length > 4 && (" + String.join(" || ", given) + ") ? (Object) " + REDUCTION_KEYWORDS + ".reduce(\"" + s.name()
                + "\", a[0], (int[]) a[1], (Boolean) a[2], (dev.numbat.DType) a[3], " + kw[0] + ", " + kw[1] + ") : " + call;
          }
        }
        default -> {
          StringJoiner j = new StringJoiner(", ");
          for (int i = 0; i < s.args().size(); i++) {
            Arg arg = s.args().get(i);
            sig.add(arg.name() + ": " + arg.type() + (arg.optional() ? " = " + arg.defaultValue() : ""));
            TypeName t = paramType(arg, false);
            j.add(t.isPrimitive() ? "(" + t.box() + ") a[" + i + "]" : "(" + t + ") a[" + i + "]");
          }
          call = OPS + "." + s.className() + ".call(" + j + ")";
        }
      }
      invoke.addCode("case $S -> $L;\n", s.name(), call);
      StringJoiner sj = new StringJoiner(", ");
      for (String x : sig) {
        sj.add("\"" + x + "\"");
      }
      sigs.add(first ? "\n" : ",\n").add("$T.entry($S, $T.of($L))", Map.class, s.name(), List.class, sj.toString());
      ops.add(first ? "\n" : ",\n").add("$T.OP", ClassName.get(OPS, s.className()));
      first = false;
    }
    invoke.addCode("default -> throw new IllegalArgumentException($S + op);\n", "no op spec named ");
    invoke.endControlFlow("");
    sigs.add(")");
    ops.add(")");
    return TypeSpec.classBuilder("OpTable").addAnnotation(GENERATED).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Every spec'd op by NumPy name: its parameters and a by-name call.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addField(FieldSpec.builder(com.palantir.javapoet.ParameterizedTypeName.get(
                ClassName.get(Map.class), ClassName.get(String.class),
                com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class))),
            "PARAMS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("op -> its parameters as {@code name: type = default}, in call order.\n")
            .initializer(sigs.build()).build())
        .addField(FieldSpec.builder(com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(List.class), OP),
            "OPS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Every spec'd op's definition, in spec order (the conformance report's op list).\n")
            .initializer(ops.build()).build())
        .addMethod(invoke.build())
        .build();
  }
}
