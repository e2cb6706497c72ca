using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anodyne.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Questionnaires : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Hit6Entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Item1 = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Item2 = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Item3 = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Item4 = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Item5 = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Item6 = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hit6Entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hit6Entries_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MidasEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MissedWorkOrSchoolDays = table.Column<int>(type: "integer", nullable: false),
                    ReducedWorkOrSchoolProductivityDays = table.Column<int>(type: "integer", nullable: false),
                    MissedHouseholdWorkDays = table.Column<int>(type: "integer", nullable: false),
                    ReducedHouseholdProductivityDays = table.Column<int>(type: "integer", nullable: false),
                    MissedFamilySocialOrLeisureDays = table.Column<int>(type: "integer", nullable: false),
                    HeadacheDays = table.Column<int>(type: "integer", nullable: false),
                    AveragePain = table.Column<int>(type: "integer", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MidasEntries", x => x.Id);
                    table.CheckConstraint("CK_MidasEntries_AveragePain", "\"AveragePain\" >= 0 AND \"AveragePain\" <= 10");
                    table.ForeignKey(
                        name: "FK_MidasEntries_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Hit6Entries_PatientId_AnsweredOn",
                table: "Hit6Entries",
                columns: new[] { "PatientId", "AnsweredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MidasEntries_PatientId_AnsweredOn",
                table: "MidasEntries",
                columns: new[] { "PatientId", "AnsweredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Hit6Entries");

            migrationBuilder.DropTable(
                name: "MidasEntries");
        }
    }
}
