using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anodyne.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Outcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DiaryEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DayNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    HadHeadache = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    PeakSeverity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Features = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    FeltLikeMigraine = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuraMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    AcuteMedication = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    MedicineHelped = table.Column<bool>(type: "INTEGER", nullable: false),
                    Missed = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    IsHeadacheDay = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsMigraineDay = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsModerateOrSevereDay = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsDebilitatingDay = table.Column<bool>(type: "INTEGER", nullable: false),
                    Definition = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EnteredByStaff = table.Column<bool>(type: "INTEGER", nullable: false),
                    EnteredByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AmendedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiaryEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiaryEntries_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResearchConsents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consents = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchConsents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchConsents_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DiaryAmendments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DiaryEntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmendedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AmendedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AmendedByStaff = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PreviousAnswersJson = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiaryAmendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiaryAmendments_DiaryEntries_DiaryEntryId",
                        column: x => x.DiaryEntryId,
                        principalTable: "DiaryEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DiaryAmendments_DiaryEntryId",
                table: "DiaryAmendments",
                column: "DiaryEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntries_PatientId_DayNumber",
                table: "DiaryEntries",
                columns: new[] { "PatientId", "DayNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntries_PatientId_IdempotencyKey",
                table: "DiaryEntries",
                columns: new[] { "PatientId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResearchConsents_PatientId_RecordedAtUtc",
                table: "ResearchConsents",
                columns: new[] { "PatientId", "RecordedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DiaryAmendments");

            migrationBuilder.DropTable(
                name: "ResearchConsents");

            migrationBuilder.DropTable(
                name: "DiaryEntries");
        }
    }
}
