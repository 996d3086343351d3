package dev.numbat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.numbat.errors.TypeError;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link DType#of(String)} reads every string as NumPy 2.4's {@code np.dtype(str)} does.
 *
 * <p>{@link #NUMPY} was produced by NumPy 2.4.6 (64-bit Linux, little-endian) with this snippet;
 * each row is {string, outcome}: "=name" NumPy's native dtype, "&gt;name" a non-native
 * (byte-swapped) dtype, "!Type: message" the exception NumPy raised.
 *
 * <pre>{@code
 * # Prints, for each candidate string s, what NumPy does with np.dtype(s), as Java rows
 * # {s, outcome}: "=name" (NumPy's native dtype name), ">name" (a non-native, byte-swapped dtype),
 * # "!Type: message" (the exception).
 * import numpy as np, string, warnings
 * warnings.simplefilter("ignore")
 * C = []
 * def add(s):
 *     if s not in C: C.append(s)
 * for s in ("float32 f4 f8 <f8 >f8 =f4 |b1 b1 ? bool bool_ int_ intc uintc intp uintp uint int long "
 *           "ulong longlong ulonglong short ushort byte ubyte half single double float complex csingle "
 *           "cdouble float16 float64 complex64 complex128 int8 int16 int32 int64 uint8 uint16 uint32 "
 *           "uint64 bfloat16 bf16 BFLOAT16 longdouble clongdouble float128 complex256 float96 object "
 *           "object_ str str_ unicode bytes bytes_ void datetime64 timedelta64 M8 m8 M8[ns] <M8[ns] "
 *           "datetime64[ns] m8[s] timedelta64[D] a a1 S1 U1 V8 S0 U0 V0 T c O4 O8 O16 float_ complex_ "
 *           "int0 uint0 bool8 object0 str0 bytes0 void0 cfloat longfloat clongfloat singlecomplex "
 *           "longcomplex string_ unicode_ Float32 Bool BOOL Int8 INT8 Uint8 UInt8 Float64 Complex64 "
 *           "Half Single Double F8 I4 B1 F4 I8 Q8 L8 f1 i16 u16 c4 b2 ?1 e2 d8 h2 float8 int128 uint128 "
 *           "<int32 >int32 =int32 |int32 <float32 =float64 >float64 |float64 |bool <bool <float < > = | "
 *           "<< <<f4 <>f4 ><f4 =<f4 |<f4 ||b1 f4, i4,i4 (f4) [f4] 1f4 2f4 f4[2] (2,)f4 0f4 1i4 <2f4 "
 *           "f4f4 np.float32 numpy.float32 float32_ float32x int32_t fp32 f04 f+4 f-4 f-0 f0 i0 f4294967300").split():
 *     add(s)
 * for s in ['', ' ', ' float32', 'float32 ', ' f4 ', '\tf4', 'f4\n', 'f 4', 'f 04', 'i\t8', 'f 4 ',
 *           'uint8 ', "it's", 'f"4', 'f\\4', '\x7f', '\u00e9', 'i 8', 'c 8', 'u\n4']:
 *     add(s)
 * for k in list(np.sctypeDict):
 *     if isinstance(k, str): add(k)
 * for n in range(32): add(chr(n))
 * for c in string.ascii_letters + '?': add(c)
 * for p in '<>=|':
 *     for c in '?bBhHiIlLqQpPnNefdgFDGOSUVMmac\t':
 *         add(p + c)
 *     for c in 'b1 i1 i2 i4 i8 u1 u2 u4 u8 f2 f4 f8 f16 c8 c16 c32 S4 U2 V8 float32 bool'.split():
 *         add(p + c)
 * for k in 'biufcOSUVaeBdMm':
 *     for sz in ['0', '1', '2', '3', '4', '8', '12', '16', '32']:
 *         add(k + sz)
 * def jstr(s):
 *     out = []
 *     for ch in s:
 *         o = ord(ch)
 *         if ch == '\\': out.append('\\\\')
 *         elif ch == '"': out.append('\\"')
 *         elif ch == '\n': out.append('\\n')
 *         elif ch == '\t': out.append('\\t')
 *         elif o < 0x20 or o == 0x7f: out.append('\\%03o' % o)
 *         elif o > 0x7e: out.append('\\u%04x' % o)
 *         else: out.append(ch)
 *     return '"' + ''.join(out) + '"'
 * for s in C:
 *     try:
 *         d = np.dtype(s)
 *         r = ('=' if d.isnative else '>') + d.name
 *     except Exception as e:
 *         r = '!' + type(e).__name__ + ': ' + str(e)
 *     print('      {%s, %s},' % (jstr(s), jstr(r)))
 * }</pre>
 *
 * Numbat's reading of a row: a native dtype among Numbat's 15 is that dtype; another NumPy dtype
 * (float128, str, object, datetime64, structured void, ...) is a TypeError saying Numbat has no
 * such dtype and naming NumPy's; a non-native one is a TypeError naming the byte order; a NumPy
 * error is a TypeError with NumPy's message (for comma strings, which NumPy parses as structured
 * dtypes, only the TypeError). Numbat's own extension: "bfloat16" (NumPy without ml_dtypes does
 * not know it).
 */
class DTypeParseTest {
  private static final Map<String, DType> EXTENSIONS = Map.of("bfloat16", DType.BFLOAT16);

  static final String[][] NUMPY = {
      {"float32", "=float32"},
      {"f4", "=float32"},
      {"f8", "=float64"},
      {"<f8", "=float64"},
      {">f8", ">float64"},
      {"=f4", "=float32"},
      {"|b1", "=bool"},
      {"b1", "=bool"},
      {"?", "=bool"},
      {"bool", "=bool"},
      {"bool_", "=bool"},
      {"int_", "=int64"},
      {"intc", "=int32"},
      {"uintc", "=uint32"},
      {"intp", "=int64"},
      {"uintp", "=uint64"},
      {"uint", "=uint64"},
      {"int", "=int64"},
      {"long", "=int64"},
      {"ulong", "=uint64"},
      {"longlong", "=int64"},
      {"ulonglong", "=uint64"},
      {"short", "=int16"},
      {"ushort", "=uint16"},
      {"byte", "=int8"},
      {"ubyte", "=uint8"},
      {"half", "=float16"},
      {"single", "=float32"},
      {"double", "=float64"},
      {"float", "=float64"},
      {"complex", "=complex128"},
      {"csingle", "=complex64"},
      {"cdouble", "=complex128"},
      {"float16", "=float16"},
      {"float64", "=float64"},
      {"complex64", "=complex64"},
      {"complex128", "=complex128"},
      {"int8", "=int8"},
      {"int16", "=int16"},
      {"int32", "=int32"},
      {"int64", "=int64"},
      {"uint8", "=uint8"},
      {"uint16", "=uint16"},
      {"uint32", "=uint32"},
      {"uint64", "=uint64"},
      {"bfloat16", "!TypeError: data type 'bfloat16' not understood"},
      {"bf16", "!TypeError: data type 'bf16' not understood"},
      {"BFLOAT16", "!TypeError: data type 'BFLOAT16' not understood"},
      {"longdouble", "=float128"},
      {"clongdouble", "=complex256"},
      {"float128", "=float128"},
      {"complex256", "=complex256"},
      {"float96", "!TypeError: data type 'float96' not understood"},
      {"object", "=object"},
      {"object_", "=object"},
      {"str", "=str"},
      {"str_", "=str"},
      {"unicode", "=str"},
      {"bytes", "=bytes"},
      {"bytes_", "=bytes"},
      {"void", "=void"},
      {"datetime64", "=datetime64"},
      {"timedelta64", "=timedelta64"},
      {"M8", "=datetime64"},
      {"m8", "=timedelta64"},
      {"M8[ns]", "=datetime64[ns]"},
      {"<M8[ns]", "=datetime64[ns]"},
      {"datetime64[ns]", "=datetime64[ns]"},
      {"m8[s]", "=timedelta64[s]"},
      {"timedelta64[D]", "=timedelta64[D]"},
      {"a", "=bytes"},
      {"a1", "=bytes8"},
      {"S1", "=bytes8"},
      {"U1", "=str32"},
      {"V8", "=void64"},
      {"S0", "=bytes"},
      {"U0", "=str"},
      {"V0", "=void"},
      {"T", "=StringDType128"},
      {"c", "=bytes8"},
      {"O4", "=object"},
      {"O8", "=object"},
      {"O16", "!TypeError: data type 'O16' not understood"},
      {"float_", "!TypeError: data type 'float_' not understood"},
      {"complex_", "!TypeError: data type 'complex_' not understood"},
      {"int0", "!TypeError: Alias 'int0' was removed in NumPy 2.0. Use a name without a digit at the end."},
      {"uint0", "!TypeError: Alias 'uint0' was removed in NumPy 2.0. Use a name without a digit at the end."},
      {"bool8", "!TypeError: Alias 'bool8' was removed in NumPy 2.0. Use a name without a digit at the end."},
      {"object0", "!TypeError: Alias 'object0' was removed in NumPy 2.0. Use a name without a digit at the end."},
      {"str0", "!TypeError: Alias 'str0' was removed in NumPy 2.0. Use a name without a digit at the end."},
      {"bytes0", "!TypeError: Alias 'bytes0' was removed in NumPy 2.0. Use a name without a digit at the end."},
      {"void0", "!TypeError: Alias 'void0' was removed in NumPy 2.0. Use a name without a digit at the end."},
      {"cfloat", "!TypeError: data type 'cfloat' not understood"},
      {"longfloat", "!TypeError: data type 'longfloat' not understood"},
      {"clongfloat", "!TypeError: data type 'clongfloat' not understood"},
      {"singlecomplex", "!TypeError: data type 'singlecomplex' not understood"},
      {"longcomplex", "!TypeError: data type 'longcomplex' not understood"},
      {"string_", "!TypeError: data type 'string_' not understood"},
      {"unicode_", "!TypeError: data type 'unicode_' not understood"},
      {"Float32", "!TypeError: data type 'Float32' not understood"},
      {"Bool", "!TypeError: data type 'Bool' not understood"},
      {"BOOL", "!TypeError: data type 'BOOL' not understood"},
      {"Int8", "!TypeError: data type 'Int8' not understood"},
      {"INT8", "!TypeError: data type 'INT8' not understood"},
      {"Uint8", "!TypeError: data type 'Uint8' not understood"},
      {"UInt8", "!TypeError: data type 'UInt8' not understood"},
      {"Float64", "!TypeError: data type 'Float64' not understood"},
      {"Complex64", "!TypeError: data type 'Complex64' not understood"},
      {"Half", "!TypeError: data type 'Half' not understood"},
      {"Single", "!TypeError: data type 'Single' not understood"},
      {"Double", "!TypeError: data type 'Double' not understood"},
      {"F8", "!TypeError: data type 'F8' not understood"},
      {"I4", "!TypeError: data type 'I4' not understood"},
      {"B1", "!TypeError: data type 'B1' not understood"},
      {"F4", "!TypeError: data type 'F4' not understood"},
      {"I8", "!TypeError: data type 'I8' not understood"},
      {"Q8", "!TypeError: data type 'Q8' not understood"},
      {"L8", "!TypeError: data type 'L8' not understood"},
      {"f1", "!TypeError: data type 'f1' not understood"},
      {"i16", "!TypeError: data type 'i16' not understood"},
      {"u16", "!TypeError: data type 'u16' not understood"},
      {"c4", "!TypeError: data type 'c4' not understood"},
      {"b2", "!TypeError: data type 'b2' not understood"},
      {"?1", "!TypeError: data type '?1' not understood"},
      {"e2", "!TypeError: data type 'e2' not understood"},
      {"d8", "!TypeError: data type 'd8' not understood"},
      {"h2", "!TypeError: data type 'h2' not understood"},
      {"float8", "!TypeError: data type 'float8' not understood"},
      {"int128", "!TypeError: data type 'int128' not understood"},
      {"uint128", "!TypeError: data type 'uint128' not understood"},
      {"<int32", "!TypeError: data type '<int32' not understood"},
      {">int32", "!TypeError: data type '>int32' not understood"},
      {"=int32", "!TypeError: data type '=int32' not understood"},
      {"|int32", "!TypeError: data type '|int32' not understood"},
      {"<float32", "!TypeError: data type '<float32' not understood"},
      {"=float64", "!TypeError: data type '=float64' not understood"},
      {">float64", "!TypeError: data type '>float64' not understood"},
      {"|float64", "!TypeError: data type '|float64' not understood"},
      {"|bool", "!TypeError: data type '|bool' not understood"},
      {"<bool", "!TypeError: data type '<bool' not understood"},
      {"<float", "!TypeError: data type '<float' not understood"},
      {"<", "!TypeError: data type '<' not understood"},
      {">", "!TypeError: data type '>' not understood"},
      {"=", "!TypeError: data type '=' not understood"},
      {"|", "!TypeError: data type '|' not understood"},
      {"<<", "!TypeError: data type '<<' not understood"},
      {"<<f4", "!TypeError: data type '<<f4' not understood"},
      {"<>f4", "!TypeError: data type '<>f4' not understood"},
      {"><f4", "!TypeError: data type '><f4' not understood"},
      {"=<f4", "!TypeError: data type '=<f4' not understood"},
      {"|<f4", "!TypeError: data type '|<f4' not understood"},
      {"||b1", "!TypeError: data type '||b1' not understood"},
      {"f4,", "=void32"},
      {"i4,i4", "=void64"},
      {"(f4)", "!TypeError: data type '(f4)' not understood"},
      {"[f4]", "!TypeError: data type '[f4]' not understood"},
      {"1f4", "=void32"},
      {"2f4", "=void64"},
      {"f4[2]", "!TypeError: data type 'f4[2]' not understood"},
      {"(2,)f4", "=void64"},
      {"0f4", "=void"},
      {"1i4", "=void32"},
      {"<2f4", "=void64"},
      {"f4f4", "!TypeError: data type 'f4f4' not understood"},
      {"np.float32", "!TypeError: data type 'np.float32' not understood"},
      {"numpy.float32", "!TypeError: data type 'numpy.float32' not understood"},
      {"float32_", "!TypeError: data type 'float32_' not understood"},
      {"float32x", "!TypeError: data type 'float32x' not understood"},
      {"int32_t", "!TypeError: data type 'int32_t' not understood"},
      {"fp32", "!TypeError: data type 'fp32' not understood"},
      {"f04", "=float32"},
      {"f+4", "=float32"},
      {"f-4", "!TypeError: data type 'f-4' not understood"},
      {"f-0", "!TypeError: data type 'f-0' not understood"},
      {"f0", "!TypeError: data type 'f0' not understood"},
      {"i0", "!TypeError: data type 'i0' not understood"},
      {"f4294967300", "!TypeError: data type 'f4294967300' not understood"},
      {"", "!TypeError: data type '' not understood"},
      {" ", "!TypeError: data type ' ' not understood"},
      {" float32", "!TypeError: data type ' float32' not understood"},
      {"float32 ", "!TypeError: data type 'float32 ' not understood"},
      {" f4 ", "!TypeError: data type ' f4 ' not understood"},
      {"\tf4", "!TypeError: data type '\\tf4' not understood"},
      {"f4\n", "!TypeError: data type 'f4\\n' not understood"},
      {"f 4", "=float32"},
      {"f 04", "=float32"},
      {"i\t8", "=int64"},
      {"f 4 ", "!TypeError: data type 'f 4 ' not understood"},
      {"uint8 ", "!TypeError: data type 'uint8 ' not understood"},
      {"it's", "!TypeError: data type \"it's\" not understood"},
      {"f\"4", "!TypeError: data type 'f\"4' not understood"},
      {"f\\4", "!TypeError: data type 'f\\\\4' not understood"},
      {"\177", "!TypeError: data type '\\x7f' not understood"},
      {"\u00e9", "!TypeError: data type '\u00e9' not understood"},
      {"i 8", "=int64"},
      {"c 8", "=complex64"},
      {"u\n4", "=uint32"},
      {"\000", "=bool"},
      {"\001", "=int8"},
      {"\002", "=uint8"},
      {"\003", "=int16"},
      {"\004", "=uint16"},
      {"\005", "=int32"},
      {"\006", "=uint32"},
      {"\007", "=int64"},
      {"\010", "=uint64"},
      {"\t", "=int64"},
      {"\n", "=uint64"},
      {"\013", "=float32"},
      {"\014", "=float64"},
      {"\015", "=float128"},
      {"\016", "=complex64"},
      {"\017", "=complex128"},
      {"\020", "=complex256"},
      {"\021", "=object"},
      {"\022", "=bytes"},
      {"\023", "=str"},
      {"\024", "=void"},
      {"\025", "=datetime64"},
      {"\026", "=timedelta64"},
      {"\027", "=float16"},
      {"\030", "!TypeError: data type '\\x18' not understood"},
      {"\031", "!TypeError: data type '\\x19' not understood"},
      {"\032", "!TypeError: data type '\\x1a' not understood"},
      {"\033", "!TypeError: data type '\\x1b' not understood"},
      {"\034", "!TypeError: data type '\\x1c' not understood"},
      {"\035", "!TypeError: data type '\\x1d' not understood"},
      {"\036", "!TypeError: data type '\\x1e' not understood"},
      {"\037", "!TypeError: data type '\\x1f' not understood"},
      {"b", "=int8"},
      {"d", "=float64"},
      {"e", "=float16"},
      {"f", "=float32"},
      {"g", "=float128"},
      {"h", "=int16"},
      {"i", "=int32"},
      {"j", "!TypeError: data type 'j' not understood"},
      {"k", "!TypeError: data type 'k' not understood"},
      {"l", "=int64"},
      {"m", "=timedelta64"},
      {"n", "=int64"},
      {"o", "!TypeError: data type 'o' not understood"},
      {"p", "=int64"},
      {"q", "=int64"},
      {"r", "!TypeError: data type 'r' not understood"},
      {"s", "!TypeError: data type 's' not understood"},
      {"t", "!TypeError: data type 't' not understood"},
      {"u", "!TypeError: data type 'u' not understood"},
      {"v", "!TypeError: data type 'v' not understood"},
      {"w", "!TypeError: data type 'w' not understood"},
      {"x", "!TypeError: data type 'x' not understood"},
      {"y", "!TypeError: data type 'y' not understood"},
      {"z", "!TypeError: data type 'z' not understood"},
      {"A", "!TypeError: data type 'A' not understood"},
      {"B", "=uint8"},
      {"C", "!TypeError: data type 'C' not understood"},
      {"D", "=complex128"},
      {"E", "!TypeError: data type 'E' not understood"},
      {"F", "=complex64"},
      {"G", "=complex256"},
      {"H", "=uint16"},
      {"I", "=uint32"},
      {"J", "!TypeError: data type 'J' not understood"},
      {"K", "!TypeError: data type 'K' not understood"},
      {"L", "=uint64"},
      {"M", "=datetime64"},
      {"N", "=uint64"},
      {"O", "=object"},
      {"P", "=uint64"},
      {"Q", "=uint64"},
      {"R", "!TypeError: data type 'R' not understood"},
      {"S", "=bytes"},
      {"U", "=str"},
      {"V", "=void"},
      {"W", "!TypeError: data type 'W' not understood"},
      {"X", "!TypeError: data type 'X' not understood"},
      {"Y", "!TypeError: data type 'Y' not understood"},
      {"Z", "!TypeError: data type 'Z' not understood"},
      {"<?", "=bool"},
      {"<b", "=int8"},
      {"<B", "=uint8"},
      {"<h", "=int16"},
      {"<H", "=uint16"},
      {"<i", "=int32"},
      {"<I", "=uint32"},
      {"<l", "=int64"},
      {"<L", "=uint64"},
      {"<q", "=int64"},
      {"<Q", "=uint64"},
      {"<p", "=int64"},
      {"<P", "=uint64"},
      {"<n", "=int64"},
      {"<N", "=uint64"},
      {"<e", "=float16"},
      {"<f", "=float32"},
      {"<d", "=float64"},
      {"<g", "=float128"},
      {"<F", "=complex64"},
      {"<D", "=complex128"},
      {"<G", "=complex256"},
      {"<O", "=object"},
      {"<S", "=bytes"},
      {"<U", "=str"},
      {"<V", "=void"},
      {"<M", "=datetime64"},
      {"<m", "=timedelta64"},
      {"<a", "!TypeError: data type '<a' not understood"},
      {"<c", "=bytes8"},
      {"<\t", "=int64"},
      {"<b1", "=bool"},
      {"<i1", "=int8"},
      {"<i2", "=int16"},
      {"<i4", "=int32"},
      {"<i8", "=int64"},
      {"<u1", "=uint8"},
      {"<u2", "=uint16"},
      {"<u4", "=uint32"},
      {"<u8", "=uint64"},
      {"<f2", "=float16"},
      {"<f4", "=float32"},
      {"<f16", "=float128"},
      {"<c8", "=complex64"},
      {"<c16", "=complex128"},
      {"<c32", "=complex256"},
      {"<S4", "=bytes32"},
      {"<U2", "=str64"},
      {"<V8", "=void64"},
      {">?", "=bool"},
      {">b", "=int8"},
      {">B", "=uint8"},
      {">h", ">int16"},
      {">H", ">uint16"},
      {">i", ">int32"},
      {">I", ">uint32"},
      {">l", ">int64"},
      {">L", ">uint64"},
      {">q", ">int64"},
      {">Q", ">uint64"},
      {">p", ">int64"},
      {">P", ">uint64"},
      {">n", ">int64"},
      {">N", ">uint64"},
      {">e", ">float16"},
      {">f", ">float32"},
      {">d", ">float64"},
      {">g", ">float128"},
      {">F", ">complex64"},
      {">D", ">complex128"},
      {">G", ">complex256"},
      {">O", "=object"},
      {">S", "=bytes"},
      {">U", ">str"},
      {">V", "=void"},
      {">M", ">datetime64"},
      {">m", ">timedelta64"},
      {">a", "!TypeError: data type '>a' not understood"},
      {">c", "=bytes8"},
      {">\t", ">int64"},
      {">b1", "=bool"},
      {">i1", "=int8"},
      {">i2", ">int16"},
      {">i4", ">int32"},
      {">i8", ">int64"},
      {">u1", "=uint8"},
      {">u2", ">uint16"},
      {">u4", ">uint32"},
      {">u8", ">uint64"},
      {">f2", ">float16"},
      {">f4", ">float32"},
      {">f16", ">float128"},
      {">c8", ">complex64"},
      {">c16", ">complex128"},
      {">c32", ">complex256"},
      {">S4", "=bytes32"},
      {">U2", ">str64"},
      {">V8", "=void64"},
      {">float32", "!TypeError: data type '>float32' not understood"},
      {">bool", "!TypeError: data type '>bool' not understood"},
      {"=?", "=bool"},
      {"=b", "=int8"},
      {"=B", "=uint8"},
      {"=h", "=int16"},
      {"=H", "=uint16"},
      {"=i", "=int32"},
      {"=I", "=uint32"},
      {"=l", "=int64"},
      {"=L", "=uint64"},
      {"=q", "=int64"},
      {"=Q", "=uint64"},
      {"=p", "=int64"},
      {"=P", "=uint64"},
      {"=n", "=int64"},
      {"=N", "=uint64"},
      {"=e", "=float16"},
      {"=f", "=float32"},
      {"=d", "=float64"},
      {"=g", "=float128"},
      {"=F", "=complex64"},
      {"=D", "=complex128"},
      {"=G", "=complex256"},
      {"=O", "=object"},
      {"=S", "=bytes"},
      {"=U", "=str"},
      {"=V", "=void"},
      {"=M", "=datetime64"},
      {"=m", "=timedelta64"},
      {"=a", "!TypeError: data type '=a' not understood"},
      {"=c", "=bytes8"},
      {"=\t", "=int64"},
      {"=b1", "=bool"},
      {"=i1", "=int8"},
      {"=i2", "=int16"},
      {"=i4", "=int32"},
      {"=i8", "=int64"},
      {"=u1", "=uint8"},
      {"=u2", "=uint16"},
      {"=u4", "=uint32"},
      {"=u8", "=uint64"},
      {"=f2", "=float16"},
      {"=f8", "=float64"},
      {"=f16", "=float128"},
      {"=c8", "=complex64"},
      {"=c16", "=complex128"},
      {"=c32", "=complex256"},
      {"=S4", "=bytes32"},
      {"=U2", "=str64"},
      {"=V8", "=void64"},
      {"=float32", "!TypeError: data type '=float32' not understood"},
      {"=bool", "!TypeError: data type '=bool' not understood"},
      {"|?", "=bool"},
      {"|b", "=int8"},
      {"|B", "=uint8"},
      {"|h", "=int16"},
      {"|H", "=uint16"},
      {"|i", "=int32"},
      {"|I", "=uint32"},
      {"|l", "=int64"},
      {"|L", "=uint64"},
      {"|q", "=int64"},
      {"|Q", "=uint64"},
      {"|p", "=int64"},
      {"|P", "=uint64"},
      {"|n", "=int64"},
      {"|N", "=uint64"},
      {"|e", "=float16"},
      {"|f", "=float32"},
      {"|d", "=float64"},
      {"|g", "=float128"},
      {"|F", "=complex64"},
      {"|D", "=complex128"},
      {"|G", "=complex256"},
      {"|O", "=object"},
      {"|S", "=bytes"},
      {"|U", "=str"},
      {"|V", "=void"},
      {"|M", "=datetime64"},
      {"|m", "=timedelta64"},
      {"|a", "!TypeError: data type '|a' not understood"},
      {"|c", "=bytes8"},
      {"|\t", "=int64"},
      {"|i1", "=int8"},
      {"|i2", "=int16"},
      {"|i4", "=int32"},
      {"|i8", "=int64"},
      {"|u1", "=uint8"},
      {"|u2", "=uint16"},
      {"|u4", "=uint32"},
      {"|u8", "=uint64"},
      {"|f2", "=float16"},
      {"|f4", "=float32"},
      {"|f8", "=float64"},
      {"|f16", "=float128"},
      {"|c8", "=complex64"},
      {"|c16", "=complex128"},
      {"|c32", "=complex256"},
      {"|S4", "=bytes32"},
      {"|U2", "=str64"},
      {"|V8", "=void64"},
      {"|float32", "!TypeError: data type '|float32' not understood"},
      {"b0", "!TypeError: data type 'b0' not understood"},
      {"b3", "!TypeError: data type 'b3' not understood"},
      {"b4", "!TypeError: data type 'b4' not understood"},
      {"b8", "!TypeError: data type 'b8' not understood"},
      {"b12", "!TypeError: data type 'b12' not understood"},
      {"b16", "!TypeError: data type 'b16' not understood"},
      {"b32", "!TypeError: data type 'b32' not understood"},
      {"i1", "=int8"},
      {"i2", "=int16"},
      {"i3", "!TypeError: data type 'i3' not understood"},
      {"i4", "=int32"},
      {"i8", "=int64"},
      {"i12", "!TypeError: data type 'i12' not understood"},
      {"i32", "!TypeError: data type 'i32' not understood"},
      {"u0", "!TypeError: data type 'u0' not understood"},
      {"u1", "=uint8"},
      {"u2", "=uint16"},
      {"u3", "!TypeError: data type 'u3' not understood"},
      {"u4", "=uint32"},
      {"u8", "=uint64"},
      {"u12", "!TypeError: data type 'u12' not understood"},
      {"u32", "!TypeError: data type 'u32' not understood"},
      {"f2", "=float16"},
      {"f3", "!TypeError: data type 'f3' not understood"},
      {"f12", "!TypeError: data type 'f12' not understood"},
      {"f16", "=float128"},
      {"f32", "!TypeError: data type 'f32' not understood"},
      {"c0", "!TypeError: data type 'c0' not understood"},
      {"c1", "!TypeError: data type 'c1' not understood"},
      {"c2", "!TypeError: data type 'c2' not understood"},
      {"c3", "!TypeError: data type 'c3' not understood"},
      {"c8", "=complex64"},
      {"c12", "!TypeError: data type 'c12' not understood"},
      {"c16", "=complex128"},
      {"c32", "=complex256"},
      {"O0", "!TypeError: data type 'O0' not understood"},
      {"O1", "!TypeError: data type 'O1' not understood"},
      {"O2", "!TypeError: data type 'O2' not understood"},
      {"O3", "!TypeError: data type 'O3' not understood"},
      {"O12", "!TypeError: data type 'O12' not understood"},
      {"O32", "!TypeError: data type 'O32' not understood"},
      {"S2", "=bytes16"},
      {"S3", "=bytes24"},
      {"S4", "=bytes32"},
      {"S8", "=bytes64"},
      {"S12", "=bytes96"},
      {"S16", "=bytes128"},
      {"S32", "=bytes256"},
      {"U2", "=str64"},
      {"U3", "=str96"},
      {"U4", "=str128"},
      {"U8", "=str256"},
      {"U12", "=str384"},
      {"U16", "=str512"},
      {"U32", "=str1024"},
      {"V1", "=void8"},
      {"V2", "=void16"},
      {"V3", "=void24"},
      {"V4", "=void32"},
      {"V12", "=void96"},
      {"V16", "=void128"},
      {"V32", "=void256"},
      {"a0", "=bytes"},
      {"a2", "=bytes16"},
      {"a3", "=bytes24"},
      {"a4", "=bytes32"},
      {"a8", "=bytes64"},
      {"a12", "=bytes96"},
      {"a16", "=bytes128"},
      {"a32", "=bytes256"},
      {"e0", "!TypeError: data type 'e0' not understood"},
      {"e1", "!TypeError: data type 'e1' not understood"},
      {"e3", "!TypeError: data type 'e3' not understood"},
      {"e4", "!TypeError: data type 'e4' not understood"},
      {"e8", "!TypeError: data type 'e8' not understood"},
      {"e12", "!TypeError: data type 'e12' not understood"},
      {"e16", "!TypeError: data type 'e16' not understood"},
      {"e32", "!TypeError: data type 'e32' not understood"},
      {"B0", "!TypeError: data type 'B0' not understood"},
      {"B2", "!TypeError: data type 'B2' not understood"},
      {"B3", "!TypeError: data type 'B3' not understood"},
      {"B4", "!TypeError: data type 'B4' not understood"},
      {"B8", "!TypeError: data type 'B8' not understood"},
      {"B12", "!TypeError: data type 'B12' not understood"},
      {"B16", "!TypeError: data type 'B16' not understood"},
      {"B32", "!TypeError: data type 'B32' not understood"},
      {"d0", "!TypeError: data type 'd0' not understood"},
      {"d1", "!TypeError: data type 'd1' not understood"},
      {"d2", "!TypeError: data type 'd2' not understood"},
      {"d3", "!TypeError: data type 'd3' not understood"},
      {"d4", "!TypeError: data type 'd4' not understood"},
      {"d12", "!TypeError: data type 'd12' not understood"},
      {"d16", "!TypeError: data type 'd16' not understood"},
      {"d32", "!TypeError: data type 'd32' not understood"},
      {"M0", "!TypeError: data type 'M0' not understood"},
      {"M1", "!TypeError: data type 'M1' not understood"},
      {"M2", "!TypeError: data type 'M2' not understood"},
      {"M3", "!TypeError: data type 'M3' not understood"},
      {"M4", "!TypeError: data type 'M4' not understood"},
      {"M12", "!TypeError: data type 'M12' not understood"},
      {"M16", "!TypeError: data type 'M16' not understood"},
      {"M32", "!TypeError: data type 'M32' not understood"},
      {"m0", "!TypeError: data type 'm0' not understood"},
      {"m1", "!TypeError: data type 'm1' not understood"},
      {"m2", "!TypeError: data type 'm2' not understood"},
      {"m3", "!TypeError: data type 'm3' not understood"},
      {"m4", "!TypeError: data type 'm4' not understood"},
      {"m12", "!TypeError: data type 'm12' not understood"},
      {"m16", "!TypeError: data type 'm16' not understood"},
      {"m32", "!TypeError: data type 'm32' not understood"},
  };

  private static final Map<String, DType> BY_NAME = new HashMap<>();

  static {
    for (DType d : DType.values()) {
      BY_NAME.put(d.name(), d);
    }
  }

  private static boolean isCommaString(String s) {
    return s.contains(",") || (!s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '('))
        || (s.length() > 1 && "<>=|".indexOf(s.charAt(0)) >= 0 && Character.isDigit(s.charAt(1)));
  }

  @Test
  void everyStringReadsAsNumpy246ReadsIt() {
    Assumptions.assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN,
        "the table was made on a little-endian machine");
    int checked = 0;
    for (String[] row : NUMPY) {
      String s = row[0];
      String want = row[1];
      String where = "np.dtype(" + DType.pyRepr(s) + ") -> " + want;
      checked++;
      if (EXTENSIONS.containsKey(s)) {
        assertSame(EXTENSIONS.get(s), DType.of(s), where);
        continue;
      }
      char o = want.charAt(0);
      String rest = want.substring(1);
      if (o == '=' && BY_NAME.containsKey(rest)) {
        DType got;
        try {
          got = DType.of(s);
        } catch (RuntimeException e) {
          fail(where + ", but Numbat raised " + e);
          return;
        }
        assertSame(BY_NAME.get(rest), got, where);
        continue;
      }
      TypeError e = assertThrows(TypeError.class, () -> DType.of(s), where);
      String m = e.getMessage();
      if (o == '>' && BY_NAME.containsKey(rest)) {
        assertTrue(m.startsWith("Numbat has no non-native byte order") && m.contains(rest), where + ": " + m);
      } else if (o == '=' || o == '>') {
        String np = rest.contains("[") ? rest.substring(0, rest.indexOf('[')) : rest;
        assertTrue(m.startsWith("Numbat has no "), where + ": " + m);
        assertTrue(isCommaString(s) ? m.contains("structured") : m.contains(np), where + ": " + m);
      } else if (!isCommaString(s) && want.startsWith("!TypeError: ")) {
        assertEquals(want.substring("!TypeError: ".length()), m, where);
      }
    }
    assertTrue(checked > 500);
  }

  @Test
  void oneLetterCodesAreCaseSensitive() {
    assertSame(DType.UINT8, DType.of("B"));
    assertSame(DType.UINT16, DType.of("H"));
    assertSame(DType.UINT32, DType.of("I"));
    assertSame(DType.UINT64, DType.of("L"));
    assertSame(DType.UINT64, DType.of("Q"));
    assertSame(DType.COMPLEX64, DType.of("F"));
    assertSame(DType.COMPLEX128, DType.of("D"));
    assertEquals(255L, Np.iinfo("B").max());
    assertSame(DType.INT16, Np.resultType(new Object[] {"B", "b"}));
    assertSame(DType.COMPLEX64, Np.resultType(new Object[] {"F", "f"}));
  }

  @Test
  void byteOrderAndRemovedAliases() {
    Assumptions.assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN);
    assertSame(DType.FLOAT64, DType.of("<f8"));
    assertSame(DType.FLOAT32, DType.of("=f4"));
    assertSame(DType.BOOL, DType.of("|b1"));
    assertSame(DType.INT8, DType.of(">i1"));
    TypeError e = assertThrows(TypeError.class, () -> DType.of(">f8"));
    assertEquals("Numbat has no non-native byte order: NumPy reads '>f8' as a big-endian float64, and"
        + " Numbat arrays are always native-endian; use '=f8' or 'float64'", e.getMessage());
    e = assertThrows(TypeError.class, () -> DType.of("longdouble"));
    assertEquals("Numbat has no float128 dtype (NumPy reads 'longdouble' as float128)", e.getMessage());
    e = assertThrows(TypeError.class, () -> DType.of("int0"));
    assertEquals("Alias 'int0' was removed in NumPy 2.0. Use a name without a digit at the end.", e.getMessage());
    for (String s : new String[] {"float_", "complex_", "cfloat", "Float32", " float32", "bf16"}) {
      e = assertThrows(TypeError.class, () -> DType.of(s));
      assertEquals("data type " + DType.pyRepr(s) + " not understood", e.getMessage());
    }
  }
}
