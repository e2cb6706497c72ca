using System.Diagnostics;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Commands;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Anodyne.Web.Data;

/// <summary>
/// Online backup and offline restore. SQLite uses its backup API, which copies a consistent snapshot while the
/// clinic keeps writing; PostgreSQL uses pg_dump and pg_restore from the server's client tools.
/// </summary>
public sealed class DatabaseBackup(ClinicDbContext db, AuditAnchor anchor, AuditVerifier verifier)
{
    public async Task<int> BackupAsync(string file, CommandConsole console)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            return console.Failed($"{target} already exists; choose a new file name.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Recorded first, so the backup itself shows that it was taken.
        db.RecordAccess(AuditAction.Backup, "Database", null, null, detail: Path.GetFileName(target));
        await db.SaveChangesAsync();

        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await using var source = new SqliteConnection(db.Database.GetConnectionString());
            await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
            await source.OpenAsync();
            await copy.OpenAsync();
            source.BackupDatabase(copy);
        }
        else
        {
            await RunPostgresToolAsync("pg_dump", $"--format=custom --no-owner --file \"{target}\"");
        }

        return console.Done($"Backup written to {target} ({new FileInfo(target).Length} bytes).");
    }

    public async Task<int> RestoreAsync(string file, CommandConsole console)
    {
        var source = Path.GetFullPath(file);
        if (!File.Exists(source))
        {
            return console.Failed($"{source} does not exist.");
        }

        if (db.Provider == DatabaseProvider.Sqlite)
        {
            var problem = await CheckSqliteBackupAsync(source);
            if (problem is not null)
            {
                return console.Failed($"{source} is not a usable backup: {problem}. Nothing was changed.");
            }

            await using (var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            await using (var live = new SqliteConnection(db.Database.GetConnectionString()))
            {
                await backup.OpenAsync();
                await live.OpenAsync();
                backup.BackupDatabase(live);
            }

            SqliteConnection.ClearAllPools();
        }
        else
        {
            await RunPostgresToolAsync("pg_restore", $"--clean --if-exists --no-owner --single-transaction \"{source}\"", database: true);
        }

        return await AfterRestoreAsync(source, console);
    }

    /// <summary>The restored trail is the truth now: move the anchor to its head, verify it, and record the restore.</summary>
    private async Task<int> AfterRestoreAsync(string source, CommandConsole console)
    {
        db.ChangeTracker.Clear();
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new AuditHead(e.Sequence, e.Hash)).FirstOrDefaultAsync() ?? AuditHead.Empty;
        anchor.Reset(head);
        var verdict = await verifier.VerifyAsync(CancellationToken.None);
        db.RecordAccess(AuditAction.Restore, "Database", null, null, verdict.IsIntact ? AuditOutcome.Success : AuditOutcome.Failed, Path.GetFileName(source));
        await db.SaveChangesAsync();
        var message = $"Restored from {source}. {verdict.Message}";
        return verdict.IsIntact ? console.Done(message) : console.Failed(message);
    }

    private static async Task<string?> CheckSqliteBackupAsync(string path)
    {
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            var integrity = (string?)await check.ExecuteScalarAsync();
            if (integrity != "ok")
            {
                return $"integrity check says {integrity}";
            }

            check.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('AuditEntries', '__EFMigrationsHistory')";
            return (long)(await check.ExecuteScalarAsync() ?? 0L) == 2 ? null : "it is not an Anodyne database";
        }
        catch (SqliteException e)
        {
            return e.Message;
        }
    }

    private async Task RunPostgresToolAsync(string tool, string arguments, bool database = false)
    {
        var connection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var start = new ProcessStartInfo(tool, arguments + (database ? $" --dbname=\"{connection.Database}\"" : $" \"{connection.Database}\""))
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // libpq reads these; the password never appears on a command line.
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password ?? "";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started; install PostgreSQL's client tools.");
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed: {errors.Trim()}");
        }
    }
}
