using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anodyne.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IntakeEligibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Allergies",
                table: "Patients",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CurrentMedications",
                table: "Patients",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmergencyContactName",
                table: "Patients",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmergencyContactPhone",
                table: "Patients",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreferredLanguage",
                table: "Patients",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PregnancyPotential",
                table: "Patients",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BodyMeasurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasuredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WeightKg = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    HeightCm = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BodyMeasurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BodyMeasurements_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KetamineScreenings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScreenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Facts_ActivePtsd = table.Column<bool>(type: "INTEGER", nullable: false),
                    Facts_AltTimesUpperLimit = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    Facts_Aneurysm = table.Column<bool>(type: "INTEGER", nullable: false),
                    Facts_AstTimesUpperLimit = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    Facts_Breastfeeding = table.Column<bool>(type: "INTEGER", nullable: false),
                    Facts_ChronicKidneyDiseaseStage = table.Column<int>(type: "INTEGER", nullable: true),
                    Facts_DiastolicMmHg = table.Column<int>(type: "INTEGER", nullable: true),
                    Facts_Glaucoma = table.Column<bool>(type: "INTEGER", nullable: false),
                    Facts_Hypertension = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Facts_InteractingDrugClasses = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Facts_IschaemicHeartDisease = table.Column<bool>(type: "INTEGER", nullable: false),
                    Facts_KetamineHypersensitivity = table.Column<bool>(type: "INTEGER", nullable: false),
                    Facts_LiverDisease = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Facts_OralMorphineEquivalentMgPerDay = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    Facts_Pheochromocytoma = table.Column<bool>(type: "INTEGER", nullable: false),
                    Facts_PoorVentricularFunction = table.Column<bool>(type: "INTEGER", nullable: false),
                    Facts_Pregnant = table.Column<bool>(type: "INTEGER", nullable: false),
                    Facts_PriorAdverseReactionToKetamine = table.Column<bool>(type: "INTEGER", nullable: false),
                    Facts_PriorStroke = table.Column<bool>(type: "INTEGER", nullable: false),
                    Facts_Psychosis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Facts_RaisedBilirubinAlpInrOrUrea = table.Column<bool>(type: "INTEGER", nullable: false),
                    Facts_RaisedIntracranialPressure = table.Column<bool>(type: "INTEGER", nullable: false),
                    Facts_RaisedIntraocularPressure = table.Column<bool>(type: "INTEGER", nullable: false),
                    Facts_SubstanceUseDisorder = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Facts_SystolicMmHg = table.Column<int>(type: "INTEGER", nullable: true),
                    Facts_Thyroid = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Facts_UnstableOrPoorlyControlledCardiacDisease = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KetamineScreenings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KetamineScreenings_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_DateOfBirth",
                table: "Patients",
                column: "DateOfBirth");

            migrationBuilder.CreateIndex(
                name: "IX_BodyMeasurements_PatientId_MeasuredOn",
                table: "BodyMeasurements",
                columns: new[] { "PatientId", "MeasuredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_KetamineScreenings_PatientId_ScreenedOn",
                table: "KetamineScreenings",
                columns: new[] { "PatientId", "ScreenedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BodyMeasurements");

            migrationBuilder.DropTable(
                name: "KetamineScreenings");

            migrationBuilder.DropIndex(
                name: "IX_Patients_DateOfBirth",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Allergies",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "CurrentMedications",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "EmergencyContactName",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "EmergencyContactPhone",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "PreferredLanguage",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "PregnancyPotential",
                table: "Patients");
        }
    }
}
