using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyPortal.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ParentChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HowToJoin",
                table: "Services",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JoinUrl",
                table: "Services",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "Institutions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Institutions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Institutions",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ReceptionHours",
                table: "Institutions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HowToJoin",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "JoinUrl",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "Address",
                table: "Institutions");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Institutions");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Institutions");

            migrationBuilder.DropColumn(
                name: "ReceptionHours",
                table: "Institutions");
        }
    }
}
