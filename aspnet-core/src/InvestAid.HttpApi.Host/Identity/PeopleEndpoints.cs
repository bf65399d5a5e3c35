using InvestAid.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Identity;

/// <summary>
/// Names of people for screens that hold e-mail addresses (timelines, actors, assignees): the web app asks once per
/// page for the addresses it shows and displays the full names.
/// </summary>
public sealed class PeopleEndpoints : IEndpointGroup
{
    public const int MaxEmails = 200;

    public void Map(IEndpointRouteBuilder app) =>
        app.MapGroup("/api/v1/people").WithTags("Account")
            .MapGet("", ListPeople).RequireAuthorization(Permissions.Account.Default)
            .Produces<IReadOnlyList<PersonDto>>().ProducesValidationProblem();

    /// <summary><c>email=a@x&amp;email=b@y</c>: the known ones, with their names.</summary>
    public static async Task<IResult> ListPeople([FromQuery(Name = "email")] string[]? email, IUserDirectory directory, CancellationToken ct)
    {
        var emails = (email ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (emails.Count > MaxEmails)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["email"] = [InvestAid.Text.Localized.Pick($"Tối đa {MaxEmails} địa chỉ.", $"At most {MaxEmails} addresses.")] });
        }
        var names = await directory.NamesAsync(emails, ct);
        return Results.Ok(names.Select(n => new PersonDto(n.Key, n.Value)).OrderBy(p => p.DisplayName).ToList());
    }
}
