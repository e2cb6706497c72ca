namespace Anodyne.Web.Data;

/// <summary>
/// A record that, once saved, is a legal document: a signed decision, a signed order, a ledger movement.
/// The context refuses to change or delete one; a correction is a new record that points back to it.
/// </summary>
public interface IImmutableRecord
{
}
