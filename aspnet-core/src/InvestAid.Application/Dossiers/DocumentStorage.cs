using System.Security.Cryptography;

namespace InvestAid.Dossiers;

/// <summary>
/// Content-addressed files on disk: a file is stored once under its SHA-256 (<c>root/ab/abcdef…</c>), so the same
/// content uploaded twice takes the space of one. Paths are built from the hash only, never from a file name.
/// </summary>
public sealed class DocumentStorage(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>
    /// Copies the upload to a temporary file of the store and hashes it on the way. When the copy fails (a full disk, a client
    /// that went away) the half-written file is deleted before the error goes on: nothing is left in staging.
    /// </summary>
    public async Task<StagedDocument> StageAsync(Stream upload, CancellationToken cancellationToken)
    {
        var staging = Directory.CreateDirectory(Path.Combine(Root, "staging")).FullName;
        var path = Path.Combine(staging, Guid.NewGuid().ToString("N"));
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            int read;
            while ((read = await upload.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            // Flushed here, inside the try: on a full disk the last buffered bytes fail now, not in a dispose outside it.
            await file.FlushAsync(cancellationToken);
            return new StagedDocument(path, Convert.ToHexStringLower(sha.GetHashAndReset()), file.Length);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>Moves the staged file to its place (or drops it when that content is stored already).</summary>
    public void Commit(StagedDocument staged)
    {
        var target = PathOf(staged.Sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
        {
            File.Delete(staged.Path);
            return;
        }
        try
        {
            File.Move(staged.Path, target);
        }
        catch (IOException) when (File.Exists(target))
        {
            File.Delete(staged.Path); // another upload of the same content won the race
        }
    }

    public static void Discard(StagedDocument staged)
    {
        if (File.Exists(staged.Path))
        {
            File.Delete(staged.Path);
        }
    }

    public Stream OpenRead(string sha256) =>
        new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    private string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a SHA-256 in lower-case hex.", nameof(sha256));
        }
        return Path.Combine(Root, sha256[..2], sha256);
    }
}
