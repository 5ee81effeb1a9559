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
/// Every size is bounded: a file is decoded up to the file limit and no further.
/// </summary>
public static class MailAttachments
{
    public static MailContents Of(MimeMessage message, FileLimits limits)
    {
        var files = new List<MailFile>();
        var notRead = new List<string>();
        Collect(message, limits, files, notRead);
        return new MailContents(files, notRead);
    }

    private static void Collect(MimeMessage message, FileLimits limits, List<MailFile> files, List<string> notRead)
    {
        foreach (var entity in message.BodyParts)
        {
            if (entity is MessagePart { Message: { } forwarded })
            {
                Collect(forwarded, limits, files, notRead);
                continue;
            }
            if (entity is not MimePart part || part.FileName is not { Length: > 0 } name)
                continue;
            if (!part.IsAttachment && part.ContentType.MediaType.Equals("image", StringComparison.OrdinalIgnoreCase))
                continue;
            var bytes = Decode(part, limits.MaxFileBytes);
            if (bytes is null)
            {
                files.Add(MailFile.TooLarge(name, target => part.Content?.DecodeTo(target)));
                continue;
            }
            if (Path.GetExtension(name).Equals(".zip", StringComparison.OrdinalIgnoreCase))
                Unzip(name, bytes, limits, files, notRead);
            else if (FolderFiles.Classify(name) is FolderFile.NotARegister(var reason))
                notRead.Add($"{name}: {reason}");
            else
                files.Add(MailFile.Whole(name, bytes));
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

    private static void Unzip(string zipName, byte[] bytes, FileLimits limits, List<MailFile> files, List<string> notRead)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (archive.Entries.Count > limits.MaxZipEntries)
            {
                notRead.Add($"{zipName}: tệp nén có {archive.Entries.Count} tệp, quá {limits.MaxZipEntries}; không mở.");
                return;
            }
            long unpacked = 0;
            foreach (var entry in archive.Entries.Where(e => e.Name.Length > 0 && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)))
            {
                var name = $"{zipName}/{entry.FullName}";
                if (FolderFiles.Classify(entry.Name) is FolderFile.NotARegister(var reason))
                {
                    notRead.Add($"{name}: {reason}");
                    continue;
                }
                using var buffer = new BoundedStream(Math.Min(limits.MaxFileBytes, limits.MaxUncompressedBytes - unpacked));
                try
                {
                    using var content = entry.Open();
                    content.CopyTo(buffer);
                }
                catch (BoundedStream.LimitReachedException)
                {
                    // Hashed as it inflates, to the limit of what may be unpacked at all: past that it is a bomb, not a register.
                    files.Add(MailFile.TooLarge(name, target =>
                    {
                        using var content = entry.Open();
                        CopyAtMost(content, target, limits.MaxUncompressedBytes);
                    }));
                    continue;
                }
                unpacked += buffer.Length;
                files.Add(MailFile.Whole(name, buffer.ToArray()));
            }
        }
        catch (InvalidDataException exception)
        {
            notRead.Add($"{zipName}: không mở được tệp nén (hỏng hoặc có mật khẩu: {exception.Message}). Xin gửi sổ không nén, hoặc nén lại không đặt mật khẩu.");
        }
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
