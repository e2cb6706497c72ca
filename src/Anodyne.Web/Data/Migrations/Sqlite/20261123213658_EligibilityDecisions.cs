using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anodyne.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EligibilityDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EligibilityDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ReplacesDecisionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Proposed = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProposalReasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Decided = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SignedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SignedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EligibilityDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EligibilityDecisions_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityDecisions_PatientId_Version",
                table: "EligibilityDecisions",
                columns: new[] { "PatientId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EligibilityDecisions");
        }
    }
}
