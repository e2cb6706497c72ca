using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anodyne.Web.Data.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Facts_DifferentTriptansFailed",
                table: "HeadacheHistories",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Facts_MonthsWithoutImprovement",
                table: "HeadacheHistories",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "PreventiveTrials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Class = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Drug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Dose = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReachedOptimalOrMaximumToleratedDose = table.Column<bool>(type: "boolean", nullable: false),
                    DurationWeeks = table.Column<int>(type: "integer", nullable: false),
                    ReasonStopped = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
