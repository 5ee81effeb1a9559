using System.Security.Cryptography;
using Reporting.Output;

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
        await OutputFile.WriteAtomicallyAsync(path, temporary => File.WriteAllBytesAsync(temporary, bytes, cancellationToken));
    }

    /// <summary>Copies a file of any size into the vault while hashing it, never holding it in memory.</summary>
    public async Task<string> KeepFileAsync(string sourcePath, CancellationToken cancellationToken)
    {
        var path = await OutputFile.WriteThenPlaceAsync(Path.Combine(root, "incoming"), async temporary =>
        {
            await using var source = File.OpenRead(sourcePath);
            await using var target = File.Create(temporary);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            return PathOf(Convert.ToHexStringLower(hash.GetHashAndReset()));
        });
        return Path.GetFileName(path);
    }
}
