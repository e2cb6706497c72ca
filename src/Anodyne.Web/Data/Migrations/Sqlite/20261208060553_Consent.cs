using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anodyne.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Consent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsentTexts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentTexts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConsentSignatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ConsentTextId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TextVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    TypedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WitnessUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    WitnessName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentSignatures_ConsentTexts_ConsentTextId",
                        column: x => x.ConsentTextId,
                        principalTable: "ConsentTexts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsentSignatures_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentSignatures_ConsentTextId",
                table: "ConsentSignatures",
                column: "ConsentTextId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentSignatures_PatientId_SignedAtUtc",
                table: "ConsentSignatures",
                columns: new[] { "PatientId", "SignedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentTexts_Version",
                table: "ConsentTexts",
                column: "Version",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsentSignatures");

            migrationBuilder.DropTable(
                name: "ConsentTexts");
        }
    }
}
