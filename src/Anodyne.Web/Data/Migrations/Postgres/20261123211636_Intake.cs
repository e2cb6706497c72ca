using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anodyne.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Intake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HeadacheHistories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    TakenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AgeYears = table.Column<int>(type: "integer", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Facts_AcuteMedicationDaysUncertain = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_AnyAcuteMedicationDaysPerMonth = table.Column<int>(type: "integer", nullable: false),
                    Facts_AttackDurationHours = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    Facts_AttacksWithAura = table.Column<int>(type: "integer", nullable: false),
                    Facts_AttacksWithoutAura = table.Column<int>(type: "integer", nullable: false),
                    Facts_AuraBrainstem = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_AuraFullyReversible = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_AuraMotor = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_AuraOneSided = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_AuraPositive = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_AuraRetinal = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_AuraSensory = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_AuraSpeechOrLanguage = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_AuraSpreadsGradually = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_AuraSymptomsInSuccession = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_AuraSymptomsLastFiveToSixtyMinutes = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_AuraVisual = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_BetterExplainedByAnotherDiagnosis = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_CombinationAnalgesicDaysPerMonth = table.Column<int>(type: "integer", nullable: false),
                    Facts_DebilitatingHeadacheDaysPerMonth = table.Column<int>(type: "integer", nullable: false),
                    Facts_DifferentTriptansFailed = table.Column<int>(type: "integer", nullable: false),
                    Facts_ErgotamineDaysPerMonth = table.Column<int>(type: "integer", nullable: false),
                    Facts_HadHeadacheBeforeMedicationUse = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_HasAttacksWithAura = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_HasAttacksWithoutAura = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_HeadacheDaysPerMonth = table.Column<int>(type: "integer", nullable: false),
                    Facts_HeadacheWithinAnHourOfAura = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_LightSensitivity = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_MigraineLikeDaysPerMonth = table.Column<int>(type: "integer", nullable: false),
                    Facts_ModerateOrSevere = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_MonthsAtCurrentFrequency = table.Column<int>(type: "integer", nullable: false),
                    Facts_MonthsOfRegularAcuteMedication = table.Column<int>(type: "integer", nullable: false),
                    Facts_MonthsWithoutImprovement = table.Column<int>(type: "integer", nullable: false),
                    Facts_NauseaOrVomiting = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_OneSided = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_OpioidDaysPerMonth = table.Column<int>(type: "integer", nullable: false),
                    Facts_SimpleAnalgesicDaysPerMonth = table.Column<int>(type: "integer", nullable: false),
                    Facts_SoundSensitivity = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_Throbbing = table.Column<bool>(type: "boolean", nullable: false),
                    Facts_TriptanDaysPerMonth = table.Column<int>(type: "integer", nullable: false),
                    Facts_WorseWithActivity = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeadacheHistories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HeadacheHistories_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "IX_HeadacheHistories_PatientId_TakenOn",
                table: "HeadacheHistories",
                columns: new[] { "PatientId", "TakenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Hit6Entries_PatientId_AnsweredOn",
                table: "Hit6Entries",
                columns: new[] { "PatientId", "AnsweredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MidasEntries_PatientId_AnsweredOn",
                table: "MidasEntries",
                columns: new[] { "PatientId", "AnsweredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PreventiveTrials_PatientId",
                table: "PreventiveTrials",
                column: "PatientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HeadacheHistories");

            migrationBuilder.DropTable(
                name: "Hit6Entries");

            migrationBuilder.DropTable(
                name: "MidasEntries");

            migrationBuilder.DropTable(
                name: "PreventiveTrials");
        }
    }
}
