using System.Security.Cryptography;
using Anodyne.Web.Infrastructure.Auditing;
using BenchmarkDotNet.Attributes;

namespace Anodyne.Bench.Micro;

/// <summary>
/// The audit chain's cost per row: HMAC-SHA256 over a row of about 500 bytes, against SHA-256 alone over the same
/// bytes, and the real <see cref="AuditChain.ComputeHash"/> (canonical encoding, HMAC, hex) on a typical chart-read row.
/// </summary>
[MemoryDiagnoser]
public class AuditHashBenchmarks
{
    public const int RowBytes = 500;

    private readonly byte[] _key = Fill(32, 7);
    private readonly byte[] _row = Fill(RowBytes, 13);
    private AuditChain _chain = null!;
    private AuditEntry _entry = null!;

    [GlobalSetup]
    public void Setup()
    {
        _chain = new AuditChain(new AuditKey(_key));
        _entry = new AuditEntry
        {
            Sequence = 120_457,
            RecordedAtUtc = new DateTime(2026, 11, 23, 14, 5, 31, DateTimeKind.Utc),
            ActorUserId = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
            ActorName = "Rosa Rivera, RN",
            ActorRole = "Nurse",
            Action = AuditAction.View,
            EntityType = "Patient",
            EntityId = "0196a000-0000-7000-8000-000000000001",
            PatientId = new Guid("0196a000-0000-7000-8000-000000000001"),
            SourceAddress = "127.0.0.1",
            Outcome = AuditOutcome.Success,
            Detail = "Opened the infusion chart from today's schedule: vitals, administrations, pain scores and the eligibility summary.",
            PreviousHash = Convert.ToHexStringLower(SHA256.HashData(_row)),
        };
    }

    [Benchmark(Baseline = true, Description = "SHA-256, 500 B")]
    public byte[] Sha256() => SHA256.HashData(_row);

    [Benchmark(Description = "HMAC-SHA256, 500 B")]
    public byte[] HmacSha256() => HMACSHA256.HashData(_key, _row);

    [Benchmark(Description = "AuditChain.ComputeHash (row)")]
    public string AuditChainRow() => _chain.ComputeHash(_entry);

    private static byte[] Fill(int length, int seed)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = unchecked((byte)((i * 31) + seed));
        }

        return bytes;
    }
}
