namespace InvestAid.Notifications;

/// <summary>Section <c>App</c>: the web app's public address, for links in e-mails (<c>{BaseUrl}/projects/{id}</c>).</summary>
public sealed class AppLinkOptions
{
    public string BaseUrl { get; set; } = "http://localhost:5000";

    public string? Absolute(string? link) => link is null ? null : BaseUrl.TrimEnd('/') + link;
}
