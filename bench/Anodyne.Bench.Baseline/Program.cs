// A minimal web app with the same SDK, runtime and GC defaults as the clinic, and nothing else:
// its start time and working set are the floor that the clinic's figures are divided by.
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/health", () => Results.Text("Healthy"));
await app.RunAsync();
