using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anodyne.Web.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProtocolVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Context = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Proceeded = table.Column<bool>(type: "boolean", nullable: false),
                    CheckedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CheckedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Indication = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Setting = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StepsJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Sessions = table.Column<int>(type: "integer", nullable: false),
                    SpacingDays = table.Column<int>(type: "integer", nullable: false),
                    DosingWeightRule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MaxWeightAgeDays = table.Column<int>(type: "integer", nullable: false),
                    InfusionBagMgPerMl = table.Column<decimal>(type: "numeric", nullable: false),
                    DefaultBagVolumeMl = table.Column<decimal>(type: "numeric", nullable: false),
                    RateSoftMgPerKgPerHour = table.Column<decimal>(type: "numeric", nullable: true),
                    RateHardMgPerKgPerHour = table.Column<decimal>(type: "numeric", nullable: true),
                    BolusSoftMgPerKg = table.Column<decimal>(type: "numeric", nullable: true),
                    BolusHardMgPerKg = table.Column<decimal>(type: "numeric", nullable: true),
                    SessionSoftMg = table.Column<decimal>(type: "numeric", nullable: true),
                    SessionHardMg = table.Column<decimal>(type: "numeric", nullable: true),
                    DaySoftMg = table.Column<decimal>(type: "numeric", nullable: true),
                    DayHardMg = table.Column<decimal>(type: "numeric", nullable: true),
                    SeriesSoftMg = table.Column<decimal>(type: "numeric", nullable: true),
                    SeriesHardMg = table.Column<decimal>(type: "numeric", nullable: true),
                    Sources = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ChangeReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SavedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SavedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SavedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtocolVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TreatmentOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChainId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ReplacesOrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    ChangeReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProtocolVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProtocolCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ProtocolName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProtocolVersionNumber = table.Column<int>(type: "integer", nullable: false),
                    Setting = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StepsJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Sessions = table.Column<int>(type: "integer", nullable: false),
                    SpacingDays = table.Column<int>(type: "integer", nullable: false),
                    WeightKg = table.Column<decimal>(type: "numeric", nullable: false),
                    WeightMeasuredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HeightCm = table.Column<decimal>(type: "numeric", nullable: true),
                    Sex = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DosingWeightRule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DosingWeightKg = table.Column<decimal>(type: "numeric", nullable: false),
                    DosingWeightFormula = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    VialMgPerMl = table.Column<decimal>(type: "numeric", nullable: false),
                    BagVolumeMl = table.Column<decimal>(type: "numeric", nullable: false),
                    PreparationJson = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false),
                    LimitOutcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OverrideReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SignedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SignedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    WeightKgEntered = table.Column<decimal>(type: "numeric", nullable: false),
                    VialMgPerMlEntered = table.Column<decimal>(type: "numeric", nullable: false),
                    Matched = table.Column<bool>(type: "boolean", nullable: false),
                    Mismatch = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CheckedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CheckedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CheckedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
