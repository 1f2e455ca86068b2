using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PolicyPortal.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Institutions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every existing row belongs to the first institution, «main» (default 1 — no UPDATE, which the
            // append-only triggers on Acknowledgements and AuditLog would refuse).
            migrationBuilder.DropIndex(
                name: "IX_SignatureAgreements_Version",
                table: "SignatureAgreements");

            migrationBuilder.DropIndex(
                name: "IX_Reminders_DocumentId_PersonId_Day",
                table: "Reminders");

            migrationBuilder.DropIndex(
                name: "IX_PublishedFiles_DocumentId_Kind_AppendixNumber",
                table: "PublishedFiles");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_TokenHash",
                table: "Invitations");

            migrationBuilder.DropIndex(
                name: "UserNameIndex",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AgreementAcceptances_UserId_AgreementVersion",
                table: "AgreementAcceptances");

            migrationBuilder.DropIndex(
                name: "IX_Acknowledgements_DocumentId_PersonId",
                table: "Acknowledgements");

            migrationBuilder.DropIndex(
                name: "IX_Acknowledgements_PreviousHash",
                table: "Acknowledgements");

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "SignatureAgreements",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "Services",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "Reminders",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "PublishedFiles",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "ProhibitedServices",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "People",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "Invitations",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "Institutions",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "Documents",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "DocumentAcknowledgers",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "CalendarDays",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "AuditLog",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "AspNetUserTokens",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "AspNetUsers",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "AspNetUserRoles",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "AspNetUserLogins",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "AspNetUserClaims",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "AgreementAcceptances",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "InstitutionId",
                table: "Acknowledgements",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "InstitutionRegistry",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Slug = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionRegistry", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "InstitutionRegistry",
                columns: ["Id", "Slug"],
                values: new object[] { 1, "main" });

            migrationBuilder.CreateTable(
                name: "InstitutionHosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstitutionId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionHosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstitutionHosts_InstitutionRegistry_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "InstitutionRegistry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SignatureAgreements_InstitutionId",
                table: "SignatureAgreements",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_SignatureAgreements_InstitutionId_Version",
                table: "SignatureAgreements",
                columns: new[] { "InstitutionId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Services_InstitutionId",
                table: "Services",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_InstitutionId",
                table: "Reminders",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_InstitutionId_DocumentId_PersonId_Day",
                table: "Reminders",
                columns: new[] { "InstitutionId", "DocumentId", "PersonId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedFiles_DocumentId",
                table: "PublishedFiles",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_PublishedFiles_InstitutionId",
                table: "PublishedFiles",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_PublishedFiles_InstitutionId_DocumentId_Kind_AppendixNumber",
                table: "PublishedFiles",
                columns: new[] { "InstitutionId", "DocumentId", "Kind", "AppendixNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProhibitedServices_InstitutionId",
                table: "ProhibitedServices",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_People_InstitutionId",
                table: "People",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_InstitutionId",
                table: "Invitations",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_InstitutionId_TokenHash",
                table: "Invitations",
                columns: new[] { "InstitutionId", "TokenHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_InstitutionId",
                table: "Institutions",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_InstitutionId",
                table: "Documents",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentAcknowledgers_InstitutionId",
                table: "DocumentAcknowledgers",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarDays_InstitutionId",
                table: "CalendarDays",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_InstitutionId",
                table: "AuditLog",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserTokens_InstitutionId",
                table: "AspNetUserTokens",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_InstitutionId",
                table: "AspNetUsers",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                columns: new[] { "InstitutionId", "NormalizedUserName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_InstitutionId",
                table: "AspNetUserRoles",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_InstitutionId",
                table: "AspNetUserLogins",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_InstitutionId",
                table: "AspNetUserClaims",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementAcceptances_InstitutionId",
                table: "AgreementAcceptances",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementAcceptances_InstitutionId_UserId_AgreementVersion",
                table: "AgreementAcceptances",
                columns: new[] { "InstitutionId", "UserId", "AgreementVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Acknowledgements_DocumentId",
                table: "Acknowledgements",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Acknowledgements_InstitutionId",
                table: "Acknowledgements",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Acknowledgements_InstitutionId_DocumentId_PersonId",
                table: "Acknowledgements",
                columns: new[] { "InstitutionId", "DocumentId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Acknowledgements_InstitutionId_PreviousHash",
                table: "Acknowledgements",
                columns: new[] { "InstitutionId", "PreviousHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionHosts_InstitutionId",
                table: "InstitutionHosts",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionHosts_Name",
                table: "InstitutionHosts",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionRegistry_Slug",
                table: "InstitutionRegistry",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InstitutionHosts");

            migrationBuilder.DropTable(
                name: "InstitutionRegistry");

            migrationBuilder.DropIndex(
                name: "IX_SignatureAgreements_InstitutionId",
                table: "SignatureAgreements");

            migrationBuilder.DropIndex(
                name: "IX_SignatureAgreements_InstitutionId_Version",
                table: "SignatureAgreements");

            migrationBuilder.DropIndex(
                name: "IX_Services_InstitutionId",
                table: "Services");

            migrationBuilder.DropIndex(
                name: "IX_Reminders_InstitutionId",
                table: "Reminders");

            migrationBuilder.DropIndex(
                name: "IX_Reminders_InstitutionId_DocumentId_PersonId_Day",
                table: "Reminders");

            migrationBuilder.DropIndex(
                name: "IX_PublishedFiles_DocumentId",
                table: "PublishedFiles");

            migrationBuilder.DropIndex(
                name: "IX_PublishedFiles_InstitutionId",
                table: "PublishedFiles");

            migrationBuilder.DropIndex(
                name: "IX_PublishedFiles_InstitutionId_DocumentId_Kind_AppendixNumber",
                table: "PublishedFiles");

            migrationBuilder.DropIndex(
                name: "IX_ProhibitedServices_InstitutionId",
                table: "ProhibitedServices");

            migrationBuilder.DropIndex(
                name: "IX_People_InstitutionId",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_InstitutionId",
                table: "Invitations");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_InstitutionId_TokenHash",
                table: "Invitations");

            migrationBuilder.DropIndex(
                name: "IX_Institutions_InstitutionId",
                table: "Institutions");

            migrationBuilder.DropIndex(
                name: "IX_Documents_InstitutionId",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_DocumentAcknowledgers_InstitutionId",
                table: "DocumentAcknowledgers");

            migrationBuilder.DropIndex(
                name: "IX_CalendarDays_InstitutionId",
                table: "CalendarDays");

            migrationBuilder.DropIndex(
                name: "IX_AuditLog_InstitutionId",
                table: "AuditLog");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUserTokens_InstitutionId",
                table: "AspNetUserTokens");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_InstitutionId",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "UserNameIndex",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUserRoles_InstitutionId",
                table: "AspNetUserRoles");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUserLogins_InstitutionId",
                table: "AspNetUserLogins");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUserClaims_InstitutionId",
                table: "AspNetUserClaims");

            migrationBuilder.DropIndex(
                name: "IX_AgreementAcceptances_InstitutionId",
                table: "AgreementAcceptances");

            migrationBuilder.DropIndex(
                name: "IX_AgreementAcceptances_InstitutionId_UserId_AgreementVersion",
                table: "AgreementAcceptances");

            migrationBuilder.DropIndex(
                name: "IX_Acknowledgements_DocumentId",
                table: "Acknowledgements");

            migrationBuilder.DropIndex(
                name: "IX_Acknowledgements_InstitutionId",
                table: "Acknowledgements");

            migrationBuilder.DropIndex(
                name: "IX_Acknowledgements_InstitutionId_DocumentId_PersonId",
                table: "Acknowledgements");

            migrationBuilder.DropIndex(
                name: "IX_Acknowledgements_InstitutionId_PreviousHash",
                table: "Acknowledgements");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "SignatureAgreements");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "Reminders");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "PublishedFiles");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "ProhibitedServices");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "People");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "Institutions");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "DocumentAcknowledgers");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "CalendarDays");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "AspNetUserTokens");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "AspNetUserRoles");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "AspNetUserLogins");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "AspNetUserClaims");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "AgreementAcceptances");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "Acknowledgements");

            migrationBuilder.CreateIndex(
                name: "IX_SignatureAgreements_Version",
                table: "SignatureAgreements",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_DocumentId_PersonId_Day",
                table: "Reminders",
                columns: new[] { "DocumentId", "PersonId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedFiles_DocumentId_Kind_AppendixNumber",
                table: "PublishedFiles",
                columns: new[] { "DocumentId", "Kind", "AppendixNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_TokenHash",
                table: "Invitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementAcceptances_UserId_AgreementVersion",
                table: "AgreementAcceptances",
                columns: new[] { "UserId", "AgreementVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Acknowledgements_DocumentId_PersonId",
                table: "Acknowledgements",
                columns: new[] { "DocumentId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Acknowledgements_PreviousHash",
                table: "Acknowledgements",
                column: "PreviousHash",
                unique: true);
        }
    }
}
