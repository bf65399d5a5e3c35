using System.Globalization;

namespace InvestAid.Procedures;

/// <summary>Issues numbers of investment registration certificates (số GCNĐKĐT), unique across nodes.</summary>
public interface ICertificateNumberStore
{
    Task<string> NextAsync(CancellationToken cancellationToken);

    /// <summary>Ten digits, zero-padded.</summary>
    static string Format(long number) => number.ToString("D10", CultureInfo.InvariantCulture);
}
