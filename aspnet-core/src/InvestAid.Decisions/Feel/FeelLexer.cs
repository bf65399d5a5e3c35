using System.Globalization;
using System.Text;

namespace InvestAid.Decisions.Feel;

internal enum TokenKind
{
    Number,
    String,
    Name,
    Symbol,
    TemporalLiteral,
    End,
}

internal readonly record struct FeelToken(TokenKind Kind, string Text, int Position, decimal Number = 0);

/// <summary>Splits FEEL text into tokens. Built-in names with spaces (<c>date and time</c>) are read as one name.</summary>
internal static class FeelLexer
{
    // Longest first, so "years and months duration" wins over shorter prefixes.
    private static readonly string[] SpacedNames =
    [
        "years and months duration", "date and time", "string length", "upper case", "lower case", "starts with", "ends with",
        "list contains", "substring before", "substring after", "distinct values", "day of week", "month of year", "week of year",
        "day of year", "string join", "index of", "insert before", "round half up", "is defined",
    ];

    private static readonly string[] Symbols = ["..", "**", "<=", ">=", "!=", "<", ">", "=", "+", "-", "*", "/", "(", ")", "[", "]", "{", "}", ",", ".", ":", "?"];

    public static List<FeelToken> Read(string text)
    {
        var tokens = new List<FeelToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                tokens.Add(new FeelToken(TokenKind.End, "", i));
                return tokens;
            }

            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] is '/' or '*')
            {
                i = SkipComment(text, i);
                continue;
            }

            if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && !(i > 0 && text[i - 1] == '.')))
            {
                var start = i;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }

                if (i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && char.IsDigit(text[i]))
                    {
                        i++;
                    }
                }

                var number = text[start..i];
                tokens.Add(new FeelToken(TokenKind.Number, number, start, decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)));
                continue;
            }

            if (c == '"' || (c == '@' && i + 1 < text.Length && text[i + 1] == '"'))
            {
                var start = i;
                var temporal = c == '@';
                i += temporal ? 2 : 1;
                var value = new StringBuilder();
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FeelException("The string is not closed", text, start);
                    }

                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        value.Append(text[i + 1] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other });
                        i += 2;
                        continue;
                    }

                    if (text[i] == '"')
                    {
                        i++;
                        break;
                    }

                    value.Append(text[i++]);
                }

                tokens.Add(new FeelToken(temporal ? TokenKind.TemporalLiteral : TokenKind.String, value.ToString(), start));
                continue;
            }

            if (char.IsLetter(c) || c == '_' || c == '$')
            {
                var start = i;
                var spaced = SpacedNames.FirstOrDefault(n => string.CompareOrdinal(text, i, n, 0, n.Length) == 0
                    && (i + n.Length == text.Length || !IsNamePart(text[i + n.Length])));
                if (spaced is not null)
                {
                    i += spaced.Length;
                    tokens.Add(new FeelToken(TokenKind.Name, spaced, start));
                    continue;
                }

                while (i < text.Length && IsNamePart(text[i]))
                {
                    i++;
                }

                tokens.Add(new FeelToken(TokenKind.Name, text[start..i], start));
                continue;
            }

            var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                ?? throw new FeelException($"Unexpected character '{c}'", text, i);
            tokens.Add(new FeelToken(TokenKind.Symbol, symbol, i));
            i += symbol.Length;
        }
    }

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';

    private static int SkipComment(string text, int i)
    {
        if (text[i + 1] == '/')
        {
            var end = text.IndexOf('\n', i);
            return end < 0 ? text.Length : end + 1;
        }

        var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
        return close < 0 ? throw new FeelException("The comment is not closed", text, i) : close + 2;
    }
}
