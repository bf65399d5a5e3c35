namespace InvestAid.Dossiers;

public sealed record InboxQuery(bool Overdue = false, int Page = 1, int PageSize = 50);
