using Anodyne.Web.Data;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>
/// The controlled-substance records are append-only in the database too, like the audit trail: no UPDATE or
/// DELETE of a movement, a lot's receipt, a count, a note or a preparation, and no DELETE of a discrepancy
/// (21 CFR 1304.04: kept at least two years, never deletable in the app). Called from a hand-written migration,
/// so the generated one can be regenerated freely.
/// </summary>
public static class LedgerSql
{
    /// <summary>Tables whose rows never change once written.</summary>
    public static readonly IReadOnlyList<string> AppendOnly = ["StockMovements", "StockLots", "StockCounts", "StockCountLines", "DiscrepancyNotes", "Preparations", "ControlledProducts", "StorageLocations"];

    /// <summary>Tables whose rows may change (a discrepancy's status) but are never deleted.</summary>
    public static readonly IReadOnlyList<string> NeverDeleted = ["Discrepancies"];

    public static void Up(MigrationBuilder migrationBuilder, DatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (provider == DatabaseProvider.Postgres)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION controlled_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'controlled-substance records are append-only (%)', TG_TABLE_NAME;
                END
                $$;
                """);
            foreach (var table in AppendOnly)
            {
                migrationBuilder.Sql($"""CREATE TRIGGER "{table}_NoChange" BEFORE UPDATE OR DELETE ON "{table}" FOR EACH ROW EXECUTE FUNCTION controlled_records_append_only();""");
                migrationBuilder.Sql($"""CREATE TRIGGER "{table}_NoTruncate" BEFORE TRUNCATE ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION controlled_records_append_only();""");
            }

            foreach (var table in NeverDeleted)
            {
                migrationBuilder.Sql($"""CREATE TRIGGER "{table}_NoDelete" BEFORE DELETE ON "{table}" FOR EACH ROW EXECUTE FUNCTION controlled_records_append_only();""");
                migrationBuilder.Sql($"""CREATE TRIGGER "{table}_NoTruncate" BEFORE TRUNCATE ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION controlled_records_append_only();""");
            }

            return;
        }

        foreach (var table in AppendOnly)
        {
            migrationBuilder.Sql($"""CREATE TRIGGER "{table}_NoUpdate" BEFORE UPDATE ON "{table}" BEGIN SELECT RAISE(ABORT, 'controlled-substance records are append-only'); END;""");
            migrationBuilder.Sql($"""CREATE TRIGGER "{table}_NoDelete" BEFORE DELETE ON "{table}" BEGIN SELECT RAISE(ABORT, 'controlled-substance records are append-only'); END;""");
        }

        foreach (var table in NeverDeleted)
        {
            migrationBuilder.Sql($"""CREATE TRIGGER "{table}_NoDelete" BEFORE DELETE ON "{table}" BEGIN SELECT RAISE(ABORT, 'controlled-substance records are never deleted'); END;""");
        }
    }

    public static void Down(MigrationBuilder migrationBuilder, DatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in AppendOnly.Concat(NeverDeleted))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                foreach (var name in new[] { "NoChange", "NoTruncate", "NoDelete" })
                {
                    migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{table}_{name}" ON "{table}";""");
                }
            }
            else
            {
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{table}_NoUpdate";""");
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{table}_NoDelete";""");
            }
        }

        if (provider == DatabaseProvider.Postgres)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS controlled_records_append_only();");
        }
    }
}
