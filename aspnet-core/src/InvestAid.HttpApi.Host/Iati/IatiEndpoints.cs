using System.Text;
using InvestAid.Hosting;
using InvestAid.Identity;

namespace InvestAid.Iati;

/// <summary>IATI 2.03 activity export of ODA / concessional-loan and NGO projects.</summary>
public sealed class IatiEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/export").WithTags("Reports")
            .MapGet("/iati", ExportIati).RequireAuthorization(Permissions.Reports.Default)
            .Produces(200, contentType: "application/xml").ProducesValidationProblem();
    }

    /// <summary><c>kind=oda|ngo</c>, <c>year</c>: the iati-activities document of the activities in force that year.</summary>
    public static async Task<IResult> ExportIati([AsParameters] IatiExportQuery query, IatiActivityExporter exporter, CancellationToken ct)
    {
        var document = await exporter.ExportAsync(query, ct);
        using var stream = new MemoryStream();
        await using (var writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            await document.SaveAsync(writer, ct);
        }
        return Results.File(stream.ToArray(), "application/xml", $"iati-{query.Kind?.ToLowerInvariant()}-{query.Year}.xml");
    }
}
