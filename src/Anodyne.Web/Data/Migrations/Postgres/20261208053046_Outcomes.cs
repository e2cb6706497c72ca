using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anodyne.Web.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    DayNumber = table.Column<int>(type: "integer", nullable: false),
                    HadHeadache = table.Column<bool>(type: "boolean", nullable: false),
                    StartedAt = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: true),
                    PeakSeverity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Features = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    FeltLikeMigraine = table.Column<bool>(type: "boolean", nullable: false),
                    AuraMinutes = table.Column<int>(type: "integer", nullable: true),
                    AcuteMedication = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    MedicineHelped = table.Column<bool>(type: "boolean", nullable: false),
                    Missed = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    IsHeadacheDay = table.Column<bool>(type: "boolean", nullable: false),
                    IsMigraineDay = table.Column<bool>(type: "boolean", nullable: false),
                    IsModerateOrSevereDay = table.Column<bool>(type: "boolean", nullable: false),
                    IsDebilitatingDay = table.Column<bool>(type: "boolean", nullable: false),
                    Definition = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EnteredByStaff = table.Column<bool>(type: "boolean", nullable: false),
                    EnteredByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AmendedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consents = table.Column<bool>(type: "boolean", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DiaryEntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    AmendedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AmendedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AmendedByStaff = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PreviousAnswersJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
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
