using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anodyne.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ControlledSubstances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ControlledProducts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Ndc = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ConcentrationMgPerMl = table.Column<int>(type: "INTEGER", nullable: false),
                    VialVolumeMl = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    VialMicrograms = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ControlledProducts", x => x.Id);
                    table.CheckConstraint("CK_ControlledProducts_Concentration", "\"ConcentrationMgPerMl\" IN (10, 50, 100)");
                    table.CheckConstraint("CK_ControlledProducts_Vial", "\"VialMicrograms\" > 0");
                });

            migrationBuilder.CreateTable(
                name: "StorageLocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StorageLocations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockCounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Occasion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CountedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstCounterUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FirstCounterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SecondCounterUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SecondCounterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StockCounts_StorageLocations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "StorageLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockLots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LotNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Supplier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InvoiceNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VialsReceived = table.Column<int>(type: "INTEGER", nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReceivedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VerifiedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VerifiedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockLots", x => x.Id);
                    table.CheckConstraint("CK_StockLots_Vials", "\"VialsReceived\" > 0");
                    table.ForeignKey(
                        name: "FK_StockLots_ControlledProducts_ProductId",
                        column: x => x.ProductId,
                        principalTable: "ControlledProducts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockLots_StorageLocations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "StorageLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockCountLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountedVials = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpectedVials = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockCountLines", x => x.Id);
                    table.CheckConstraint("CK_StockCountLines_Counted", "\"CountedVials\" >= 0");
                    table.ForeignKey(
                        name: "FK_StockCountLines_StockCounts_CountId",
                        column: x => x.CountId,
                        principalTable: "StockCounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockCountLines_StockLots_LotId",
                        column: x => x.LotId,
                        principalTable: "StockLots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockMovements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToLocationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DispenseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AppointmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Vials = table.Column<int>(type: "INTEGER", nullable: false),
                    Micrograms = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WitnessUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    WitnessName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReversesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Counterparty = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    CountId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockMovements", x => x.Id);
                    table.CheckConstraint("CK_StockMovements_Quantities", "\"Micrograms\" >= 0 AND (\"Vials\" >= 0 OR \"Kind\" = 'CountAdjustment')");
                    table.ForeignKey(
                        name: "FK_StockMovements_Appointments_AppointmentId",
                        column: x => x.AppointmentId,
                        principalTable: "Appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockMovements_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockMovements_StockCounts_CountId",
                        column: x => x.CountId,
                        principalTable: "StockCounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockMovements_StockLots_LotId",
                        column: x => x.LotId,
                        principalTable: "StockLots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockMovements_StockMovements_DispenseId",
                        column: x => x.DispenseId,
                        principalTable: "StockMovements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockMovements_StockMovements_ReversesId",
                        column: x => x.ReversesId,
                        principalTable: "StockMovements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockMovements_StorageLocations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "StorageLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockMovements_StorageLocations_ToLocationId",
                        column: x => x.ToLocationId,
                        principalTable: "StorageLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Discrepancies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LotId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DispenseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AppointmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DifferenceVials = table.Column<int>(type: "INTEGER", nullable: false),
                    MissingMicrograms = table.Column<long>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DetectedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DetectedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EscalatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SuspectedTheft = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReportableToDea = table.Column<bool>(type: "INTEGER", nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ResolvedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResolvedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Discrepancies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Discrepancies_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Discrepancies_StockCounts_CountId",
                        column: x => x.CountId,
                        principalTable: "StockCounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Discrepancies_StockLots_LotId",
                        column: x => x.LotId,
                        principalTable: "StockLots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Discrepancies_StockMovements_DispenseId",
                        column: x => x.DispenseId,
                        principalTable: "StockMovements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Discrepancies_StorageLocations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "StorageLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Preparations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DispenseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Container = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DrugMicrograms = table.Column<long>(type: "INTEGER", nullable: false),
                    Diluent = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FinalVolumeMl = table.Column<decimal>(type: "TEXT", precision: 7, scale: 1, nullable: false),
                    BeyondUseAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PreparedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PreparedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PreparedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CheckedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CheckedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Preparations", x => x.Id);
                    table.CheckConstraint("CK_Preparations_Amounts", "\"DrugMicrograms\" > 0 AND \"FinalVolumeMl\" > 0");
                    table.ForeignKey(
                        name: "FK_Preparations_Appointments_AppointmentId",
                        column: x => x.AppointmentId,
                        principalTable: "Appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Preparations_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Preparations_StockMovements_DispenseId",
                        column: x => x.DispenseId,
                        principalTable: "StockMovements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DiscrepancyNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DiscrepancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiscrepancyNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiscrepancyNotes_Discrepancies_DiscrepancyId",
                        column: x => x.DiscrepancyId,
                        principalTable: "Discrepancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ControlledProducts_Ndc",
                table: "ControlledProducts",
                column: "Ndc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Discrepancies_CountId",
                table: "Discrepancies",
                column: "CountId");

            migrationBuilder.CreateIndex(
                name: "IX_Discrepancies_DispenseId",
                table: "Discrepancies",
                column: "DispenseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Discrepancies_LocationId",
                table: "Discrepancies",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Discrepancies_LotId",
                table: "Discrepancies",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_Discrepancies_PatientId",
                table: "Discrepancies",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Discrepancies_Status",
                table: "Discrepancies",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_DiscrepancyNotes_DiscrepancyId",
                table: "DiscrepancyNotes",
                column: "DiscrepancyId");

            migrationBuilder.CreateIndex(
                name: "IX_Preparations_AppointmentId",
                table: "Preparations",
                column: "AppointmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Preparations_DispenseId",
                table: "Preparations",
                column: "DispenseId");

            migrationBuilder.CreateIndex(
                name: "IX_Preparations_PatientId",
                table: "Preparations",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_StockCountLines_CountId",
                table: "StockCountLines",
                column: "CountId");

            migrationBuilder.CreateIndex(
                name: "IX_StockCountLines_LotId",
                table: "StockCountLines",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_StockCounts_LocationId",
                table: "StockCounts",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_StockLots_LocationId",
                table: "StockLots",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_StockLots_ProductId",
                table: "StockLots",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_AppointmentId",
                table: "StockMovements",
                column: "AppointmentId");

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_CountId",
                table: "StockMovements",
                column: "CountId");

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_DispenseId",
                table: "StockMovements",
                column: "DispenseId");

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_LocationId",
                table: "StockMovements",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_LotId",
                table: "StockMovements",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_OccurredAtUtc",
                table: "StockMovements",
                column: "OccurredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_PatientId",
                table: "StockMovements",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_ReversesId",
                table: "StockMovements",
                column: "ReversesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_Sequence",
                table: "StockMovements",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_ToLocationId",
                table: "StockMovements",
                column: "ToLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_StorageLocations_Name",
                table: "StorageLocations",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DiscrepancyNotes");

            migrationBuilder.DropTable(
                name: "Preparations");

            migrationBuilder.DropTable(
                name: "StockCountLines");

            migrationBuilder.DropTable(
                name: "Discrepancies");

            migrationBuilder.DropTable(
                name: "StockMovements");

            migrationBuilder.DropTable(
                name: "StockCounts");

            migrationBuilder.DropTable(
                name: "StockLots");

            migrationBuilder.DropTable(
                name: "ControlledProducts");

            migrationBuilder.DropTable(
                name: "StorageLocations");
        }
    }
}
