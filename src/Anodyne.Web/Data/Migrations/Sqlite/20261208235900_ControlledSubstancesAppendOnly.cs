using Anodyne.Web.Features.ControlledSubstances;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anodyne.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ControlledSubstancesAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: the ledger and its records are append-only in the database (see LedgerSql).
            LedgerSql.Up(migrationBuilder, DatabaseProvider.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            LedgerSql.Down(migrationBuilder, DatabaseProvider.Sqlite);
        }
    }
}
