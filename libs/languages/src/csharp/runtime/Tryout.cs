// The fixed runtime of Tryout's C# function harness: a small JSON reader and writer (Mono has no
// System.Text.Json) and the protocol (stdin in, one JSON value on fd 3, exit 97 when the harness
// itself cannot read its input or write its result). ListNode.cs and TreeNode.cs join the build
// only when the signature uses them; the generated main.cs only glues a signature to this class.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

/// <summary>A JSON number keeps its text so longs stay exact.</summary>
public sealed class TryoutNumber
{
    public readonly string Text;
    public TryoutNumber(string text) { Text = text; }
    public override string ToString() { return Text; }
}

/// <summary>The input stage failed: the harness's fault, never the candidate's.</summary>
public sealed class TryoutInputException : Exception
{
    public TryoutInputException(string message) : base(message) { }
}

public static partial class TryoutRuntime
{
    public const int AbortExitCode = 97;

    public static void Abort(string what)
    {
        Console.Out.Flush();
        Console.Error.WriteLine("tryout harness: " + what);
        Console.Error.Flush();
        Environment.Exit(AbortExitCode);
    }

    // ------------------------------------------------------------ reading

    /// <summary>Parses one JSON value: null, bool, TryoutNumber, string or List&lt;object&gt;.</summary>
    public static object Parse(string text)
    {
        int i = 0;
        object v = ParseValue(text, ref i, 0);
        SkipWs(text, ref i);
        if (i != text.Length) throw Bad("trailing characters", i);
        return v;
    }

    static TryoutInputException Bad(string what, int at)
    {
        return new TryoutInputException(what + " at offset " + at);
    }

    static void SkipWs(string s, ref int i)
    {
        while (i < s.Length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) i++;
    }

    static object Literal(string s, ref int i, string word, object value)
    {
        if (string.CompareOrdinal(s, i, word, 0, word.Length) != 0) throw Bad("invalid literal", i);
        i += word.Length;
        return value;
    }

    static object ParseValue(string s, ref int i, int depth)
    {
        if (depth > 64) throw Bad("nested too deep", i);
        SkipWs(s, ref i);
        if (i >= s.Length) throw Bad("unexpected end", i);
        char c = s[i];
        if (c == 'n') return Literal(s, ref i, "null", null);
        if (c == 't') return Literal(s, ref i, "true", true);
        if (c == 'f') return Literal(s, ref i, "false", false);
        if (c == '"') return ParseString(s, ref i);
        if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber(s, ref i);
        if (c != '[') throw Bad("unexpected character", i);
        i++;
        var items = new List<object>();
        SkipWs(s, ref i);
        if (i < s.Length && s[i] == ']') { i++; return items; }
        while (true)
        {
            items.Add(ParseValue(s, ref i, depth + 1));
            SkipWs(s, ref i);
            if (i < s.Length && s[i] == ',') { i++; continue; }
            if (i < s.Length && s[i] == ']') { i++; return items; }
            throw Bad("expected , or ]", i);
        }
    }

    static int Digits(string s, ref int i)
    {
        int start = i;
        while (i < s.Length && s[i] >= '0' && s[i] <= '9') i++;
        return i - start;
    }

    static object ParseNumber(string s, ref int i)
    {
        int start = i;
        if (s[i] == '-') i++;
        int intStart = i;
        int n = Digits(s, ref i);
        if (n == 0 || (n > 1 && s[intStart] == '0')) throw Bad("invalid number", i);
        if (i < s.Length && s[i] == '.')
        {
            i++;
            if (Digits(s, ref i) == 0) throw Bad("invalid number", i);
        }
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            if (Digits(s, ref i) == 0) throw Bad("invalid number", i);
        }
        return new TryoutNumber(s.Substring(start, i - start));
    }

    static string ParseString(string s, ref int i)
    {
        i++;
        var sb = new StringBuilder();
        while (true)
        {
            if (i >= s.Length) throw Bad("unterminated string", i);
            char c = s[i++];
            if (c == '"') return sb.ToString();
            if (c < 0x20) throw Bad("control character in string", i);
            if (c != '\\') { sb.Append(c); continue; }
            if (i >= s.Length) throw Bad("unterminated string", i);
            char e = s[i++];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    int code;
                    if (i + 4 > s.Length || !int.TryParse(s.Substring(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out code))
                        throw Bad("invalid \\u escape", i);
                    sb.Append((char)code); // UTF-16 like C# strings: surrogate pairs stay pairs
                    i += 4;
                    break;
                default: throw Bad("invalid escape", i);
            }
        }
    }

    /// <summary>Converts a parsed value to a parameter of type T (scalars, strings, arrays of them).</summary>
    public static T Convert<T>(object json)
    {
        return (T)Convert(json, typeof(T));
    }

    static object Convert(object json, Type t)
    {
        if (t.IsArray)
        {
            var items = json as List<object>;
            if (items == null) throw new TryoutInputException("expected an array, got " + Describe(json));
            Type e = t.GetElementType();
            Array a = Array.CreateInstance(e, items.Count);
            for (int k = 0; k < items.Count; k++) a.SetValue(Convert(items[k], e), k);
            return a;
        }
        if (t == typeof(string))
        {
            var s = json as string;
            if (s == null) throw new TryoutInputException("expected a string, got " + Describe(json));
            return s;
        }
        if (t == typeof(bool))
        {
            if (!(json is bool)) throw new TryoutInputException("expected a boolean, got " + Describe(json));
            return json;
        }
        var num = json as TryoutNumber;
        if (num == null) throw new TryoutInputException("expected a number, got " + Describe(json));
        try
        {
            if (t == typeof(int)) return int.Parse(num.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            if (t == typeof(long)) return long.Parse(num.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            if (t == typeof(double)) return double.Parse(num.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException || e is OverflowException)
        {
            throw new TryoutInputException(num.Text + " is not a " + t.Name);
        }
        throw new TryoutInputException("unsupported parameter type " + t.Name);
    }

    static string Describe(object json)
    {
        string text = json == null ? "null" : ToJson(json);
        return text.Length > 80 ? text.Substring(0, 80) + "..." : text;
    }

    /// <summary>Converts the argument at index k of an operation, or of a line.</summary>
    public static T Arg<T>(List<object> args, int k) { return Convert<T>(args[k]); }

    public static T ArgLine<T>(string line) { return Convert<T>(Parse(line)); }

    /// <summary>The non-blank lines of stdin; at least `need` of them.</summary>
    public static string[] InputLines(int need)
    {
        var lines = new List<string>();
        foreach (string line in Console.In.ReadToEnd().Split('\n'))
            if (line.Trim().Length > 0) lines.Add(line);
        if (lines.Count < need)
            throw new TryoutInputException("expected " + need + " lines, got " + lines.Count);
        return lines.ToArray();
    }

    /// <summary>A design problem's operations: names and argument arrays, the constructor first.</summary>
    public static List<KeyValuePair<string, List<object>>> Operations(string[] lines, string className)
    {
        string[] names = ArgLine<string[]>(lines[0]);
        var args = Parse(lines[1]) as List<object>;
        if (args == null) throw new TryoutInputException("the second line must be an array of argument arrays");
        if (names.Length == 0 || names.Length != args.Count)
            throw new TryoutInputException("operations and arguments must be non-empty arrays of equal length");
        if (names[0] != className) throw new TryoutInputException("the first operation must be " + className);
        var ops = new List<KeyValuePair<string, List<object>>>();
        for (int k = 0; k < names.Length; k++)
        {
            var a = args[k] as List<object>;
            if (a == null) throw new TryoutInputException("each operation's arguments must be an array");
            ops.Add(new KeyValuePair<string, List<object>>(names[k], a));
        }
        return ops;
    }

    public static void NeedArgs(List<object> args, int n)
    {
        if (args.Count != n) throw new TryoutInputException("expected " + n + " arguments, got " + args.Count);
    }

    // ------------------------------------------------------------ writing

    /// <summary>Serialises what the candidate returned: any IEnumerable is an array, so
    /// IList&lt;IList&lt;int&gt;&gt; works where int[][] is declared. NaN and infinities throw.</summary>
    public static string ToJson(object v)
    {
        var sb = new StringBuilder();
        Write(v, sb);
        return sb.ToString();
    }

    static void Write(object v, StringBuilder sb)
    {
        if (v == null) { sb.Append("null"); return; }
        if (v is string) { WriteString((string)v, sb); return; }
        if (v is bool) { sb.Append((bool)v ? "true" : "false"); return; }
        if (v is int || v is long || v is short || v is byte || v is sbyte || v is ushort || v is uint || v is ulong)
        {
            sb.Append(((IFormattable)v).ToString(null, CultureInfo.InvariantCulture));
            return;
        }
        if (v is double || v is float)
        {
            double d = System.Convert.ToDouble(v, CultureInfo.InvariantCulture);
            if (double.IsNaN(d) || double.IsInfinity(d))
                throw new InvalidOperationException("the function returned " + d.ToString(CultureInfo.InvariantCulture) + ", which is not a JSON number");
            sb.Append(d.ToString("R", CultureInfo.InvariantCulture));
            return;
        }
        if (v is TryoutNumber) { sb.Append(((TryoutNumber)v).Text); return; }
        var items = v as IEnumerable;
        if (items == null) throw new InvalidOperationException("cannot serialise a " + v.GetType().Name + " as JSON");
        sb.Append('[');
        bool first = true;
        foreach (object x in items)
        {
            if (!first) sb.Append(',');
            first = false;
            Write(x, sb);
        }
        sb.Append(']');
    }

    static void WriteString(string s, StringBuilder sb)
    {
        sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    // Mono cannot wrap an inherited descriptor in a FileStream, and reopening /proc/self/fd/3 fails on
    // a pipe (append) or overwrites what is there (a file), so the result goes through write(2).
    [DllImport("libc", SetLastError = true)]
    static extern IntPtr write(int fd, byte[] buf, IntPtr count);

    [DllImport("libc", SetLastError = true)]
    static extern int close(int fd);

    const int EINTR = 4;

    /// <summary>Writes the result to fd 3 (UTF-8; a lone surrogate becomes U+FFFD) and closes it.</summary>
    public static void Emit(string result)
    {
        byte[] bytes = new UTF8Encoding(false).GetBytes(result);
        int done = 0;
        while (done < bytes.Length)
        {
            byte[] rest = done == 0 ? bytes : new byte[bytes.Length - done];
            if (done > 0) Array.Copy(bytes, done, rest, 0, rest.Length);
            long n = (long)write(3, rest, new IntPtr(rest.Length));
            if (n < 0 && Marshal.GetLastWin32Error() == EINTR) continue;
            if (n <= 0) Abort("cannot write the result channel (fd 3): errno " + Marshal.GetLastWin32Error());
            done += (int)n;
        }
        close(3);
    }

    /// <summary>The candidate's exception: its type, message and its own frames, exit 1.</summary>
    public static void Fail(Exception e)
    {
        Console.Out.Flush();
        var trace = new StringBuilder(e.GetType().FullName + ": " + e.Message);
        foreach (string frame in (e.StackTrace ?? "").Split('\n'))
            if (frame.Trim().Length > 0 && frame.IndexOf("TryoutMain.", StringComparison.Ordinal) < 0)
                trace.Append('\n').Append(frame.TrimEnd());
        Console.Error.WriteLine(trace.ToString());
        Console.Error.Flush();
        Environment.Exit(1);
    }
}
