using System.Globalization;

namespace InvestAid.Text;

/// <summary>
/// Money as an officer reads it in a sentence (history summaries, notices): Vietnamese grouping
/// ("22.670.000,00 USD"), no decimals for a currency without a minor unit ("63.500.000.000 VND"),
/// the currency always named. The server's one formatter, matching the web app's.
/// </summary>
public static class MoneyText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>ISO 4217 currencies with exponent 0 in practice.</summary>
    private static readonly HashSet<string> Whole = new(StringComparer.OrdinalIgnoreCase) { "VND", "JPY", "KRW" };

    public static string Format(decimal amount, string currency, CultureInfo? culture = null)
    {
        var code = currency.ToUpperInvariant();
        var digits = Whole.Contains(code) ? "N0" : "N2";
        return $"{amount.ToString(digits, culture ?? Vietnamese)} {code}";
    }

    /// <summary>A change with its sign: "+1.500.000,00 USD", "-200.000,00 USD".</summary>
    public static string Signed(decimal amount, string currency, CultureInfo? culture = null) =>
        (amount > 0 ? "+" : "") + Format(amount, currency, culture);
}
