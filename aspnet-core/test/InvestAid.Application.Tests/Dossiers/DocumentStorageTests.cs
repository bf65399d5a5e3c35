using InvestAid.Dossiers;

namespace InvestAid.Application.Dossiers;

/// <summary>The document store on a disk that fills up: a failed upload leaves nothing behind.</summary>
public sealed class DocumentStorageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "investaid-storage-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_upload_that_fails_half_way_leaves_no_file_in_staging()
    {
        var storage = new DocumentStorage(_root);

        // The write fails after 200 KB as on a full disk (ENOSPC); the half-written temporary file must go.
        var act = () => storage.StageAsync(new FailingStream(200_000), TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<IOException>()).Which.HResult.Should().Be(28);
        Directory.GetFiles(Path.Combine(_root, "staging")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_staged_upload_is_committed_under_its_hash_and_leaves_staging_empty()
    {
        var storage = new DocumentStorage(_root);
        var staged = await storage.StageAsync(new MemoryStream("%PDF-1.7 tài liệu"u8.ToArray()), TestContext.Current.CancellationToken);

        storage.Commit(staged);

        File.Exists(Path.Combine(_root, staged.Sha256[..2], staged.Sha256)).Should().BeTrue();
        Directory.GetFiles(Path.Combine(_root, "staging")).Should().BeEmpty();
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>Gives <c>failAfter</c> bytes, then fails as a write to a full disk does on Linux (errno 28).</summary>
    private sealed class FailingStream(int failAfter) : Stream
    {
        private int _given;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _given; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_given >= failAfter)
            {
                throw new IOException("No space left on device", 28);
            }
            var n = Math.Min(count, failAfter - _given);
            Array.Fill(buffer, (byte)'x', offset, n);
            _given += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
