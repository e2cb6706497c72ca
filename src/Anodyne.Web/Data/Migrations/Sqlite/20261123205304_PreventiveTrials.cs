using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anodyne.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PreventiveTrials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Facts_DebilitatingHeadacheDaysPerMonth",
                table: "HeadacheHistories",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Facts_DifferentTriptansFailed",
                table: "HeadacheHistories",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Facts_MonthsWithoutImprovement",
                table: "HeadacheHistories",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "PreventiveTrials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Class = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Drug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Dose = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReachedOptimalOrMaximumToleratedDose = table.Column<bool>(type: "INTEGER", nullable: false),
                    DurationWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    ReasonStopped = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreventiveTrials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreventiveTrials_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PreventiveTrials_PatientId",
                table: "PreventiveTrials",
                column: "PatientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PreventiveTrials");

            migrationBuilder.DropColumn(
                name: "Facts_DebilitatingHeadacheDaysPerMonth",
                table: "HeadacheHistories");

            migrationBuilder.DropColumn(
                name: "Facts_DifferentTriptansFailed",
                table: "HeadacheHistories");

            migrationBuilder.DropColumn(
                name: "Facts_MonthsWithoutImprovement",
                table: "HeadacheHistories");
        }
    }
}
