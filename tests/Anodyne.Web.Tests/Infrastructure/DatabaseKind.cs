namespace Anodyne.Web.Tests.Infrastructure;

public enum DatabaseKind
{
    Sqlite,
    Postgres,
}

/// <summary>Test data for running a test on every database the clinic supports.</summary>
public static class Databases
{
    public static TheoryData<DatabaseKind> Both => new(DatabaseKind.Sqlite, DatabaseKind.Postgres);

    /// <summary>The base connection string of the throwaway PostgreSQL server the test script starts.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable("ANODYNE_TEST_POSTGRES");

    /// <summary>
    /// Skips a PostgreSQL row when no server is configured, unless the test script demands PostgreSQL,
    /// in which case a missing server fails the run rather than passing silently.
    /// </summary>
    public static void RequireAvailable(DatabaseKind kind)
    {
        if (kind != DatabaseKind.Postgres || !string.IsNullOrEmpty(PostgresServer))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("ANODYNE_REQUIRE_POSTGRES") == "1")
        {
            Assert.Fail("ANODYNE_REQUIRE_POSTGRES=1 but ANODYNE_TEST_POSTGRES is not set: the PostgreSQL server did not start.");
        }

        Assert.Skip("No PostgreSQL server configured (set ANODYNE_TEST_POSTGRES).");
    }
}
