using System.Globalization;
using System.Reflection;
using System.Xml.Linq;

namespace InvestAid.Procedures;

/// <summary>
/// A procedure version shipped as a <c>.bpmn</c> file (embedded from Procedures/Definitions). Its legal basis and
/// effective dates are attributes of the process (<c>ia:legalBasis</c>, <c>ia:effectiveFrom</c>, <c>ia:effectiveTo</c>),
/// so the file alone says which law it follows and when.
/// </summary>
public sealed record ShippedProcedure(string ResourceName, string Key, string Xml, string? LegalBasis, DateOnly? EffectiveFrom, DateOnly? EffectiveTo)
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace InvestAidNs = "http://investaid.vn/schema/bpmn";
    private const string Prefix = "InvestAid.Procedures.";

    /// <summary>Every shipped version, oldest in force first within each key.</summary>
    public static IReadOnlyList<ShippedProcedure> All()
    {
        var assembly = typeof(ShippedProcedure).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".bpmn", StringComparison.Ordinal))
            .Select(n => Load(assembly, n))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.EffectiveFrom)];
    }

    private static ShippedProcedure Load(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var xml = reader.ReadToEnd();
        var process = XDocument.Parse(xml).Root!.Element(Bpmn + "process")!;
        return new ShippedProcedure(name, (string)process.Attribute("id")!, xml, (string?)process.Attribute(InvestAidNs + "legalBasis"),
            Date(process.Attribute(InvestAidNs + "effectiveFrom")), Date(process.Attribute(InvestAidNs + "effectiveTo")));
    }

    private static DateOnly? Date(XAttribute? attribute) =>
        attribute is null ? null : DateOnly.ParseExact(attribute.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
