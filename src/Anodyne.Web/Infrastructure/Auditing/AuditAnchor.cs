using System.Globalization;
using Microsoft.Extensions.Options;

namespace Anodyne.Web.Infrastructure.Auditing;

/// <summary>
/// Keeps the chain head in a small file outside the database. The verifier checks the chain still reaches it,
/// which is what detects removal of the newest rows; a hash chain alone cannot.
/// </summary>
public sealed class AuditAnchor(IOptions<AuditOptions> options, IHostEnvironment environment)
{
    private readonly Lock _gate = new();
    private readonly string _path = Path.GetFullPath(options.Value.AnchorFile, environment.ContentRootPath);
    private long _written = -1;

    public string FilePath => _path;

    public void Advance(AuditHead head)
    {
        lock (_gate)
        {
            if (_written < 0)
            {
                _written = Read()?.Sequence ?? 0;
            }

            if (head.Sequence <= _written)
            {
                return;
            }

            Write(head);
            _written = head.Sequence;
        }
    }

    /// <summary>Sets the anchor to exactly this head (after a restore, which deliberately goes back in time).</summary>
    public void Reset(AuditHead head)
    {
        lock (_gate)
        {
            Write(head);
            _written = head.Sequence;
        }
    }

    public AuditHead? Read()
    {
        if (!File.Exists(_path))
        {
            return null;
        }

        var parts = File.ReadAllText(_path).Trim().Split(' ');
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? new AuditHead(sequence, parts[1])
            : null;
    }

    private void Write(AuditHead head)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temporary = _path + ".tmp";
        File.WriteAllText(temporary, string.Create(CultureInfo.InvariantCulture, $"{head.Sequence} {head.Hash}"));
        File.Move(temporary, _path, overwrite: true);
    }
}
