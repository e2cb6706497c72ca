using Anodyne.Clinical.ControlledSubstances;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>Why a controlled-substance action was not recorded, tied to the form field it concerns.</summary>
public sealed record LedgerError(string Field, string Message)
{
    public static LedgerError From(LedgerRefusal refusal, string field) => new(field, LedgerRefusalText.Describe(refusal));
}
