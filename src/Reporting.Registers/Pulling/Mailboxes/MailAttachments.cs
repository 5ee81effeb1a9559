using System.IO.Compression;
using MimeKit;
using Reporting.Registers.Pulling.Sources;
using Reporting.Registers.Reading;

namespace Reporting.Registers.Pulling.Mailboxes;

/// <summary>
/// A file taken from a message: an attachment, or one file of an attached zip. One over the size
/// limit comes without its bytes, only their size and hash.
/// </summary>
public sealed record MailFile(string Name, byte[]? Bytes, long Size, string Sha256)
{
    public static MailFile Whole(string name, byte[] bytes) => new(name, bytes, bytes.Length, FileVault.HashOf(bytes));

    public static MailFile TooLarge(string name, Action<Stream> content)
    {
        using var hash = System.Security.Cryptography.SHA256.Create();
        var size = new CountingStream();
        using (var hashing = new System.Security.Cryptography.CryptoStream(size, hash, System.Security.Cryptography.CryptoStreamMode.Write, leaveOpen: true))
            content(hashing);
        return new MailFile(name, null, size.Length, Convert.ToHexStringLower(hash.Hash!));
    }

    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
    }
}

/// <summary>What a message carries: the files that may be registers, and a line for each thing not read.</summary>
public sealed record MailContents(IReadOnlyList<MailFile> Files, IReadOnlyList<string> NotRead);

/// <summary>
/// Takes the attachments of a message that may be registers, unpacking zip files, forwarded
/// messages included. Images and signatures that mail programs put inline are passed over.
/// Every size is bounded: a file is decoded up to the file limit and no further, and one message
/// unpacks no more than <see cref="FileLimits.MaxUncompressedBytes"/> in all, however many zips it holds.
/// </summary>
public static class MailAttachments
{
    public static MailContents Of(MimeMessage message, FileLimits limits, int maxFiles)
    {
        var collector = new Collector(limits, maxFiles);
        collector.Collect(message);
        return new MailContents(collector.Files, collector.NotRead);
    }

    private sealed class Collector(FileLimits limits, int maxFiles)
    {
        private long _unpackable = limits.MaxUncompressedBytes;

        public List<MailFile> Files { get; } = [];
        public List<string> NotRead { get; } = [];

        public void Collect(MimeMessage message)
        {
            foreach (var entity in message.BodyParts)
            {
                if (entity is MessagePart { Message: { } forwarded })
                {
                    Collect(forwarded);
                    continue;
                }
                if (entity is not MimePart part || part.FileName is not { Length: > 0 } name)
                    continue;
                if (!part.IsAttachment && part.ContentType.MediaType.Equals("image", StringComparison.OrdinalIgnoreCase))
                    continue;
                if (Full(name))
                    continue;
                var bytes = Decode(part, limits.MaxFileBytes);
                if (bytes is null)
                    Files.Add(MailFile.TooLarge(name, target => part.Content?.DecodeTo(target)));
                else if (Path.GetExtension(name).Equals(".zip", StringComparison.OrdinalIgnoreCase))
                    Unzip(name, bytes);
                else if (FolderFiles.Classify(name) is FolderFile.NotARegister(var reason))
                    NotRead.Add($"{name}: {reason}");
                else
                    Files.Add(MailFile.Whole(name, bytes));
            }
        }

        /// <summary>Registers past the count a message may carry are named, not read.</summary>
        private bool Full(string name)
        {
            if (Files.Count < maxFiles)
                return false;
            NotRead.Add($"{name}: thư đã có {maxFiles} sổ, tối đa mỗi thư; xin gửi sổ này trong thư khác.");
            return true;
        }

        private void Unzip(string zipName, byte[] bytes)
        {
            try
            {
                using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
                if (archive.Entries.Count > limits.MaxZipEntries)
                {
                    NotRead.Add($"{zipName}: tệp nén có {archive.Entries.Count} tệp, quá {limits.MaxZipEntries}; không mở.");
                    return;
                }
                foreach (var entry in archive.Entries.Where(e => e.Name.Length > 0 && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)))
                {
                    var name = $"{zipName}/{entry.FullName}";
                    if (FolderFiles.Classify(entry.Name) is FolderFile.NotARegister(var reason))
                    {
                        NotRead.Add($"{name}: {reason}");
                        continue;
                    }
                    if (Full(name))
                        continue;
                    if (_unpackable <= 0)
                    {
                        NotRead.Add($"{name}: thư đã giải nén quá {limits.MaxUncompressedBytes / (1 << 20):N0} MB; không mở tiếp.");
                        continue;
                    }
                    using var buffer = new BoundedStream(Math.Min(limits.MaxFileBytes, _unpackable));
                    try
                    {
                        using var content = entry.Open();
                        content.CopyTo(buffer);
                    }
                    catch (BoundedStream.LimitReachedException)
                    {
                        // Hashed as it inflates, within what the message may still unpack: past that it is a bomb, not a register.
                        var file = MailFile.TooLarge(name, target =>
                        {
                            using var content = entry.Open();
                            CopyAtMost(content, target, _unpackable);
                        });
                        _unpackable -= file.Size;
                        Files.Add(file);
                        continue;
                    }
                    _unpackable -= buffer.Length;
                    Files.Add(MailFile.Whole(name, buffer.ToArray()));
                }
            }
            catch (InvalidDataException exception)
            {
                NotRead.Add($"{zipName}: không mở được tệp nén (hỏng hoặc có mật khẩu: {exception.Message}). Xin gửi sổ không nén, hoặc nén lại không đặt mật khẩu.");
            }
        }
    }

    /// <summary>The decoded content, or null when it is larger than <paramref name="limit"/>.</summary>
    private static byte[]? Decode(MimePart part, long limit)
    {
        using var buffer = new BoundedStream(limit);
        try
        {
            part.Content?.DecodeTo(buffer);
        }
        catch (BoundedStream.LimitReachedException)
        {
            return null;
        }
        return buffer.ToArray();
    }

    private static void CopyAtMost(Stream source, Stream target, long limit)
    {
        var chunk = new byte[81920];
        long copied = 0;
        int read;
        while (copied < limit && (read = source.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - copied))) > 0)
        {
            target.Write(chunk, 0, read);
            copied += read;
        }
    }

    /// <summary>A memory stream that refuses to grow past its limit, so that a zip bomb or a huge attachment is never held whole.</summary>
    private sealed class BoundedStream(long limit) : MemoryStream
    {
        public sealed class LimitReachedException : Exception;

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (Length + count > limit)
                throw new LimitReachedException();
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Length + buffer.Length > limit)
                throw new LimitReachedException();
            base.Write(buffer);
        }

        public override void WriteByte(byte value)
        {
            if (Length + 1 > limit)
                throw new LimitReachedException();
            base.WriteByte(value);
        }
    }
}
