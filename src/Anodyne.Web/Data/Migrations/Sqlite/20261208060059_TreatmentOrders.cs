using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anodyne.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TreatmentOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DoseLimitChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProtocolVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Context = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Proceeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    CheckedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CheckedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DoseLimitChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DoseLimitChecks_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProtocolVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Indication = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Setting = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StepsJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Sessions = table.Column<int>(type: "INTEGER", nullable: false),
                    SpacingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DosingWeightRule = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MaxWeightAgeDays = table.Column<int>(type: "INTEGER", nullable: false),
                    InfusionBagMgPerMl = table.Column<decimal>(type: "TEXT", nullable: false),
                    DefaultBagVolumeMl = table.Column<decimal>(type: "TEXT", nullable: false),
                    RateSoftMgPerKgPerHour = table.Column<decimal>(type: "TEXT", nullable: true),
                    RateHardMgPerKgPerHour = table.Column<decimal>(type: "TEXT", nullable: true),
                    BolusSoftMgPerKg = table.Column<decimal>(type: "TEXT", nullable: true),
                    BolusHardMgPerKg = table.Column<decimal>(type: "TEXT", nullable: true),
                    SessionSoftMg = table.Column<decimal>(type: "TEXT", nullable: true),
                    SessionHardMg = table.Column<decimal>(type: "TEXT", nullable: true),
                    DaySoftMg = table.Column<decimal>(type: "TEXT", nullable: true),
                    DayHardMg = table.Column<decimal>(type: "TEXT", nullable: true),
                    SeriesSoftMg = table.Column<decimal>(type: "TEXT", nullable: true),
                    SeriesHardMg = table.Column<decimal>(type: "TEXT", nullable: true),
                    Sources = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ChangeReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SavedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SavedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtocolVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TreatmentOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChainId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ReplacesOrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangeReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ProtocolVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProtocolCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProtocolName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProtocolVersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Setting = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StepsJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Sessions = table.Column<int>(type: "INTEGER", nullable: false),
                    SpacingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightKg = table.Column<decimal>(type: "TEXT", nullable: false),
                    WeightMeasuredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeightCm = table.Column<decimal>(type: "TEXT", nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DosingWeightRule = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DosingWeightKg = table.Column<decimal>(type: "TEXT", nullable: false),
                    DosingWeightFormula = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    VialMgPerMl = table.Column<decimal>(type: "TEXT", nullable: false),
                    BagVolumeMl = table.Column<decimal>(type: "TEXT", nullable: false),
                    PreparationJson = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    LimitOutcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SignedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SignedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TreatmentOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TreatmentOrders_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TreatmentOrders_ProtocolVersions_ProtocolVersionId",
                        column: x => x.ProtocolVersionId,
                        principalTable: "ProtocolVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrderDoubleChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WeightKgEntered = table.Column<decimal>(type: "TEXT", nullable: false),
                    VialMgPerMlEntered = table.Column<decimal>(type: "TEXT", nullable: false),
                    Matched = table.Column<bool>(type: "INTEGER", nullable: false),
                    Mismatch = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CheckedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CheckedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CheckedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderDoubleChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderDoubleChecks_TreatmentOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "TreatmentOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DoseLimitChecks_OrderId",
                table: "DoseLimitChecks",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_DoseLimitChecks_PatientId",
                table: "DoseLimitChecks",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_OrderDoubleChecks_OrderId",
                table: "OrderDoubleChecks",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtocolVersions_Code_Version",
                table: "ProtocolVersions",
                columns: new[] { "Code", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TreatmentOrders_ChainId_Version",
                table: "TreatmentOrders",
                columns: new[] { "ChainId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TreatmentOrders_PatientId",
                table: "TreatmentOrders",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_TreatmentOrders_ProtocolVersionId",
                table: "TreatmentOrders",
                column: "ProtocolVersionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DoseLimitChecks");

            migrationBuilder.DropTable(
                name: "OrderDoubleChecks");

            migrationBuilder.DropTable(
                name: "TreatmentOrders");

            migrationBuilder.DropTable(
                name: "ProtocolVersions");
        }
    }
}
