namespace InvestAid.MailSink;

/// <summary>One message the sink accepted, decoded (subject and bodies in UTF-8) and raw.</summary>
public sealed record ReceivedMail(string Id, DateTimeOffset ReceivedAt, string From, string To, string Subject, string TextBody, string? HtmlBody, byte[] Raw);
