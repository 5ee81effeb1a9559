using System.Buffers;
using System.IO.Compression;
using System.Xml;

namespace Reporting.Registers.Reading;

/// <summary>
/// The parts of one workbook's zip as its reader unpacks them, held to the file limits while they
/// inflate: the bytes really inflated, counted over every part opened (a zip bomb declares small
/// sizes and inflates to gigabytes), and, for XML read by an <see cref="System.Xml.XmlReader"/>, the
/// nesting and any document type (<see cref="XmlNestingMeter"/>).
/// </summary>
internal sealed class ZipParts(ZipArchive zip, FileLimits limits)
{
    private long _inflated;

    public ZipArchive Zip => zip;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>An XML reader over a part, refusing it once it inflates past the limit, nests abnormally or declares a document type.</summary>
    public XmlReader OpenXml(ZipArchiveEntry entry) =>
        XmlReader.Create(new GuardedStream(entry.Open(), this, new XmlNestingMeter(Formats.WorksheetXml.MaxDepth)), Settings);

    /// <summary>The whole part, unpacked into a rented buffer (return it with <see cref="Release"/>); for a part scanned as bytes.</summary>
    public ArraySegment<byte> ReadAll(ZipArchiveEntry entry)
    {
        using var stream = new GuardedStream(entry.Open(), this, meter: null);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(entry.Length, 4096, limits.MaxUncompressedBytes) + 1);
        var length = 0;
        int read;
        while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }
        return new ArraySegment<byte>(buffer, 0, length);
    }

    public static void Release(ArraySegment<byte> part) => ArrayPool<byte>.Shared.Return(part.Array!);

    private void Count(int bytes)
    {
        _inflated += bytes;
        if (_inflated > limits.MaxUncompressedBytes)
            throw WorkbookGuard.Bomb($"unpacks to more than {limits.MaxUncompressedBytes:N0} bytes");
    }

    private sealed class GuardedStream(Stream inner, ZipParts parts, XmlNestingMeter? meter) : Stream
    {
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            parts.Count(read);
            if (meter is not null && !meter.Read(buffer[..read]))
                throw WorkbookGuard.Abnormal(meter.Problem!);
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
