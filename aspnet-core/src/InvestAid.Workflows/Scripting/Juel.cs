using System.Text;
using System.Text.RegularExpressions;

namespace InvestAid.Workflows.Scripting;

/// <summary>
/// Rewrites the JUEL operators Camunda models use (<c>and</c>, <c>or</c>, <c>not</c>, <c>eq</c>, <c>ne</c>, <c>lt</c>,
/// <c>gt</c>, <c>le</c>, <c>ge</c>, <c>div</c>, <c>mod</c>, <c>empty x</c>) into JavaScript, leaving string literals alone.
/// Everything else (comparisons, arithmetic, <c>? :</c>, method calls) reads the same in both.
/// </summary>
internal static partial class Juel
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["and"] = "&&", ["or"] = "||", ["not"] = "!", ["eq"] = "==", ["ne"] = "!=", ["lt"] = "<", ["gt"] = ">",
        ["le"] = "<=", ["ge"] = ">=", ["div"] = "/", ["mod"] = "%",
    };

    public static string ToJavaScript(string body)
    {
        var result = new StringBuilder(body.Length + 8);
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (c is '\'' or '"')
            {
                var end = i + 1;
                while (end < body.Length && body[end] != c)
                {
                    end += body[end] == '\\' ? 2 : 1;
                }

                end = Math.Min(end, body.Length - 1);
                result.Append(body, i, end - i + 1);
                i = end + 1;
                continue;
            }

            var next = body.IndexOfAny(['\'', '"'], i);
            var segment = next < 0 ? body[i..] : body[i..next];
            result.Append(Rewrite(segment, atEnd: next < 0));
            i = next < 0 ? body.Length : next;
        }

        return result.ToString();
    }

    private static string Rewrite(string code, bool atEnd)
    {
        code = Empty().Replace(code, "__empty($1)");
        code = Word().Replace(code, m =>
            m.Index > 0 && code[m.Index - 1] == '.' ? m.Value : Words.TryGetValue(m.Value, out var op) ? $" {op} " : m.Value);
        // A variable JUEL allows but JavaScript reserves (Camunda's own test models name one `var`) is read from the variables;
        // at the end of the expression too, but not at the end of a piece before a string literal (`return "agency:"`).
        code = Reserved().Replace(code, m => AsVariable(code, m));
        return atEnd ? ReservedAtEnd().Replace(code, m => AsVariable(code, m)) : code;
    }

    private static string AsVariable(string code, Match m) =>
        m.Index > 0 && code[m.Index - 1] is '.' or '$' ? m.Value : $"__vars[\"{m.Groups[1].Value}\"]" + m.Value[m.Groups[1].Length..];

    private const string ReservedWords =
        @"\b(var|let|const|class|enum|static|package|interface|private|protected|public|implements|yield|await|case|do|if|for|while|switch|with|try|catch|finally|throw|import|export|extends|super|return|break|continue|else|debugger)\b";

    // Only where the word stands as a value (followed by an operator, a closing bracket, a comma or a dot): `return a`,
    // `var x = 1` and `if (…)` in a function inside an expression stay JavaScript.
    [GeneratedRegex(ReservedWords + @"(?=\s*[-+*/%=!<>&|?:.,)\]}\[])")]
    private static partial Regex Reserved();

    [GeneratedRegex(ReservedWords + @"\s*$")]
    private static partial Regex ReservedAtEnd();

    [GeneratedRegex(@"\bempty\s+([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)")]
    private static partial Regex Empty();

    [GeneratedRegex(@"\b(and|or|not|eq|ne|lt|gt|le|ge|div|mod)\b")]
    private static partial Regex Word();
}
