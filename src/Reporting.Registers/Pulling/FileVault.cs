using System.Security.Cryptography;

namespace Reporting.Registers.Pulling;

/// <summary>
/// Keeps every received file's bytes once, named by their SHA-256, so that any register can be
/// read again exactly as it arrived.
/// </summary>
public sealed class FileVault(string root)
{
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public string PathOf(string sha256) => Path.Combine(root, sha256[..2], sha256);

    public async Task KeepAsync(string sha256, byte[] bytes, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        if (File.Exists(path))
            return;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
