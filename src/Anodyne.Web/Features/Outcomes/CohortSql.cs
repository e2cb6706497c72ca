using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>
/// The two aggregates behind the cohort figures, summed in the database over the diary: recorded and migraine days
/// per patient and window (windows passed in as JSON), and per patient and 28-day step after a series end. The diary
/// index on (PatientId, DayNumber) serves both as range scans.
/// </summary>
public static class CohortSql
{
    public sealed record WindowCount(string PatientId, int Window, int Recorded, int Migraine);

    public static string Windows(DatabaseProvider provider) => provider == DatabaseProvider.Postgres
        ? """
          SELECT w.p::text AS "PatientId", w.i AS "Window", COUNT(d."Id")::int AS "Recorded",
                 COALESCE(SUM(CASE WHEN d."IsMigraineDay" THEN 1 ELSE 0 END), 0)::int AS "Migraine"
          FROM jsonb_to_recordset({0}::jsonb) AS w(p uuid, i int, a int, b int)
          JOIN "DiaryEntries" d ON d."PatientId" = w.p AND d."DayNumber" BETWEEN w.a AND w.b
          GROUP BY w.p, w.i
          """
        : """
          WITH w AS (SELECT json_extract(value, '$.p') AS p, json_extract(value, '$.i') AS i,
                            json_extract(value, '$.a') AS a, json_extract(value, '$.b') AS b FROM json_each({0}))
          SELECT w.p AS "PatientId", w.i AS "Window", COUNT(d."Id") AS "Recorded",
                 COALESCE(SUM(CASE WHEN d."IsMigraineDay" THEN 1 ELSE 0 END), 0) AS "Migraine"
          FROM w JOIN "DiaryEntries" d ON d."PatientId" = w.p AND d."DayNumber" BETWEEN w.a AND w.b
          GROUP BY w.p, w.i
          """;

    /// <summary>Steps of 28 days after each patient's series end: step k covers days 28k+1 to 28k+28 after it.</summary>
    public static string FollowUp(DatabaseProvider provider) => provider == DatabaseProvider.Postgres
        ? """
          SELECT w.p::text AS "PatientId", ((d."DayNumber" - w.e - 1) / 28)::int AS "Window", COUNT(d."Id")::int AS "Recorded",
                 COALESCE(SUM(CASE WHEN d."IsMigraineDay" THEN 1 ELSE 0 END), 0)::int AS "Migraine"
          FROM jsonb_to_recordset({0}::jsonb) AS w(p uuid, e int, z int)
          JOIN "DiaryEntries" d ON d."PatientId" = w.p AND d."DayNumber" > w.e AND d."DayNumber" <= w.z
          GROUP BY w.p, (d."DayNumber" - w.e - 1) / 28
          """
        : """
          WITH w AS (SELECT json_extract(value, '$.p') AS p, json_extract(value, '$.e') AS e, json_extract(value, '$.z') AS z FROM json_each({0}))
          SELECT w.p AS "PatientId", (d."DayNumber" - w.e - 1) / 28 AS "Window", COUNT(d."Id") AS "Recorded",
                 COALESCE(SUM(CASE WHEN d."IsMigraineDay" THEN 1 ELSE 0 END), 0) AS "Migraine"
          FROM w JOIN "DiaryEntries" d ON d."PatientId" = w.p AND d."DayNumber" > w.e AND d."DayNumber" <= w.z
          GROUP BY w.p, (d."DayNumber" - w.e - 1) / 28
          """;
}
