namespace InvestAid.Notifications;

public sealed record NotificationQuery(bool? Unread = null, int? Page = null, int? PageSize = null)
{
    public int PageNumber => Page ?? 1;
    public int Size => PageSize ?? 20;
}
