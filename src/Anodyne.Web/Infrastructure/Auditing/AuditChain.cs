using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Anodyne.Web.Infrastructure.Auditing;

/// <summary>
/// The keyed hash that links audit rows: hash_n = HMAC-SHA256(K, hash_{n-1} || canonical(row_n)).
/// The key lives outside the database, so someone who can edit the database file cannot re-forge the chain
/// (design: shared/design/security-and-reliability.md, B3).
/// </summary>
public sealed class AuditChain(AuditKey key)
{
    /// <summary>The "previous hash" of the first row.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public string ComputeHash(AuditEntry entry)
    {
        var bytes = Canonical(entry);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key.Bytes, bytes));
    }

    public void Seal(AuditEntry entry, long sequence, string previousHash)
    {
        entry.Sequence = sequence;
        entry.PreviousHash = previousHash;
        entry.Hash = ComputeHash(entry);
    }

    /// <summary>
    /// Fixed field order, UTF-8, each field length-prefixed, so that verification never depends on how a
    /// database or serializer formats values.
    /// </summary>
    private static byte[] Canonical(AuditEntry e)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            Field(writer, e.PreviousHash);
            Field(writer, e.Sequence.ToString(CultureInfo.InvariantCulture));
            Field(writer, e.RecordedAtUtc.Ticks.ToString(CultureInfo.InvariantCulture));
            Field(writer, e.ActorUserId);
            Field(writer, e.ActorName);
            Field(writer, e.ActorRole);
            Field(writer, e.Action.ToString());
            Field(writer, e.EntityType);
            Field(writer, e.EntityId);
            Field(writer, e.PatientId?.ToString("D"));
            Field(writer, e.SourceAddress);
            Field(writer, e.Outcome.ToString());
            Field(writer, e.Detail);
        }

        return buffer.ToArray();
    }

    private static void Field(BinaryWriter writer, string? value)
    {
        if (value is null)
        {
            writer.Write(-1);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }
}
