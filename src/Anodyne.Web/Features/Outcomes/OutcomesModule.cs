using Microsoft.Extensions.Options;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>The headache diary, progress, cohort analytics and the research export.</summary>
public static class OutcomesModule
{
    public static IServiceCollection AddOutcomes(this IServiceCollection services)
    {
        services.AddOptions<OutcomeOptions>().BindConfiguration(OutcomeOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<OutcomeOptions>>().Value.ToSettings());
        services.AddScoped<RecordDiaryDay.Handler>();
        services.AddScoped<DiaryQueries>();
        services.AddScoped<InfusionsGiven>();
        services.AddScoped<PatientProgress>();
        services.AddScoped<CohortAnalysis>();
        services.AddScoped<ResearchExport>();
        return services;
    }

    public static RouteGroupBuilder MapOutcomesApi(this RouteGroupBuilder api)
    {
        api.MapDiaryApi();
        api.MapCohortApi();
        api.MapResearchExportApi();
        return api;
    }
}
