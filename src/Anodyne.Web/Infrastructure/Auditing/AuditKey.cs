using System.Security.Cryptography;

namespace Anodyne.Web.Infrastructure.Auditing;

/// <summary>The secret that keys the audit chain, loaded from configuration or from a key file beside the data.</summary>
public sealed class AuditKey
{
    public AuditKey(byte[] bytes)
    {
        if (bytes.Length < 32)
        {
            throw new ArgumentException("The audit key must be at least 32 bytes.", nameof(bytes));
        }

        Bytes = bytes;
    }

    public byte[] Bytes { get; }

    public static AuditKey Load(AuditOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.Key))
        {
            return new AuditKey(Convert.FromBase64String(options.Key));
        }

        var path = Path.GetFullPath(options.KeyFile, contentRoot);
        if (File.Exists(path))
        {
            return new AuditKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return new AuditKey(key);
    }
}
