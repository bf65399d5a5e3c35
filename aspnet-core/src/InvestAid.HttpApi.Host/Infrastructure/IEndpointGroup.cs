namespace InvestAid.Hosting;

/// <summary>
/// One class per feature maps that feature's endpoints; groups are found by convention at start-up.
/// Every endpoint is named after its handler so the generated client has stable method names.
/// </summary>
public interface IEndpointGroup
{
    void Map(IEndpointRouteBuilder app);
}
