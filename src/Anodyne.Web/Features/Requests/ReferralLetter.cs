namespace Anodyne.Web.Features.Requests;

/// <summary>The PDF referral letter sent with an appointment request, kept in the database; only staff can download it.</summary>
public sealed class ReferralLetter
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RequestId { get; set; }

    public long SizeBytes { get; set; }

    public byte[] Content { get; set; } = [];

    public DateTime ReceivedAtUtc { get; set; }

    /// <summary>Whether the bytes start with the PDF signature "%PDF-" (the file name and declared type are not trusted).</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> start) => start.StartsWith("%PDF-"u8);
}
