using System.Net;
using InvestAid.Notifications;
using MimeKit;
using MimeKit.Text;

namespace InvestAid.Infrastructure.Mail;

/// <summary>
/// Turns a notification into a UTF-8 e-mail: the title as subject, the body as text and as simple HTML, the link to the page; the
/// frame (link text, footer) in the recipient's language, as the title and body already are.
/// </summary>
public static class MailComposer
{
    public static MimeMessage Compose(Guid id, MailOptions options, string to, string title, string body, string? link, string? language = null)
    {
        var en = NotificationTemplates.LanguageOf(language) == NotificationTemplates.English;
        var seeDetails = en ? "Details" : "Xem chi tiết";
        var openLink = en ? "Open in InvestAid" : "Xem chi tiết trên InvestAid";
        var footer = en
            ? "An automatic message from InvestAid — Department of Finance. Turn e-mails off under Notifications › Preferences."
            : "Thư tự động từ hệ thống InvestAid — Sở Tài chính. Tắt nhận thư trong mục Thông báo › Tùy chọn.";
        var message = new MimeMessage { MessageId = $"{id}@investaid.local", Subject = title };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(to));
        message.Headers.Add("X-InvestAid-Outbox-Id", id.ToString());
        var text = link is null ? body : $"{body}\n\n{seeDetails}: {link}\n";
        var paragraphs = string.Concat(body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => $"<p>{WebUtility.HtmlEncode(l.Trim())}</p>"));
        var html = $"""
            <!DOCTYPE html>
            <html lang="{(en ? "en" : "vi")}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)}</title></head>
            <body style="font-family: Arial, sans-serif">
            <h2>{WebUtility.HtmlEncode(title)}</h2>
            {paragraphs}
            {(link is null ? "" : $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">{openLink}</a></p>")}
            <hr><p style="color:#666;font-size:12px">{footer}</p>
            </body></html>
            """;
        var builder = new BodyBuilder { TextBody = text, HtmlBody = html };
        message.Body = builder.ToMessageBody();
        foreach (var part in message.BodyParts.OfType<TextPart>())
        {
            part.ContentTransferEncoding = ContentEncoding.Base64;
            part.ContentType.Charset = "utf-8";
        }
        _ = TextFormat.Html;
        return message;
    }
}
