using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Anodyne.Web.Infrastructure.Errors;

/// <summary>
/// Binds yes/no form fields (checkboxes). A value that is not true or false becomes a field error, and the value
/// kept for re-showing the form is cleared: the checkbox tag helper converts the kept value back to a boolean when
/// it redraws the form, and a value like "maybe" would otherwise fail there with a server error.
/// </summary>
public sealed class YesNoModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        // A checkbox posts "true" and its hidden partner "false"; the first value decides, as in the default binder.
        var first = result.FirstValue;
        if (string.IsNullOrEmpty(first) && Nullable.GetUnderlyingType(bindingContext.ModelType) is not null)
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            bindingContext.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }

        if (bool.TryParse(first, out var value))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            bindingContext.Result = ModelBindingResult.Success(value);
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: null, attemptedValue: null);
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
            $"Answer {bindingContext.ModelMetadata.DisplayName ?? bindingContext.ModelMetadata.Name ?? "this question"} with yes or no.");
        bindingContext.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}

/// <summary>Puts <see cref="YesNoModelBinder"/> in front of the default binders for bool and bool?.</summary>
public sealed class YesNoModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.ModelType == typeof(bool) || context.Metadata.ModelType == typeof(bool?) ? new YesNoModelBinder() : null;
    }
}
