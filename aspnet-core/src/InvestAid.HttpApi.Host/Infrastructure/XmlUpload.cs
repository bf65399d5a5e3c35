using System.Text;
using InvestAid.Workflows;

namespace InvestAid.Hosting;

/// <summary>
/// Reads an uploaded model file (BPMN or DMN: text/xml, application/xml; a Camunda Form: application/json) sent as that
/// type, application/octet-stream or a multipart form file, refusing anything over <see cref="WorkflowConsts.MaxModelBytes"/> as it is read.
/// </summary>
internal static class XmlUpload
{
    /// <param name="what">How the messages name the file, e.g. "the model" (for 415) and "A model" (for 413).</param>
    public static async Task<string> ReadAsync(HttpRequest request, string what, string whatCapitalised, CancellationToken cancellationToken) =>
        (await ReadFileAsync(request, what, whatCapitalised, json: false, cancellationToken)).Text;

    /// <param name="json">Accept application/json (a form) instead of text/xml and application/xml.</param>
    /// <returns>The text, and the file's name when it came as a multipart form file.</returns>
    public static async Task<(string Text, string? FileName)> ReadFileAsync(
        HttpRequest request, string what, string whatCapitalised, bool json, CancellationToken cancellationToken)
    {
        string? fileName = null;
        if (request.ContentLength > WorkflowConsts.MaxModelBytes)
        {
            throw TooLarge(whatCapitalised);
        }

        Stream source;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException bad)
            {
                // A malformed multipart body (bad Content-Disposition, headers over the limit) is the client's error.
                throw new BadHttpRequestException($"The form could not be read: {bad.Message}", StatusCodes.Status400BadRequest);
            }
            var file = form.Files.Count > 0 ? form.Files[0] : throw new BadHttpRequestException("The form has no file.", 400);
            source = file.Length > WorkflowConsts.MaxModelBytes ? throw TooLarge(whatCapitalised) : file.OpenReadStream();
            fileName = string.IsNullOrWhiteSpace(file.FileName) ? null : file.FileName;
        }
        else if (request.ContentType is { } type && (json
                     ? type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
                     : type.StartsWith("text/xml", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase)
                 || type.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase)))
        {
            source = request.Body;
        }
        else
        {
            throw new BadHttpRequestException(json ? $"Send {what} as application/json or a multipart form file." : $"Send {what} as text/xml, application/xml or a multipart form file.", 415);
        }

        // Counted as read: a chunked body has no Content-Length to check first.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > WorkflowConsts.MaxModelBytes)
            {
                throw TooLarge(whatCapitalised);
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        using var text = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return (await text.ReadToEndAsync(cancellationToken), fileName);
    }

    private static BadHttpRequestException TooLarge(string whatCapitalised) =>
        new($"{whatCapitalised} may be at most {WorkflowConsts.MaxModelBytes / 1024 / 1024} MB.", StatusCodes.Status413PayloadTooLarge);
}
