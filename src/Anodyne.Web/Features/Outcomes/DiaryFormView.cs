using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>What the shared diary fields need: the answers, the language, and the message of each wrong field.</summary>
public sealed record DiaryFormView(DiaryInput Input, bool Spanish, bool IsCorrection, IReadOnlyDictionary<string, string> Errors)
{
    public static DiaryFormView Of(DiaryInput input, bool spanish, bool isCorrection, ModelStateDictionary state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new DiaryFormView(input, spanish, isCorrection, state
            .Where(s => s.Value?.Errors.Count > 0)
            .ToDictionary(s => s.Key, s => s.Value!.Errors[0].ErrorMessage));
    }
}
