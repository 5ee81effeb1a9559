using System.Runtime.InteropServices;

namespace Reporting.Registers.Reading;

internal static class FileStreams
{
    /// <summary>A read-only stream over a received file's bytes, without copying them (a register is read two or three times over).</summary>
    public static MemoryStream Over(ReadOnlyMemory<byte> file) =>
        MemoryMarshal.TryGetArray(file, out var bytes)
            ? new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false)
            : new MemoryStream(file.ToArray(), writable: false);
}
