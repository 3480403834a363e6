<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About SyncStudio</source>
            <translation>About SyncStudio</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>SyncStudio compares two MySQL or MariaDB databases, shows the differences in schema and data side by side, and synchronizes the target from your workstation under supervision: source reads never lock, every write is checked against what the comparison saw, and each sync can be rolled back to the backup point taken just before it. Passwords stay in the system keychain.</source>
            <translation>SyncStudio compares two MySQL or MariaDB databases, shows the differences in schema and data side by side, and synchronizes the target from your workstation under supervision: source reads never lock, every write is checked against what the comparison saw, and each sync can be rolled back to the backup point taken just before it. Passwords stay in the system keychain.</translation>
        </message>
        <message>
            <source>Copyright © 2026 the SyncStudio developers. Released under the GNU General Public License, version 3 or later; it comes with no warranty.</source>
            <translation>Copyright © 2026 the SyncStudio developers. Released under the GNU General Public License, version 3 or later; it comes with no warranty.</translation>
        </message>
        <message>
            <source>&amp;Copy Version Information</source>
            <translation>&amp;Copy Version Information</translation>
        </message>
        <message>
            <source>Qt %1 (built with %2)</source>
            <translation>Qt %1 (built with %2)</translation>
        </message>
        <message>
            <source>MariaDB Connector/C %1</source>
            <translation>MariaDB Connector/C %1</translation>
        </message>
    </context>
    <context>
        <name>AppStore</name>
        <message>
            <source>No folder for SyncStudio's data: the system reports no application data location.</source>
            <translation>No folder for SyncStudio's data: the system reports no application data location.</translation>
        </message>
        <message>
            <source>Set SYNCSTUDIO_HOME to a writable folder.</source>
            <translation>Set SYNCSTUDIO_HOME to a writable folder.</translation>
        </message>
        <message>
            <source>Could not create the folder %1 for SyncStudio's data.</source>
            <translation>Could not create the folder %1 for SyncStudio's data.</translation>
        </message>
        <message>
            <source>Check the permissions of its parent folder, or set SYNCSTUDIO_HOME to a writable folder.</source>
            <translation>Check the permissions of its parent folder, or set SYNCSTUDIO_HOME to a writable folder.</translation>
        </message>
        <message>
            <source>Could not open %1: the Qt SQLite driver (QSQLITE) is not available.</source>
            <translation>Could not open %1: the Qt SQLite driver (QSQLITE) is not available.</translation>
        </message>
        <message>
            <source>Install the Qt SQL SQLite plugin that matches this Qt version.</source>
            <translation>Install the Qt SQL SQLite plugin that matches this Qt version.</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>Could not open the file</translation>
        </message>
        <message>
            <source>Could not configure the connection</source>
            <translation>Could not configure the connection</translation>
        </message>
        <message>
            <source>%1 is not a SyncStudio data file, or it is damaged (%2).</source>
            <translation>%1 is not a SyncStudio data file, or it is damaged (%2).</translation>
        </message>
        <message>
            <source>Move it away, or set SYNCSTUDIO_HOME to another folder.</source>
            <translation>Move it away, or set SYNCSTUDIO_HOME to another folder.</translation>
        </message>
        <message>
            <source>%1 was written by a newer SyncStudio (schema version %2; this version understands up to %3). It was left untouched.</source>
            <translation>%1 was written by a newer SyncStudio (schema version %2; this version understands up to %3). It was left untouched.</translation>
        </message>
        <message>
            <source>Use the newer SyncStudio, or set SYNCSTUDIO_HOME to another folder.</source>
            <translation>Use the newer SyncStudio, or set SYNCSTUDIO_HOME to another folder.</translation>
        </message>
        <message>
            <source>Could not read the file</source>
            <translation>Could not read the file</translation>
        </message>
        <message>
            <source>%1 is an SQLite database, but not one SyncStudio made. It was left untouched.</source>
            <translation>%1 is an SQLite database, but not one SyncStudio made. It was left untouched.</translation>
        </message>
        <message>
            <source>Could not switch the file to WAL mode</source>
            <translation>Could not switch the file to WAL mode</translation>
        </message>
        <message>
            <source>Could not upgrade the schema to version %1 (%2)</source>
            <translation>Could not upgrade the schema to version %1 (%2)</translation>
        </message>
        <message>
            <source>The file was left at its previous version. Make a copy of it and report the problem; set SYNCSTUDIO_HOME to another folder to start afresh.</source>
            <translation>The file was left at its previous version. Make a copy of it and report the problem; set SYNCSTUDIO_HOME to another folder to start afresh.</translation>
        </message>
        <message>
            <source>The store %1 was used from a thread that did not open it.</source>
            <translation>The store %1 was used from a thread that did not open it.</translation>
        </message>
        <message>
            <source>Open a separate AppStore in each thread with AppStore::open(path).</source>
            <translation>Open a separate AppStore in each thread with AppStore::open(path).</translation>
        </message>
        <message>
            <source>%1: %2 (file %3)</source>
            <translation>%1: %2 (file %3)</translation>
        </message>
        <message>
            <source>Another SyncStudio window or command is writing to it; try again when it is done.</source>
            <translation>Another SyncStudio window or command is writing to it; try again when it is done.</translation>
        </message>
        <message>
            <source>Check that %1 is writable and the disk is not full, or set SYNCSTUDIO_HOME to another folder.</source>
            <translation>Check that %1 is writable and the disk is not full, or set SYNCSTUDIO_HOME to another folder.</translation>
        </message>
        <message>
            <source>Could not read the schema version</source>
            <translation>Could not read the schema version</translation>
        </message>
        <message>
            <source>Could not read the profiles</source>
            <translation>Could not read the profiles</translation>
        </message>
        <message>
            <source>No saved profile %1.</source>
            <translation>No saved profile %1.</translation>
        </message>
        <message>
            <source>List the saved profiles with "syncstudio-cli profile list".</source>
            <translation>List the saved profiles with "syncstudio-cli profile list".</translation>
        </message>
        <message>
            <source>Could not read profile %1</source>
            <translation>Could not read profile %1</translation>
        </message>
        <message>
            <source>No saved profile has the id %1.</source>
            <translation>No saved profile has the id %1.</translation>
        </message>
        <message>
            <source>No saved profile is named "%1".</source>
            <translation>No saved profile is named "%1".</translation>
        </message>
        <message>
            <source>A profile needs a name.</source>
            <translation>A profile needs a name.</translation>
        </message>
        <message>
            <source>Give the profile a short name, e.g. "prod".</source>
            <translation>Give the profile a short name, e.g. "prod".</translation>
        </message>
        <message>
            <source>Profile "%1": the port %2 is not between 1 and 65535.</source>
            <translation>Profile "%1": the port %2 is not between 1 and 65535.</translation>
        </message>
        <message>
            <source>Could not save profile "%1"</source>
            <translation>Could not save profile "%1"</translation>
        </message>
        <message>
            <source>A profile named "%1" already exists.</source>
            <translation>A profile named "%1" already exists.</translation>
        </message>
        <message>
            <source>Profile names are unique regardless of case: choose another name, or edit "%1".</source>
            <translation>Profile names are unique regardless of case: choose another name, or edit "%1".</translation>
        </message>
        <message>
            <source>Profile "%1" (id %2) is no longer in the store: it was removed meanwhile.</source>
            <translation>Profile "%1" (id %2) is no longer in the store: it was removed meanwhile.</translation>
        </message>
        <message>
            <source>Could not remove profile %1</source>
            <translation>Could not remove profile %1</translation>
        </message>
        <message>
            <source>Could not read the setting %1</source>
            <translation>Could not read the setting %1</translation>
        </message>
        <message>
            <source>Could not save the setting %1</source>
            <translation>Could not save the setting %1</translation>
        </message>
        <message>
            <source>The setting %1 takes a %2, not a %3.</source>
            <translation>The setting %1 takes a %2, not a %3.</translation>
        </message>
        <message>
            <source>Could not reset the setting %1</source>
            <translation>Could not reset the setting %1</translation>
        </message>
        <message>
            <source>Could not read the recent projects</source>
            <translation>Could not read the recent projects</translation>
        </message>
        <message>
            <source>Could not record the recent project %1</source>
            <translation>Could not record the recent project %1</translation>
        </message>
        <message>
            <source>Could not trim the recent projects</source>
            <translation>Could not trim the recent projects</translation>
        </message>
        <message>
            <source>Could not forget the recent project %1</source>
            <translation>Could not forget the recent project %1</translation>
        </message>
        <message>
            <source>Could not start a transaction</source>
            <translation>Could not start a transaction</translation>
        </message>
        <message>
            <source>Could not commit</source>
            <translation>Could not commit</translation>
        </message>
        <message>
            <source>Could not roll back</source>
            <translation>Could not roll back</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Compare and synchronize MySQL and MariaDB databases.</source>
            <translation>Compare and synchronize MySQL and MariaDB databases.</translation>
        </message>
        <message>
            <source>SyncStudio Cannot Start</source>
            <translation>SyncStudio Cannot Start</translation>
        </message>
        <message>
            <source>SyncStudio could not open its data file at %1.</source>
            <translation>SyncStudio could not open its data file at %1.</translation>
        </message>
    </context>
    <context>
        <name>Applier</name>
        <message>
            <source>The write session could not be prepared; check that the account may set session variables.</source>
            <translation>The write session could not be prepared; check that the account may set session variables.</translation>
        </message>
        <message>
            <source>The connection to the target was lost.</source>
            <translation>The connection to the target was lost.</translation>
        </message>
        <message>
            <source>Reconnected to %1.</source>
            <translation>Reconnected to %1.</translation>
        </message>
        <message>
            <source>Reconnecting to %1 failed (%2 of %3): %4</source>
            <translation>Reconnecting to %1 failed (%2 of %3): %4</translation>
        </message>
        <message>
            <source>The target could not be reached again. The run is partial: every batch before the current one is committed and backed up. Resume it once the server is back.</source>
            <translation>The target could not be reached again. The run is partial: every batch before the current one is committed and backed up. Resume it once the server is back.</translation>
        </message>
        <message>
            <source>The sync plan is inconsistent: %1.</source>
            <translation>The sync plan is inconsistent: %1.</translation>
        </message>
        <message>
            <source>This is a bug in the code that built the plan; nothing was written.</source>
            <translation>This is a bug in the code that built the plan; nothing was written.</translation>
        </message>
        <message>
            <source>a key has %1 values, the table's key %2 columns</source>
            <translation>a key has %1 values, the table's key %2 columns</translation>
        </message>
        <message>
            <source>a key holds NULL</source>
            <translation>a key holds NULL</translation>
        </message>
        <message>
            <source>the row %1 has no complete before-image</source>
            <translation>the row %1 has no complete before-image</translation>
        </message>
        <message>
            <source>the row %1 has no complete new image</source>
            <translation>the row %1 has no complete new image</translation>
        </message>
        <message>
            <source>The row %1 needs a %2 %3 statement, more than the target's max_allowed_packet (%4) allows. Nothing was written.</source>
            <translation>The row %1 needs a %2 %3 statement, more than the target's max_allowed_packet (%4) allows. Nothing was written.</translation>
        </message>
        <message>
            <source>Raise max_allowed_packet on the target (SET GLOBAL max_allowed_packet = %1, then reconnect), or exclude this row from the sync.</source>
            <translation>Raise max_allowed_packet on the target (SET GLOBAL max_allowed_packet = %1, then reconnect), or exclude this row from the sync.</translation>
        </message>
        <message>
            <source>A dry run cannot continue a run.</source>
            <translation>A dry run cannot continue a run.</translation>
        </message>
        <message>
            <source>Leave out --dry-run to resume run %1.</source>
            <translation>Leave out --dry-run to resume run %1.</translation>
        </message>
        <message>
            <source>The run %1 has finished (%2): there is nothing to resume.</source>
            <translation>The run %1 has finished (%2): there is nothing to resume.</translation>
        </message>
        <message>
            <source>Start a new run instead.</source>
            <translation>Start a new run instead.</translation>
        </message>
        <message>
            <source>The run %1 did not include this table.</source>
            <translation>The run %1 did not include this table.</translation>
        </message>
        <message>
            <source>The table is not as it was when run %1 started: %2.</source>
            <translation>The table is not as it was when run %1 started: %2.</translation>
        </message>
        <message>
            <source>Resume with the plan the run started with, or start a new run.</source>
            <translation>Resume with the plan the run started with, or start a new run.</translation>
        </message>
        <message>
            <source>Resuming run %1: %2 rows already settled, %3 to go.</source>
            <translation>Resuming run %1: %2 rows already settled, %3 to go.</translation>
        </message>
        <message>
            <source>Nothing to write.</source>
            <translation>Nothing to write.</translation>
        </message>
        <message>
            <source>SyncStudio dry run: the statements a sync would send to %1, batch by batch.</source>
            <translation>SyncStudio dry run: the statements a sync would send to %1, batch by batch.</translation>
        </message>
        <message>
            <source>Each batch is one transaction; its guard locks the rows and checks that each still reads as shown, and only then writes.</source>
            <translation>Each batch is one transaction; its guard locks the rows and checks that each still reads as shown, and only then writes.</translation>
        </message>
        <message>
            <source>Run by hand, this script has no guard: it overwrites rows changed since the compare.</source>
            <translation>Run by hand, this script has no guard: it overwrites rows changed since the compare.</translation>
        </message>
        <message>
            <source>Cannot write the SQL script: %1</source>
            <translation>Cannot write the SQL script: %1</translation>
        </message>
        <message>
            <source>running</source>
            <translation>running</translation>
        </message>
        <message>
            <source>cancelled; resume run %1 to finish it</source>
            <translation>cancelled; resume run %1 to finish it</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) left unwritten</source>
            <translation>
                <numerusform>%n conflict left unwritten</numerusform>
                <numerusform>%n conflicts left unwritten</numerusform>
            </translation>
        </message>
        <message>
            <source>The run journal rows of %1 could not be removed (harmless): %2</source>
            <translation>The run journal rows of %1 could not be removed (harmless): %2</translation>
        </message>
        <message>
            <source>Batch %1 of %2: %3; writing it row by row, guarded.</source>
            <translation>Batch %1 of %2: %3; writing it row by row, guarded.</translation>
        </message>
        <message>
            <source>The connection was lost during batch %1 of %2 (%3); reconnecting.</source>
            <translation>The connection was lost during batch %1 of %2 (%3); reconnecting.</translation>
        </message>
        <message>
            <source>Batch %1 had committed before the connection was lost.</source>
            <translation>Batch %1 had committed before the connection was lost.</translation>
        </message>
        <message>
            <source>Batch %1 did not commit; running it again.</source>
            <translation>Batch %1 did not commit; running it again.</translation>
        </message>
        <message>
            <source>Batch %1 of %2: %3; retrying in %4 ms.</source>
            <translation>Batch %1 of %2: %3; retrying in %4 ms.</translation>
        </message>
        <message>
            <source>Other sessions kept the rows locked through %1 attempts; run the sync again when the target is quieter.</source>
            <translation>Other sessions kept the rows locked through %1 attempts; run the sync again when the target is quieter.</translation>
        </message>
        <message>
            <source>A foreign key refused the write: rows of a table outside the sync refer to these rows, or the tables' keys refer to each other in a cycle. Include the other table in the sync, or run with foreign key checks off.</source>
            <translation>A foreign key refused the write: rows of a table outside the sync refer to these rows, or the tables' keys refer to each other in a cycle. Include the other table in the sync, or run with foreign key checks off.</translation>
        </message>
        <message>
            <source>Row %1 of %2 reads back differently from what was written (a trigger or a type conversion changed it).</source>
            <translation>Row %1 of %2 reads back differently from what was written (a trigger or a type conversion changed it).</translation>
        </message>
        <message>
            <source>%1 of %2 rows were inserted (keys that exist now)</source>
            <translation>%1 of %2 rows were inserted (keys that exist now)</translation>
        </message>
        <message>
            <source>the server warned: %1</source>
            <translation>the server warned: %1</translation>
        </message>
        <message>
            <source>The %1 changed %2 rows where %3 were expected; the batch was rolled back.</source>
            <translation>The %1 changed %2 rows where %3 were expected; the batch was rolled back.</translation>
        </message>
        <message>
            <source>The table may have changed its keys or have a trigger that removes rows; compare again.</source>
            <translation>The table may have changed its keys or have a trigger that removes rows; compare again.</translation>
        </message>
        <message>
            <source>%1: %2; copying it in batches instead.</source>
            <translation>%1: %2; copying it in batches instead.</translation>
        </message>
        <message>
            <source>the connection was lost during the load (%1)</source>
            <translation>the connection was lost during the load (%1)</translation>
        </message>
        <message>
            <source>%1: %2; replacing it with INSERTs instead.</source>
            <translation>%1: %2; replacing it with INSERTs instead.</translation>
        </message>
        <message>
            <source>The connection was lost while replacing %1 (%2); reconnecting.</source>
            <translation>The connection was lost while replacing %1 (%2); reconnecting.</translation>
        </message>
        <message>
            <source>The replace of %1 did not commit; the table kept its old contents. Running it again.</source>
            <translation>The replace of %1 did not commit; the table kept its old contents. Running it again.</translation>
        </message>
        <message>
            <source>The replace of %1 had committed before the connection was lost.</source>
            <translation>The replace of %1 had committed before the connection was lost.</translation>
        </message>
        <message>
            <source>Replacing %1: %2; retrying in %3 ms.</source>
            <translation>Replacing %1: %2; retrying in %3 ms.</translation>
        </message>
        <message>
            <source>%1: replaced %2 rows with %3.</source>
            <translation>%1: replaced %2 rows with %3.</translation>
        </message>
        <message>
            <source>The table changed after the sync wrote it (it had %1 rows then, %2 now, and its checksum differs), so its old contents were not put back. Nothing of it was written.</source>
            <translation>The table changed after the sync wrote it (it had %1 rows then, %2 now, and its checksum differs), so its old contents were not put back. Nothing of it was written.</translation>
        </message>
        <message>
            <source>Undo the later changes and roll back again, or restore the rows from the backup's export (syncstudio-cli backups export).</source>
            <translation>Undo the later changes and roll back again, or restore the rows from the backup's export (syncstudio-cli backups export).</translation>
        </message>
        <message>
            <source>The table changed after it was compared (it had %1 rows then, %2 now, and its checksum differs), so its contents were not replaced. Nothing of it was written.</source>
            <translation>The table changed after it was compared (it had %1 rows then, %2 now, and its checksum differs), so its contents were not replaced. Nothing of it was written.</translation>
        </message>
        <message>
            <source>Compare again and sync, or leave the table out.</source>
            <translation>Compare again and sync, or leave the table out.</translation>
        </message>
        <message>
            <source>The DELETE removed %1 rows where %2 were locked; the replace was rolled back.</source>
            <translation>The DELETE removed %1 rows where %2 were locked; the replace was rolled back.</translation>
        </message>
        <message>
            <source>A trigger may have changed the table; compare again.</source>
            <translation>A trigger may have changed the table; compare again.</translation>
        </message>
        <message>
            <source>A row of the source needs a %1 INSERT statement, more than the target's max_allowed_packet (%2) allows. The replace was rolled back.</source>
            <translation>A row of the source needs a %1 INSERT statement, more than the target's max_allowed_packet (%2) allows. The replace was rolled back.</translation>
        </message>
        <message>
            <source>Raise max_allowed_packet on the target (SET GLOBAL max_allowed_packet = %1, then reconnect).</source>
            <translation>Raise max_allowed_packet on the target (SET GLOBAL max_allowed_packet = %1, then reconnect).</translation>
        </message>
        <message>
            <source>%1 of %2 rows were loaded</source>
            <translation>%1 of %2 rows were loaded</translation>
        </message>
        <message>
            <source>The batches committed before the stop are in backup point %1, so the run can be resumed or rolled back.</source>
            <translation>The batches committed before the stop are in backup point %1, so the run can be resumed or rolled back.</translation>
        </message>
    </context>
    <context>
        <name>BackupCatalog</name>
        <message>
            <source>%1 in %2: %3</source>
            <translation>%1 in %2: %3</translation>
        </message>
        <message>
            <source>Check that the file is writable and the disk is not full.</source>
            <translation>Check that the file is writable and the disk is not full.</translation>
        </message>
        <message>
            <source>Cannot create the backups folder %1.</source>
            <translation>Cannot create the backups folder %1.</translation>
        </message>
        <message>
            <source>Check the permissions of the SyncStudio data folder.</source>
            <translation>Check the permissions of the SyncStudio data folder.</translation>
        </message>
        <message>
            <source>Cannot register the backup point</source>
            <translation>Cannot register the backup point</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <source>Check the permissions of the backups folder.</source>
            <translation>Check the permissions of the backups folder.</translation>
        </message>
        <message>
            <source>Cannot find a free id for a new backup point.</source>
            <translation>Cannot find a free id for a new backup point.</translation>
        </message>
        <message>
            <source>Cannot update the backup point %1</source>
            <translation>Cannot update the backup point %1</translation>
        </message>
        <message>
            <source>There is no backup point %1.</source>
            <translation>There is no backup point %1.</translation>
        </message>
        <message>
            <source>Cannot read the backup catalog</source>
            <translation>Cannot read the backup catalog</translation>
        </message>
        <message>
            <source>List them with syncstudio-cli backups list.</source>
            <translation>List them with syncstudio-cli backups list.</translation>
        </message>
        <message>
            <source>"%1" matches %2 backup points.</source>
            <translation>"%1" matches %2 backup points.</translation>
        </message>
        <message>
            <source>Give more of the id.</source>
            <translation>Give more of the id.</translation>
        </message>
        <message>
            <source>"%1" is not a backup point id.</source>
            <translation>"%1" is not a backup point id.</translation>
        </message>
        <message>
            <source>Cannot delete the folder %1.</source>
            <translation>Cannot delete the folder %1.</translation>
        </message>
        <message>
            <source>Check its permissions, delete it by hand, then run the command again.</source>
            <translation>Check its permissions, delete it by hand, then run the command again.</translation>
        </message>
        <message>
            <source>Cannot delete the backup point %1</source>
            <translation>Cannot delete the backup point %1</translation>
        </message>
    </context>
    <context>
        <name>BackupFormat</name>
        <message>
            <source>its CRC-32 does not match</source>
            <translation>its CRC-32 does not match</translation>
        </message>
        <message>
            <source>it does not decompress</source>
            <translation>it does not decompress</translation>
        </message>
        <message>
            <source>its SHA-256 does not match</source>
            <translation>its SHA-256 does not match</translation>
        </message>
    </context>
    <context>
        <name>BackupPointsModel</name>
        <message>
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message>
            <source>Rolled back</source>
            <translation>Rolled back</translation>
        </message>
        <message>
            <source>Unfinished</source>
            <translation>Unfinished</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Rollback</source>
            <translation>Rollback</translation>
        </message>
        <message>
            <source>Schema sync</source>
            <translation>Schema sync</translation>
        </message>
        <message>
            <source>%1 (expired)</source>
            <translation>%1 (expired)</translation>
        </message>
        <message>
            <source>Backup point %1, taken %2</source>
            <translation>Backup point %1, taken %2</translation>
        </message>
        <message>
            <source>%1 inserted, %2 updated, %3 deleted by the run</source>
            <translation>%1 inserted, %2 updated, %3 deleted by the run</translation>
        </message>
        <message numerus="yes">
            <source>Older than the retention of %n day(s): offered for deletion.</source>
            <translation>
                <numerusform>Older than the retention of %n day: offered for deletion.</numerusform>
                <numerusform>Older than the retention of %n days: offered for deletion.</numerusform>
            </translation>
        </message>
        <message>
            <source>The run did not finish; the rows it wrote can still be rolled back.</source>
            <translation>The run did not finish; the rows it wrote can still be rolled back.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tables</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>BackupPointsView</name>
        <message>
            <source>Roll Back…</source>
            <translation>Roll Back…</translation>
        </message>
        <message>
            <source>Put the target back as it was before this run, guarded and verified</source>
            <translation>Put the target back as it was before this run, guarded and verified</translation>
        </message>
        <message>
            <source>Export SQL…</source>
            <translation>Export SQL…</translation>
        </message>
        <message>
            <source>Write the statements the rollback would run to a SQL file, for reading or emergencies</source>
            <translation>Write the statements the rollback would run to a SQL file, for reading or emergencies</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete this backup point and its files; it can no longer be rolled back</source>
            <translation>Delete this backup point and its files; it can no longer be rolled back</translation>
        </message>
        <message>
            <source>Reveal Folder</source>
            <translation>Reveal Folder</translation>
        </message>
        <message>
            <source>Open the folder holding this backup point's files</source>
            <translation>Open the folder holding this backup point's files</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Read the backup points again</source>
            <translation>Read the backup points again</translation>
        </message>
        <message>
            <source>Delete Expired…</source>
            <translation>Delete Expired…</translation>
        </message>
        <message>
            <source>Delete the backup points older than the retention setting</source>
            <translation>Delete the backup points older than the retention setting</translation>
        </message>
        <message>
            <source>Filter by id, endpoint or table</source>
            <translation>Filter by id, endpoint or table</translation>
        </message>
        <message>
            <source>All backup points</source>
            <translation>All backup points</translation>
        </message>
        <message>
            <source>Not rolled back</source>
            <translation>Not rolled back</translation>
        </message>
        <message>
            <source>Rolled back</source>
            <translation>Rolled back</translation>
        </message>
        <message>
            <source>Past retention</source>
            <translation>Past retention</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Inserted</source>
            <translation>Inserted</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>What it holds</source>
            <translation>What it holds</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>No Backup Points Yet</source>
            <translation>No Backup Points Yet</translation>
        </message>
        <message>
            <source>Every sync, schema sync and rollback takes a backup point before it writes: the rows and definitions it changes, as they were. They appear here, ready to be rolled back.</source>
            <translation>Every sync, schema sync and rollback takes a backup point before it writes: the rows and definitions it changes, as they were. They appear here, ready to be rolled back.</translation>
        </message>
        <message>
            <source>Backup Points Not Read</source>
            <translation>Backup Points Not Read</translation>
        </message>
        <message>
            <source>Delete Expired (%1)…</source>
            <translation>Delete Expired (%1)…</translation>
        </message>
        <message>
            <source>No backup point selected</source>
            <translation>No backup point selected</translation>
        </message>
        <message>
            <source>Rollback of %1 on %2</source>
            <translation>Rollback of %1 on %2</translation>
        </message>
        <message>
            <source>Schema sync into %1</source>
            <translation>Schema sync into %1</translation>
        </message>
        <message>
            <source>Sync into %1</source>
            <translation>Sync into %1</translation>
        </message>
        <message numerus="yes">
            <source>%1, past the retention of %n day(s)</source>
            <translation>
                <numerusform>%1, past the retention of %n day</numerusform>
                <numerusform>%1, past the retention of %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>%1 inserted, %2 updated, %3 deleted, %4 conflict(s)</source>
            <translation>%1 inserted, %2 updated, %3 deleted, %4 conflict(s)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>Checking the files…</source>
            <translation>Checking the files…</translation>
        </message>
        <message>
            <source>✓ Files intact: every checksum matches.</source>
            <translation>✓ Files intact: every checksum matches.</translation>
        </message>
        <message>
            <source>✗ Files damaged or missing: %1</source>
            <translation>✗ Files damaged or missing: %1</translation>
        </message>
        <message>
            <source>Select a backup point first.</source>
            <translation>Select a backup point first.</translation>
        </message>
        <message>
            <source>A rollback is running.</source>
            <translation>A rollback is running.</translation>
        </message>
        <message>
            <source>Already rolled back. Its rollback is a backup point of its own: roll that back to redo the run.</source>
            <translation>Already rolled back. Its rollback is a backup point of its own: roll that back to redo the run.</translation>
        </message>
        <message>
            <source>Its files are damaged: it cannot be rolled back.</source>
            <translation>Its files are damaged: it cannot be rolled back.</translation>
        </message>
        <message>
            <source>Rollback Not Possible</source>
            <translation>Rollback Not Possible</translation>
        </message>
        <message>
            <source>Reading the connection details of %1…</source>
            <translation>Reading the connection details of %1…</translation>
        </message>
        <message>
            <source>Rollback not started</source>
            <translation>Rollback not started</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Paused — %1</source>
            <translation>Paused — %1</translation>
        </message>
        <message>
            <source>%1 of %2 rows</source>
            <translation>%1 of %2 rows</translation>
        </message>
        <message>
            <source>Rollback of %1</source>
            <translation>Rollback of %1</translation>
        </message>
        <message>
            <source>Rolled back and verified</source>
            <translation>Rolled back and verified</translation>
        </message>
        <message>
            <source>Rolled back, with differences</source>
            <translation>Rolled back, with differences</translation>
        </message>
        <message>
            <source>Rollback cancelled</source>
            <translation>Rollback cancelled</translation>
        </message>
        <message>
            <source>It stopped between batches and left the target consistent. Roll back again to finish: it continues where it stopped.</source>
            <translation>It stopped between batches and left the target consistent. Roll back again to finish: it continues where it stopped.</translation>
        </message>
        <message>
            <source>Rollback failed</source>
            <translation>Rollback failed</translation>
        </message>
        <message>
            <source>Password Needed</source>
            <translation>Password Needed</translation>
        </message>
        <message>
            <source>No keychain is reachable, so the password of %1 is not stored.
Password for %2:</source>
            <translation>No keychain is reachable, so the password of %1 is not stored.
Password for %2:</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>No password was given for %1.</source>
            <translation>No password was given for %1.</translation>
        </message>
        <message>
            <source>Cancelling at the next safe point…</source>
            <translation>Cancelling at the next safe point…</translation>
        </message>
        <message>
            <source>rollback-%1.sql</source>
            <translation>rollback-%1.sql</translation>
        </message>
        <message>
            <source>Export Rollback Script</source>
            <translation>Export Rollback Script</translation>
        </message>
        <message>
            <source>SQL scripts (*.sql);;All files (*)</source>
            <translation>SQL scripts (*.sql);;All files (*)</translation>
        </message>
        <message>
            <source>Script Not Exported</source>
            <translation>Script Not Exported</translation>
        </message>
        <message>
            <source>Delete Backup Point</source>
            <translation>Delete Backup Point</translation>
        </message>
        <message numerus="yes">
            <source>Delete backup point %1 (%2, %n row(s))?</source>
            <translation>
                <numerusform>Delete backup point %1 (%2, %n row)?</numerusform>
                <numerusform>Delete backup point %1 (%2, %n rows)?</numerusform>
            </translation>
        </message>
        <message>
            <source>Its files are deleted and it can no longer be rolled back. The target is not touched.</source>
            <translation>Its files are deleted and it can no longer be rolled back. The target is not touched.</translation>
        </message>
        <message>
            <source>Its run did not finish, so it could still be resumed or rolled back.</source>
            <translation>Its run did not finish, so it could still be resumed or rolled back.</translation>
        </message>
        <message>
            <source>Backup Point Not Deleted</source>
            <translation>Backup Point Not Deleted</translation>
        </message>
        <message>
            <source>Delete Expired Backup Points</source>
            <translation>Delete Expired Backup Points</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n backup point(s) older than %1 day(s)?</source>
            <translation>
                <numerusform>Delete %n backup point older than %1 day?</numerusform>
                <numerusform>Delete %n backup points older than %1 days?</numerusform>
            </translation>
        </message>
        <message>
            <source>Their files are deleted and they can no longer be rolled back. The targets are not touched. The retention is set in Preferences.</source>
            <translation>Their files are deleted and they can no longer be rolled back. The targets are not touched. The retention is set in Preferences.</translation>
        </message>
    </context>
    <context>
        <name>BackupReader</name>
        <message>
            <source>The backup file %1 is damaged at byte %2: %3.</source>
            <translation>The backup file %1 is damaged at byte %2: %3.</translation>
        </message>
        <message>
            <source>Nothing was changed on the target. Restore the file from a copy of the backups folder if you have one; this backup point cannot be used as it is.</source>
            <translation>Nothing was changed on the target. Restore the file from a copy of the backups folder if you have one; this backup point cannot be used as it is.</translation>
        </message>
        <message>
            <source>Cannot read the backup file %1: %2.</source>
            <translation>Cannot read the backup file %1: %2.</translation>
        </message>
        <message>
            <source>Check that the backups folder is intact and readable.</source>
            <translation>Check that the backups folder is intact and readable.</translation>
        </message>
        <message>
            <source>it is not a SyncStudio backup file</source>
            <translation>it is not a SyncStudio backup file</translation>
        </message>
        <message>
            <source>The backup file %1 was written by a newer SyncStudio.</source>
            <translation>The backup file %1 was written by a newer SyncStudio.</translation>
        </message>
        <message>
            <source>Use the newer SyncStudio to roll it back.</source>
            <translation>Use the newer SyncStudio to roll it back.</translation>
        </message>
        <message>
            <source>the header chunk is missing</source>
            <translation>the header chunk is missing</translation>
        </message>
        <message>
            <source>the header is not readable (%1)</source>
            <translation>the header is not readable (%1)</translation>
        </message>
        <message>
            <source>the file ends inside a chunk header</source>
            <translation>the file ends inside a chunk header</translation>
        </message>
        <message>
            <source>a chunk header is not valid</source>
            <translation>a chunk header is not valid</translation>
        </message>
        <message>
            <source>the file ends inside a chunk</source>
            <translation>the file ends inside a chunk</translation>
        </message>
        <message>
            <source>there is data after the end of the backup</source>
            <translation>there is data after the end of the backup</translation>
        </message>
        <message>
            <source>a second header chunk</source>
            <translation>a second header chunk</translation>
        </message>
        <message>
            <source>a batch names table %1, which the header does not list</source>
            <translation>a batch names table %1, which the header does not list</translation>
        </message>
        <message>
            <source>a marker for batch %1, which the file does not hold</source>
            <translation>a marker for batch %1, which the file does not hold</translation>
        </message>
        <message>
            <source>the digest in the trailer does not match the chunks before it</source>
            <translation>the digest in the trailer does not match the chunks before it</translation>
        </message>
        <message>
            <source>the file is cut short: the end of the backup is missing</source>
            <translation>the file is cut short: the end of the backup is missing</translation>
        </message>
        <message>
            <source>its digest does not match the one recorded when it was written</source>
            <translation>its digest does not match the one recorded when it was written</translation>
        </message>
        <message>
            <source>a batch without a record count</source>
            <translation>a batch without a record count</translation>
        </message>
        <message>
            <source>record %1 of batch %2 is not readable</source>
            <translation>record %1 of batch %2 is not readable</translation>
        </message>
    </context>
    <context>
        <name>BackupScript</name>
        <message>
            <source>Cannot write the script: %1.</source>
            <translation>Cannot write the script: %1.</translation>
        </message>
        <message>
            <source>SyncStudio backup point %1 (%2 run)</source>
            <translation>SyncStudio backup point %1 (%2 run)</translation>
        </message>
        <message>
            <source>Created %1; source %2; target %3</source>
            <translation>Created %1; source %2; target %3</translation>
        </message>
        <message>
            <source>These are the statements a rollback of this backup point runs, in its order. A rollback</source>
            <translation>These are the statements a rollback of this backup point runs, in its order. A rollback</translation>
        </message>
        <message>
            <source>writes a row only while the target row still equals the image in the comment above it,</source>
            <translation>writes a row only while the target row still equals the image in the comment above it,</translation>
        </message>
        <message>
            <source>and reports a conflict otherwise; this script has no such guard. Prefer</source>
            <translation>and reports a conflict otherwise; this script has no such guard. Prefer</translation>
        </message>
        <message>
            <source>The run did not finish: only its committed batches are included.</source>
            <translation>The run did not finish: only its committed batches are included.</translation>
        </message>
        <message>
            <source>remove the rows the run inserted</source>
            <translation>remove the rows the run inserted</translation>
        </message>
        <message>
            <source>restore the rows the run updated</source>
            <translation>restore the rows the run updated</translation>
        </message>
        <message>
            <source>insert again the rows the run deleted</source>
            <translation>insert again the rows the run deleted</translation>
        </message>
        <message>
            <source>expects</source>
            <translation>expects</translation>
        </message>
        <message>
            <source>expects no row with</source>
            <translation>expects no row with</translation>
        </message>
        <message>
            <source>end of backup point %1</source>
            <translation>end of backup point %1</translation>
        </message>
        <message>
            <source>expects the row as the run inserted it (digest %1)</source>
            <translation>expects the row as the run inserted it (digest %1)</translation>
        </message>
        <message>
            <source>%1: no key: put back its old contents, which the run replaced whole</source>
            <translation>%1: no key: put back its old contents, which the run replaced whole</translation>
        </message>
    </context>
    <context>
        <name>BackupTarget</name>
        <message>
            <source>Backup point %1 does not record its target.</source>
            <translation>Backup point %1 does not record its target.</translation>
        </message>
        <message>
            <source>Give the target with --target ENDPOINT.</source>
            <translation>Give the target with --target ENDPOINT.</translation>
        </message>
        <message>
            <source>The target recorded in the backup point, "%1", is not usable; give it with --target ENDPOINT.</source>
            <translation>The target recorded in the backup point, "%1", is not usable; give it with --target ENDPOINT.</translation>
        </message>
        <message>
            <source>There is no profile named "%1", the target of backup point %2.</source>
            <translation>There is no profile named "%1", the target of backup point %2.</translation>
        </message>
        <message>
            <source>Create a profile of that name for the same server, or give another target.</source>
            <translation>Create a profile of that name for the same server, or give another target.</translation>
        </message>
    </context>
    <context>
        <name>BackupWriter</name>
        <message>
            <source>Cannot write the backup file %1 (%2): %3.</source>
            <translation>Cannot write the backup file %1 (%2): %3.</translation>
        </message>
        <message>
            <source>Free disk space in the backups folder or make it writable; nothing of the current batch was committed on the target.</source>
            <translation>Free disk space in the backups folder or make it writable; nothing of the current batch was committed on the target.</translation>
        </message>
        <message>
            <source>create</source>
            <translation>create</translation>
        </message>
        <message>
            <source>write</source>
            <translation>write</translation>
        </message>
        <message>
            <source>The backup point %1 is complete; it cannot be continued.</source>
            <translation>The backup point %1 is complete; it cannot be continued.</translation>
        </message>
        <message>
            <source>Start a new run instead.</source>
            <translation>Start a new run instead.</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>truncate</source>
            <translation>truncate</translation>
        </message>
        <message>
            <source>seek</source>
            <translation>seek</translation>
        </message>
        <message>
            <source>The backup file %1 is already complete.</source>
            <translation>The backup file %1 is already complete.</translation>
        </message>
        <message>
            <source>flush</source>
            <translation>flush</translation>
        </message>
    </context>
    <context>
        <name>BackupsCommand</name>
        <message>
            <source>List, show, export or delete the backup points taken before syncs</source>
            <translation>List, show, export or delete the backup points taken before syncs</translation>
        </message>
        <message>
            <source>Usage:</source>
            <translation>Usage:</translation>
        </message>
        <message>
            <source>ID may be shortened to any prefix that names one backup point. Roll one back with syncstudio-cli rollback ID.</source>
            <translation>ID may be shortened to any prefix that names one backup point. Roll one back with syncstudio-cli rollback ID.</translation>
        </message>
        <message>
            <source>This changes data and needs a confirmation, but there is no terminal to ask on.</source>
            <translation>This changes data and needs a confirmation, but there is no terminal to ask on.</translation>
        </message>
        <message>
            <source>Add --yes to confirm on the command line.</source>
            <translation>Add --yes to confirm on the command line.</translation>
        </message>
        <message>
            <source>[y/N]</source>
            <translation>[y/N]</translation>
        </message>
        <message>
            <source>y</source>
            <translation>y</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>Unknown backups action "%1".</source>
            <translation>Unknown backups action "%1".</translation>
        </message>
        <message>
            <source>Use list, show, export or delete.</source>
            <translation>Use list, show, export or delete.</translation>
        </message>
        <message>
            <source>List the backup points, newest first.</source>
            <translation>List the backup points, newest first.</translation>
        </message>
        <message>
            <source>No backup points yet: a sync or rollback takes one before it writes.</source>
            <translation>No backup points yet: a sync or rollback takes one before it writes.</translation>
        </message>
        <message>
            <source> (expired)</source>
            <translation> (expired)</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>CREATED</source>
            <translation>CREATED</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>KIND</translation>
        </message>
        <message>
            <source>STATE</source>
            <translation>STATE</translation>
        </message>
        <message>
            <source>TARGET</source>
            <translation>TARGET</translation>
        </message>
        <message>
            <source>TABLES</source>
            <translation>TABLES</translation>
        </message>
        <message>
            <source>ROWS +ins ~upd -del</source>
            <translation>ROWS +ins ~upd -del</translation>
        </message>
        <message>
            <source>CONFLICTS</source>
            <translation>CONFLICTS</translation>
        </message>
        <message>
            <source>SIZE</source>
            <translation>SIZE</translation>
        </message>
        <message numerus="yes">
            <source>%n backup point(s) are older than the retention of %1 days; delete them with syncstudio-cli backups delete --expired.</source>
            <translation>
                <numerusform>%n backup point are older than the retention of %1 days; delete them with syncstudio-cli backups delete --expired.</numerusform>
                <numerusform>%n backup points are older than the retention of %1 days; delete them with syncstudio-cli backups delete --expired.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show one backup point and check its file.</source>
            <translation>Show one backup point and check its file.</translation>
        </message>
        <message>
            <source>The backup point's id or a unique prefix of it.</source>
            <translation>The backup point's id or a unique prefix of it.</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>%1 inserted, %2 updated, %3 deleted</source>
            <translation>%1 inserted, %2 updated, %3 deleted</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Digest</source>
            <translation>Digest</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>intact</source>
            <translation>intact</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>TABLE</source>
            <translation>TABLE</translation>
        </message>
        <message>
            <source>INSERTED</source>
            <translation>INSERTED</translation>
        </message>
        <message>
            <source>UPDATED</source>
            <translation>UPDATED</translation>
        </message>
        <message>
            <source>DELETED</source>
            <translation>DELETED</translation>
        </message>
        <message>
            <source>Write the SQL a rollback of a backup point would run, with the guard images as comments.</source>
            <translation>Write the SQL a rollback of a backup point would run, with the guard images as comments.</translation>
        </message>
        <message>
            <source>Write to FILE instead of standard output.</source>
            <translation>Write to FILE instead of standard output.</translation>
        </message>
        <message>
            <source>Backup point %1 holds definitions, not rows: there is no row script to export.</source>
            <translation>Backup point %1 holds definitions, not rows: there is no row script to export.</translation>
        </message>
        <message>
            <source>See what it saved with syncstudio-cli backups show %1.</source>
            <translation>See what it saved with syncstudio-cli backups show %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2.</source>
            <translation>Cannot write %1: %2.</translation>
        </message>
        <message>
            <source>Wrote the rollback script of %1 to %2.</source>
            <translation>Wrote the rollback script of %1 to %2.</translation>
        </message>
        <message>
            <source>Cannot write to standard output.</source>
            <translation>Cannot write to standard output.</translation>
        </message>
        <message>
            <source>Delete backup points and their files.</source>
            <translation>Delete backup points and their files.</translation>
        </message>
        <message>
            <source>Delete every backup point older than the retention setting.</source>
            <translation>Delete every backup point older than the retention setting.</translation>
        </message>
        <message>
            <source>Do not ask for confirmation.</source>
            <translation>Do not ask for confirmation.</translation>
        </message>
        <message>
            <source>Give either a backup point id or --expired.</source>
            <translation>Give either a backup point id or --expired.</translation>
        </message>
        <message>
            <source>Add --help to see the usage.</source>
            <translation>Add --help to see the usage.</translation>
        </message>
        <message numerus="yes">
            <source>No backup point is older than %n day(s).</source>
            <translation>
                <numerusform>No backup point is older than %n day.</numerusform>
                <numerusform>No backup point is older than %n days.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete backup point %1 (%2, %3 rows)? It can no longer be rolled back afterwards.</source>
            <translation>Delete backup point %1 (%2, %3 rows)? It can no longer be rolled back afterwards.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n backup points? They can no longer be rolled back afterwards.</source>
            <translation>
                <numerusform>Delete %n backup points? They can no longer be rolled back afterwards.</numerusform>
                <numerusform>Delete %n backup points? They can no longer be rolled back afterwards.</numerusform>
            </translation>
        </message>
        <message>
            <source>Its run did not finish, so it could still be resumed or rolled back.</source>
            <translation>Its run did not finish, so it could still be resumed or rolled back.</translation>
        </message>
        <message>
            <source>Deleted backup point %1.</source>
            <translation>Deleted backup point %1.</translation>
        </message>
    </context>
    <context>
        <name>BulkLoader</name>
        <message>
            <source>it has no key</source>
            <translation>it has no key</translation>
        </message>
        <message>
            <source>it has triggers</source>
            <translation>it has triggers</translation>
        </message>
        <message>
            <source>it has generated columns</source>
            <translation>it has generated columns</translation>
        </message>
        <message>
            <source>column %1 is not compared</source>
            <translation>column %1 is not compared</translation>
        </message>
        <message>
            <source>column %1 is compared in another character set</source>
            <translation>column %1 is compared in another character set</translation>
        </message>
        <message>
            <source>The server asked for a file SyncStudio did not offer; nothing was read from this machine.</source>
            <translation>The server asked for a file SyncStudio did not offer; nothing was read from this machine.</translation>
        </message>
    </context>
    <context>
        <name>ChangePlan</name>
        <message>
            <source>A table of the sync plan has no database, name or columns.</source>
            <translation>A table of the sync plan has no database, name or columns.</translation>
        </message>
        <message>
            <source>This is a bug in the code that built the plan.</source>
            <translation>This is a bug in the code that built the plan.</translation>
        </message>
        <message>
            <source>The table has no primary key and no NOT NULL unique key, so its rows cannot be changed one by one.</source>
            <translation>The table has no primary key and no NOT NULL unique key, so its rows cannot be changed one by one.</translation>
        </message>
        <message>
            <source>Choose key columns for it, or leave it out of the sync.</source>
            <translation>Choose key columns for it, or leave it out of the sync.</translation>
        </message>
        <message>
            <source>The key of table %1 names a column it does not have.</source>
            <translation>The key of table %1 names a column it does not have.</translation>
        </message>
        <message>
            <source>The key column %1 is generated.</source>
            <translation>The key column %1 is generated.</translation>
        </message>
        <message>
            <source>Choose a key without generated columns.</source>
            <translation>Choose a key without generated columns.</translation>
        </message>
        <message>
            <source>Table %1 of the sync plan has no changes attached.</source>
            <translation>Table %1 of the sync plan has no changes attached.</translation>
        </message>
        <message>
            <source>Table %1 appears twice in the sync plan.</source>
            <translation>Table %1 appears twice in the sync plan.</translation>
        </message>
        <message>
            <source>Table %1 has triggers that will fire for the rows the sync writes: %2.</source>
            <translation>Table %1 has triggers that will fire for the rows the sync writes: %2.</translation>
        </message>
        <message>
            <source>Foreign key checks are off for this run: the server will not check references, and ON DELETE/ON UPDATE actions will not run.</source>
            <translation>Foreign key checks are off for this run: the server will not check references, and ON DELETE/ON UPDATE actions will not run.</translation>
        </message>
        <message>
            <source>Table %1 references itself (%2): its rows are written in key order, so a row written before the row it points to fails; turn foreign key checks off if that happens.</source>
            <translation>Table %1 references itself (%2): its rows are written in key order, so a row written before the row it points to fails; turn foreign key checks off if that happens.</translation>
        </message>
        <message>
            <source>Deleting rows from %1 changes rows of %2.%3 too (ON DELETE %4 of %5).</source>
            <translation>Deleting rows from %1 changes rows of %2.%3 too (ON DELETE %4 of %5).</translation>
        </message>
        <message>
            <source>Table %1 is to be replaced whole but has no guard, or also row changes.</source>
            <translation>Table %1 is to be replaced whole but has no guard, or also row changes.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Unknown command "%1".</source>
            <translation>Unknown command "%1".</translation>
        </message>
        <message>
            <source>Run syncstudio-cli --help for the list of commands.</source>
            <translation>Run syncstudio-cli --help for the list of commands.</translation>
        </message>
        <message>
            <source>Usage: syncstudio-cli COMMAND [OPTIONS]</source>
            <translation>Usage: syncstudio-cli COMMAND [OPTIONS]</translation>
        </message>
        <message>
            <source>Compare and synchronize MySQL and MariaDB databases.</source>
            <translation>Compare and synchronize MySQL and MariaDB databases.</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Commands:</translation>
        </message>
        <message>
            <source>An endpoint is a saved profile with an optional database (prod/shop) or a URL (mysql://user@127.0.0.1:3306/shop).</source>
            <translation>An endpoint is a saved profile with an optional database (prod/shop) or a URL (mysql://user@127.0.0.1:3306/shop).</translation>
        </message>
        <message>
            <source>Run syncstudio-cli COMMAND --help for the options of a command.</source>
            <translation>Run syncstudio-cli COMMAND --help for the options of a command.</translation>
        </message>
        <message>
            <source>Exit codes: 0 success, 1 differences found, 2 error, 3 conflicts waiting.</source>
            <translation>Exit codes: 0 success, 1 differences found, 2 error, 3 conflicts waiting.</translation>
        </message>
    </context>
    <context>
        <name>CliContext</name>
        <message>
            <source>error: %1</source>
            <translation>error: %1</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
        <message>
            <source>a password in a URL is visible to other users of this machine (ps, shell history); save a profile or use SYNCSTUDIO_PASSWORD instead.</source>
            <translation>a password in a URL is visible to other users of this machine (ps, shell history); save a profile or use SYNCSTUDIO_PASSWORD instead.</translation>
        </message>
        <message>
            <source>There is no profile named "%1".</source>
            <translation>There is no profile named "%1".</translation>
        </message>
        <message>
            <source>List the profiles with syncstudio-cli profile list, or give a mysql:// URL.</source>
            <translation>List the profiles with syncstudio-cli profile list, or give a mysql:// URL.</translation>
        </message>
    </context>
    <context>
        <name>CliOptions</name>
        <message>
            <source>Add --help to see the options.</source>
            <translation>Add --help to see the options.</translation>
        </message>
        <message>
            <source>Missing arguments.</source>
            <translation>Missing arguments.</translation>
        </message>
        <message>
            <source>Add --help to see the usage.</source>
            <translation>Add --help to see the usage.</translation>
        </message>
        <message>
            <source>Unexpected argument "%1".</source>
            <translation>Unexpected argument "%1".</translation>
        </message>
        <message>
            <source>Unknown --format "%1".</source>
            <translation>Unknown --format "%1".</translation>
        </message>
        <message>
            <source>Use text or json.</source>
            <translation>Use text or json.</translation>
        </message>
        <message>
            <source>Output format: text (default) or json.</source>
            <translation>Output format: text (default) or json.</translation>
        </message>
    </context>
    <context>
        <name>ColumnDefault</name>
        <message>
            <source>no default</source>
            <translation>no default</translation>
        </message>
    </context>
    <context>
        <name>ColumnSnapshot</name>
        <message>
            <source>Column %1 is missing from the table.</source>
            <translation>Column %1 is missing from the table.</translation>
        </message>
    </context>
    <context>
        <name>CompareCommand</name>
        <message>
            <source>Compare the rows of two databases (exit 0 identical, 1 differences, 2 error)</source>
            <translation>Compare the rows of two databases (exit 0 identical, 1 differences, 2 error)</translation>
        </message>
        <message>
            <source>Compare the rows of two databases on the servers, without locking the source.</source>
            <translation>Compare the rows of two databases on the servers, without locking the source.</translation>
        </message>
        <message>
            <source>Source: profile/database or mysql://user@host:port/database.</source>
            <translation>Source: profile/database or mysql://user@host:port/database.</translation>
        </message>
        <message>
            <source>Target: profile/database or mysql://user@host:port/database.</source>
            <translation>Target: profile/database or mysql://user@host:port/database.</translation>
        </message>
        <message>
            <source>Only these tables: globs, comma-separated; a pattern with a dot matches db.table.</source>
            <translation>Only these tables: globs, comma-separated; a pattern with a dot matches db.table.</translation>
        </message>
        <message>
            <source>Leave out these tables (globs, as --tables).</source>
            <translation>Leave out these tables (globs, as --tables).</translation>
        </message>
        <message>
            <source>Row key for a table without a primary or unique key, e.g. shop.t=c1,c2 (repeatable).</source>
            <translation>Row key for a table without a primary or unique key, e.g. shop.t=c1,c2 (repeatable).</translation>
        </message>
        <message>
            <source>Compare only rows matching this SQL condition, on both sides.</source>
            <translation>Compare only rows matching this SQL condition, on both sides.</translation>
        </message>
        <message>
            <source>Leave these columns out: db.table.column, table.column or *.column, comma-separated.</source>
            <translation>Leave these columns out: db.table.column, table.column or *.column, comma-separated.</translation>
        </message>
        <message>
            <source>Tables compared at once (default 1).</source>
            <translation>Tables compared at once (default 1).</translation>
        </message>
        <message>
            <source>Pause between chunks while a GLOBAL STATUS variable is above a limit, e.g. Threads_running=25.</source>
            <translation>Pause between chunks while a GLOBAL STATUS variable is above a limit, e.g. Threads_running=25.</translation>
        </message>
        <message>
            <source>Server time per checksum round trip, in seconds (default 0.5).</source>
            <translation>Server time per checksum round trip, in seconds (default 0.5).</translation>
        </message>
        <message>
            <source>Compare JSON columns by value, not by text.</source>
            <translation>Compare JSON columns by value, not by text.</translation>
        </message>
        <message>
            <source>Log what the compare does (chunks, mode changes, pauses) to stderr.</source>
            <translation>Log what the compare does (chunks, mode changes, pauses) to stderr.</translation>
        </message>
        <message>
            <source>compare has no --format sql.</source>
            <translation>compare has no --format sql.</translation>
        </message>
        <message>
            <source>Use text or json.</source>
            <translation>Use text or json.</translation>
        </message>
        <message>
            <source>--parallel must be a number from 1 to 64.</source>
            <translation>--parallel must be a number from 1 to 64.</translation>
        </message>
        <message>
            <source>--chunk-time must be a number of seconds from 0.01 to 60.</source>
            <translation>--chunk-time must be a number of seconds from 0.01 to 60.</translation>
        </message>
        <message>
            <source>The source "%1" names no database.</source>
            <translation>The source "%1" names no database.</translation>
        </message>
        <message>
            <source>The target "%1" names no database.</source>
            <translation>The target "%1" names no database.</translation>
        </message>
        <message>
            <source>Give it as profile/database (prod/shop) or in the URL path (mysql://user@host:3306/shop).</source>
            <translation>Give it as profile/database (prod/shop) or in the URL path (mysql://user@host:3306/shop).</translation>
        </message>
        <message>
            <source>%1: %2/%3 tables, %4 rows</source>
            <translation>%1: %2/%3 tables, %4 rows</translation>
        </message>
        <message>
            <source>, %1 rows/s</source>
            <translation>, %1 rows/s</translation>
        </message>
        <message>
            <source>, ETA %1</source>
            <translation>, ETA %1</translation>
        </message>
        <message>
            <source>error: %1: %2</source>
            <translation>error: %1: %2</translation>
        </message>
        <message>
            <source>Compared %1 -&gt; %2</source>
            <translation>Compared %1 -&gt; %2</translation>
        </message>
        <message>
            <source>No tables compared.</source>
            <translation>No tables compared.</translation>
        </message>
        <message>
            <source>TABLE</source>
            <translation>TABLE</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <source>KEY</source>
            <translation>KEY</translation>
        </message>
        <message>
            <source>SOURCE ROWS</source>
            <translation>SOURCE ROWS</translation>
        </message>
        <message>
            <source>TARGET ROWS</source>
            <translation>TARGET ROWS</translation>
        </message>
        <message>
            <source>ONLY IN SOURCE</source>
            <translation>ONLY IN SOURCE</translation>
        </message>
        <message>
            <source>ONLY IN TARGET</source>
            <translation>ONLY IN TARGET</translation>
        </message>
        <message>
            <source>DIFFERENT</source>
            <translation>DIFFERENT</translation>
        </message>
        <message>
            <source>%1 tables, %2 differ: %3 rows only in the source, %4 only in the target, %5 different (%6 s).</source>
            <translation>%1 tables, %2 differ: %3 rows only in the source, %4 only in the target, %5 different (%6 s).</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: first %2 of %3 differing rows, by key:</source>
            <translation>%1: first %2 of %3 differing rows, by key:</translation>
        </message>
        <message>
            <source>%1: differing rows, by key:</source>
            <translation>%1: differing rows, by key:</translation>
        </message>
        <message>
            <source>row hash %1</source>
            <translation>row hash %1</translation>
        </message>
        <message>
            <source>only in source</source>
            <translation>only in source</translation>
        </message>
        <message>
            <source>only in target</source>
            <translation>only in target</translation>
        </message>
        <message>
            <source>different: %1</source>
            <translation>different: %1</translation>
        </message>
        <message>
            <source>Details: %1 (run %2)</source>
            <translation>Details: %1 (run %2)</translation>
        </message>
        <message>
            <source>Read endpoints, filters, keys and options from a saved sync project; the command line overrides them.</source>
            <translation>Read endpoints, filters, keys and options from a saved sync project; the command line overrides them.</translation>
        </message>
        <message>
            <source>The project maps tables to other names, which the row compare does not support yet.</source>
            <translation>The project maps tables to other names, which the row compare does not support yet.</translation>
        </message>
        <message>
            <source>Remove "table_mapping" from the project.</source>
            <translation>Remove "table_mapping" from the project.</translation>
        </message>
    </context>
    <context>
        <name>CompareJob</name>
        <message>
            <source>Both endpoints must name a database.</source>
            <translation>Both endpoints must name a database.</translation>
        </message>
        <message>
            <source>Give it as profile/database (prod/shop) or in the URL path (mysql://host/shop).</source>
            <translation>Give it as profile/database (prod/shop) or in the URL path (mysql://host/shop).</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Connecting</translation>
        </message>
        <message>
            <source>Reading the schema</source>
            <translation>Reading the schema</translation>
        </message>
        <message>
            <source>One server has no CRC32C(): row hashes use MD5, which is slower.</source>
            <translation>One server has no CRC32C(): row hashes use MD5, which is slower.</translation>
        </message>
        <message>
            <source>The servers do not compute row hashes the same way (CRC32/CRC32C or MD5).</source>
            <translation>The servers do not compute row hashes the same way (CRC32/CRC32C or MD5).</translation>
        </message>
        <message>
            <source>Compare needs MariaDB 10.8 or later, or MySQL 5.7 or later, on both sides.</source>
            <translation>Compare needs MariaDB 10.8 or later, or MySQL 5.7 or later, on both sides.</translation>
        </message>
        <message>
            <source>--key %1 names no compared table</source>
            <translation>--key %1 names no compared table</translation>
        </message>
        <message>
            <source>no table to compare (check --tables and --exclude)</source>
            <translation>no table to compare (check --tables and --exclude)</translation>
        </message>
        <message>
            <source>Comparing rows</source>
            <translation>Comparing rows</translation>
        </message>
        <message>
            <source>cancelled before this table</source>
            <translation>cancelled before this table</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>%1: %2 in %3 s (checksums %4 s, folds %5 s, streams %6 s, fetches %7 s, boundaries %8 s; %9 chunks, %10 of %11 segments differed, %12 ranges folded, %13 rows streamed)</source>
            <translation>%1: %2 in %3 s (checksums %4 s, folds %5 s, streams %6 s, fetches %7 s, boundaries %8 s; %9 chunks, %10 of %11 segments differed, %12 ranges folded, %13 rows streamed)</translation>
        </message>
    </context>
    <context>
        <name>CompareOptions</name>
        <message>
            <source>The key "%1" is not of the form db.table=col1,col2.</source>
            <translation>The key "%1" is not of the form db.table=col1,col2.</translation>
        </message>
        <message>
            <source>Example: --key shop.order_items=order_id,line_no</source>
            <translation>Example: --key shop.order_items=order_id,line_no</translation>
        </message>
        <message>
            <source>--max-load "%1" is not of the form VARIABLE=NUMBER.</source>
            <translation>--max-load "%1" is not of the form VARIABLE=NUMBER.</translation>
        </message>
        <message>
            <source>Example: --max-load Threads_running=25</source>
            <translation>Example: --max-load Threads_running=25</translation>
        </message>
    </context>
    <context>
        <name>ComparisonWorkspace</name>
        <message>
            <source>Choose a source and a target profile.</source>
            <translation>Choose a source and a target profile.</translation>
        </message>
        <message>
            <source>Choose the source database.</source>
            <translation>Choose the source database.</translation>
        </message>
        <message>
            <source>Choose the target database.</source>
            <translation>Choose the target database.</translation>
        </message>
        <message>
            <source>Source and target are the same database.</source>
            <translation>Source and target are the same database.</translation>
        </message>
        <message numerus="yes">
            <source>%n database(s) on the server.</source>
            <translation>
                <numerusform>%n database on the server.</numerusform>
                <numerusform>%n databases on the server.</numerusform>
            </translation>
        </message>
        <message>
            <source>Listing the databases on the server…</source>
            <translation>Listing the databases on the server…</translation>
        </message>
        <message>
            <source>The databases could not be listed: %1 You can still type a name.</source>
            <translation>The databases could not be listed: %1 You can still type a name.</translation>
        </message>
        <message>
            <source>The server has no databases this account can see.</source>
            <translation>The server has no databases this account can see.</translation>
        </message>
        <message>
            <source>Compare and synchronize two databases</source>
            <translation>Compare and synchronize two databases</translation>
        </message>
        <message>
            <source>Choose where the data comes from and which server to bring in line with it. SyncStudio compares schemas and rows on the servers themselves and shows every difference before anything is written.</source>
            <translation>Choose where the data comes from and which server to bring in line with it. SyncStudio compares schemas and rows on the servers themselves and shows every difference before anything is written.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Comparisons of the chosen pair run in this workspace. Schema and row differences appear here side by side, and nothing is written to the target until you have reviewed the changes and confirmed the sync.</source>
            <translation>Comparisons of the chosen pair run in this workspace. Schema and row differences appear here side by side, and nothing is written to the target until you have reviewed the changes and confirmed the sync.</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>Open Project…</source>
            <translation>Open Project…</translation>
        </message>
        <message>
            <source>Welcome to SyncStudio</source>
            <translation>Welcome to SyncStudio</translation>
        </message>
        <message>
            <source>Compare two MySQL or MariaDB databases, review every difference side by side, and synchronize them with a backup point you can roll back to. Start by creating a connection profile for each server: the source you copy from and the target you bring in line.</source>
            <translation>Compare two MySQL or MariaDB databases, review every difference side by side, and synchronize them with a backup point you can roll back to. Start by creating a connection profile for each server: the source you copy from and the target you bring in line.</translation>
        </message>
        <message>
            <source>Create a Connection Profile…</source>
            <translation>Create a Connection Profile…</translation>
        </message>
        <message>
            <source>Read in a consistent snapshot, without locks. Never written to.</source>
            <translation>Read in a consistent snapshot, without locks. Never written to.</translation>
        </message>
        <message>
            <source>Brought in line with the source. Every change is backed up first.</source>
            <translation>Brought in line with the source. Every change is backed up first.</translation>
        </message>
        <message>
            <source>Choose a profile</source>
            <translation>Choose a profile</translation>
        </message>
        <message>
            <source>Choose a database</source>
            <translation>Choose a database</translation>
        </message>
        <message>
            <source>List the server's databases again</source>
            <translation>List the server's databases again</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>TLS:</source>
            <translation>TLS:</translation>
        </message>
        <message>
            <source>Environment:</source>
            <translation>Environment:</translation>
        </message>
        <message>
            <source>Test Connection</source>
            <translation>Test Connection</translation>
        </message>
        <message>
            <source>(CA %1)</source>
            <translation>(CA %1)</translation>
        </message>
        <message>
            <source>Source and target are the same profile. Choose two different servers or databases.</source>
            <translation>Source and target are the same profile. Choose two different servers or databases.</translation>
        </message>
        <message>
            <source>Source and target point to the same server and database.</source>
            <translation>Source and target point to the same server and database.</translation>
        </message>
        <message>
            <source>The target is a production server. Every sync to it asks for confirmation, and a backup point is taken before the first change.</source>
            <translation>The target is a production server. Every sync to it asks for confirmation, and a backup point is taken before the first change.</translation>
        </message>
        <message>
            <source>Compare %1 with %2</source>
            <translation>Compare %1 with %2</translation>
        </message>
    </context>
    <context>
        <name>Conflict</name>
        <message>
            <source>the row changed on the target meanwhile</source>
            <translation>the row changed on the target meanwhile</translation>
        </message>
        <message>
            <source>the row was deleted from the target meanwhile</source>
            <translation>the row was deleted from the target meanwhile</translation>
        </message>
        <message>
            <source>more than one row of the target has this key</source>
            <translation>more than one row of the target has this key</translation>
        </message>
        <message>
            <source>a row with this key was inserted into the target meanwhile</source>
            <translation>a row with this key was inserted into the target meanwhile</translation>
        </message>
    </context>
    <context>
        <name>ConflictEditor</name>
        <message>
            <source>No conflicts</source>
            <translation>No conflicts</translation>
        </message>
        <message>
            <source>A conflict is a target row that changed after the compare saw it, or a difference the conflict policy left for you to decide. A sync never overwrites such a row: it lists it here, with the source, the target and the result side by side.</source>
            <translation>A conflict is a target row that changed after the compare saw it, or a difference the conflict policy left for you to decide. A sync never overwrites such a row: it lists it here, with the source, the target and the result side by side.</translation>
        </message>
        <message>
            <source>Look Again</source>
            <translation>Look Again</translation>
        </message>
        <message>
            <source>Cannot read the conflicts: %1</source>
            <translation>Cannot read the conflicts: %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Read the conflict queue again</source>
            <translation>Read the conflict queue again</translation>
        </message>
        <message>
            <source>Table:</source>
            <translation>Table:</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Why:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>State:</translation>
        </message>
        <message>
            <source>Take Source Row</source>
            <translation>Take Source Row</translation>
        </message>
        <message>
            <source>The result is the source's row, every column</source>
            <translation>The result is the source's row, every column</translation>
        </message>
        <message>
            <source>Take Target Row</source>
            <translation>Take Target Row</translation>
        </message>
        <message>
            <source>The result is the target's row as it is now: nothing is written</source>
            <translation>The result is the target's row as it is now: nothing is written</translation>
        </message>
        <message>
            <source>← Source Value</source>
            <translation>← Source Value</translation>
        </message>
        <message>
            <source>The selected fields take the source's value</source>
            <translation>The selected fields take the source's value</translation>
        </message>
        <message>
            <source>Target Value →</source>
            <translation>Target Value →</translation>
        </message>
        <message>
            <source>The selected fields take the target's value</source>
            <translation>The selected fields take the target's value</translation>
        </message>
        <message>
            <source>Set NULL</source>
            <translation>Set NULL</translation>
        </message>
        <message>
            <source>The selected fields become NULL</source>
            <translation>The selected fields become NULL</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Back to what the conflict policy proposes, not decided</source>
            <translation>Back to what the conflict policy proposes, not decided</translation>
        </message>
        <message>
            <source>Result: &lt;span style="background:%1"&gt;&amp;nbsp;from the source&amp;nbsp;&lt;/span&gt; &lt;span style="background:%2"&gt;&amp;nbsp;from the target&amp;nbsp;&lt;/span&gt; &lt;span style="background:%3"&gt;&amp;nbsp;edited&amp;nbsp;&lt;/span&gt; · bold: the target's value changes · double-click a result to edit it</source>
            <translation>Result: &lt;span style="background:%1"&gt;&amp;nbsp;from the source&amp;nbsp;&lt;/span&gt; &lt;span style="background:%2"&gt;&amp;nbsp;from the target&amp;nbsp;&lt;/span&gt; &lt;span style="background:%3"&gt;&amp;nbsp;edited&amp;nbsp;&lt;/span&gt; · bold: the target's value changes · double-click a result to edit it</translation>
        </message>
        <message>
            <source>Bulk decisions</source>
            <translation>Bulk decisions</translation>
        </message>
        <message>
            <source>All Source</source>
            <translation>All Source</translation>
        </message>
        <message>
            <source>Every open conflict of this table takes the source's row</source>
            <translation>Every open conflict of this table takes the source's row</translation>
        </message>
        <message>
            <source>All Target</source>
            <translation>All Target</translation>
        </message>
        <message>
            <source>Every open conflict of this table keeps the target's row</source>
            <translation>Every open conflict of this table keeps the target's row</translation>
        </message>
        <message>
            <source>The column that tells which side is newer, e.g. updated_at</source>
            <translation>The column that tells which side is newer, e.g. updated_at</translation>
        </message>
        <message>
            <source>Newer Wins</source>
            <translation>Newer Wins</translation>
        </message>
        <message>
            <source>Each open conflict of this table takes the side whose column is greater; ties stay undecided</source>
            <translation>Each open conflict of this table takes the side whose column is greater; ties stay undecided</translation>
        </message>
        <message>
            <source>By column:</source>
            <translation>By column:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop after the current batch</source>
            <translation>Stop after the current batch</translation>
        </message>
        <message>
            <source>Undo Resolution…</source>
            <translation>Undo Resolution…</translation>
        </message>
        <message>
            <source>Roll the target back to before this resolution was written, and open its conflicts again</source>
            <translation>Roll the target back to before this resolution was written, and open its conflicts again</translation>
        </message>
        <message>
            <source>Apply Decisions…</source>
            <translation>Apply Decisions…</translation>
        </message>
        <message>
            <source>Write the decided conflicts to the target, guarded, with a backup point</source>
            <translation>Write the decided conflicts to the target, guarded, with a backup point</translation>
        </message>
        <message>
            <source>All tables</source>
            <translation>All tables</translation>
        </message>
        <message>
            <source>All reasons</source>
            <translation>All reasons</translation>
        </message>
        <message>
            <source>No conflict selected</source>
            <translation>No conflict selected</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Differing columns: %1</source>
            <translation>Differing columns: %1</translation>
        </message>
        <message>
            <source>The sync would have done: %1 · run %2 · %3 → %4</source>
            <translation>The sync would have done: %1 · run %2 · %3 → %4</translation>
        </message>
        <message>
            <source>Resolved (%1) without writing.</source>
            <translation>Resolved (%1) without writing.</translation>
        </message>
        <message>
            <source>Resolved (%1), backup point %2.</source>
            <translation>Resolved (%1), backup point %2.</translation>
        </message>
        <message>
            <source>Open conflicts of the table:</source>
            <translation>Open conflicts of the table:</translation>
        </message>
        <message>
            <source>Open conflicts of %1:</source>
            <translation>Open conflicts of %1:</translation>
        </message>
        <message numerus="yes">
            <source>Apply %n Decision(s)…</source>
            <translation>
                <numerusform>Apply %n Decision…</numerusform>
                <numerusform>Apply %n Decisions…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shown</source>
            <translation>
                <numerusform>%n shown</numerusform>
                <numerusform>%n shown</numerusform>
            </translation>
        </message>
        <message>
            <source>Decide per conflict, or per table with the bulk decisions; nothing is written until Apply.</source>
            <translation>Decide per conflict, or per table with the bulk decisions; nothing is written until Apply.</translation>
        </message>
        <message>
            <source>Take Source Value</source>
            <translation>Take Source Value</translation>
        </message>
        <message>
            <source>Take Target Value</source>
            <translation>Take Target Value</translation>
        </message>
        <message>
            <source>Edit Result…</source>
            <translation>Edit Result…</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n conflict(s) of %2 decided.</source>
            <translation>
                <numerusform>%1: %n conflict of %2 decided.</numerusform>
                <numerusform>%1: %n conflicts of %2 decided.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n left undecided (both sides as new).</source>
            <translation>
                <numerusform>%n left undecided (both sides as new).</numerusform>
                <numerusform>%n left undecided (both sides as new).</numerusform>
            </translation>
        </message>
        <message>
            <source>All source</source>
            <translation>All source</translation>
        </message>
        <message>
            <source>All target</source>
            <translation>All target</translation>
        </message>
        <message>
            <source>Newer wins by %1</source>
            <translation>Newer wins by %1</translation>
        </message>
        <message numerus="yes">
            <source>Resolve %n conflict(s) on %1.</source>
            <translation>
                <numerusform>Resolve %n conflict on %1.</numerusform>
                <numerusform>Resolve %n conflicts on %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) are written, each only while the target row is still as the conflict recorded it; a backup point is taken first, so Undo can restore them.</source>
            <translation>
                <numerusform>%n row are written, each only while the target row is still as the conflict recorded it; a backup point is taken first, so Undo can restore them.</numerusform>
                <numerusform>%n rows are written, each only while the target row is still as the conflict recorded it; a backup point is taken first, so Undo can restore them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n keep the target's row: nothing is written for them.</source>
            <translation>
                <numerusform>%n keep the target's row: nothing is written for them.</numerusform>
                <numerusform>%n keep the target's row: nothing is written for them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Apply Conflict Decisions</source>
            <translation>Apply Conflict Decisions</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message numerus="yes">
            <source>Resolving %n conflict(s).</source>
            <translation>
                <numerusform>Resolving %n conflict.</numerusform>
                <numerusform>Resolving %n conflicts.</numerusform>
            </translation>
        </message>
        <message>
            <source>Resolving conflicts…</source>
            <translation>Resolving conflicts…</translation>
        </message>
        <message numerus="yes">
            <source>Roll back backup point %1 on %2: the %n row(s) this resolution wrote return to how they were, and their conflicts open again. A row changed since stays as it is.</source>
            <translation>
                <numerusform>Roll back backup point %1 on %2: the %n row this resolution wrote return to how they were, and their conflicts open again. A row changed since stays as it is.</numerusform>
                <numerusform>Roll back backup point %1 on %2: the %n rows this resolution wrote return to how they were, and their conflicts open again. A row changed since stays as it is.</numerusform>
            </translation>
        </message>
        <message>
            <source>Undo Conflict Resolution</source>
            <translation>Undo Conflict Resolution</translation>
        </message>
        <message>
            <source>Roll Back</source>
            <translation>Roll Back</translation>
        </message>
        <message>
            <source>Undoing the resolution of backup point %1.</source>
            <translation>Undoing the resolution of backup point %1.</translation>
        </message>
        <message>
            <source>Rolling back…</source>
            <translation>Rolling back…</translation>
        </message>
        <message>
            <source>Cancelling: stopping after the current batch…</source>
            <translation>Cancelling: stopping after the current batch…</translation>
        </message>
        <message>
            <source>Undo of a conflict resolution</source>
            <translation>Undo of a conflict resolution</translation>
        </message>
        <message>
            <source>Conflict resolution</source>
            <translation>Conflict resolution</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Cancelled: nothing more was written.</source>
            <translation>Cancelled: nothing more was written.</translation>
        </message>
        <message numerus="yes">
            <source>Rolled back: %n conflict(s) open again.</source>
            <translation>
                <numerusform>Rolled back: %n conflict open again.</numerusform>
                <numerusform>Rolled back: %n conflicts open again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rolled back in part: %n row(s) had changed since and were left as they are.</source>
            <translation>
                <numerusform>Rolled back in part: %n row had changed since and were left as they are.</numerusform>
                <numerusform>Rolled back in part: %n rows had changed since and were left as they are.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) resolved.</source>
            <translation>
                <numerusform>%n conflict resolved.</numerusform>
                <numerusform>%n conflicts resolved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay open: the target row changed again (shown now as it is).</source>
            <translation>
                <numerusform>%n stay open: the target row changed again (shown now as it is).</numerusform>
                <numerusform>%n stay open: the target row changed again (shown now as it is).</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup point %1: to undo, pick a resolved conflict (State: Resolved) and Undo Resolution.</source>
            <translation>Backup point %1: to undo, pick a resolved conflict (State: Resolved) and Undo Resolution.</translation>
        </message>
    </context>
    <context>
        <name>ConflictFieldsModel</name>
        <message>
            <source>(no row)</source>
            <translation>(no row)</translation>
        </message>
        <message>
            <source>This side has no row with this key.</source>
            <translation>This side has no row with this key.</translation>
        </message>
        <message>
            <source>NULL</source>
            <translation>NULL</translation>
        </message>
        <message>
            <source>Part of the row's key: a resolution does not change it.</source>
            <translation>Part of the row's key: a resolution does not change it.</translation>
        </message>
        <message>
            <source>Generated column: the server computes it.</source>
            <translation>Generated column: the server computes it.</translation>
        </message>
        <message>
            <source>The source and the target differ here.</source>
            <translation>The source and the target differ here.</translation>
        </message>
        <message>
            <source>From the source</source>
            <translation>From the source</translation>
        </message>
        <message>
            <source>From the target</source>
            <translation>From the target</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Edited</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Target now</source>
            <translation>Target now</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
    </context>
    <context>
        <name>ConflictPolicy</name>
        <message>
            <source>"%1" is not a conflict policy.</source>
            <translation>"%1" is not a conflict policy.</translation>
        </message>
        <message>
            <source>Use source-wins, target-wins, newer-wins:COLUMN (e.g. newer-wins:updated_at) or manual.</source>
            <translation>Use source-wins, target-wins, newer-wins:COLUMN (e.g. newer-wins:updated_at) or manual.</translation>
        </message>
    </context>
    <context>
        <name>ConflictResolver</name>
        <message>
            <source>"0x%1" is not hexadecimal.</source>
            <translation>"0x%1" is not hexadecimal.</translation>
        </message>
        <message>
            <source>Cannot convert a typed value to the character set %1 of column %2.</source>
            <translation>Cannot convert a typed value to the character set %1 of column %2.</translation>
        </message>
        <message>
            <source>Give the value as bytes (0x...), or take the source's or the target's row.</source>
            <translation>Give the value as bytes (0x...), or take the source's or the target's row.</translation>
        </message>
        <message>
            <source>The value for %1 has characters that %2 cannot hold.</source>
            <translation>The value for %1 has characters that %2 cannot hold.</translation>
        </message>
        <message>
            <source>"%1" is not column=value.</source>
            <translation>"%1" is not column=value.</translation>
        </message>
        <message>
            <source>Write --set col=value[,col=value].</source>
            <translation>Write --set col=value[,col=value].</translation>
        </message>
        <message>
            <source>A column name is missing in "%1".</source>
            <translation>A column name is missing in "%1".</translation>
        </message>
        <message>
            <source>The quoted value of %1 is not closed.</source>
            <translation>The quoted value of %1 is not closed.</translation>
        </message>
        <message>
            <source>Text follows the quoted value of %1.</source>
            <translation>Text follows the quoted value of %1.</translation>
        </message>
        <message>
            <source>Neither side has this row, so there is nothing to set values on.</source>
            <translation>Neither side has this row, so there is nothing to set values on.</translation>
        </message>
        <message>
            <source>Take the source's or the target's state instead.</source>
            <translation>Take the source's or the target's state instead.</translation>
        </message>
        <message>
            <source>Table %1 has no column %2.</source>
            <translation>Table %1 has no column %2.</translation>
        </message>
        <message>
            <source>Column %1 is not written by the sync (generated or not compared).</source>
            <translation>Column %1 is not written by the sync (generated or not compared).</translation>
        </message>
        <message>
            <source>Conflict %1 is already resolved (%2).</source>
            <translation>Conflict %1 is already resolved (%2).</translation>
        </message>
        <message>
            <source>Conflicts %1 and %2 belong to different targets.</source>
            <translation>Conflicts %1 and %2 belong to different targets.</translation>
        </message>
        <message>
            <source>Resolve them one target at a time.</source>
            <translation>Resolve them one target at a time.</translation>
        </message>
        <message>
            <source>Conflict %1: the new values change the row's key.</source>
            <translation>Conflict %1: the new values change the row's key.</translation>
        </message>
        <message>
            <source>Keys are not changed by a resolution; set other columns.</source>
            <translation>Keys are not changed by a resolution; set other columns.</translation>
        </message>
        <message>
            <source>Conflicts of %1 were recorded with different table shapes (%2).</source>
            <translation>Conflicts of %1 were recorded with different table shapes (%2).</translation>
        </message>
        <message>
            <source>Resolve them one at a time.</source>
            <translation>Resolve them one at a time.</translation>
        </message>
        <message>
            <source>conflict %1</source>
            <translation>conflict %1</translation>
        </message>
        <message>
            <source>the row changed again before it could be resolved</source>
            <translation>the row changed again before it could be resolved</translation>
        </message>
    </context>
    <context>
        <name>ConflictStore</name>
        <message>
            <source>%1 in %2: %3</source>
            <translation>%1 in %2: %3</translation>
        </message>
        <message>
            <source>Check that the file is writable and the disk is not full.</source>
            <translation>Check that the file is writable and the disk is not full.</translation>
        </message>
        <message>
            <source>Cannot record a conflict</source>
            <translation>Cannot record a conflict</translation>
        </message>
        <message>
            <source>Cannot read the conflicts</source>
            <translation>Cannot read the conflicts</translation>
        </message>
        <message>
            <source>There is no conflict %1.</source>
            <translation>There is no conflict %1.</translation>
        </message>
        <message>
            <source>List them with syncstudio-cli conflicts list --state all.</source>
            <translation>List them with syncstudio-cli conflicts list --state all.</translation>
        </message>
        <message>
            <source>Cannot update conflict %1</source>
            <translation>Cannot update conflict %1</translation>
        </message>
        <message>
            <source>Cannot reopen the conflicts of backup point %1</source>
            <translation>Cannot reopen the conflicts of backup point %1</translation>
        </message>
    </context>
    <context>
        <name>ConflictsCommand</name>
        <message>
            <source>List, show and resolve the rows syncs left for a decision</source>
            <translation>List, show and resolve the rows syncs left for a decision</translation>
        </message>
        <message>
            <source>Usage:</source>
            <translation>Usage:</translation>
        </message>
        <message>
            <source>Taking the source's row or setting values writes to the target, guarded like a sync and recorded in a backup point; taking the target's row only closes the conflict.</source>
            <translation>Taking the source's row or setting values writes to the target, guarded like a sync and recorded in a backup point; taking the target's row only closes the conflict.</translation>
        </message>
        <message>
            <source>Unknown conflicts action "%1".</source>
            <translation>Unknown conflicts action "%1".</translation>
        </message>
        <message>
            <source>Use list, show or resolve.</source>
            <translation>Use list, show or resolve.</translation>
        </message>
        <message>
            <source>The conflict queue, oldest first.</source>
            <translation>The conflict queue, oldest first.</translation>
        </message>
        <message>
            <source>open (default), resolved or all.</source>
            <translation>open (default), resolved or all.</translation>
        </message>
        <message>
            <source>Only the conflicts of this sync run.</source>
            <translation>Only the conflicts of this sync run.</translation>
        </message>
        <message>
            <source>--state must be open, resolved or all.</source>
            <translation>--state must be open, resolved or all.</translation>
        </message>
        <message>
            <source>No open conflicts.</source>
            <translation>No open conflicts.</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>No conflicts.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>STATE</source>
            <translation>STATE</translation>
        </message>
        <message>
            <source>TABLE</source>
            <translation>TABLE</translation>
        </message>
        <message>
            <source>KEY</source>
            <translation>KEY</translation>
        </message>
        <message>
            <source>CHANGE</source>
            <translation>CHANGE</translation>
        </message>
        <message>
            <source>DIFFERING</source>
            <translation>DIFFERING</translation>
        </message>
        <message>
            <source>WHY</source>
            <translation>WHY</translation>
        </message>
        <message>
            <source>SINCE</source>
            <translation>SINCE</translation>
        </message>
        <message>
            <source>One conflict with the source's, the target's and the compared row.</source>
            <translation>One conflict with the source's, the target's and the compared row.</translation>
        </message>
        <message>
            <source>The conflict's id.</source>
            <translation>The conflict's id.</translation>
        </message>
        <message>
            <source>"%1" is not a conflict id.</source>
            <translation>"%1" is not a conflict id.</translation>
        </message>
        <message>
            <source>Conflict %1 (%2) in %3, key %4</source>
            <translation>Conflict %1 (%2) in %3, key %4</translation>
        </message>
        <message>
            <source>  sync run %1 from %2 to %3</source>
            <translation>  sync run %1 from %2 to %3</translation>
        </message>
        <message>
            <source>  the sync would have done: %1; why it did not: %2</source>
            <translation>  the sync would have done: %1; why it did not: %2</translation>
        </message>
        <message>
            <source>  resolved: %1 %2</source>
            <translation>  resolved: %1 %2</translation>
        </message>
        <message>
            <source>COLUMN</source>
            <translation>COLUMN</translation>
        </message>
        <message>
            <source>SOURCE</source>
            <translation>SOURCE</translation>
        </message>
        <message>
            <source>TARGET NOW</source>
            <translation>TARGET NOW</translation>
        </message>
        <message>
            <source>TARGET AT COMPARE</source>
            <translation>TARGET AT COMPARE</translation>
        </message>
        <message>
            <source>Resolve with: syncstudio-cli conflicts resolve %1 --take source|target, or --set col=value</source>
            <translation>Resolve with: syncstudio-cli conflicts resolve %1 --take source|target, or --set col=value</translation>
        </message>
        <message>
            <source>Settle a conflict: take the source's row (written guarded, backed up), keep the target's (nothing written), or set column values over the source's row.</source>
            <translation>Settle a conflict: take the source's row (written guarded, backed up), keep the target's (nothing written), or set column values over the source's row.</translation>
        </message>
        <message>
            <source>source or target.</source>
            <translation>source or target.</translation>
        </message>
        <message>
            <source>col=value[,col=value]: NULL for NULL, 'text' quoted, 0x.. bytes.</source>
            <translation>col=value[,col=value]: NULL for NULL, 'text' quoted, 0x.. bytes.</translation>
        </message>
        <message>
            <source>Connect to ENDPOINT instead of the target recorded with the conflict.</source>
            <translation>Connect to ENDPOINT instead of the target recorded with the conflict.</translation>
        </message>
        <message>
            <source>Do not ask for confirmation.</source>
            <translation>Do not ask for confirmation.</translation>
        </message>
        <message>
            <source>Give either --take source|target or --set col=value.</source>
            <translation>Give either --take source|target or --set col=value.</translation>
        </message>
        <message>
            <source>--take must be source or target.</source>
            <translation>--take must be source or target.</translation>
        </message>
        <message>
            <source>Conflict %1 is already resolved (%2).</source>
            <translation>Conflict %1 is already resolved (%2).</translation>
        </message>
        <message>
            <source>Write the %1 row of conflict %2 to %3 (%4, key %5)?</source>
            <translation>Write the %1 row of conflict %2 to %3 (%4, key %5)?</translation>
        </message>
        <message>
            <source>source's</source>
            <translation>source's</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>edited</translation>
        </message>
        <message>
            <source>The row changed on the target again, so nothing was written; conflict %1 stays open with the row as it is now (syncstudio-cli conflicts show %1).</source>
            <translation>The row changed on the target again, so nothing was written; conflict %1 stays open with the row as it is now (syncstudio-cli conflicts show %1).</translation>
        </message>
        <message>
            <source>Conflict %1 resolved.</source>
            <translation>Conflict %1 resolved.</translation>
        </message>
        <message>
            <source>Backup point: %1 (undo with: syncstudio-cli rollback %1)</source>
            <translation>Backup point: %1 (undo with: syncstudio-cli rollback %1)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>Changed on the target after the compare</source>
            <translation>Changed on the target after the compare</translation>
        </message>
        <message>
            <source>Deleted on the target after the compare</source>
            <translation>Deleted on the target after the compare</translation>
        </message>
        <message>
            <source>Inserted on the target after the compare</source>
            <translation>Inserted on the target after the compare</translation>
        </message>
        <message>
            <source>The key matches several target rows</source>
            <translation>The key matches several target rows</translation>
        </message>
        <message>
            <source>Waiting for a decision (manual policy)</source>
            <translation>Waiting for a decision (manual policy)</translation>
        </message>
        <message>
            <source>Both sides are equally new</source>
            <translation>Both sides are equally new</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Edited</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>Superseded</translation>
        </message>
        <message>
            <source>Resolved: %1</source>
            <translation>Resolved: %1</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>edited</translation>
        </message>
        <message>
            <source>target kept</source>
            <translation>target kept</translation>
        </message>
        <message>
            <source>source taken</source>
            <translation>source taken</translation>
        </message>
        <message>
            <source>Checked: Apply writes this decision</source>
            <translation>Checked: Apply writes this decision</translation>
        </message>
        <message>
            <source>Backup point %1</source>
            <translation>Backup point %1</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
    </context>
    <context>
        <name>Connection</name>
        <message>
            <source>Check that the server is running and listening on %1:%2, and that no firewall blocks it.</source>
            <translation>Check that the server is running and listening on %1:%2, and that no firewall blocks it.</translation>
        </message>
        <message>
            <source>Check that the server is running and that the socket path %1 is right.</source>
            <translation>Check that the server is running and that the socket path %1 is right.</translation>
        </message>
        <message>
            <source>Check the host name %1.</source>
            <translation>Check the host name %1.</translation>
        </message>
        <message>
            <source>Check the user name and password; for a saved profile, open it and enter the password again.</source>
            <translation>Check the user name and password; for a saved profile, open it and enter the password again.</translation>
        </message>
        <message>
            <source>Check the database name, or create the database first.</source>
            <translation>Check the database name, or create the database first.</translation>
        </message>
        <message>
            <source>Grant the account access to this database, or connect with another account.</source>
            <translation>Grant the account access to this database, or connect with another account.</translation>
        </message>
        <message>
            <source>TLS mode %1 could not be satisfied: enable TLS on the server, give the right CA file, or choose a weaker TLS mode if the network is trusted.</source>
            <translation>TLS mode %1 could not be satisfied: enable TLS on the server, give the right CA file, or choose a weaker TLS mode if the network is trusted.</translation>
        </message>
        <message>
            <source>TLS mode %1 needs a CA certificate file.</source>
            <translation>TLS mode %1 needs a CA certificate file.</translation>
        </message>
        <message>
            <source>Give the CA file (--ssl-ca or the profile's CA field), or use REQUIRED.</source>
            <translation>Give the CA file (--ssl-ca or the profile's CA field), or use REQUIRED.</translation>
        </message>
        <message>
            <source>The TLS file %1 cannot be read.</source>
            <translation>The TLS file %1 cannot be read.</translation>
        </message>
        <message>
            <source>Check the path and its permissions.</source>
            <translation>Check the path and its permissions.</translation>
        </message>
        <message>
            <source>Out of memory while creating a connection.</source>
            <translation>Out of memory while creating a connection.</translation>
        </message>
        <message>
            <source>The connection is not encrypted although TLS mode %1 requires it.</source>
            <translation>The connection is not encrypted although TLS mode %1 requires it.</translation>
        </message>
        <message>
            <source>The session could not be prepared; check that the account may set session variables.</source>
            <translation>The session could not be prepared; check that the account may set session variables.</translation>
        </message>
        <message>
            <source>The connection to the server was lost; check the server and the network.</source>
            <translation>The connection to the server was lost; check the server and the network.</translation>
        </message>
        <message>
            <source>Grant the account the privilege it lacks, or connect with another account.</source>
            <translation>Grant the account the privilege it lacks, or connect with another account.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionTestDialog</name>
        <message>
            <source>Test &amp;Again</source>
            <translation>Test &amp;Again</translation>
        </message>
        <message>
            <source>Test Connection “%1”</source>
            <translation>Test Connection “%1”</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>The stored password could not be read. Type it to test the connection; it is not saved.</source>
            <translation>The stored password could not be read. Type it to test the connection; it is not saved.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionTestPanel</name>
        <message>
            <source>Connection not tested yet</source>
            <translation>Connection not tested yet</translation>
        </message>
        <message>
            <source>Test Connection signs in with these settings and reports the server version, whether the connection is encrypted, the round-trip time, and whether the account may read and write.</source>
            <translation>Test Connection signs in with these settings and reports the server version, whether the connection is encrypted, the round-trip time, and whether the account may read and write.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connecting to %1…</translation>
        </message>
        <message>
            <source>Connected to %1 %2</source>
            <translation>Connected to %1 %2</translation>
        </message>
        <message>
            <source>Server version:</source>
            <translation>Server version:</translation>
        </message>
        <message>
            <source>Encryption:</source>
            <translation>Encryption:</translation>
        </message>
        <message>
            <source>%1, cipher %2</source>
            <translation>%1, cipher %2</translation>
        </message>
        <message>
            <source>Not encrypted: passwords and data travel in clear text.</source>
            <translation>Not encrypted: passwords and data travel in clear text.</translation>
        </message>
        <message>
            <source>Latency:</source>
            <translation>Latency:</translation>
        </message>
        <message numerus="yes">
            <source>%1 ms (median of %n round trips)</source>
            <translation>
                <numerusform>%1 ms (median of %n round trips)</numerusform>
                <numerusform>%1 ms (median of %n round trips)</numerusform>
            </translation>
        </message>
        <message>
            <source>all databases</source>
            <translation>all databases</translation>
        </message>
        <message>
            <source>Access:</source>
            <translation>Access:</translation>
        </message>
        <message>
            <source>Read and write on %1</source>
            <translation>Read and write on %1</translation>
        </message>
        <message>
            <source>Read only on %1: usable as a source, not as a sync target.</source>
            <translation>Read only on %1: usable as a source, not as a sync target.</translation>
        </message>
        <message>
            <source>No read access on %1.</source>
            <translation>No read access on %1.</translation>
        </message>
        <message>
            <source>%1 and %2 more</source>
            <translation>%1 and %2 more</translation>
        </message>
        <message>
            <source>Privileges:</source>
            <translation>Privileges:</translation>
        </message>
        <message>
            <source>The connection failed</source>
            <translation>The connection failed</translation>
        </message>
        <message>
            <source>MySQL error %1</source>
            <translation>MySQL error %1</translation>
        </message>
        <message>
            <source>SQLSTATE %1</source>
            <translation>SQLSTATE %1</translation>
        </message>
        <message>
            <source>Server %1: %2</source>
            <translation>Server %1: %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;What to do:&lt;/b&gt; %1</translation>
        </message>
    </context>
    <context>
        <name>DataDiffView</name>
        <message>
            <source>Compare Rows</source>
            <translation>Compare Rows</translation>
        </message>
        <message>
            <source>Compare the rows of every selected table on the servers, without locking the source</source>
            <translation>Compare the rows of every selected table on the servers, without locking the source</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Compare the rows of the two databases to see what differs.</source>
            <translation>Compare the rows of the two databases to see what differs.</translation>
        </message>
        <message>
            <source>Filter tables</source>
            <translation>Filter tables</translation>
        </message>
        <message>
            <source>Differences only</source>
            <translation>Differences only</translation>
        </message>
        <message>
            <source>Hide the tables whose rows are identical</source>
            <translation>Hide the tables whose rows are identical</translation>
        </message>
        <message>
            <source>Choose a table to see its rows side by side.</source>
            <translation>Choose a table to see its rows side by side.</translation>
        </message>
        <message>
            <source>Select a row to see its values in full.</source>
            <translation>Select a row to see its values in full.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Show the selected row's values in full below the grid</source>
            <translation>Show the selected row's values in full below the grid</translation>
        </message>
        <message>
            <source>Choose a source and a target database first.</source>
            <translation>Choose a source and a target database first.</translation>
        </message>
        <message>
            <source>Rows appear here as each table is compared.</source>
            <translation>Rows appear here as each table is compared.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <source>Cancelling: the tables being compared stop after their current chunk…</source>
            <translation>Cancelling: the tables being compared stop after their current chunk…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n table(s)</source>
            <translation>
                <numerusform>%1 of %n table</numerusform>
                <numerusform>%1 of %n tables</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 rows</source>
            <translation>%1 rows</translation>
        </message>
        <message>
            <source>%1 rows/s</source>
            <translation>%1 rows/s</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>about %1 left</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>paused</translation>
        </message>
        <message>
            <source>Cancelled after %1 s; the tables compared so far are shown.</source>
            <translation>Cancelled after %1 s; the tables compared so far are shown.</translation>
        </message>
        <message numerus="yes">
            <source>Compared %n table(s) in %1 s</source>
            <translation>
                <numerusform>Compared %n table in %1 s</numerusform>
                <numerusform>Compared %n tables in %1 s</numerusform>
            </translation>
        </message>
        <message>
            <source>every row is identical.</source>
            <translation>every row is identical.</translation>
        </message>
        <message numerus="yes">
            <source>%n table(s) differ</source>
            <translation>
                <numerusform>%n table differ</numerusform>
                <numerusform>%n tables differ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be compared</source>
            <translation>
                <numerusform>%n could not be compared</numerusform>
                <numerusform>%n could not be compared</numerusform>
            </translation>
        </message>
        <message>
            <source>No table was compared: check the table filters.</source>
            <translation>No table was compared: check the table filters.</translation>
        </message>
        <message>
            <source>Reading the results…</source>
            <translation>Reading the results…</translation>
        </message>
        <message>
            <source>These results hold no table.</source>
            <translation>These results hold no table.</translation>
        </message>
        <message>
            <source>%1 is being compared; its rows appear here when it is done.</source>
            <translation>%1 is being compared; its rows appear here when it is done.</translation>
        </message>
        <message>
            <source>%1 was not compared.</source>
            <translation>%1 was not compared.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>no key: rows compared as a multiset</source>
            <translation>no key: rows compared as a multiset</translation>
        </message>
        <message>
            <source>key %1</source>
            <translation>key %1</translation>
        </message>
        <message>
            <source>%1 rows in the source, %2 in the target, %3 identical</source>
            <translation>%1 rows in the source, %2 in the target, %3 identical</translation>
        </message>
        <message>
            <source>not updatable in place</source>
            <translation>not updatable in place</translation>
        </message>
        <message>
            <source>Source · %1</source>
            <translation>Source · %1</translation>
        </message>
        <message>
            <source>Source · %1 · %2</source>
            <translation>Source · %1 · %2</translation>
        </message>
        <message>
            <source>Target · %1</source>
            <translation>Target · %1</translation>
        </message>
        <message>
            <source>Target · %1 · %2</source>
            <translation>Target · %1 · %2</translation>
        </message>
        <message>
            <source>The rows of this table are identical.</source>
            <translation>The rows of this table are identical.</translation>
        </message>
        <message>
            <source>All %1</source>
            <translation>All %1</translation>
        </message>
        <message>
            <source>Loading the row…</source>
            <translation>Loading the row…</translation>
        </message>
        <message>
            <source>Looking for %1…</source>
            <translation>Looking for %1…</translation>
        </message>
        <message>
            <source>No row here has the key %1 or a later one.</source>
            <translation>No row here has the key %1 or a later one.</translation>
        </message>
        <message>
            <source>Row %1: key %2.</source>
            <translation>Row %1: key %2.</translation>
        </message>
        <message>
            <source>No row here has the key %1; this is the next one, %2.</source>
            <translation>No row here has the key %1; this is the next one, %2.</translation>
        </message>
        <message>
            <source>Row %1 of %2</source>
            <translation>Row %1 of %2</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message>
            <source>every row goes into the sync</source>
            <translation>every row goes into the sync</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) left out of the sync</source>
            <translation>
                <numerusform>%n row left out of the sync</numerusform>
                <numerusform>%n rows left out of the sync</numerusform>
            </translation>
        </message>
        <message>
            <source>Include in the Sync</source>
            <translation>Include in the Sync</translation>
        </message>
        <message>
            <source>Leave out of the Sync</source>
            <translation>Leave out of the Sync</translation>
        </message>
        <message>
            <source>Copy Key</source>
            <translation>Copy Key</translation>
        </message>
        <message>
            <source>Reading the connection details…</source>
            <translation>Reading the connection details…</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <source>%1: %2.
Its rows are counted (%3 in the source, %4 in the target) but not listed one by one: there is nothing to compare them with.</source>
            <translation>%1: %2.
Its rows are counted (%3 in the source, %4 in the target) but not listed one by one: there is nothing to compare them with.</translation>
        </message>
        <message>
            <source>Only in source %1</source>
            <translation>Only in source %1</translation>
        </message>
        <message>
            <source>Only in target %1</source>
            <translation>Only in target %1</translation>
        </message>
        <message>
            <source>Different %1</source>
            <translation>Different %1</translation>
        </message>
        <message>
            <source>Type a key and press Enter to go to that row (or the next one after it); separate the values of a composite key with commas</source>
            <translation>Type a key and press Enter to go to that row (or the next one after it); separate the values of a composite key with commas</translation>
        </message>
        <message>
            <source>No key to jump to</source>
            <translation>No key to jump to</translation>
        </message>
        <message>
            <source>Jump to %1…</source>
            <translation>Jump to %1…</translation>
        </message>
        <message>
            <source>Data compare</source>
            <translation>Data compare</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
    </context>
    <context>
        <name>DiffReaderWorker</name>
        <message>
            <source>The compare results are not open.</source>
            <translation>The compare results are not open.</translation>
        </message>
    </context>
    <context>
        <name>DiffRowModel</name>
        <message>
            <source>Only in the source: sync inserts it into the target</source>
            <translation>Only in the source: sync inserts it into the target</translation>
        </message>
        <message>
            <source>Only in the target: sync deletes it from the target</source>
            <translation>Only in the target: sync deletes it from the target</translation>
        </message>
        <message>
            <source>Different: sync updates the target's values</source>
            <translation>Different: sync updates the target's values</translation>
        </message>
        <message>
            <source>Excluded: sync leaves this row alone.</source>
            <translation>Excluded: sync leaves this row alone.</translation>
        </message>
        <message>
            <source>Included in the sync. Untick to leave it alone.</source>
            <translation>Included in the sync. Untick to leave it alone.</translation>
        </message>
        <message>
            <source>Not in the source</source>
            <translation>Not in the source</translation>
        </message>
        <message>
            <source>Not in the target</source>
            <translation>Not in the target</translation>
        </message>
        <message>
            <source>%1
(the start of a long value: select the row to see all of it)</source>
            <translation>%1
(the start of a long value: select the row to see all of it)</translation>
        </message>
        <message>
            <source>NULL (no value)</source>
            <translation>NULL (no value)</translation>
        </message>
        <message>
            <source>Included in the sync (untick to leave a row alone) and the kind of difference: + only in source, − only in target, ≠ different</source>
            <translation>Included in the sync (untick to leave a row alone) and the kind of difference: + only in source, − only in target, ≠ different</translation>
        </message>
        <message>
            <source>The kind of difference: + only in source, − only in target, ≠ different</source>
            <translation>The kind of difference: + only in source, − only in target, ≠ different</translation>
        </message>
        <message>
            <source>Part of the row key</source>
            <translation>Part of the row key</translation>
        </message>
    </context>
    <context>
        <name>DiffStore</name>
        <message>
            <source>%1 failed in the diff store %2: %3</source>
            <translation>%1 failed in the diff store %2: %3</translation>
        </message>
        <message>
            <source>Check that the disk is not full and the folder is writable.</source>
            <translation>Check that the disk is not full and the folder is writable.</translation>
        </message>
        <message>
            <source>Cannot open the diff store %1: %2</source>
            <translation>Cannot open the diff store %1: %2</translation>
        </message>
        <message>
            <source>Check the folder's permissions and free space.</source>
            <translation>Check the folder's permissions and free space.</translation>
        </message>
        <message>
            <source>Preparing</source>
            <translation>Preparing</translation>
        </message>
        <message>
            <source>Creating the tables</source>
            <translation>Creating the tables</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the compare results.</source>
            <translation>Cannot create the folder %1 for the compare results.</translation>
        </message>
        <message>
            <source>Check its permissions, or set SYNCSTUDIO_HOME to a writable folder.</source>
            <translation>Check its permissions, or set SYNCSTUDIO_HOME to a writable folder.</translation>
        </message>
        <message>
            <source>There is no diff store at %1.</source>
            <translation>There is no diff store at %1.</translation>
        </message>
        <message>
            <source>Run the compare again; old results may have been removed.</source>
            <translation>Run the compare again; old results may have been removed.</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>Saving</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Reading</translation>
        </message>
        <message>
            <source>The diff store has no entry %1.</source>
            <translation>The diff store has no entry %1.</translation>
        </message>
        <message>
            <source>Saving a table</source>
            <translation>Saving a table</translation>
        </message>
        <message>
            <source>Reading the tables</source>
            <translation>Reading the tables</translation>
        </message>
        <message>
            <source>Reading a table</source>
            <translation>Reading a table</translation>
        </message>
        <message>
            <source>The diff store has no table %1.</source>
            <translation>The diff store has no table %1.</translation>
        </message>
        <message>
            <source>Cannot start a transaction in the diff store %1: %2</source>
            <translation>Cannot start a transaction in the diff store %1: %2</translation>
        </message>
        <message>
            <source>Check that the disk is not full.</source>
            <translation>Check that the disk is not full.</translation>
        </message>
        <message>
            <source>Saving rows</source>
            <translation>Saving rows</translation>
        </message>
        <message>
            <source>Cannot save rows in the diff store %1: %2</source>
            <translation>Cannot save rows in the diff store %1: %2</translation>
        </message>
        <message>
            <source>Clearing rows</source>
            <translation>Clearing rows</translation>
        </message>
        <message>
            <source>Reading rows</source>
            <translation>Reading rows</translation>
        </message>
        <message>
            <source>The diff store has no such row in table %1.</source>
            <translation>The diff store has no such row in table %1.</translation>
        </message>
        <message>
            <source>The results may have been replaced by a newer compare.</source>
            <translation>The results may have been replaced by a newer compare.</translation>
        </message>
        <message>
            <source>Counting rows</source>
            <translation>Counting rows</translation>
        </message>
        <message>
            <source>identical</source>
            <translation>identical</translation>
        </message>
        <message>
            <source>different</source>
            <translation>different</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>skipped</translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>waiting</translation>
        </message>
    </context>
    <context>
        <name>DiffTablesModel</name>
        <message>
            <source>Identical</source>
            <translation>Identical</translation>
        </message>
        <message>
            <source>Different</source>
            <translation>Different</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>%1.%2 → %3.%4</source>
            <translation>%1.%2 → %3.%4</translation>
        </message>
        <message>
            <source>Key: %1</source>
            <translation>Key: %1</translation>
        </message>
        <message>
            <source>No key: compared as a multiset of rows</source>
            <translation>No key: compared as a multiset of rows</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>Comparing…</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Only in source</source>
            <translation>Only in source</translation>
        </message>
        <message>
            <source>Only in target</source>
            <translation>Only in target</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Rows only the source has: sync inserts them into the target</source>
            <translation>Rows only the source has: sync inserts them into the target</translation>
        </message>
        <message>
            <source>Rows only the target has: sync deletes them</source>
            <translation>Rows only the target has: sync deletes them</translation>
        </message>
        <message>
            <source>Rows with the same key and different values: sync updates them</source>
            <translation>Rows with the same key and different values: sync updates them</translation>
        </message>
        <message>
            <source>Rows that are the same on both sides</source>
            <translation>Rows that are the same on both sides</translation>
        </message>
        <message>
            <source>%1 rows</source>
            <translation>%1 rows</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Comparing for %1 s</source>
            <translation>Comparing for %1 s</translation>
        </message>
        <message>
            <source>%1 rows read</source>
            <translation>%1 rows read</translation>
        </message>
        <message>
            <source>%1 rows/s</source>
            <translation>%1 rows/s</translation>
        </message>
        <message>
            <source>The table, and where it goes when it was mapped to another</source>
            <translation>The table, and where it goes when it was mapped to another</translation>
        </message>
    </context>
    <context>
        <name>Endpoint</name>
        <message>
            <source>Cannot read the endpoint "%1": %2.</source>
            <translation>Cannot read the endpoint "%1": %2.</translation>
        </message>
        <message>
            <source>Write PROFILE, PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</source>
            <translation>Write PROFILE, PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</translation>
        </message>
        <message>
            <source>the scheme must be mysql:// or mariadb://</source>
            <translation>the scheme must be mysql:// or mariadb://</translation>
        </message>
        <message>
            <source>the URL has no user name</source>
            <translation>the URL has no user name</translation>
        </message>
        <message>
            <source>the URL has no host</source>
            <translation>the URL has no host</translation>
        </message>
        <message>
            <source>the port must be between 1 and 65535</source>
            <translation>the port must be between 1 and 65535</translation>
        </message>
        <message>
            <source>the path must be a single database name</source>
            <translation>the path must be a single database name</translation>
        </message>
        <message>
            <source>unknown ssl-mode "%1" (use DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY)</source>
            <translation>unknown ssl-mode "%1" (use DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY)</translation>
        </message>
        <message>
            <source>connect-timeout must be a number of seconds</source>
            <translation>connect-timeout must be a number of seconds</translation>
        </message>
        <message>
            <source>unknown option "%1"</source>
            <translation>unknown option "%1"</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>it is empty</translation>
        </message>
        <message>
            <source>the profile name is empty</source>
            <translation>the profile name is empty</translation>
        </message>
        <message>
            <source>nothing follows the "/"; name a database or leave out the slash</source>
            <translation>nothing follows the "/"; name a database or leave out the slash</translation>
        </message>
        <message>
            <source>only one "/" may separate the profile and the database</source>
            <translation>only one "/" may separate the profile and the database</translation>
        </message>
    </context>
    <context>
        <name>EnvironmentBand</name>
        <message>
            <source>Source: read only, never written to</source>
            <translation>Source: read only, never written to</translation>
        </message>
        <message>
            <source>Target: brought in line with the source</source>
            <translation>Target: brought in line with the source</translation>
        </message>
        <message>
            <source>PROD</source>
            <translation>PROD</translation>
        </message>
        <message>
            <source>STAGING</source>
            <translation>STAGING</translation>
        </message>
        <message>
            <source>DEV</source>
            <translation>DEV</translation>
        </message>
        <message>
            <source>The target is production: every write asks for its profile name first.</source>
            <translation>The target is production: every write asks for its profile name first.</translation>
        </message>
        <message>
            <source>No saved profile is named like the target.</source>
            <translation>No saved profile is named like the target.</translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <source>server %1</source>
            <translation>server %1</translation>
        </message>
        <message>
            <source>database %1</source>
            <translation>database %1</translation>
        </message>
        <message>
            <source>table %1</source>
            <translation>table %1</translation>
        </message>
        <message>
            <source> (MySQL error %1)</source>
            <translation> (MySQL error %1)</translation>
        </message>
        <message>
            <source> (MySQL error %1, SQLSTATE %2)</source>
            <translation> (MySQL error %1, SQLSTATE %2)</translation>
        </message>
        <message>
            <source>, </source>
            <extracomment>Separates "server X", "database Y" and "table Z" in an error line.</extracomment>
            <translation>, </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 is where the error happened (server, database, table), %2 what happened.</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <extracomment>Joins the error and the hint on what to do; %1 is the error, %2 the hint.</extracomment>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>FilePathEdit</name>
        <message>
            <source>Choose a file…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <source>Browse</source>
            <translation>Browse</translation>
        </message>
    </context>
    <context>
        <name>ForeignKeyGraph</name>
        <message>
            <source>The foreign keys of the target decide the order of the writes; grant the account read access to information_schema, or turn foreign key checks off for this run.</source>
            <translation>The foreign keys of the target decide the order of the writes; grant the account read access to information_schema, or turn foreign key checks off for this run.</translation>
        </message>
        <message>
            <source>The foreign keys between %1 form a cycle, so no order of the writes satisfies them all; if the sync fails on a foreign key, run it with foreign key checks off.</source>
            <translation>The foreign keys between %1 form a cycle, so no order of the writes satisfies them all; if the sync fails on a foreign key, run it with foreign key checks off.</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <source>Nothing was left half-done; run it again to start over.</source>
            <translation>Nothing was left half-done; run it again to start over.</translation>
        </message>
    </context>
    <context>
        <name>JobItemsModel</name>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
    </context>
    <context>
        <name>JobNotifier</name>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Finished after %1.</source>
            <translation>Finished after %1.</translation>
        </message>
        <message>
            <source>Cancelled after %1.</source>
            <translation>Cancelled after %1.</translation>
        </message>
        <message>
            <source>Failed after %1: %2</source>
            <translation>Failed after %1: %2</translation>
        </message>
    </context>
    <context>
        <name>JobsModel</name>
        <message>
            <source>The job ended without reporting a result.</source>
            <translation>The job ended without reporting a result.</translation>
        </message>
        <message>
            <source>Cancel requested: the job stops after its current step.</source>
            <translation>Cancel requested: the job stops after its current step.</translation>
        </message>
        <message>
            <source>Finished in %1.</source>
            <translation>Finished in %1.</translation>
        </message>
        <message>
            <source>Warning: cancelled after %1.</source>
            <translation>Warning: cancelled after %1.</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Error: %1</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Cancelling</source>
            <translation>Cancelling</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>%1 rows/s</source>
            <translation>%1 rows/s</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Project: %1</source>
            <translation>Project: %1</translation>
        </message>
        <message>
            <source>Started: %1</source>
            <translation>Started: %1</translation>
        </message>
        <message>
            <source>Ended: %1</source>
            <translation>Ended: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Job</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Rows/s</source>
            <translation>Rows/s</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>ETA</translation>
        </message>
        <message>
            <source>Elapsed</source>
            <translation>Elapsed</translation>
        </message>
    </context>
    <context>
        <name>KeyInput</name>
        <message>
            <source>The table %1 has no row key: its rows cannot be looked up by key.</source>
            <translation>The table %1 has no row key: its rows cannot be looked up by key.</translation>
        </message>
        <message>
            <source>Scroll, or filter by kind.</source>
            <translation>Scroll, or filter by kind.</translation>
        </message>
        <message numerus="yes">
            <source>The key of %1 has %n column(s) (%2); %3 value(s) were given.</source>
            <translation>
                <numerusform>The key of %1 has %n column (%2); %3 value were given.</numerusform>
                <numerusform>The key of %1 has %n columns (%2); %3 values were given.</numerusform>
            </translation>
        </message>
        <message>
            <source>Separate the values with commas; quote a value that holds a comma: 'a,b'.</source>
            <translation>Separate the values with commas; quote a value that holds a comma: 'a,b'.</translation>
        </message>
        <message>
            <source>%1 is a number column; "%2" is not a whole number.</source>
            <translation>%1 is a number column; "%2" is not a whole number.</translation>
        </message>
        <message>
            <source>"%1" is not a hexadecimal value.</source>
            <translation>"%1" is not a hexadecimal value.</translation>
        </message>
        <message>
            <source>"%1" cannot be written in the character set %2 of %3.</source>
            <translation>"%1" cannot be written in the character set %2 of %3.</translation>
        </message>
        <message>
            <source>A key column of %1 cannot be NULL.</source>
            <translation>A key column of %1 cannot be NULL.</translation>
        </message>
        <message>
            <source>Type a value for every key column.</source>
            <translation>Type a value for every key column.</translation>
        </message>
    </context>
    <context>
        <name>KeychainSecretStore</name>
        <message>
            <source>No keychain can be used: the application is not running an event loop (no QCoreApplication) or is shutting down.</source>
            <translation>No keychain can be used: the application is not running an event loop (no QCoreApplication) or is shutting down.</translation>
        </message>
        <message numerus="yes">
            <source>No keychain answered within %n second(s): it may be waiting for an unlock prompt that nobody can see.</source>
            <translation>
                <numerusform>No keychain answered within %n second: it may be waiting for an unlock prompt that nobody can see.</numerusform>
                <numerusform>No keychain answered within %n seconds: it may be waiting for an unlock prompt that nobody can see.</numerusform>
            </translation>
        </message>
        <message>
            <source>The keychain refused access: the request was denied (%1).</source>
            <translation>The keychain refused access: the request was denied (%1).</translation>
        </message>
        <message>
            <source>The keychain refused access: it is locked or access was denied (%1).</source>
            <translation>The keychain refused access: it is locked or access was denied (%1).</translation>
        </message>
        <message>
            <source>The keychain could not delete the secret for key %1 (%2).</source>
            <translation>The keychain could not delete the secret for key %1 (%2).</translation>
        </message>
        <message>
            <source>Remove the entry for service %1 by hand in your keyring manager.</source>
            <translation>Remove the entry for service %1 by hand in your keyring manager.</translation>
        </message>
        <message>
            <source>No keychain answered: the Secret Service (org.freedesktop.secrets on the D-Bus session bus) is not running or is locked (%1).</source>
            <translation>No keychain answered: the Secret Service (org.freedesktop.secrets on the D-Bus session bus) is not running or is locked (%1).</translation>
        </message>
        <message>
            <source>No keychain answered: the system keychain is not available (%1).</source>
            <translation>No keychain answered: the system keychain is not available (%1).</translation>
        </message>
        <message>
            <source>No keychain answered: the D-Bus session bus is disabled (DBUS_SESSION_BUS_ADDRESS=%1), so the Secret Service (org.freedesktop.secrets) cannot be reached.</source>
            <translation>No keychain answered: the D-Bus session bus is disabled (DBUS_SESSION_BUS_ADDRESS=%1), so the Secret Service (org.freedesktop.secrets) cannot be reached.</translation>
        </message>
        <message>
            <source>No keychain answered: there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set and there is no $XDG_RUNTIME_DIR/bus), so the Secret Service (org.freedesktop.secrets) cannot be reached.</source>
            <translation>No keychain answered: there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set and there is no $XDG_RUNTIME_DIR/bus), so the Secret Service (org.freedesktop.secrets) cannot be reached.</translation>
        </message>
    </context>
    <context>
        <name>LogView</name>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Copy the selected lines, or the whole log when nothing is selected</source>
            <translation>Copy the selected lines, or the whole log when nothing is selected</translation>
        </message>
        <message>
            <source>Remove every line from this view</source>
            <translation>Remove every line from this view</translation>
        </message>
        <message>
            <source>INFO</source>
            <translation>INFO</translation>
        </message>
        <message>
            <source>WARNING</source>
            <translation>WARNING</translation>
        </message>
        <message>
            <source>ERROR</source>
            <translation>ERROR</translation>
        </message>
        <message>
            <source>Nothing logged yet. Connections, schema reads and their errors are written here.</source>
            <translation>Nothing logged yet. Connections, schema reads and their errors are written here.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Profiles Not Loaded</source>
            <translation>Profiles Not Loaded</translation>
        </message>
        <message>
            <source>The saved profiles could not be read: %1</source>
            <translation>The saved profiles could not be read: %1</translation>
        </message>
        <message>
            <source>The profiles could not be read: %1</source>
            <translation>The profiles could not be read: %1</translation>
        </message>
        <message>
            <source>&amp;New Profile…</source>
            <translation>&amp;New Profile…</translation>
        </message>
        <message>
            <source>New Profile</source>
            <translation>New Profile</translation>
        </message>
        <message>
            <source>Create a connection profile for a MySQL or MariaDB server</source>
            <translation>Create a connection profile for a MySQL or MariaDB server</translation>
        </message>
        <message>
            <source>&amp;Edit Profile…</source>
            <translation>&amp;Edit Profile…</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Change the selected profile</source>
            <translation>Change the selected profile</translation>
        </message>
        <message>
            <source>D&amp;uplicate Profile…</source>
            <translation>D&amp;uplicate Profile…</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Start a new profile from the selected one's settings</source>
            <translation>Start a new profile from the selected one's settings</translation>
        </message>
        <message>
            <source>&amp;Delete Profile</source>
            <translation>&amp;Delete Profile</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the selected profile and its stored password</source>
            <translation>Delete the selected profile and its stored password</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>&amp;Test Connection</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Connect to the selected profile's server and report what it allows</source>
            <translation>Connect to the selected profile's server and report what it allows</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Close SyncStudio</source>
            <translation>Close SyncStudio</translation>
        </message>
        <message>
            <source>&amp;Status Bar</source>
            <translation>&amp;Status Bar</translation>
        </message>
        <message>
            <source>&amp;About SyncStudio</source>
            <translation>&amp;About SyncStudio</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>About &amp;Qt</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profiles</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <source>&amp;Comparison</source>
            <translation>&amp;Comparison</translation>
        </message>
        <message>
            <source>&amp;Profiles</source>
            <translation>&amp;Profiles</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Profiles &amp;Sidebar</source>
            <translation>Profiles &amp;Sidebar</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Profiles Toolbar</source>
            <translation>Profiles Toolbar</translation>
        </message>
        <message>
            <source>Comparison Toolbar</source>
            <translation>Comparison Toolbar</translation>
        </message>
        <message>
            <source>&amp;Toolbar</source>
            <translation>&amp;Toolbar</translation>
        </message>
        <message>
            <source>&amp;Comparison Toolbar</source>
            <translation>&amp;Comparison Toolbar</translation>
        </message>
        <message>
            <source>Keychain: checking…</source>
            <translation>Keychain: checking…</translation>
        </message>
        <message>
            <source>No profiles</source>
            <translation>No profiles</translation>
        </message>
        <message>
            <source>Profiles: %1</source>
            <translation>Profiles: %1</translation>
        </message>
        <message>
            <source>Keychain: ready</source>
            <translation>Keychain: ready</translation>
        </message>
        <message>
            <source>Passwords are stored in the system keychain.</source>
            <translation>Passwords are stored in the system keychain.</translation>
        </message>
        <message>
            <source>Keychain: not reachable — passwords will be asked each time</source>
            <translation>Keychain: not reachable — passwords will be asked each time</translation>
        </message>
        <message>
            <source>Profile “%1” saved.</source>
            <translation>Profile “%1” saved.</translation>
        </message>
        <message>
            <source>Delete Profile</source>
            <translation>Delete Profile</translation>
        </message>
        <message>
            <source>Delete the profile “%1”?</source>
            <translation>Delete the profile “%1”?</translation>
        </message>
        <message>
            <source>Its password is removed from the system keychain as well. The server and its data are not touched.</source>
            <translation>Its password is removed from the system keychain as well. The server and its data are not touched.</translation>
        </message>
        <message>
            <source>The server and its data are not touched.</source>
            <translation>The server and its data are not touched.</translation>
        </message>
        <message>
            <source>This is a production profile.</source>
            <translation>This is a production profile.</translation>
        </message>
        <message>
            <source>Deleting profile “%1”…</source>
            <translation>Deleting profile “%1”…</translation>
        </message>
        <message>
            <source>Profile Not Deleted</source>
            <translation>Profile Not Deleted</translation>
        </message>
        <message>
            <source>Profile “%1” deleted.</source>
            <translation>Profile “%1” deleted.</translation>
        </message>
        <message>
            <source>&amp;New Comparison</source>
            <translation>&amp;New Comparison</translation>
        </message>
        <message>
            <source>Choose a source and a target to compare</source>
            <translation>Choose a source and a target to compare</translation>
        </message>
        <message>
            <source>&amp;Open Project…</source>
            <translation>&amp;Open Project…</translation>
        </message>
        <message>
            <source>Open a saved sync project</source>
            <translation>Open a saved sync project</translation>
        </message>
        <message>
            <source>&amp;Save Project</source>
            <translation>&amp;Save Project</translation>
        </message>
        <message>
            <source>Save the comparison as a project file the GUI and the CLI can open</source>
            <translation>Save the comparison as a project file the GUI and the CLI can open</translation>
        </message>
        <message>
            <source>Save Project &amp;As…</source>
            <translation>Save Project &amp;As…</translation>
        </message>
        <message>
            <source>Save the comparison under a new file name</source>
            <translation>Save the comparison under a new file name</translation>
        </message>
        <message>
            <source>&amp;Close Tab</source>
            <translation>&amp;Close Tab</translation>
        </message>
        <message>
            <source>Close the current comparison</source>
            <translation>Close the current comparison</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Compare</translation>
        </message>
        <message>
            <source>&amp;Preview SQL</source>
            <translation>&amp;Preview SQL</translation>
        </message>
        <message>
            <source>S&amp;ync</source>
            <translation>S&amp;ync</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Verify</translation>
        </message>
        <message>
            <source>&amp;Rollback</source>
            <translation>&amp;Rollback</translation>
        </message>
        <message>
            <source>New Comparison</source>
            <translation>New Comparison</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Not saved yet</translation>
        </message>
        <message>
            <source>Open a project or start a comparison first.</source>
            <translation>Open a project or start a comparison first.</translation>
        </message>
        <message>
            <source>%1 — SyncStudio</source>
            <translation>%1 — SyncStudio</translation>
        </message>
        <message>
            <source>Open Project</source>
            <translation>Open Project</translation>
        </message>
        <message>
            <source>Project Not Opened</source>
            <translation>Project Not Opened</translation>
        </message>
        <message>
            <source>Remove from Recent Projects</source>
            <translation>Remove from Recent Projects</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>Opened %1</translation>
        </message>
        <message>
            <source>Project Not Saved</source>
            <translation>Project Not Saved</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Save Project</source>
            <translation>Save Project</translation>
        </message>
        <message>
            <source>Close Comparison</source>
            <translation>Close Comparison</translation>
        </message>
        <message>
            <source>Keep Open</source>
            <translation>Keep Open</translation>
        </message>
        <message>
            <source>“%1” has settings that are not saved. Save them before closing?</source>
            <translation>“%1” has settings that are not saved. Save them before closing?</translation>
        </message>
        <message>
            <source>No recent projects</source>
            <translation>No recent projects</translation>
        </message>
        <message>
            <source>&amp;Clear Recent Projects</source>
            <translation>&amp;Clear Recent Projects</translation>
        </message>
        <message>
            <source>The recent projects list could not be updated: %1</source>
            <translation>The recent projects list could not be updated: %1</translation>
        </message>
        <message>
            <source>A %1 of “%2” is still running.</source>
            <translation>A %1 of “%2” is still running.</translation>
        </message>
        <message>
            <source>Closing cancels it at its next safe point: a compare writes nothing, a sync or a rollback stops between statements and its backup point stays.</source>
            <translation>Closing cancels it at its next safe point: a compare writes nothing, a sync or a rollback stops between statements and its backup point stays.</translation>
        </message>
        <message>
            <source>Cancel It and Close</source>
            <translation>Cancel It and Close</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <source>Language, backup retention and other settings</source>
            <translation>Language, backup retention and other settings</translation>
        </message>
        <message>
            <source>&amp;Jobs</source>
            <translation>&amp;Jobs</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>Backup Points</source>
            <translation>Backup Points</translation>
        </message>
        <message>
            <source>&amp;Backup Points</source>
            <translation>&amp;Backup Points</translation>
        </message>
        <message>
            <source>The backup points every sync took, to inspect and roll back</source>
            <translation>The backup points every sync took, to inspect and roll back</translation>
        </message>
        <message>
            <source>Backup point %1 rolled back and verified.</source>
            <translation>Backup point %1 rolled back and verified.</translation>
        </message>
        <message>
            <source>Backup point %1 rolled back with differences; see Backup Points.</source>
            <translation>Backup point %1 rolled back with differences; see Backup Points.</translation>
        </message>
        <message>
            <source>The new language applies when SyncStudio starts again.</source>
            <translation>The new language applies when SyncStudio starts again.</translation>
        </message>
        <message>
            <source>No Keychain Reachable</source>
            <translation>No Keychain Reachable</translation>
        </message>
        <message>
            <source>SyncStudio keeps passwords only in the system keychain, and none answered.</source>
            <translation>SyncStudio keeps passwords only in the system keychain, and none answered.</translation>
        </message>
        <message>
            <source>Until one is reachable, passwords are not saved with profiles: you are asked for them each time you connect. Start or unlock your keyring (for example GNOME Keyring or KWallet) and restart SyncStudio to save them.</source>
            <translation>Until one is reachable, passwords are not saved with profiles: you are asked for them each time you connect. Start or unlock your keyring (for example GNOME Keyring or KWallet) and restart SyncStudio to save them.</translation>
        </message>
    </context>
    <context>
        <name>MemorySecretStore</name>
        <message>
            <source>No keychain answered (the test keychain is switched off).</source>
            <translation>No keychain answered (the test keychain is switched off).</translation>
        </message>
    </context>
    <context>
        <name>MetaReader</name>
        <message>
            <source>The database does not exist.</source>
            <translation>The database does not exist.</translation>
        </message>
        <message>
            <source>Check the database name in the endpoint (profile/database or the URL path).</source>
            <translation>Check the database name in the endpoint (profile/database or the URL path).</translation>
        </message>
    </context>
    <context>
        <name>MigrationPlanner</name>
        <message>
            <source>drop check %1</source>
            <translation>drop check %1</translation>
        </message>
        <message>
            <source>drop primary key</source>
            <translation>drop primary key</translation>
        </message>
        <message>
            <source>drop index %1</source>
            <translation>drop index %1</translation>
        </message>
        <message>
            <source>drop column %1 to add it again</source>
            <translation>drop column %1 to add it again</translation>
        </message>
        <message>
            <source>Column %1 becomes generated: its stored values are replaced by the expression.</source>
            <translation>Column %1 becomes generated: its stored values are replaced by the expression.</translation>
        </message>
        <message>
            <source>drop column %1</source>
            <translation>drop column %1</translation>
        </message>
        <message>
            <source>The values in column %1 are lost.</source>
            <translation>The values in column %1 are lost.</translation>
        </message>
        <message>
            <source>add column %1 again as %2</source>
            <translation>add column %1 again as %2</translation>
        </message>
        <message>
            <source>Column %1 stops being generated: it starts out with its default value.</source>
            <translation>Column %1 stops being generated: it starts out with its default value.</translation>
        </message>
        <message>
            <source>add column %1</source>
            <translation>add column %1</translation>
        </message>
        <message>
            <source>Column %1 changes from %2 to %3: characters %3 cannot hold are lost.</source>
            <translation>Column %1 changes from %2 to %3: characters %3 cannot hold are lost.</translation>
        </message>
        <message>
            <source>Column %1 becomes NOT NULL: the statement fails if a row holds NULL there.</source>
            <translation>Column %1 becomes NOT NULL: the statement fails if a row holds NULL there.</translation>
        </message>
        <message>
            <source>check</source>
            <translation>check</translation>
        </message>
        <message>
            <source>position</source>
            <translation>position</translation>
        </message>
        <message>
            <source>modify column %1 (%2)</source>
            <translation>modify column %1 (%2)</translation>
        </message>
        <message>
            <source>add primary key</source>
            <translation>add primary key</translation>
        </message>
        <message>
            <source>add index %1</source>
            <translation>add index %1</translation>
        </message>
        <message>
            <source>Index %1 is unique: the statement fails if existing rows have duplicates.</source>
            <translation>Index %1 is unique: the statement fails if existing rows have duplicates.</translation>
        </message>
        <message>
            <source>make index %1 %2</source>
            <translation>make index %1 %2</translation>
        </message>
        <message>
            <source>add check %1</source>
            <translation>add check %1</translation>
        </message>
        <message>
            <source>The statement fails if existing rows violate CHECK (%1).</source>
            <translation>The statement fails if existing rows violate CHECK (%1).</translation>
        </message>
        <message>
            <source>engine %1</source>
            <translation>engine %1</translation>
        </message>
        <message>
            <source>row format %1</source>
            <translation>row format %1</translation>
        </message>
        <message>
            <source>table options %1</source>
            <translation>table options %1</translation>
        </message>
        <message>
            <source>default charset %1, collation %2 (existing columns keep theirs)</source>
            <translation>default charset %1, collation %2 (existing columns keep theirs)</translation>
        </message>
        <message>
            <source>table comment</source>
            <translation>table comment</translation>
        </message>
        <message>
            <source>AUTO_INCREMENT %1</source>
            <translation>AUTO_INCREMENT %1</translation>
        </message>
        <message>
            <source>Repartitioning copies the whole table.</source>
            <translation>Repartitioning copies the whole table.</translation>
        </message>
        <message>
            <source>remove partitioning</source>
            <translation>remove partitioning</translation>
        </message>
        <message>
            <source>partition as %1</source>
            <translation>partition as %1</translation>
        </message>
        <message>
            <source>drop foreign key %1 (its table goes)</source>
            <translation>drop foreign key %1 (its table goes)</translation>
        </message>
        <message>
            <source>drop foreign keys %1</source>
            <translation>drop foreign keys %1</translation>
        </message>
        <message>
            <source>add foreign keys %1</source>
            <translation>add foreign keys %1</translation>
        </message>
        <message>
            <source>The statement fails if existing rows violate the keys; InnoDB copies the table to add a key while foreign_key_checks is on.</source>
            <translation>The statement fails if existing rows violate the keys; InnoDB copies the table to add a key while foreign_key_checks is on.</translation>
        </message>
        <message>
            <source>drop table (only in target)</source>
            <translation>drop table (only in target)</translation>
        </message>
        <message>
            <source>Table %1 and all its rows are lost.</source>
            <translation>Table %1 and all its rows are lost.</translation>
        </message>
        <message>
            <source>create table</source>
            <translation>create table</translation>
        </message>
        <message>
            <source>drop view (only in target)</source>
            <translation>drop view (only in target)</translation>
        </message>
        <message>
            <source>replace view</source>
            <translation>replace view</translation>
        </message>
        <message>
            <source>create view</source>
            <translation>create view</translation>
        </message>
        <message>
            <source>drop trigger to recreate it</source>
            <translation>drop trigger to recreate it</translation>
        </message>
        <message>
            <source>drop trigger (only in target)</source>
            <translation>drop trigger (only in target)</translation>
        </message>
        <message>
            <source>create trigger</source>
            <translation>create trigger</translation>
        </message>
        <message>
            <source>drop to recreate</source>
            <translation>drop to recreate</translation>
        </message>
        <message>
            <source>drop (only in target)</source>
            <translation>drop (only in target)</translation>
        </message>
        <message>
            <source>create</source>
            <translation>create</translation>
        </message>
        <message>
            <source>use the event's time zone</source>
            <translation>use the event's time zone</translation>
        </message>
        <message>
            <source>restore the session time zone</source>
            <translation>restore the session time zone</translation>
        </message>
        <message>
            <source>Column %1 changes from %2 to %3: values that do not fit are truncated or rejected.</source>
            <translation>Column %1 changes from %2 to %3: values that do not fit are truncated or rejected.</translation>
        </message>
        <message>
            <source>Column %1 loses the member %2: rows holding it are changed or rejected.</source>
            <translation>Column %1 loses the member %2: rows holding it are changed or rejected.</translation>
        </message>
    </context>
    <context>
        <name>MigrationScriptView</name>
        <message>
            <source>Allow destructive changes</source>
            <translation>Allow destructive changes</translation>
        </message>
        <message>
            <source>Copy Script</source>
            <translation>Copy Script</translation>
        </message>
        <message>
            <source>Save Script…</source>
            <translation>Save Script…</translation>
        </message>
        <message>
            <source>Apply to Target…</source>
            <translation>Apply to Target…</translation>
        </message>
        <message>
            <source>Include statements that drop objects or may lose data. Each one is marked “destructive” in the list and in the script.</source>
            <translation>Include statements that drop objects or may lose data. Each one is marked “destructive” in the list and in the script.</translation>
        </message>
        <message>
            <source>Nothing to migrate: the target's structure already matches the source.</source>
            <translation>Nothing to migrate: the target's structure already matches the source.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n statement(s)&lt;/b&gt; to run on %1: %2</source>
            <translation>
                <numerusform>&lt;b&gt;%n statement&lt;/b&gt; to run on %1: %2</numerusform>
                <numerusform>&lt;b&gt;%n statements&lt;/b&gt; to run on %1: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Run a compare to see the statements that bring the target in line.</source>
            <translation>Run a compare to see the statements that bring the target in line.</translation>
        </message>
        <message>
            <source>The script could not be saved to %1: %2.</source>
            <translation>The script could not be saved to %1: %2.</translation>
        </message>
        <message>
            <source>Choose a folder you can write to.</source>
            <translation>Choose a folder you can write to.</translation>
        </message>
        <message>
            <source>Check the free space and the permissions of the folder.</source>
            <translation>Check the free space and the permissions of the folder.</translation>
        </message>
        <message>
            <source>Save Migration Script</source>
            <translation>Save Migration Script</translation>
        </message>
        <message>
            <source>SQL scripts (*.sql);;All files (*)</source>
            <translation>SQL scripts (*.sql);;All files (*)</translation>
        </message>
        <message>
            <source>Script Not Saved</source>
            <translation>Script Not Saved</translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s) left out: destructive changes and what only serves them. Allow destructive changes to include them.</source>
            <translation>
                <numerusform>%n statement left out: destructive changes and what only serves them. Allow destructive changes to include them.</numerusform>
                <numerusform>%n statements left out: destructive changes and what only serves them. Allow destructive changes to include them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s) left out of the script: destructive changes, and what only prepares them. A statement that mixes harmless and destructive changes to one table is left out whole; check “Allow destructive changes” to include them.</source>
            <translation>
                <numerusform>%n statement left out of the script: destructive changes, and what only prepares them. A statement that mixes harmless and destructive changes to one table is left out whole; check “Allow destructive changes” to include them.</numerusform>
                <numerusform>%n statements left out of the script: destructive changes, and what only prepares them. A statement that mixes harmless and destructive changes to one table is left out whole; check “Allow destructive changes” to include them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MigrationStepsModel</name>
        <message>
            <source>instant</source>
            <translation>instant</translation>
        </message>
        <message>
            <source>in place</source>
            <translation>in place</translation>
        </message>
        <message>
            <source>table rebuild</source>
            <translation>table rebuild</translation>
        </message>
        <message>
            <source>destructive</source>
            <translation>destructive</translation>
        </message>
        <message>
            <source>Changes metadata only; finishes at once whatever the table's size.</source>
            <translation>Changes metadata only; finishes at once whatever the table's size.</translation>
        </message>
        <message>
            <source>Works on the table without copying it (e.g. building an index); writes continue meanwhile.</source>
            <translation>Works on the table without copying it (e.g. building an index); writes continue meanwhile.</translation>
        </message>
        <message>
            <source>Copies the whole table: takes time and disk space in proportion to its size.</source>
            <translation>Copies the whole table: takes time and disk space in proportion to its size.</translation>
        </message>
        <message>
            <source>Drops an object or may lose data. Runs only when destructive changes are allowed.</source>
            <translation>Drops an object or may lose data. Runs only when destructive changes are allowed.</translation>
        </message>
        <message>
            <source>Left out: %1</source>
            <translation>Left out: %1</translation>
        </message>
        <message>
            <source>Left out of the script: allow destructive changes to include it.</source>
            <translation>Left out of the script: allow destructive changes to include it.</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <source>The values of column %1 are saved with the rows' keys in the backup point first.</source>
            <translation>The values of column %1 are saved with the rows' keys in the backup point first.</translation>
        </message>
        <message>
            <source>Left out of the script with the destructive change it prepares: allow destructive changes to include it.</source>
            <translation>Left out of the script with the destructive change it prepares: allow destructive changes to include it.</translation>
        </message>
        <message>
            <source>Instead of:</source>
            <translation>Instead of:</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>System default</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Keep forever</source>
            <translation>Keep forever</translation>
        </message>
        <message>
            <source>Backup points older than this are offered for deletion in the Backup Points view and by syncstudio-cli backups delete --expired. Nothing is deleted without asking.</source>
            <translation>Backup points older than this are offered for deletion in the Backup Points view and by syncstudio-cli backups delete --expired. Nothing is deleted without asking.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Interface</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Recent projects listed:</source>
            <translation>&amp;Recent projects listed:</translation>
        </message>
        <message>
            <source>Backup Points</source>
            <translation>Backup Points</translation>
        </message>
        <message>
            <source>&amp;Keep backup points for:</source>
            <translation>&amp;Keep backup points for:</translation>
        </message>
        <message>
            <source>SYNCSTUDIO_LANG is set to “%1” in the environment; it wins over this choice.</source>
            <translation>SYNCSTUDIO_LANG is set to “%1” in the environment; it wins over this choice.</translation>
        </message>
        <message>
            <source>The new language applies when SyncStudio starts again.</source>
            <translation>The new language applies when SyncStudio starts again.</translation>
        </message>
        <message>
            <source>Applies at start; “System default” follows the system's language.</source>
            <translation>Applies at start; “System default” follows the system's language.</translation>
        </message>
        <message>
            <source>Preferences Not Saved</source>
            <translation>Preferences Not Saved</translation>
        </message>
    </context>
    <context>
        <name>ProductionConfirmDialog</name>
        <message>
            <source>Confirm Write to Production</source>
            <translation>Confirm Write to Production</translation>
        </message>
        <message>
            <source>“%1” is a production profile.</source>
            <translation>“%1” is a production profile.</translation>
        </message>
        <message>
            <source>To continue, type the profile name &lt;b&gt;%1&lt;/b&gt;:</source>
            <translation>To continue, type the profile name &lt;b&gt;%1&lt;/b&gt;:</translation>
        </message>
        <message>
            <source>The name does not match. Type “%1” exactly as shown.</source>
            <translation>The name does not match. Type “%1” exactly as shown.</translation>
        </message>
        <message>
            <source>This is not “%1”. Names are case-sensitive here.</source>
            <translation>This is not “%1”. Names are case-sensitive here.</translation>
        </message>
    </context>
    <context>
        <name>ProfileCommand</name>
        <message>
            <source>Manage saved connection profiles (add, list, show, remove, test)</source>
            <translation>Manage saved connection profiles (add, list, show, remove, test)</translation>
        </message>
        <message>
            <source>Usage:</source>
            <translation>Usage:</translation>
        </message>
        <message>
            <source>Passwords are stored only in the system keychain. SYNCSTUDIO_PASSWORD overrides the stored password for one run.</source>
            <translation>Passwords are stored only in the system keychain. SYNCSTUDIO_PASSWORD overrides the stored password for one run.</translation>
        </message>
        <message>
            <source>Unknown profile action "%1".</source>
            <translation>Unknown profile action "%1".</translation>
        </message>
        <message>
            <source>Use add, list, show, remove or test.</source>
            <translation>Use add, list, show, remove or test.</translation>
        </message>
        <message>
            <source>Save a connection profile.</source>
            <translation>Save a connection profile.</translation>
        </message>
        <message>
            <source>The profile's name, e.g. prod.</source>
            <translation>The profile's name, e.g. prod.</translation>
        </message>
        <message>
            <source>Server host name or address.</source>
            <translation>Server host name or address.</translation>
        </message>
        <message>
            <source>TCP port (default 3306).</source>
            <translation>TCP port (default 3306).</translation>
        </message>
        <message>
            <source>Unix socket path, instead of host and port.</source>
            <translation>Unix socket path, instead of host and port.</translation>
        </message>
        <message>
            <source>User name.</source>
            <translation>User name.</translation>
        </message>
        <message>
            <source>Default database.</source>
            <translation>Default database.</translation>
        </message>
        <message>
            <source>Read the password from standard input and store it in the keychain.</source>
            <translation>Read the password from standard input and store it in the keychain.</translation>
        </message>
        <message>
            <source>DISABLED, PREFERRED (default), REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</source>
            <translation>DISABLED, PREFERRED (default), REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</translation>
        </message>
        <message>
            <source>CA certificate file.</source>
            <translation>CA certificate file.</translation>
        </message>
        <message>
            <source>Client certificate file.</source>
            <translation>Client certificate file.</translation>
        </message>
        <message>
            <source>Client key file.</source>
            <translation>Client key file.</translation>
        </message>
        <message>
            <source>Environment: prod, staging or dev.</source>
            <translation>Environment: prod, staging or dev.</translation>
        </message>
        <message>
            <source>Free-form notes.</source>
            <translation>Free-form notes.</translation>
        </message>
        <message>
            <source>Replace an existing profile of the same name.</source>
            <translation>Replace an existing profile of the same name.</translation>
        </message>
        <message>
            <source>profile add needs --host (or --socket).</source>
            <translation>profile add needs --host (or --socket).</translation>
        </message>
        <message>
            <source>Example: --host 127.0.0.1 --port 3306</source>
            <translation>Example: --host 127.0.0.1 --port 3306</translation>
        </message>
        <message>
            <source>profile add needs --user.</source>
            <translation>profile add needs --user.</translation>
        </message>
        <message>
            <source>The port "%1" is not a number between 1 and 65535.</source>
            <translation>The port "%1" is not a number between 1 and 65535.</translation>
        </message>
        <message>
            <source>Unknown --ssl-mode "%1".</source>
            <translation>Unknown --ssl-mode "%1".</translation>
        </message>
        <message>
            <source>Use DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</source>
            <translation>Use DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</translation>
        </message>
        <message>
            <source>Unknown --tag "%1".</source>
            <translation>Unknown --tag "%1".</translation>
        </message>
        <message>
            <source>Use prod, staging or dev.</source>
            <translation>Use prod, staging or dev.</translation>
        </message>
        <message>
            <source>A profile named "%1" already exists.</source>
            <translation>A profile named "%1" already exists.</translation>
        </message>
        <message>
            <source>Add --update to replace it, or remove it first.</source>
            <translation>Add --update to replace it, or remove it first.</translation>
        </message>
        <message>
            <source>Saved profile "%1"; its password is in the system keychain.</source>
            <translation>Saved profile "%1"; its password is in the system keychain.</translation>
        </message>
        <message>
            <source>Saved profile "%1".</source>
            <translation>Saved profile "%1".</translation>
        </message>
        <message>
            <source>List the saved profiles.</source>
            <translation>List the saved profiles.</translation>
        </message>
        <message>
            <source>No profiles yet. Add one with: syncstudio-cli profile add NAME --host HOST --user USER</source>
            <translation>No profiles yet. Add one with: syncstudio-cli profile add NAME --host HOST --user USER</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>TAG</source>
            <translation>TAG</translation>
        </message>
        <message>
            <source>SERVER</source>
            <translation>SERVER</translation>
        </message>
        <message>
            <source>USER</source>
            <translation>USER</translation>
        </message>
        <message>
            <source>DATABASE</source>
            <translation>DATABASE</translation>
        </message>
        <message>
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <source>Show one profile.</source>
            <translation>Show one profile.</translation>
        </message>
        <message>
            <source>The profile's name.</source>
            <translation>The profile's name.</translation>
        </message>
        <message>
            <source>There is no profile named "%1".</source>
            <translation>There is no profile named "%1".</translation>
        </message>
        <message>
            <source>List the profiles with syncstudio-cli profile list.</source>
            <translation>List the profiles with syncstudio-cli profile list.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environment</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Socket</source>
            <translation>Socket</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>TLS mode</source>
            <translation>TLS mode</translation>
        </message>
        <message>
            <source>CA file</source>
            <translation>CA file</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>in the system keychain</source>
            <translation>in the system keychain</translation>
        </message>
        <message>
            <source>none saved</source>
            <translation>none saved</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Remove a profile and its keychain entry.</source>
            <translation>Remove a profile and its keychain entry.</translation>
        </message>
        <message>
            <source>Removed profile "%1".</source>
            <translation>Removed profile "%1".</translation>
        </message>
        <message>
            <source>Connect and report the server version, TLS, latency and access rights.</source>
            <translation>Connect and report the server version, TLS, latency and access rights.</translation>
        </message>
        <message>
            <source>A profile (prod or prod/shop) or a mysql:// URL.</source>
            <translation>A profile (prod or prod/shop) or a mysql:// URL.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>not in use</source>
            <translation>not in use</translation>
        </message>
        <message>
            <source>Latency</source>
            <translation>Latency</translation>
        </message>
        <message>
            <source>%1 ms (median of %2 round trips)</source>
            <translation>%1 ms (median of %2 round trips)</translation>
        </message>
        <message>
            <source>(none selected)</source>
            <translation>(none selected)</translation>
        </message>
        <message>
            <source>Can read</source>
            <translation>Can read</translation>
        </message>
        <message>
            <source>Can write</source>
            <translation>Can write</translation>
        </message>
        <message>
            <source>Privileges</source>
            <translation>Privileges</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>New Connection Profile</source>
            <translation>New Connection Profile</translation>
        </message>
        <message>
            <source>Edit Profile “%1”</source>
            <translation>Edit Profile “%1”</translation>
        </message>
        <message>
            <source>Duplicate Profile “%1”</source>
            <translation>Duplicate Profile “%1”</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (copy)</translation>
        </message>
        <message>
            <source>%1 (copy %2)</source>
            <translation>%1 (copy %2)</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>A short name, e.g. shop-prod</source>
            <translation>A short name, e.g. shop-prod</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>Development</translation>
        </message>
        <message>
            <source>Staging</source>
            <translation>Staging</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>En&amp;vironment:</source>
            <translation>En&amp;vironment:</translation>
        </message>
        <message>
            <source>Production profiles are shown in red, and every sync that writes to one asks for confirmation first.</source>
            <translation>Production profiles are shown in red, and every sync that writes to one asks for confirmation first.</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Host name or IP address</source>
            <translation>Host name or IP address</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>Choose the Server Socket</source>
            <translation>Choose the Server Socket</translation>
        </message>
        <message>
            <source>Sockets (*.sock);;All files (*)</source>
            <translation>Sockets (*.sock);;All files (*)</translation>
        </message>
        <message>
            <source>Optional: a Unix socket, used instead of host and port</source>
            <translation>Optional: a Unix socket, used instead of host and port</translation>
        </message>
        <message>
            <source>S&amp;ocket:</source>
            <translation>S&amp;ocket:</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Account name on the server</source>
            <translation>Account name on the server</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>Show the password</source>
            <translation>Show the password</translation>
        </message>
        <message>
            <source>Hide the password</source>
            <translation>Hide the password</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>Save password in the system &amp;keychain</source>
            <translation>Save password in the system &amp;keychain</translation>
        </message>
        <message>
            <source>SyncStudio keeps passwords only in the system keychain, never in its own files. Without a saved password you are asked for it each time you connect.</source>
            <translation>SyncStudio keeps passwords only in the system keychain, never in its own files. Without a saved password you are asked for it each time you connect.</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>Default &amp;database:</source>
            <translation>Default &amp;database:</translation>
        </message>
        <message>
            <source>Encryption (TLS)</source>
            <translation>Encryption (TLS)</translation>
        </message>
        <message>
            <source>never encrypt</source>
            <translation>never encrypt</translation>
        </message>
        <message>
            <source>encrypt when the server supports it</source>
            <translation>encrypt when the server supports it</translation>
        </message>
        <message>
            <source>always encrypt, do not check the certificate</source>
            <translation>always encrypt, do not check the certificate</translation>
        </message>
        <message>
            <source>encrypt and check the certificate against the CA</source>
            <translation>encrypt and check the certificate against the CA</translation>
        </message>
        <message>
            <source>as Verify CA, and check the host name</source>
            <translation>as Verify CA, and check the host name</translation>
        </message>
        <message>
            <source>&amp;TLS mode:</source>
            <translation>&amp;TLS mode:</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
            <translation>PEM files (*.pem *.crt *.cer *.key);;All files (*)</translation>
        </message>
        <message>
            <source>Choose the CA Certificate</source>
            <translation>Choose the CA Certificate</translation>
        </message>
        <message>
            <source>C&amp;A certificate:</source>
            <translation>C&amp;A certificate:</translation>
        </message>
        <message>
            <source>Choose the Client Certificate</source>
            <translation>Choose the Client Certificate</translation>
        </message>
        <message>
            <source>Optional: only for certificate sign-in</source>
            <translation>Optional: only for certificate sign-in</translation>
        </message>
        <message>
            <source>Client ce&amp;rtificate:</source>
            <translation>Client ce&amp;rtificate:</translation>
        </message>
        <message>
            <source>Choose the Client Key</source>
            <translation>Choose the Client Key</translation>
        </message>
        <message>
            <source>Client &amp;key:</source>
            <translation>Client &amp;key:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Anything worth knowing about this server: owner, maintenance window, caveats</source>
            <translation>Anything worth knowing about this server: owner, maintenance window, caveats</translation>
        </message>
        <message>
            <source>Connection Test</source>
            <translation>Connection Test</translation>
        </message>
        <message>
            <source>T&amp;est Connection</source>
            <translation>T&amp;est Connection</translation>
        </message>
        <message>
            <source>Connect with these settings without saving them (Ctrl+T)</source>
            <translation>Connect with these settings without saving them (Ctrl+T)</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Give the profile a name.</source>
            <translation>Give the profile a name.</translation>
        </message>
        <message>
            <source>A profile named “%1” already exists. Choose another name.</source>
            <translation>A profile named “%1” already exists. Choose another name.</translation>
        </message>
        <message>
            <source>%1 checks the server certificate: choose the CA certificate that signed it.</source>
            <translation>%1 checks the server certificate: choose the CA certificate that signed it.</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translation>CA certificate</translation>
        </message>
        <message>
            <source>client certificate</source>
            <translation>client certificate</translation>
        </message>
        <message>
            <source>client key</source>
            <translation>client key</translation>
        </message>
        <message>
            <source>The %1 file %2 does not exist.</source>
            <translation>The %1 file %2 does not exist.</translation>
        </message>
        <message>
            <source>Certificate sign-in needs both the client certificate and its key.</source>
            <translation>Certificate sign-in needs both the client certificate and its key.</translation>
        </message>
        <message>
            <source>Type the password in the Password field to test with it.</source>
            <translation>Type the password in the Password field to test with it.</translation>
        </message>
        <message>
            <source>No keychain answered, so the password cannot be saved: it is used for Test Connection only, and you will be asked for it each time you connect.</source>
            <translation>No keychain answered, so the password cannot be saved: it is used for Test Connection only, and you will be asked for it each time you connect.</translation>
        </message>
        <message>
            <source>Leave empty to keep the stored password</source>
            <translation>Leave empty to keep the stored password</translation>
        </message>
        <message>
            <source>The stored password will be removed from the keychain.</source>
            <translation>The stored password will be removed from the keychain.</translation>
        </message>
        <message>
            <source>Leave empty to reuse the password of “%1”</source>
            <translation>Leave empty to reuse the password of “%1”</translation>
        </message>
        <message>
            <source>The new profile will have no saved password.</source>
            <translation>The new profile will have no saved password.</translation>
        </message>
        <message>
            <source>The password is used for Test Connection only and is not saved.</source>
            <translation>The password is used for Test Connection only and is not saved.</translation>
        </message>
        <message>
            <source>You will be asked for the password each time you connect.</source>
            <translation>You will be asked for the password each time you connect.</translation>
        </message>
        <message>
            <source>Required for %1</source>
            <translation>Required for %1</translation>
        </message>
        <message>
            <source>Optional: checked only by VERIFY_CA and VERIFY_IDENTITY</source>
            <translation>Optional: checked only by VERIFY_CA and VERIFY_IDENTITY</translation>
        </message>
        <message>
            <source>To save the profile without its password, clear “Save password in the system keychain”.</source>
            <translation>To save the profile without its password, clear “Save password in the system keychain”.</translation>
        </message>
    </context>
    <context>
        <name>ProfileService</name>
        <message>
            <source>The password of profile "%1" could not be stored, so the profile was not saved: %2</source>
            <translation>The password of profile "%1" could not be stored, so the profile was not saved: %2</translation>
        </message>
        <message>
            <source>Profile "%1" was not removed because its password could not be removed from the keychain: %2</source>
            <translation>Profile "%1" was not removed because its password could not be removed from the keychain: %2</translation>
        </message>
        <message>
            <source>Profile "%1" should have a password in the keychain, but the keychain has none for it.</source>
            <translation>Profile "%1" should have a password in the keychain, but the keychain has none for it.</translation>
        </message>
        <message>
            <source>Save the profile again with its password, or set SYNCSTUDIO_PASSWORD for this run.</source>
            <translation>Save the profile again with its password, or set SYNCSTUDIO_PASSWORD for this run.</translation>
        </message>
        <message>
            <source>The password of profile "%1" could not be read: %2</source>
            <translation>The password of profile "%1" could not be read: %2</translation>
        </message>
    </context>
    <context>
        <name>ProfilesModel</name>
        <message>
            <source>Production</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Staging</source>
            <translation>Staging</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>Development</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Profiles tagged prod. Every sync that writes to one asks for confirmation first.</source>
            <translation>Profiles tagged prod. Every sync that writes to one asks for confirmation first.</translation>
        </message>
        <message>
            <source>Profiles tagged staging.</source>
            <translation>Profiles tagged staging.</translation>
        </message>
        <message>
            <source>Profiles tagged dev.</source>
            <translation>Profiles tagged dev.</translation>
        </message>
        <message>
            <source>Profiles without an environment tag.</source>
            <translation>Profiles without an environment tag.</translation>
        </message>
        <message>
            <source>Server: %1</source>
            <translation>Server: %1</translation>
        </message>
        <message>
            <source>Default database: %1</source>
            <translation>Default database: %1</translation>
        </message>
        <message>
            <source>TLS: %1</source>
            <translation>TLS: %1</translation>
        </message>
        <message>
            <source>Password stored in the system keychain</source>
            <translation>Password stored in the system keychain</translation>
        </message>
        <message>
            <source>No password stored</source>
            <translation>No password stored</translation>
        </message>
    </context>
    <context>
        <name>ProfilesSidebar</name>
        <message>
            <source>No profiles yet</source>
            <translation>No profiles yet</translation>
        </message>
        <message>
            <source>A profile remembers how to reach one server: address, account, TLS and environment. The password goes to the system keychain.</source>
            <translation>A profile remembers how to reach one server: address, account, TLS and environment. The password goes to the system keychain.</translation>
        </message>
        <message>
            <source>New Profile…</source>
            <translation>New Profile…</translation>
        </message>
    </context>
    <context>
        <name>ProjectSync</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop after the current batch: it is committed or rolled back whole.</source>
            <translation>Stop after the current batch: it is committed or rolled back whole.</translation>
        </message>
        <message>
            <source>row sync</source>
            <translation>row sync</translation>
        </message>
        <message>
            <source>sync preview</source>
            <translation>sync preview</translation>
        </message>
        <message>
            <source>verify</source>
            <translation>verify</translation>
        </message>
        <message>
            <source>row rollback</source>
            <translation>row rollback</translation>
        </message>
        <message>
            <source>Sync writes the row differences of a row compare: run Compare first.</source>
            <translation>Sync writes the row differences of a row compare: run Compare first.</translation>
        </message>
        <message>
            <source>The row compare is still running.</source>
            <translation>The row compare is still running.</translation>
        </message>
        <message>
            <source>The last row compare did not finish: run Compare again.</source>
            <translation>The last row compare did not finish: run Compare again.</translation>
        </message>
        <message>
            <source>These results have been synced: run Compare again to see what is left.</source>
            <translation>These results have been synced: run Compare again to see what is left.</translation>
        </message>
        <message>
            <source>The Data view shows results from outside this application's data folder: run Compare again.</source>
            <translation>The Data view shows results from outside this application's data folder: run Compare again.</translation>
        </message>
        <message>
            <source>A %1 of this project is running.</source>
            <translation>A %1 of this project is running.</translation>
        </message>
        <message>
            <source>Write the ticked row differences to %1, a production target: the plan is shown and its profile name asked first.</source>
            <translation>Write the ticked row differences to %1, a production target: the plan is shown and its profile name asked first.</translation>
        </message>
        <message>
            <source>Write the ticked row differences to %1; the plan is shown first. A backup point is taken before the first change.</source>
            <translation>Write the ticked row differences to %1; the plan is shown first. A backup point is taken before the first change.</translation>
        </message>
        <message>
            <source>Show the SQL the row sync would run, batch by batch, without changing anything</source>
            <translation>Show the SQL the row sync would run, batch by batch, without changing anything</translation>
        </message>
        <message>
            <source>Verify checks the target after a sync; nothing has been synced from this project yet.</source>
            <translation>Verify checks the target after a sync; nothing has been synced from this project yet.</translation>
        </message>
        <message>
            <source>Compare the tables the last sync wrote again and report whether they match</source>
            <translation>Compare the tables the last sync wrote again and report whether they match</translation>
        </message>
        <message>
            <source>There is no backup point from this project yet: a sync takes one before its first change.</source>
            <translation>There is no backup point from this project yet: a sync takes one before its first change.</translation>
        </message>
        <message>
            <source>Undo the last row sync: put the rows of %1 back as backup point %2 recorded them</source>
            <translation>Undo the last row sync: put the rows of %1 back as backup point %2 recorded them</translation>
        </message>
        <message>
            <source>Reading the connection details…</source>
            <translation>Reading the connection details…</translation>
        </message>
        <message>
            <source>Row sync of compare run %1 requested: %2 → %3</source>
            <translation>Row sync of compare run %1 requested: %2 → %3</translation>
        </message>
        <message>
            <source>Sync preview</source>
            <translation>Sync preview</translation>
        </message>
        <message>
            <source>Row sync</source>
            <translation>Row sync</translation>
        </message>
        <message>
            <source>Sync preview failed: %1</source>
            <translation>Sync preview failed: %1</translation>
        </message>
        <message>
            <source>Preview Failed</source>
            <translation>Preview Failed</translation>
        </message>
        <message>
            <source>The SQL a sync of run %1 would run on %2: %3 insert(s), %4 update(s), %5 delete(s). Nothing has been changed.</source>
            <translation>The SQL a sync of run %1 would run on %2: %3 insert(s), %4 update(s), %5 delete(s). Nothing has been changed.</translation>
        </message>
        <message>
            <source>Waiting for your confirmation…</source>
            <translation>Waiting for your confirmation…</translation>
        </message>
        <message>
            <source>Write %1 insert(s), %2 update(s) and %3 delete(s) to %4.</source>
            <translation>Write %1 insert(s), %2 update(s) and %3 delete(s) to %4.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Writing…</translation>
        </message>
        <message>
            <source>Planning the sync again: deletes %1, conflict policy %2.</source>
            <translation>Planning the sync again: deletes %1, conflict policy %2.</translation>
        </message>
        <message>
            <source>on</source>
            <translation>on</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>Row sync not confirmed: nothing was written.</source>
            <translation>Row sync not confirmed: nothing was written.</translation>
        </message>
        <message>
            <source>%1: %2 inserted, %3 updated, %4 deleted, %5 conflict(s)</source>
            <translation>%1: %2 inserted, %3 updated, %4 deleted, %5 conflict(s)</translation>
        </message>
        <message>
            <source>%1 inserted, %2 updated, %3 deleted; %4 conflict(s)</source>
            <translation>%1 inserted, %2 updated, %3 deleted; %4 conflict(s)</translation>
        </message>
        <message>
            <source>Nothing was written, so no backup point was taken.</source>
            <translation>Nothing was written, so no backup point was taken.</translation>
        </message>
        <message>
            <source>Backup point %1 undoes it (Rollback).</source>
            <translation>Backup point %1 undoes it (Rollback).</translation>
        </message>
        <message>
            <source>Row sync finished in %1 s: %2. %3</source>
            <translation>Row sync finished in %1 s: %2. %3</translation>
        </message>
        <message>
            <source>Row sync cancelled: %1. %2</source>
            <translation>Row sync cancelled: %1. %2</translation>
        </message>
        <message>
            <source>Row sync failed: %1</source>
            <translation>Row sync failed: %1</translation>
        </message>
        <message>
            <source>Sync Failed</source>
            <translation>Sync Failed</translation>
        </message>
        <message>
            <source>So far: %1.</source>
            <translation>So far: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) changed on the target after the compare, or wait for your decision: they were not written and are listed under Conflicts.</source>
            <translation>
                <numerusform>%n row changed on the target after the compare, or wait for your decision: they were not written and are listed under Conflicts.</numerusform>
                <numerusform>%n rows changed on the target after the compare, or wait for your decision: they were not written and are listed under Conflicts.</numerusform>
            </translation>
        </message>
        <message>
            <source>Verify of sync run %1 started.</source>
            <translation>Verify of sync run %1 started.</translation>
        </message>
        <message>
            <source>Verify not started: %1</source>
            <translation>Verify not started: %1</translation>
        </message>
        <message>
            <source>Verify Not Started</source>
            <translation>Verify Not Started</translation>
        </message>
        <message>
            <source>Run %1 wrote no table: nothing to verify.</source>
            <translation>Run %1 wrote no table: nothing to verify.</translation>
        </message>
        <message>
            <source>Verify cancelled.</source>
            <translation>Verify cancelled.</translation>
        </message>
        <message>
            <source>Verify failed: %1</source>
            <translation>Verify failed: %1</translation>
        </message>
        <message>
            <source>Verify Failed</source>
            <translation>Verify Failed</translation>
        </message>
        <message>
            <source>%1: OK, identical</source>
            <translation>%1: OK, identical</translation>
        </message>
        <message numerus="yes">
            <source>%1: OK, identical except %n row(s) you left out of the sync</source>
            <translation>
                <numerusform>%1: OK, identical except %n row you left out of the sync</numerusform>
                <numerusform>%1: OK, identical except %n rows you left out of the sync</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: FAILED, %n row(s) differ</source>
            <translation>
                <numerusform>%1: FAILED, %n row differ</numerusform>
                <numerusform>%1: FAILED, %n rows differ</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: FAILED, not compared: %2</source>
            <translation>%1: FAILED, not compared: %2</translation>
        </message>
        <message>
            <source>%1: FAILED, %2</source>
            <translation>%1: FAILED, %2</translation>
        </message>
        <message>
            <source>Verify of run %1 passed: every table it wrote matches the source.</source>
            <translation>Verify of run %1 passed: every table it wrote matches the source.</translation>
        </message>
        <message numerus="yes">
            <source>Verify of run %1 failed: %n table(s) still differ.</source>
            <translation>
                <numerusform>Verify of run %1 failed: %n table still differ.</numerusform>
                <numerusform>Verify of run %1 failed: %n tables still differ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verify</translation>
        </message>
        <message>
            <source>Rollback not started: %1</source>
            <translation>Rollback not started: %1</translation>
        </message>
        <message>
            <source>Rollback Not Started</source>
            <translation>Rollback Not Started</translation>
        </message>
        <message>
            <source>%1: remove %2 row(s) the sync inserted, restore %3 updated row(s), re-insert %4 deleted row(s)</source>
            <translation>%1: remove %2 row(s) the sync inserted, restore %3 updated row(s), re-insert %4 deleted row(s)</translation>
        </message>
        <message numerus="yes">
            <source>Roll %1 back to backup point %2 taken %3: %4 row(s) in %n table(s) are put back as they were before the sync. Rows changed since the sync are left as they are and listed as conflicts. The rows are read back afterwards to verify.</source>
            <translation>
                <numerusform>Roll %1 back to backup point %2 taken %3: %4 row in %n table are put back as they were before the sync. Rows changed since the sync are left as they are and listed as conflicts. The rows are read back afterwards to verify.</numerusform>
                <numerusform>Roll %1 back to backup point %2 taken %3: %4 rows in %n tables are put back as they were before the sync. Rows changed since the sync are left as they are and listed as conflicts. The rows are read back afterwards to verify.</numerusform>
            </translation>
        </message>
        <message>
            <source>Roll Back Row Sync</source>
            <translation>Roll Back Row Sync</translation>
        </message>
        <message>
            <source>Roll Back</source>
            <translation>Roll Back</translation>
        </message>
        <message>
            <source>Rollback of backup point %1 requested.</source>
            <translation>Rollback of backup point %1 requested.</translation>
        </message>
        <message>
            <source>Rollback</source>
            <translation>Rollback</translation>
        </message>
        <message>
            <source>Rollback cancelled; run it again to finish (it continues from where it stopped).</source>
            <translation>Rollback cancelled; run it again to finish (it continues from where it stopped).</translation>
        </message>
        <message>
            <source>Rollback failed: %1</source>
            <translation>Rollback failed: %1</translation>
        </message>
        <message>
            <source>Rollback Failed</source>
            <translation>Rollback Failed</translation>
        </message>
        <message>
            <source>Run the rollback again to finish it: it continues from the current state.</source>
            <translation>Run the rollback again to finish it: it continues from the current state.</translation>
        </message>
        <message>
            <source>Rollback of %1: removed %2 row(s) the sync inserted, restored %3 updated row(s), re-inserted %4 deleted row(s); %5 were already as before.</source>
            <translation>Rollback of %1: removed %2 row(s) the sync inserted, restored %3 updated row(s), re-inserted %4 deleted row(s); %5 were already as before.</translation>
        </message>
        <message>
            <source>The rows were not read back.</source>
            <translation>The rows were not read back.</translation>
        </message>
        <message>
            <source>Verified: %1 row(s) read back equal to their before-image.</source>
            <translation>Verified: %1 row(s) read back equal to their before-image.</translation>
        </message>
        <message>
            <source>Verification FAILED: %1 of %2 row(s) differ from their before-image.</source>
            <translation>Verification FAILED: %1 of %2 row(s) differ from their before-image.</translation>
        </message>
        <message>
            <source>Differs from its before-image: %1, key %2</source>
            <translation>Differs from its before-image: %1, key %2</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) changed on the target after the sync and were left as they are.</source>
            <translation>
                <numerusform>%n row changed on the target after the sync and were left as they are.</numerusform>
                <numerusform>%n rows changed on the target after the sync and were left as they are.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelling: stopping after the current batch…</source>
            <translation>Cancelling: stopping after the current batch…</translation>
        </message>
        <message>
            <source>Cancel requested.</source>
            <translation>Cancel requested.</translation>
        </message>
        <message>
            <source>%1 not started: %2</source>
            <translation>%1 not started: %2</translation>
        </message>
        <message>
            <source>%1 Not Started</source>
            <translation>%1 Not Started</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 of %2 rows</source>
            <translation>%1 of %2 rows</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Starting…</translation>
        </message>
        <message>
            <source>Row sync preview</source>
            <translation>Row sync preview</translation>
        </message>
        <message>
            <source>Row rollback</source>
            <translation>Row rollback</translation>
        </message>
    </context>
    <context>
        <name>ProjectTab</name>
        <message>
            <source>New comparison %1 → %2</source>
            <translation>New comparison %1 → %2</translation>
        </message>
        <message>
            <source>Opened project %1</source>
            <translation>Opened project %1</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>Structure differences and the migration script</source>
            <translation>Structure differences and the migration script</translation>
        </message>
        <message>
            <source>Row differences, table by table</source>
            <translation>Row differences, table by table</translation>
        </message>
        <message>
            <source>Target rows that changed after the compare</source>
            <translation>Target rows that changed after the compare</translation>
        </message>
        <message>
            <source>What this project's jobs did, with times</source>
            <translation>What this project's jobs did, with times</translation>
        </message>
        <message>
            <source>The rows have not been compared yet</source>
            <translation>The rows have not been compared yet</translation>
        </message>
        <message>
            <source>The row comparison checks every table on both servers by checksums of key ranges and lists, per table, the rows only in the source, only in the target, and different, side by side. It reads the source in a consistent snapshot and writes nothing.</source>
            <translation>The row comparison checks every table on both servers by checksums of key ranges and lists, per table, the rows only in the source, only in the target, and different, side by side. It reads the source in a consistent snapshot and writes nothing.</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Saved the project to %1</source>
            <translation>Saved the project to %1</translation>
        </message>
        <message>
            <source>Compare the schemas of %1 and %2</source>
            <translation>Compare the schemas of %1 and %2</translation>
        </message>
        <message>
            <source>Run a compare first: the script is made from its result.</source>
            <translation>Run a compare first: the script is made from its result.</translation>
        </message>
        <message>
            <source>The structures match: there is no migration script to preview.</source>
            <translation>The structures match: there is no migration script to preview.</translation>
        </message>
        <message>
            <source>Show the statements that bring the target's structure in line</source>
            <translation>Show the statements that bring the target's structure in line</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Schema compare cancelled.</source>
            <translation>Schema compare cancelled.</translation>
        </message>
        <message>
            <source>Schema compare failed: %1</source>
            <translation>Schema compare failed: %1</translation>
        </message>
        <message>
            <source>Starting the compare…</source>
            <translation>Starting the compare…</translation>
        </message>
        <message>
            <source>Schema compare started: %1 → %2</source>
            <translation>Schema compare started: %1 → %2</translation>
        </message>
        <message>
            <source>Cancelling: stopping after the current step…</source>
            <translation>Cancelling: stopping after the current step…</translation>
        </message>
        <message>
            <source>Cancel requested.</source>
            <translation>Cancel requested.</translation>
        </message>
        <message>
            <source>Reading the CREATE statements of %1 failed: %2</source>
            <translation>Reading the CREATE statements of %1 failed: %2</translation>
        </message>
        <message>
            <source>compare</source>
            <translation>compare</translation>
        </message>
        <message>
            <source>schema sync</source>
            <translation>schema sync</translation>
        </message>
        <message>
            <source>rollback</source>
            <translation>rollback</translation>
        </message>
        <message>
            <source>A %1 of this project is running.</source>
            <translation>A %1 of this project is running.</translation>
        </message>
        <message>
            <source>Undo the last schema sync: put %1 back as backup point %2 recorded it</source>
            <translation>Undo the last schema sync: put %1 back as backup point %2 recorded it</translation>
        </message>
        <message>
            <source>Run a compare first.</source>
            <translation>Run a compare first.</translation>
        </message>
        <message>
            <source>The structures match: there is nothing to apply.</source>
            <translation>The structures match: there is nothing to apply.</translation>
        </message>
        <message>
            <source>Every statement is left out: allow destructive changes to apply them.</source>
            <translation>Every statement is left out: allow destructive changes to apply them.</translation>
        </message>
        <message>
            <source>Run the script's statements on %1, a production target: its profile name is asked first. A backup point is taken before the first change.</source>
            <translation>Run the script's statements on %1, a production target: its profile name is asked first. A backup point is taken before the first change.</translation>
        </message>
        <message>
            <source>Run the script's statements on %1. A backup point is taken before the first change.</source>
            <translation>Run the script's statements on %1. A backup point is taken before the first change.</translation>
        </message>
        <message>
            <source>Cancelling: stopping after the current statement…</source>
            <translation>Cancelling: stopping after the current statement…</translation>
        </message>
        <message numerus="yes">
            <source>Apply %n schema statement(s) to %1.</source>
            <translation>
                <numerusform>Apply %n schema statement to %1.</numerusform>
                <numerusform>Apply %n schema statements to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>A backup point of every object they touch is taken first, so the change can be rolled back.</source>
            <translation>A backup point of every object they touch is taken first, so the change can be rolled back.</translation>
        </message>
        <message>
            <source>Destructive changes are included: dropped tables move to the quarantine database, and the values of dropped or narrowed columns are saved in the backup point.</source>
            <translation>Destructive changes are included: dropped tables move to the quarantine database, and the values of dropped or narrowed columns are saved in the backup point.</translation>
        </message>
        <message>
            <source>Apply Schema Changes</source>
            <translation>Apply Schema Changes</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message numerus="yes">
            <source>Schema sync requested: %n statement(s) on %1%2.</source>
            <translation>
                <numerusform>Schema sync requested: %n statement on %1%2.</numerusform>
                <numerusform>Schema sync requested: %n statements on %1%2.</numerusform>
            </translation>
        </message>
        <message>
            <source>, destructive changes allowed</source>
            <translation>, destructive changes allowed</translation>
        </message>
        <message>
            <source>Reading the connection details…</source>
            <translation>Reading the connection details…</translation>
        </message>
        <message>
            <source>Schema sync not started: %1</source>
            <translation>Schema sync not started: %1</translation>
        </message>
        <message>
            <source>Schema Sync Not Started</source>
            <translation>Schema Sync Not Started</translation>
        </message>
        <message>
            <source>The schemas changed since the compare: nothing was applied.</source>
            <translation>The schemas changed since the compare: nothing was applied.</translation>
        </message>
        <message>
            <source>Review the new comparison, then apply again.</source>
            <translation>Review the new comparison, then apply again.</translation>
        </message>
        <message>
            <source>Backup point %1 rolls it back (Rollback, or syncstudio-cli rollback %1).</source>
            <translation>Backup point %1 rolls it back (Rollback, or syncstudio-cli rollback %1).</translation>
        </message>
        <message>
            <source>Schema sync finished: %1 statement(s) applied, %2 left out (destructive, not allowed).</source>
            <translation>Schema sync finished: %1 statement(s) applied, %2 left out (destructive, not allowed).</translation>
        </message>
        <message>
            <source>Schema sync cancelled: %1 statement(s) applied, %2 not run.</source>
            <translation>Schema sync cancelled: %1 statement(s) applied, %2 not run.</translation>
        </message>
        <message>
            <source>Schema sync failed: %1</source>
            <translation>Schema sync failed: %1</translation>
        </message>
        <message>
            <source>Schema Sync Failed</source>
            <translation>Schema Sync Failed</translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s) ran before it.</source>
            <translation>
                <numerusform>%n statement ran before it.</numerusform>
                <numerusform>%n statements ran before it.</numerusform>
            </translation>
        </message>
        <message>
            <source>Roll %1 back to backup point %2: the schema changes of the last sync are undone, quarantined tables move back and saved column values are written back. Rows changed since the sync are left as they are.</source>
            <translation>Roll %1 back to backup point %2: the schema changes of the last sync are undone, quarantined tables move back and saved column values are written back. Rows changed since the sync are left as they are.</translation>
        </message>
        <message>
            <source>Roll Back Schema Sync</source>
            <translation>Roll Back Schema Sync</translation>
        </message>
        <message>
            <source>Roll Back</source>
            <translation>Roll Back</translation>
        </message>
        <message>
            <source>Rollback of backup point %1 requested.</source>
            <translation>Rollback of backup point %1 requested.</translation>
        </message>
        <message>
            <source>Rollback not started: %1</source>
            <translation>Rollback not started: %1</translation>
        </message>
        <message>
            <source>Still different after the rollback: %1</source>
            <translation>Still different after the rollback: %1</translation>
        </message>
        <message>
            <source>Moved back from the quarantine database: %1</source>
            <translation>Moved back from the quarantine database: %1</translation>
        </message>
        <message>
            <source>Tables the sync had created were moved to the quarantine database %1: %2</source>
            <translation>Tables the sync had created were moved to the quarantine database %1: %2</translation>
        </message>
        <message>
            <source>Rollback of %1 finished: %2 statement(s), %3 column value(s) written back; %4.</source>
            <translation>Rollback of %1 finished: %2 statement(s), %3 column value(s) written back; %4.</translation>
        </message>
        <message>
            <source>every object matches its saved definition</source>
            <translation>every object matches its saved definition</translation>
        </message>
        <message>
            <source>some objects or rows differ, see the warnings</source>
            <translation>some objects or rows differ, see the warnings</translation>
        </message>
        <message>
            <source>Rollback cancelled; run it again to finish (it continues from where it stopped).</source>
            <translation>Rollback cancelled; run it again to finish (it continues from where it stopped).</translation>
        </message>
        <message>
            <source>Rollback failed: %1</source>
            <translation>Rollback failed: %1</translation>
        </message>
        <message>
            <source>Rollback Failed</source>
            <translation>Rollback Failed</translation>
        </message>
        <message>
            <source>Run the rollback again to finish it: it continues from the current state.</source>
            <translation>Run the rollback again to finish it: it continues from the current state.</translation>
        </message>
        <message>
            <source>Row compare: %1</source>
            <translation>Row compare: %1</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>Conflicts (%1)</translation>
        </message>
        <message>
            <source>Schema compare</source>
            <translation>Schema compare</translation>
        </message>
        <message>
            <source>Schema rollback</source>
            <translation>Schema rollback</translation>
        </message>
        <message>
            <source>Schema sync</source>
            <translation>Schema sync</translation>
        </message>
        <message>
            <source>This project has two backup points: the last row sync's (%1) and the last schema sync's (%2). Which one do you want to roll back?</source>
            <translation>This project has two backup points: the last row sync's (%1) and the last schema sync's (%2). Which one do you want to roll back?</translation>
        </message>
        <message>
            <source>Row Sync</source>
            <translation>Row Sync</translation>
        </message>
        <message>
            <source>Schema Sync</source>
            <translation>Schema Sync</translation>
        </message>
    </context>
    <context>
        <name>ProjectTasks</name>
        <message>
            <source>There is no profile named “%1”.</source>
            <translation>There is no profile named “%1”.</translation>
        </message>
        <message>
            <source>Create the profile, or open the project file and point it at an existing one.</source>
            <translation>Create the profile, or open the project file and point it at an existing one.</translation>
        </message>
        <message>
            <source>“%1” names no database.</source>
            <translation>“%1” names no database.</translation>
        </message>
        <message>
            <source>Choose a database for this side of the comparison.</source>
            <translation>Choose a database for this side of the comparison.</translation>
        </message>
    </context>
    <context>
        <name>ResolveConflictsJob</name>
        <message>
            <source>Connecting to the target</source>
            <translation>Connecting to the target</translation>
        </message>
        <message>
            <source>No target to write to.</source>
            <translation>No target to write to.</translation>
        </message>
        <message numerus="yes">
            <source>Resolving %n conflict(s)</source>
            <translation>
                <numerusform>Resolving %n conflict</numerusform>
                <numerusform>Resolving %n conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) resolved.</source>
            <translation>
                <numerusform>%n conflict resolved.</numerusform>
                <numerusform>%n conflicts resolved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) stay open: the target row changed again.</source>
            <translation>
                <numerusform>%n conflict stay open: the target row changed again.</numerusform>
                <numerusform>%n conflicts stay open: the target row changed again.</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup point of the resolution: %1</source>
            <translation>Backup point of the resolution: %1</translation>
        </message>
        <message>
            <source>Rolling back backup point %1</source>
            <translation>Rolling back backup point %1</translation>
        </message>
        <message numerus="yes">
            <source>The rollback left %n row(s) as they are (changed since the resolution); their conflicts stay resolved.</source>
            <translation>
                <numerusform>The rollback left %n row as they are (changed since the resolution); their conflicts stay resolved.</numerusform>
                <numerusform>The rollback left %n rows as they are (changed since the resolution); their conflicts stay resolved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Backup point %1 rolled back; %n conflict(s) open again.</source>
            <translation>
                <numerusform>Backup point %1 rolled back; %n conflict open again.</numerusform>
                <numerusform>Backup point %1 rolled back; %n conflicts open again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Rollback</name>
        <message>
            <source>The backup file in the folder of %1 belongs to backup point %2.</source>
            <translation>The backup file in the folder of %1 belongs to backup point %2.</translation>
        </message>
        <message>
            <source>The backups folder has been rearranged; put the folders back under their own ids.</source>
            <translation>The backups folder has been rearranged; put the folders back under their own ids.</translation>
        </message>
        <message>
            <source>Backup point %1 has already been rolled back.</source>
            <translation>Backup point %1 has already been rolled back.</translation>
        </message>
        <message>
            <source>Its rollback is a backup point of its own: roll that back to redo the sync.</source>
            <translation>Its rollback is a backup point of its own: roll that back to redo the sync.</translation>
        </message>
        <message>
            <source>The table has changed since backup point %1 was taken (%2), so its rows cannot be put back as they were. Nothing was rolled back.</source>
            <translation>The table has changed since backup point %1 was taken (%2), so its rows cannot be put back as they were. Nothing was rolled back.</translation>
        </message>
        <message>
            <source>Restore the table's structure first (schema sync), then roll back.</source>
            <translation>Restore the table's structure first (schema sync), then roll back.</translation>
        </message>
        <message>
            <source>backup point %1</source>
            <translation>backup point %1</translation>
        </message>
        <message numerus="yes">
            <source>rolled back and verified: %n row(s) as before the sync</source>
            <translation>
                <numerusform>rolled back and verified: %n row as before the sync</numerusform>
                <numerusform>rolled back and verified: %n rows as before the sync</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 conflict(s) left; %2 row(s) differ from their before-image</source>
            <translation>%1 conflict(s) left; %2 row(s) differ from their before-image</translation>
        </message>
        <message>
            <source>rollback %1: %2</source>
            <translation>rollback %1: %2</translation>
        </message>
        <message>
            <source>(whole table: row count and checksum)</source>
            <translation>(whole table: row count and checksum)</translation>
        </message>
    </context>
    <context>
        <name>RollbackCommand</name>
        <message>
            <source>Roll the target back to a backup point, guarded and verified</source>
            <translation>Roll the target back to a backup point, guarded and verified</translation>
        </message>
        <message>
            <source>Put the target back as it was before a sync. Rows changed since the sync are not overwritten: they are reported as conflicts (exit code 3). An interrupted rollback is resumed by running the same command again.</source>
            <translation>Put the target back as it was before a sync. Rows changed since the sync are not overwritten: they are reported as conflicts (exit code 3). An interrupted rollback is resumed by running the same command again.</translation>
        </message>
        <message>
            <source>The backup point's id or a unique prefix of it.</source>
            <translation>The backup point's id or a unique prefix of it.</translation>
        </message>
        <message>
            <source>Do not ask for confirmation.</source>
            <translation>Do not ask for confirmation.</translation>
        </message>
        <message>
            <source>Connect to ENDPOINT instead of the target recorded in the backup point (the same server, reached another way).</source>
            <translation>Connect to ENDPOINT instead of the target recorded in the backup point (the same server, reached another way).</translation>
        </message>
        <message>
            <source>Turn foreign key checks off for the rollback's session.</source>
            <translation>Turn foreign key checks off for the rollback's session.</translation>
        </message>
        <message>
            <source>Do not read the rows back afterwards.</source>
            <translation>Do not read the rows back afterwards.</translation>
        </message>
        <message>
            <source>Roll back backup point %1 (%2 rows in %3 tables) on %4?</source>
            <translation>Roll back backup point %1 (%2 rows in %3 tables) on %4?</translation>
        </message>
        <message>
            <source>note: %1</source>
            <translation>note: %1</translation>
        </message>
        <message>
            <source>rollback: %1/%2 rows, %3 rows/s  %4</source>
            <translation>rollback: %1/%2 rows, %3 rows/s  %4</translation>
        </message>
        <message>
            <source>Resumed rollback %1 of backup point %2.</source>
            <translation>Resumed rollback %1 of backup point %2.</translation>
        </message>
        <message>
            <source>Rollback %1 of backup point %2.</source>
            <translation>Rollback %1 of backup point %2.</translation>
        </message>
        <message>
            <source>  removed %1 rows the sync inserted, restored %2 updated rows, re-inserted %3 deleted rows; %4 were already as before.</source>
            <translation>  removed %1 rows the sync inserted, restored %2 updated rows, re-inserted %3 deleted rows; %4 were already as before.</translation>
        </message>
        <message>
            <source>  verified: %1 rows read back equal to their before-image.</source>
            <translation>  verified: %1 rows read back equal to their before-image.</translation>
        </message>
        <message>
            <source>  verification FAILED: %1 of %2 rows differ from their before-image.</source>
            <translation>  verification FAILED: %1 of %2 rows differ from their before-image.</translation>
        </message>
        <message numerus="yes">
            <source>  %n row(s) changed on the target after the sync and were left as they are:</source>
            <translation>
                <numerusform>  %n row changed on the target after the sync and were left as they are:</numerusform>
                <numerusform>  %n rows changed on the target after the sync and were left as they are:</numerusform>
            </translation>
        </message>
        <message>
            <source>TABLE</source>
            <translation>TABLE</translation>
        </message>
        <message>
            <source>KEY</source>
            <translation>KEY</translation>
        </message>
        <message>
            <source>WHY</source>
            <translation>WHY</translation>
        </message>
        <message>
            <source>  Fix or accept those rows, then run the rollback again to finish it.</source>
            <translation>  Fix or accept those rows, then run the rollback again to finish it.</translation>
        </message>
    </context>
    <context>
        <name>RollbackConfirmDialog</name>
        <message>
            <source>Roll Back Backup Point</source>
            <translation>Roll Back Backup Point</translation>
        </message>
        <message>
            <source>Roll %1 back to backup point %2?</source>
            <translation>Roll %1 back to backup point %2?</translation>
        </message>
        <message>
            <source>Taken %1 by a %2 from %3.</source>
            <translation>Taken %1 by a %2 from %3.</translation>
        </message>
        <message>
            <source>rollback</source>
            <translation>rollback</translation>
        </message>
        <message>
            <source>schema sync</source>
            <translation>schema sync</translation>
        </message>
        <message>
            <source>sync</source>
            <translation>sync</translation>
        </message>
        <message>
            <source>an unknown source</source>
            <translation>an unknown source</translation>
        </message>
        <message>
            <source>Its run did not finish: only the batches it committed are undone.</source>
            <translation>Its run did not finish: only the batches it committed are undone.</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Rows removed</source>
            <translation>Rows removed</translation>
        </message>
        <message>
            <source>Rows restored</source>
            <translation>Rows restored</translation>
        </message>
        <message>
            <source>Rows re-inserted</source>
            <translation>Rows re-inserted</translation>
        </message>
        <message>
            <source>Rows the run inserted: they are deleted again</source>
            <translation>Rows the run inserted: they are deleted again</translation>
        </message>
        <message>
            <source>Rows the run updated: they get their before-image back</source>
            <translation>Rows the run updated: they get their before-image back</translation>
        </message>
        <message>
            <source>Rows the run deleted: they are inserted again</source>
            <translation>Rows the run deleted: they are inserted again</translation>
        </message>
        <message>
            <source>The schema changes of that sync are undone: saved definitions are restored, quarantined tables move back, tables the sync created move to quarantine and saved column values are written back.</source>
            <translation>The schema changes of that sync are undone: saved definitions are restored, quarantined tables move back, tables the sync created move to quarantine and saved column values are written back.</translation>
        </message>
        <message numerus="yes">
            <source>In all: %1 row(s) removed, %2 restored and %3 re-inserted in %n table(s).</source>
            <translation>
                <numerusform>In all: %1 row removed, %2 restored and %3 re-inserted in %n table.</numerusform>
                <numerusform>In all: %1 rows removed, %2 restored and %3 re-inserted in %n tables.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rows changed on the target since then are not overwritten: they are left as they are and reported as conflicts. The rollback takes a backup point of its own, so it can be undone too, and reads every row back afterwards to verify it.</source>
            <translation>Rows changed on the target since then are not overwritten: they are left as they are and reported as conflicts. The rollback takes a backup point of its own, so it can be undone too, and reads every row back afterwards to verify it.</translation>
        </message>
        <message>
            <source>Continue…</source>
            <translation>Continue…</translation>
        </message>
        <message>
            <source>Roll Back</source>
            <translation>Roll Back</translation>
        </message>
        <message>
            <source>%1 is a production profile: you will be asked to type its name.</source>
            <translation>%1 is a production profile: you will be asked to type its name.</translation>
        </message>
        <message>
            <source>Undo the schema changes of backup point %1 on %2.</source>
            <translation>Undo the schema changes of backup point %1 on %2.</translation>
        </message>
        <message numerus="yes">
            <source>Roll back %n row(s) of backup point %1 on %2.</source>
            <translation>
                <numerusform>Roll back %n row of backup point %1 on %2.</numerusform>
                <numerusform>Roll back %n rows of backup point %1 on %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RollbackJob</name>
        <message numerus="yes">
            <source>Verification failed: %n object(s) differ from their saved definition: %1.</source>
            <translation>
                <numerusform>Verification failed: %n object differ from their saved definition: %1.</numerusform>
                <numerusform>Verification failed: %n objects differ from their saved definition: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Verified: %n object(s) are as they were before the sync.</source>
            <translation>
                <numerusform>Verified: %n object are as they were before the sync.</numerusform>
                <numerusform>Verified: %n objects are as they were before the sync.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 saved row(s) changed since the sync and %2 are gone; they were left as they are.</source>
            <translation>%1 saved row(s) changed since the sync and %2 are gone; they were left as they are.</translation>
        </message>
        <message>
            <source>Not verified: the rows were not read back.</source>
            <translation>Not verified: the rows were not read back.</translation>
        </message>
        <message numerus="yes">
            <source>Verified: %n row(s) read back equal to their before-image.</source>
            <translation>
                <numerusform>Verified: %n row read back equal to their before-image.</numerusform>
                <numerusform>Verified: %n rows read back equal to their before-image.</numerusform>
            </translation>
        </message>
        <message>
            <source>Verification failed: %1 of %2 row(s) differ from their before-image.</source>
            <translation>Verification failed: %1 of %2 row(s) differ from their before-image.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) changed on the target after the sync and were left as they are; fix or accept them, then roll back again to finish.</source>
            <translation>
                <numerusform>%n row changed on the target after the sync and were left as they are; fix or accept them, then roll back again to finish.</numerusform>
                <numerusform>%n rows changed on the target after the sync and were left as they are; fix or accept them, then roll back again to finish.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s) run, %1 saved column value(s) written back.</source>
            <translation>
                <numerusform>%n statement run, %1 saved column value written back.</numerusform>
                <numerusform>%n statements run, %1 saved column values written back.</numerusform>
            </translation>
        </message>
        <message>
            <source>Removed %1 row(s) the sync inserted, restored %2 updated row(s), re-inserted %3 deleted row(s); %4 were already as before.</source>
            <translation>Removed %1 row(s) the sync inserted, restored %2 updated row(s), re-inserted %3 deleted row(s); %4 were already as before.</translation>
        </message>
        <message>
            <source>Checking the backup point</source>
            <translation>Checking the backup point</translation>
        </message>
        <message>
            <source>Reading the rows back</source>
            <translation>Reading the rows back</translation>
        </message>
        <message>
            <source>Rolling back rows</source>
            <translation>Rolling back rows</translation>
        </message>
        <message>
            <source>Differs from its before-image: %1 %2</source>
            <translation>Differs from its before-image: %1 %2</translation>
        </message>
    </context>
    <context>
        <name>RowDetailPane</name>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Select a row to see its values in full.</source>
            <translation>Select a row to see its values in full.</translation>
        </message>
        <message>
            <source>%1 · key %2 · %3</source>
            <translation>%1 · key %2 · %3</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>RowDiffer</name>
        <message>
            <source>The source has two rows with the same key.</source>
            <translation>The source has two rows with the same key.</translation>
        </message>
        <message>
            <source>The target has two rows with the same key.</source>
            <translation>The target has two rows with the same key.</translation>
        </message>
        <message>
            <source>The chosen key is not unique; choose a unique one with --key.</source>
            <translation>The chosen key is not unique; choose a unique one with --key.</translation>
        </message>
        <message>
            <source>The source returned rows out of key order.</source>
            <translation>The source returned rows out of key order.</translation>
        </message>
        <message>
            <source>The target returned rows out of key order.</source>
            <translation>The target returned rows out of key order.</translation>
        </message>
        <message>
            <source>Check that the key columns have the same type and collation on both sides.</source>
            <translation>Check that the key columns have the same type and collation on both sides.</translation>
        </message>
    </context>
    <context>
        <name>RunJournal</name>
        <message>
            <source>SyncStudio keeps a small run journal on the target to know, after a lost connection, whether a batch committed. Grant the account CREATE, INSERT, SELECT and DELETE on `%1`.*, or create %2 yourself.</source>
            <translation>SyncStudio keeps a small run journal on the target to know, after a lost connection, whether a batch committed. Grant the account CREATE, INSERT, SELECT and DELETE on `%1`.*, or create %2 yourself.</translation>
        </message>
    </context>
    <context>
        <name>RunnerPanel</name>
        <message>
            <source>Jobs</source>
            <translation>Jobs</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>Hold the selected job after its current step (%1)</source>
            <translation>Hold the selected job after its current step (%1)</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Resume</translation>
        </message>
        <message>
            <source>Let the paused job continue (%1)</source>
            <translation>Let the paused job continue (%1)</translation>
        </message>
        <message>
            <source>&amp;Cancel Job</source>
            <translation>&amp;Cancel Job</translation>
        </message>
        <message>
            <source>Stop the selected job after its current step, leaving a consistent state (%1)</source>
            <translation>Stop the selected job after its current step, leaving a consistent state (%1)</translation>
        </message>
        <message>
            <source>C&amp;lear Finished</source>
            <translation>C&amp;lear Finished</translation>
        </message>
        <message>
            <source>Remove the finished jobs from the list</source>
            <translation>Remove the finished jobs from the list</translation>
        </message>
        <message>
            <source>Copy Log</source>
            <translation>Copy Log</translation>
        </message>
        <message>
            <source>Copy the selected text, or the lines shown, to the clipboard (%1)</source>
            <translation>Copy the selected text, or the lines shown, to the clipboard (%1)</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>All levels</translation>
        </message>
        <message>
            <source>Warnings and errors</source>
            <translation>Warnings and errors</translation>
        </message>
        <message>
            <source>Errors only</source>
            <translation>Errors only</translation>
        </message>
        <message>
            <source>Which log lines to show</source>
            <translation>Which log lines to show</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>No jobs yet. Compares, syncs, verifies and rollbacks appear here while they run, and stay with their log until you clear them.</source>
            <translation>No jobs yet. Compares, syncs, verifies and rollbacks appear here while they run, and stay with their log until you clear them.</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 of %2 rows</source>
            <translation>%1 of %2 rows</translation>
        </message>
        <message>
            <source>%1 rows</source>
            <translation>%1 rows</translation>
        </message>
        <message>
            <source>%1 of %2 tables</source>
            <translation>%1 of %2 tables</translation>
        </message>
        <message>
            <source>%1 rows/s</source>
            <translation>%1 rows/s</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <source>%1 elapsed</source>
            <translation>%1 elapsed</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Error:</source>
            <translation>Error:</translation>
        </message>
        <message>
            <source>Warning:</source>
            <translation>Warning:</translation>
        </message>
        <message>
            <source>Jobs Are Running</source>
            <translation>Jobs Are Running</translation>
        </message>
        <message numerus="yes">
            <source>%n job(s) still running.</source>
            <translation>
                <numerusform>%n job still running.</numerusform>
                <numerusform>%n jobs still running.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelling stops each job after its current step and leaves the target consistent; a cancelled sync can be resumed or rolled back later.</source>
            <translation>Cancelling stops each job after its current step and leaves the target consistent; a cancelled sync can be resumed or rolled back later.</translation>
        </message>
        <message>
            <source>Cancel Jobs and Quit</source>
            <translation>Cancel Jobs and Quit</translation>
        </message>
        <message>
            <source>Keep Running</source>
            <translation>Keep Running</translation>
        </message>
    </context>
    <context>
        <name>SchemaBackup</name>
        <message>
            <source>The schema backup file has format %1, which this SyncStudio does not read.</source>
            <translation>The schema backup file has format %1, which this SyncStudio does not read.</translation>
        </message>
        <message>
            <source>Roll it back with the SyncStudio version that made it.</source>
            <translation>Roll it back with the SyncStudio version that made it.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Check that the disk is not full and the backups folder is writable.</source>
            <translation>Check that the disk is not full and the backups folder is writable.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>The backup point's folder is missing or incomplete; it cannot be rolled back.</source>
            <translation>The backup point's folder is missing or incomplete; it cannot be rolled back.</translation>
        </message>
        <message>
            <source>%1 does not match the digest recorded in the backup catalog: it has been changed or damaged.</source>
            <translation>%1 does not match the digest recorded in the backup catalog: it has been changed or damaged.</translation>
        </message>
        <message>
            <source>Nothing was rolled back. Restore the file from a copy of the backups folder.</source>
            <translation>Nothing was rolled back. Restore the file from a copy of the backups folder.</translation>
        </message>
        <message>
            <source>%1 is not readable: %2</source>
            <translation>%1 is not readable: %2</translation>
        </message>
        <message>
            <source>The server did not show the definition (missing privileges?).</source>
            <translation>The server did not show the definition (missing privileges?).</translation>
        </message>
        <message>
            <source>Grant the account SHOW VIEW and access to the object's definition.</source>
            <translation>Grant the account SHOW VIEW and access to the object's definition.</translation>
        </message>
    </context>
    <context>
        <name>SchemaCompareJob</name>
        <message>
            <source>Reading the saved connection details</source>
            <translation>Reading the saved connection details</translation>
        </message>
        <message>
            <source>Connecting to %1</source>
            <translation>Connecting to %1</translation>
        </message>
        <message>
            <source>Connecting to %1 for %2</source>
            <translation>Connecting to %1 for %2</translation>
        </message>
        <message>
            <source>Reading the schema of %1</source>
            <translation>Reading the schema of %1</translation>
        </message>
        <message>
            <source>Schema read of %1 started (server %2)</source>
            <translation>Schema read of %1 started (server %2)</translation>
        </message>
        <message>
            <source>Schema read of %1 finished in %2 s: %3 tables, %4 views, %5 triggers, %6 routines, %7 events</source>
            <translation>Schema read of %1 finished in %2 s: %3 tables, %4 views, %5 triggers, %6 routines, %7 events</translation>
        </message>
        <message>
            <source>Comparing the schemas</source>
            <translation>Comparing the schemas</translation>
        </message>
        <message>
            <source>Planning the migration</source>
            <translation>Planning the migration</translation>
        </message>
        <message numerus="yes">
            <source>Compared: %1 only in source, %2 only in target, %3 different, %4 identical; the migration has %n statement(s).</source>
            <translation>
                <numerusform>Compared: %1 only in source, %2 only in target, %3 different, %4 identical; the migration has %n statement.</numerusform>
                <numerusform>Compared: %1 only in source, %2 only in target, %3 different, %4 identical; the migration has %n statements.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading CREATE statements</source>
            <translation>Reading CREATE statements</translation>
        </message>
        <message>
            <source>Schema compare finished in %1 s</source>
            <translation>Schema compare finished in %1 s</translation>
        </message>
    </context>
    <context>
        <name>SchemaDiffCommand</name>
        <message>
            <source>Compare the structure of two databases (tables, views, triggers, routines, events)</source>
            <translation>Compare the structure of two databases (tables, views, triggers, routines, events)</translation>
        </message>
        <message>
            <source>Compare two databases' structures. Exit code 0: identical, 1: different, 2: error.</source>
            <translation>Compare two databases' structures. Exit code 0: identical, 1: different, 2: error.</translation>
        </message>
        <message>
            <source>Source: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</source>
            <translation>Source: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</translation>
        </message>
        <message>
            <source>Target: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</source>
            <translation>Target: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</translation>
        </message>
        <message>
            <source>Output format: text (default), json, or sql (the migration script that brings the target in line, each statement labelled with its risk).</source>
            <translation>Output format: text (default), json, or sql (the migration script that brings the target in line, each statement labelled with its risk).</translation>
        </message>
        <message>
            <source>Compare only objects matching these globs (comma-separated; a pattern with a dot matches database.name).</source>
            <translation>Compare only objects matching these globs (comma-separated; a pattern with a dot matches database.name).</translation>
        </message>
        <message>
            <source>Leave out objects matching these globs.</source>
            <translation>Leave out objects matching these globs.</translation>
        </message>
        <message>
            <source>Attributes not to compare: auto-increment, comments, column-order, table-options, collations (comma-separated).</source>
            <translation>Attributes not to compare: auto-increment, comments, column-order, table-options, collations (comma-separated).</translation>
        </message>
        <message>
            <source>Renamed tables: SOURCE_TABLE=TARGET_TABLE,...</source>
            <translation>Renamed tables: SOURCE_TABLE=TARGET_TABLE,...</translation>
        </message>
        <message>
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <source>target</source>
            <translation>target</translation>
        </message>
        <message>
            <source>The %1 endpoint "%2" names no database.</source>
            <translation>The %1 endpoint "%2" names no database.</translation>
        </message>
        <message>
            <source>Name the database to compare: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</source>
            <translation>Name the database to compare: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</translation>
        </message>
        <message>
            <source>the script has destructive steps (marked [destructive]): review them before running it.</source>
            <translation>the script has destructive steps (marked [destructive]): review them before running it.</translation>
        </message>
        <message>
            <source>Schema diff: %1 -&gt; %2</source>
            <translation>Schema diff: %1 -&gt; %2</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tables</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Views</translation>
        </message>
        <message>
            <source>Triggers</source>
            <translation>Triggers</translation>
        </message>
        <message>
            <source>Procedures</source>
            <translation>Procedures</translation>
        </message>
        <message>
            <source>Functions</source>
            <translation>Functions</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>only in source</source>
            <translation>only in source</translation>
        </message>
        <message>
            <source>only in target</source>
            <translation>only in target</translation>
        </message>
        <message>
            <source>different</source>
            <translation>different</translation>
        </message>
        <message numerus="yes">
            <source>The schemas are identical (%n object(s) compared).</source>
            <translation>
                <numerusform>The schemas are identical (%n object compared).</numerusform>
                <numerusform>The schemas are identical (%n objects compared).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 only in source, %2 only in target, %3 different, %4 identical.</source>
            <translation>%1 only in source, %2 only in target, %3 different, %4 identical.</translation>
        </message>
    </context>
    <context>
        <name>SchemaDiffOptions</name>
        <message>
            <source>Unknown --ignore value "%1".</source>
            <translation>Unknown --ignore value "%1".</translation>
        </message>
        <message>
            <source>Use one or more of: %1.</source>
            <translation>Use one or more of: %1.</translation>
        </message>
        <message>
            <source>Cannot read the table mapping "%1".</source>
            <translation>Cannot read the table mapping "%1".</translation>
        </message>
        <message>
            <source>Write SOURCE_TABLE=TARGET_TABLE, separated by commas.</source>
            <translation>Write SOURCE_TABLE=TARGET_TABLE, separated by commas.</translation>
        </message>
    </context>
    <context>
        <name>SchemaDiffView</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The schemas have not been compared yet</source>
            <translation>The schemas have not been compared yet</translation>
        </message>
        <message>
            <source>Compare reads the structure of both databases — tables, views, triggers, routines and events — and shows every difference here, with the statements that would bring the target in line. Nothing is written to either server.</source>
            <translation>Compare reads the structure of both databases — tables, views, triggers, routines and events — and shows every difference here, with the statements that would bring the target in line. Nothing is written to either server.</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>Comparing the schemas…</source>
            <translation>Comparing the schemas…</translation>
        </message>
        <message>
            <source>The schemas could not be compared</source>
            <translation>The schemas could not be compared</translation>
        </message>
        <message>
            <source>Try Again</source>
            <translation>Try Again</translation>
        </message>
        <message>
            <source>Differences only</source>
            <translation>Differences only</translation>
        </message>
        <message>
            <source>All objects</source>
            <translation>All objects</translation>
        </message>
        <message>
            <source>Show only the objects that differ, or every object compared</source>
            <translation>Show only the objects that differ, or every object compared</translation>
        </message>
        <message>
            <source>Filter by name</source>
            <translation>Filter by name</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Migration Script (%1)</source>
            <translation>Migration Script (%1)</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Definitions</translation>
        </message>
        <message>
            <source>Migration Script</source>
            <translation>Migration Script</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <source>Target: %1</source>
            <translation>Target: %1</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;The schemas are identical&lt;/b&gt; (%n object(s) compared).</source>
            <translation>
                <numerusform>&lt;b&gt;The schemas are identical&lt;/b&gt; (%n object compared).</numerusform>
                <numerusform>&lt;b&gt;The schemas are identical&lt;/b&gt; (%n objects compared).</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Select an object&lt;/b&gt; to see its definition on both sides.</source>
            <translation>&lt;b&gt;Select an object&lt;/b&gt; to see its definition on both sides.</translation>
        </message>
        <message>
            <source>Reading the CREATE statements…</source>
            <translation>Reading the CREATE statements…</translation>
        </message>
        <message>
            <source>Not in the source: this %1 exists only in the target.</source>
            <translation>Not in the source: this %1 exists only in the target.</translation>
        </message>
        <message>
            <source>Not in the target: this %1 exists only in the source.</source>
            <translation>Not in the target: this %1 exists only in the source.</translation>
        </message>
        <message>
            <source>The CREATE statements could not be read: %1</source>
            <translation>The CREATE statements could not be read: %1</translation>
        </message>
    </context>
    <context>
        <name>SchemaReader</name>
        <message>
            <source>The account needs SELECT on the database (and SHOW VIEW, TRIGGER, EVENT, SHOW ROUTINE or SELECT on mysql.proc for views and stored programs).</source>
            <translation>The account needs SELECT on the database (and SHOW VIEW, TRIGGER, EVENT, SHOW ROUTINE or SELECT on mysql.proc for views and stored programs).</translation>
        </message>
        <message>
            <source>The database %1 does not exist.</source>
            <translation>The database %1 does not exist.</translation>
        </message>
        <message>
            <source>Check the database name (names are case-sensitive on this server unless lower_case_table_names is set), or create it first.</source>
            <translation>Check the database name (names are case-sensitive on this server unless lower_case_table_names is set), or create it first.</translation>
        </message>
        <message>
            <source>No database was named.</source>
            <translation>No database was named.</translation>
        </message>
        <message>
            <source>Name the database to read, e.g. prod/shop or mysql://user@host/shop.</source>
            <translation>Name the database to read, e.g. prod/shop or mysql://user@host/shop.</translation>
        </message>
        <message>
            <source>The server did not show the definition of %1 %2.</source>
            <translation>The server did not show the definition of %1 %2.</translation>
        </message>
        <message>
            <source>The account may lack the privilege to see it (SHOW VIEW, TRIGGER, EVENT or SHOW CREATE ROUTINE).</source>
            <translation>The account may lack the privilege to see it (SHOW VIEW, TRIGGER, EVENT or SHOW CREATE ROUTINE).</translation>
        </message>
    </context>
    <context>
        <name>SchemaRollback</name>
        <message>
            <source>%1 Statement: %2</source>
            <translation>%1 Statement: %2</translation>
        </message>
        <message>
            <source>%1 %2 was recreated with this account as its definer (it may not name another).</source>
            <translation>%1 %2 was recreated with this account as its definer (it may not name another).</translation>
        </message>
        <message>
            <source>trigger %1 was recreated without its FOLLOWS/PRECEDES clause (the trigger it names is gone).</source>
            <translation>trigger %1 was recreated without its FOLLOWS/PRECEDES clause (the trigger it names is gone).</translation>
        </message>
        <message>
            <source>A rollback needs the CREATE and DROP privileges for a scratch database %1.</source>
            <translation>A rollback needs the CREATE and DROP privileges for a scratch database %1.</translation>
        </message>
        <message>
            <source>The saved definition of table %1 could not be read back: %2</source>
            <translation>The saved definition of table %1 could not be read back: %2</translation>
        </message>
        <message>
            <source>Restoring the tables</source>
            <translation>Restoring the tables</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <translation>%1 %2: %3</translation>
        </message>
        <message>
            <source>Checking the backup point</source>
            <translation>Checking the backup point</translation>
        </message>
        <message>
            <source>Backup point %1 is a %2 backup point, not a schema one.</source>
            <translation>Backup point %1 is a %2 backup point, not a schema one.</translation>
        </message>
        <message>
            <source>Roll it back with syncstudio-cli rollback %1.</source>
            <translation>Roll it back with syncstudio-cli rollback %1.</translation>
        </message>
        <message>
            <source>Backup point %1 has already been rolled back.</source>
            <translation>Backup point %1 has already been rolled back.</translation>
        </message>
        <message>
            <source>Run the schema sync again to redo it.</source>
            <translation>Run the schema sync again to redo it.</translation>
        </message>
        <message>
            <source>Dropping triggers</source>
            <translation>Dropping triggers</translation>
        </message>
        <message>
            <source>trigger %1 on table %2 (created after the sync) was dropped with its table; its definition is in rollback-triggers.json of the backup point.</source>
            <translation>trigger %1 on table %2 (created after the sync) was dropped with its table; its definition is in rollback-triggers.json of the backup point.</translation>
        </message>
        <message>
            <source>Moving tables back from quarantine</source>
            <translation>Moving tables back from quarantine</translation>
        </message>
        <message>
            <source>Table %1 is in quarantine as %2.%3, but a table of that name exists again.</source>
            <translation>Table %1 is in quarantine as %2.%3, but a table of that name exists again.</translation>
        </message>
        <message>
            <source>Rename or drop the new table %1, then run the rollback again.</source>
            <translation>Rename or drop the new table %1, then run the rollback again.</translation>
        </message>
        <message>
            <source>Restoring column values</source>
            <translation>Restoring column values</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2): %n value row(s) written back</source>
            <translation>
                <numerusform>%1 (%2): %n value row written back</numerusform>
                <numerusform>%1 (%2): %n value rows written back</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n saved row(s) are no longer in the table; their values were not restored.</source>
            <translation>
                <numerusform>%1: %n saved row are no longer in the table; their values were not restored.</numerusform>
                <numerusform>%1: %n saved rows are no longer in the table; their values were not restored.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n row(s) changed since the sync and were left as they are.</source>
            <translation>
                <numerusform>%1: %n row changed since the sync and were left as they are.</numerusform>
                <numerusform>%1: %n rows changed since the sync and were left as they are.</numerusform>
            </translation>
        </message>
        <message>
            <source>Restoring views, triggers, routines and events</source>
            <translation>Restoring views, triggers, routines and events</translation>
        </message>
        <message>
            <source>trigger %1 was not recreated: its table %2 does not exist.</source>
            <translation>trigger %1 was not recreated: its table %2 does not exist.</translation>
        </message>
        <message>
            <source>Checking the definitions</source>
            <translation>Checking the definitions</translation>
        </message>
        <message>
            <source>%1 does not print as it did before the sync.</source>
            <translation>%1 does not print as it did before the sync.</translation>
        </message>
        <message numerus="yes">
            <source>rolled back: %n object(s) as before the sync</source>
            <translation>
                <numerusform>rolled back: %n object as before the sync</numerusform>
                <numerusform>rolled back: %n objects as before the sync</numerusform>
            </translation>
        </message>
        <message>
            <source>rolled back with %1 difference(s) and %2 value row(s) not restored</source>
            <translation>rolled back with %1 difference(s) and %2 value row(s) not restored</translation>
        </message>
        <message>
            <source>table %1 is no longer in the quarantine database as %2.%3: it comes back empty.</source>
            <translation>table %1 is no longer in the quarantine database as %2.%3: it comes back empty.</translation>
        </message>
    </context>
    <context>
        <name>SchemaSync</name>
        <message>
            <source>Reading the schemas</source>
            <translation>Reading the schemas</translation>
        </message>
        <message>
            <source>The schemas changed since the plan was shown: nothing was applied.</source>
            <translation>The schemas changed since the plan was shown: nothing was applied.</translation>
        </message>
        <message>
            <source>Review the new plan and run the schema sync again.</source>
            <translation>Review the new plan and run the schema sync again.</translation>
        </message>
        <message>
            <source>destructive: runs only when dropping is allowed</source>
            <translation>destructive: runs only when dropping is allowed</translation>
        </message>
        <message>
            <source>Saving the definitions</source>
            <translation>Saving the definitions</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <source>Check the permissions of the backups folder.</source>
            <translation>Check the permissions of the backups folder.</translation>
        </message>
        <message>
            <source>schema sync running</source>
            <translation>schema sync running</translation>
        </message>
        <message>
            <source>Applying the schema changes</source>
            <translation>Applying the schema changes</translation>
        </message>
        <message numerus="yes">
            <source>schema sync cancelled after %n statement(s)</source>
            <translation>
                <numerusform>schema sync cancelled after %n statement</numerusform>
                <numerusform>schema sync cancelled after %n statements</numerusform>
            </translation>
        </message>
        <message>
            <source>schema sync stopped at statement %1: %2</source>
            <translation>schema sync stopped at statement %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>schema sync: %n statement(s) applied</source>
            <translation>
                <numerusform>schema sync: %n statement applied</numerusform>
                <numerusform>schema sync: %n statements applied</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled after %n statement(s); the target is consistent.</source>
            <translation>
                <numerusform>Cancelled after %n statement; the target is consistent.</numerusform>
                <numerusform>Cancelled after %n statements; the target is consistent.</numerusform>
            </translation>
        </message>
        <message>
            <source>Roll back backup point %1 to undo them, or run the schema sync again to finish.</source>
            <translation>Roll back backup point %1 to undo them, or run the schema sync again to finish.</translation>
        </message>
        <message>
            <source>Statement %1 of %2 (%3 %4) failed: %5 Statement: %6</source>
            <translation>Statement %1 of %2 (%3 %4) failed: %5 Statement: %6</translation>
        </message>
        <message>
            <source>Nothing was changed. Fix the cause and run the schema sync again.</source>
            <translation>Nothing was changed. Fix the cause and run the schema sync again.</translation>
        </message>
        <message numerus="yes">
            <source>The %n statement(s) before it were applied: roll back backup point %1 to undo them, or fix the cause and run the schema sync again.</source>
            <translation>
                <numerusform>The %n statement before it were applied: roll back backup point %1 to undo them, or fix the cause and run the schema sync again.</numerusform>
                <numerusform>The %n statements before it were applied: roll back backup point %1 to undo them, or fix the cause and run the schema sync again.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving column values of %1</source>
            <translation>Saving column values of %1</translation>
        </message>
        <message>
            <source>the values of %1 could not be saved: %2</source>
            <translation>the values of %1 could not be saved: %2</translation>
        </message>
        <message numerus="yes">
            <source>saved %n row(s) of %1 (%2) in the backup point</source>
            <translation>
                <numerusform>saved %n row of %1 (%2) in the backup point</numerusform>
                <numerusform>saved %n rows of %1 (%2) in the backup point</numerusform>
            </translation>
        </message>
        <message>
            <source>table %1 is referenced by foreign key %2 of %3.%4, which the plan keeps</source>
            <translation>table %1 is referenced by foreign key %2 of %3.%4, which the plan keeps</translation>
        </message>
        <message>
            <source>the values %1 holds now could not be saved (%2): a rollback will restore them unguarded</source>
            <translation>the values %1 holds now could not be saved (%2): a rollback will restore them unguarded</translation>
        </message>
        <message>
            <source>applied %1/%2 [%3] %4 %5: %6</source>
            <translation>applied %1/%2 [%3] %4 %5: %6</translation>
        </message>
    </context>
    <context>
        <name>SchemaSyncCommand</name>
        <message>
            <source>Bring the target's structure in line with the source's, with a backup point</source>
            <translation>Bring the target's structure in line with the source's, with a backup point</translation>
        </message>
        <message>
            <source>SKIPPED (needs --allow-drop) </source>
            <translation>SKIPPED (needs --allow-drop) </translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
        <message>
            <source>saves first: the values of %1, with the rows' keys</source>
            <translation>saves first: the values of %1, with the rows' keys</translation>
        </message>
        <message>
            <source>instead of: %1</source>
            <translation>instead of: %1</translation>
        </message>
        <message>
            <source>%1: %2/%3  %4</source>
            <translation>%1: %2/%3  %4</translation>
        </message>
        <message>
            <source>Bring the target database's structure in line with the source's. The plan is printed and confirmed first; a backup point of the old definitions (and of the values of dropped or narrowed columns) is taken before anything changes; a dropped table is moved into the database _syncstudio_quarantine, not dropped. Exit code 0: the target matches the source; 1: destructive statements were skipped (add --allow-drop); 2: error. Undo with syncstudio-cli rollback BACKUP_ID.</source>
            <translation>Bring the target database's structure in line with the source's. The plan is printed and confirmed first; a backup point of the old definitions (and of the values of dropped or narrowed columns) is taken before anything changes; a dropped table is moved into the database _syncstudio_quarantine, not dropped. Exit code 0: the target matches the source; 1: destructive statements were skipped (add --allow-drop); 2: error. Undo with syncstudio-cli rollback BACKUP_ID.</translation>
        </message>
        <message>
            <source>Source: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</source>
            <translation>Source: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</translation>
        </message>
        <message>
            <source>Target: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</source>
            <translation>Target: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</translation>
        </message>
        <message>
            <source>--dry-run[=FILE]: change nothing; write the exact SQL, with each statement's risk as a comment, to FILE or to standard output.</source>
            <translation>--dry-run[=FILE]: change nothing; write the exact SQL, with each statement's risk as a comment, to FILE or to standard output.</translation>
        </message>
        <message>
            <source>Run destructive statements too (dropping tables, columns, views, routines; narrowing types). Without it they are skipped and listed.</source>
            <translation>Run destructive statements too (dropping tables, columns, views, routines; narrowing types). Without it they are skipped and listed.</translation>
        </message>
        <message>
            <source>Do not ask for confirmation.</source>
            <translation>Do not ask for confirmation.</translation>
        </message>
        <message>
            <source>Only objects matching these globs (comma-separated; a pattern with a dot matches database.name).</source>
            <translation>Only objects matching these globs (comma-separated; a pattern with a dot matches database.name).</translation>
        </message>
        <message>
            <source>Leave out objects matching these globs.</source>
            <translation>Leave out objects matching these globs.</translation>
        </message>
        <message>
            <source>Attributes not to compare: auto-increment, comments, column-order, table-options, collations (comma-separated).</source>
            <translation>Attributes not to compare: auto-increment, comments, column-order, table-options, collations (comma-separated).</translation>
        </message>
        <message>
            <source>Renamed tables: SOURCE_TABLE=TARGET_TABLE,...</source>
            <translation>Renamed tables: SOURCE_TABLE=TARGET_TABLE,...</translation>
        </message>
        <message>
            <source>schema-sync has no --format sql.</source>
            <translation>schema-sync has no --format sql.</translation>
        </message>
        <message>
            <source>Use --dry-run to get the SQL.</source>
            <translation>Use --dry-run to get the SQL.</translation>
        </message>
        <message>
            <source>The source "%1" names no database.</source>
            <translation>The source "%1" names no database.</translation>
        </message>
        <message>
            <source>The target "%1" names no database.</source>
            <translation>The target "%1" names no database.</translation>
        </message>
        <message>
            <source>Name the database: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</source>
            <translation>Name the database: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Give a writable path: --dry-run=FILE.</source>
            <translation>Give a writable path: --dry-run=FILE.</translation>
        </message>
        <message>
            <source>Dry run: nothing was changed. The SQL is in %1.</source>
            <translation>Dry run: nothing was changed. The SQL is in %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n destructive statement(s) would be skipped without --allow-drop.</source>
            <translation>
                <numerusform>%n destructive statement would be skipped without --allow-drop.</numerusform>
                <numerusform>%n destructive statements would be skipped without --allow-drop.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to do: the structures match.</source>
            <translation>Nothing to do: the structures match.</translation>
        </message>
        <message>
            <source>Schema sync plan: %1 -&gt; %2</source>
            <translation>Schema sync plan: %1 -&gt; %2</translation>
        </message>
        <message numerus="yes">
            <source>%n destructive statement(s) will be skipped; add --allow-drop to run them.</source>
            <translation>
                <numerusform>%n destructive statement will be skipped; add --allow-drop to run them.</numerusform>
                <numerusform>%n destructive statements will be skipped; add --allow-drop to run them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>!!! %1 is a PRODUCTION target (profile tagged prod). %n statement(s) will change its structure; tables may be rebuilt and locked while they run.</source>
            <translation>
                <numerusform>!!! %1 is a PRODUCTION target (profile tagged prod). %n statement will change its structure; tables may be rebuilt and locked while they run.</numerusform>
                <numerusform>!!! %1 is a PRODUCTION target (profile tagged prod). %n statements will change its structure; tables may be rebuilt and locked while they run.</numerusform>
            </translation>
        </message>
        <message>
            <source>This changes a production database and needs a confirmation, but there is no terminal to ask on.</source>
            <translation>This changes a production database and needs a confirmation, but there is no terminal to ask on.</translation>
        </message>
        <message>
            <source>Add --yes to confirm on the command line.</source>
            <translation>Add --yes to confirm on the command line.</translation>
        </message>
        <message>
            <source>Type the name of the database (%1) to apply the plan to production:</source>
            <translation>Type the name of the database (%1) to apply the plan to production:</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message numerus="yes">
            <source>Apply %n statement(s) to %1? A backup point is taken first.</source>
            <translation>
                <numerusform>Apply %n statement to %1? A backup point is taken first.</numerusform>
                <numerusform>Apply %n statements to %1? A backup point is taken first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Applied %n statement(s)</source>
            <translation>
                <numerusform>Applied %n statement</numerusform>
                <numerusform>Applied %n statements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; skipped %n destructive one(s)</source>
            <translation>
                <numerusform>; skipped %n destructive one</numerusform>
                <numerusform>; skipped %n destructive ones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n not run</source>
            <translation>
                <numerusform>; %n not run</numerusform>
                <numerusform>; %n not run</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup point: %1 (undo with: syncstudio-cli rollback %1 --yes)</source>
            <translation>Backup point: %1 (undo with: syncstudio-cli rollback %1 --yes)</translation>
        </message>
        <message>
            <source>!!! %1 is a PRODUCTION target (profile tagged prod).</source>
            <translation>!!! %1 is a PRODUCTION target (profile tagged prod).</translation>
        </message>
        <message>
            <source>Roll back schema backup point %1 on %2 (definitions, quarantined tables and saved column values)?</source>
            <translation>Roll back schema backup point %1 on %2 (definitions, quarantined tables and saved column values)?</translation>
        </message>
        <message>
            <source>Fix the cause and run the rollback again: it continues from where the target is now.</source>
            <translation>Fix the cause and run the rollback again: it continues from where the target is now.</translation>
        </message>
        <message numerus="yes">
            <source>Rolled back schema backup point %1: %n statement(s).</source>
            <translation>
                <numerusform>Rolled back schema backup point %1: %n statement.</numerusform>
                <numerusform>Rolled back schema backup point %1: %n statements.</numerusform>
            </translation>
        </message>
        <message>
            <source>tables back from quarantine: %1</source>
            <translation>tables back from quarantine: %1</translation>
        </message>
        <message>
            <source>table %1, which the sync created, is now %2.%3</source>
            <translation>table %1, which the sync created, is now %2.%3</translation>
        </message>
        <message>
            <source>saved column values: %1 row(s) written back, %2 gone, %3 changed since the sync and left alone</source>
            <translation>saved column values: %1 row(s) written back, %2 gone, %3 changed since the sync and left alone</translation>
        </message>
        <message numerus="yes">
            <source>verified: %n object(s) print as they did before the sync.</source>
            <translation>
                <numerusform>verified: %n object print as they did before the sync.</numerusform>
                <numerusform>verified: %n objects print as they did before the sync.</numerusform>
            </translation>
        </message>
        <message>
            <source>verification FAILED for: %1</source>
            <translation>verification FAILED for: %1</translation>
        </message>
        <message>
            <source>note: %1</source>
            <translation>note: %1</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Digest</source>
            <translation>Digest</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>intact</source>
            <translation>intact</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>Statements</translation>
        </message>
        <message>
            <source>%1 applied, %2 skipped, %3 failed</source>
            <translation>%1 applied, %2 skipped, %3 failed</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>definition saved</source>
            <translation>definition saved</translation>
        </message>
        <message>
            <source>created by the sync</source>
            <translation>created by the sync</translation>
        </message>
        <message>
            <source>moved to %1.%2</source>
            <translation>moved to %1.%2</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2, %n row(s))</source>
            <translation>
                <numerusform>%1 (%2, %n row)</numerusform>
                <numerusform>%1 (%2, %n rows)</numerusform>
            </translation>
        </message>
        <message>
            <source>values of %1</source>
            <translation>values of %1</translation>
        </message>
        <message>
            <source>TYPE</source>
            <translation>TYPE</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>SAVED</source>
            <translation>SAVED</translation>
        </message>
    </context>
    <context>
        <name>SchemaSyncPlan</name>
        <message>
            <source>create the quarantine database</source>
            <translation>create the quarantine database</translation>
        </message>
        <message>
            <source>drop trigger (its table %1 moves to the quarantine database)</source>
            <translation>drop trigger (its table %1 moves to the quarantine database)</translation>
        </message>
        <message>
            <source>drop foreign keys %1 (the table moves to the quarantine database)</source>
            <translation>drop foreign keys %1 (the table moves to the quarantine database)</translation>
        </message>
        <message>
            <source>The table is not dropped: it is renamed into %1 with its rows, and a rollback of the backup point brings it back.</source>
            <translation>The table is not dropped: it is renamed into %1 with its rows, and a rollback of the backup point brings it back.</translation>
        </message>
        <message>
            <source>move table to quarantine %1.%2 (instead of DROP TABLE)</source>
            <translation>move table to quarantine %1.%2 (instead of DROP TABLE)</translation>
        </message>
        <message>
            <source>SyncStudio saves the values of column %1, with the rows' keys, in the backup point first.</source>
            <translation>SyncStudio saves the values of column %1, with the rows' keys, in the backup point first.</translation>
        </message>
    </context>
    <context>
        <name>SchemaTreeModel</name>
        <message>
            <source>Only in source</source>
            <translation>Only in source</translation>
        </message>
        <message>
            <source>Only in target</source>
            <translation>Only in target</translation>
        </message>
        <message>
            <source>Different</source>
            <translation>Different</translation>
        </message>
        <message>
            <source>Identical</source>
            <translation>Identical</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tables</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Views</translation>
        </message>
        <message>
            <source>Triggers</source>
            <translation>Triggers</translation>
        </message>
        <message>
            <source>Procedures</source>
            <translation>Procedures</translation>
        </message>
        <message>
            <source>Functions</source>
            <translation>Functions</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>table</source>
            <translation>table</translation>
        </message>
        <message>
            <source>view</source>
            <translation>view</translation>
        </message>
        <message>
            <source>trigger</source>
            <translation>trigger</translation>
        </message>
        <message>
            <source>procedure</source>
            <translation>procedure</translation>
        </message>
        <message>
            <source>function</source>
            <translation>function</translation>
        </message>
        <message>
            <source>event</source>
            <translation>event</translation>
        </message>
        <message numerus="yes">
            <source>%n identical</source>
            <translation>
                <numerusform>%n identical</numerusform>
                <numerusform>%n identical</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 differ</source>
            <translation>%1 of %2 differ</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>The keychain holds no secret for key %1.</source>
            <translation>The keychain holds no secret for key %1.</translation>
        </message>
        <message>
            <source>Start and unlock your desktop keyring (GNOME Keyring, KWallet) — or, for one-off CLI runs, pass the password with --password-stdin or SYNCSTUDIO_PASSWORD.</source>
            <translation>Start and unlock your desktop keyring (GNOME Keyring, KWallet) — or, for one-off CLI runs, pass the password with --password-stdin or SYNCSTUDIO_PASSWORD.</translation>
        </message>
    </context>
    <context>
        <name>SideBySideGrid</name>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
    </context>
    <context>
        <name>SourceStreamChangeSource</name>
        <message>
            <source>Reading the source table failed; nothing of this batch was written.</source>
            <translation>Reading the source table failed; nothing of this batch was written.</translation>
        </message>
    </context>
    <context>
        <name>Sql</name>
        <message>
            <source>the name is empty</source>
            <translation>the name is empty</translation>
        </message>
        <message>
            <source>the name contains a NUL character</source>
            <translation>the name contains a NUL character</translation>
        </message>
        <message>
            <source>the name ends with a space</source>
            <translation>the name ends with a space</translation>
        </message>
        <message>
            <source>the name is longer than 64 characters</source>
            <translation>the name is longer than 64 characters</translation>
        </message>
    </context>
    <context>
        <name>SqlPreviewDialog</name>
        <message>
            <source>Preview Row Sync SQL</source>
            <translation>Preview Row Sync SQL</translation>
        </message>
        <message numerus="yes">
            <source>-- … the script goes on for %n more byte(s); Save writes all of it.</source>
            <translation>
                <numerusform>-- … the script goes on for %n more byte; Save writes all of it.</numerusform>
                <numerusform>-- … the script goes on for %n more bytes; Save writes all of it.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Save…</translation>
        </message>
        <message>
            <source>Save Sync SQL</source>
            <translation>Save Sync SQL</translation>
        </message>
        <message>
            <source>SQL scripts (*.sql);;All files (*)</source>
            <translation>SQL scripts (*.sql);;All files (*)</translation>
        </message>
        <message>
            <source>Save Failed</source>
            <translation>Save Failed</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>SyncArguments</name>
        <message>
            <source>Only these tables: globs, comma-separated; a pattern with a dot matches db.table.</source>
            <translation>Only these tables: globs, comma-separated; a pattern with a dot matches db.table.</translation>
        </message>
        <message>
            <source>Leave out these tables (globs, as --tables).</source>
            <translation>Leave out these tables (globs, as --tables).</translation>
        </message>
        <message>
            <source>Row key for a table without a primary or unique key, e.g. shop.t=c1,c2 (repeatable).</source>
            <translation>Row key for a table without a primary or unique key, e.g. shop.t=c1,c2 (repeatable).</translation>
        </message>
        <message>
            <source>Only rows matching this SQL condition, on both sides.</source>
            <translation>Only rows matching this SQL condition, on both sides.</translation>
        </message>
        <message>
            <source>Leave these columns out: db.table.column, table.column or *.column, comma-separated.</source>
            <translation>Leave these columns out: db.table.column, table.column or *.column, comma-separated.</translation>
        </message>
        <message>
            <source>Tables compared at once (default 1, or the project's).</source>
            <translation>Tables compared at once (default 1, or the project's).</translation>
        </message>
        <message>
            <source>Read endpoints, filters, keys and options from a saved sync project.</source>
            <translation>Read endpoints, filters, keys and options from a saved sync project.</translation>
        </message>
        <message>
            <source>The project maps tables to other names, which row compares and syncs do not support yet.</source>
            <translation>The project maps tables to other names, which row compares and syncs do not support yet.</translation>
        </message>
        <message>
            <source>Remove "table_mapping" from the project, or compare the tables by hand.</source>
            <translation>Remove "table_mapping" from the project, or compare the tables by hand.</translation>
        </message>
        <message>
            <source>--parallel must be a number from 1 to 64.</source>
            <translation>--parallel must be a number from 1 to 64.</translation>
        </message>
        <message>
            <source>No tables compared.</source>
            <translation>No tables compared.</translation>
        </message>
        <message>
            <source>TABLE</source>
            <translation>TABLE</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <source>KEY</source>
            <translation>KEY</translation>
        </message>
        <message>
            <source>SOURCE ROWS</source>
            <translation>SOURCE ROWS</translation>
        </message>
        <message>
            <source>TARGET ROWS</source>
            <translation>TARGET ROWS</translation>
        </message>
        <message>
            <source>ONLY IN SOURCE</source>
            <translation>ONLY IN SOURCE</translation>
        </message>
        <message>
            <source>ONLY IN TARGET</source>
            <translation>ONLY IN TARGET</translation>
        </message>
        <message>
            <source>DIFFERENT</source>
            <translation>DIFFERENT</translation>
        </message>
    </context>
    <context>
        <name>SyncCommand</name>
        <message>
            <source>Apply the differences to the target, guarded and backed up (exit 0 done, 3 conflicts, 2 error)</source>
            <translation>Apply the differences to the target, guarded and backed up (exit 0 done, 3 conflicts, 2 error)</translation>
        </message>
        <message>
            <source>Compare two databases and make the target's rows equal to the source's. Every batch is one short transaction that first checks each row still reads as the compare saw it; a row changed meanwhile is not overwritten but queued as a conflict (exit code 3). The before-images of everything written go to a backup point first, so the sync can be rolled back. --dry-run[=FILE] writes the SQL instead (to FILE, else to standard output) and changes nothing.</source>
            <translation>Compare two databases and make the target's rows equal to the source's. Every batch is one short transaction that first checks each row still reads as the compare saw it; a row changed meanwhile is not overwritten but queued as a conflict (exit code 3). The before-images of everything written go to a backup point first, so the sync can be rolled back. --dry-run[=FILE] writes the SQL instead (to FILE, else to standard output) and changes nothing.</translation>
        </message>
        <message>
            <source>Source: profile/database or mysql://user@host:port/database.</source>
            <translation>Source: profile/database or mysql://user@host:port/database.</translation>
        </message>
        <message>
            <source>Target: profile/database or mysql://user@host:port/database.</source>
            <translation>Target: profile/database or mysql://user@host:port/database.</translation>
        </message>
        <message>
            <source>Keep rows that only the target has.</source>
            <translation>Keep rows that only the target has.</translation>
        </message>
        <message>
            <source>How differences are settled: source-wins (default), target-wins (only insert missing rows), newer-wins:COLUMN (the side with the greater COLUMN wins; a tie is a conflict), manual (write nothing; every difference becomes a conflict).</source>
            <translation>How differences are settled: source-wins (default), target-wins (only insert missing rows), newer-wins:COLUMN (the side with the greater COLUMN wins; a tie is a conflict), manual (write nothing; every difference becomes a conflict).</translation>
        </message>
        <message>
            <source>Continue the interrupted run RUN_ID with its own compare and options.</source>
            <translation>Continue the interrupted run RUN_ID with its own compare and options.</translation>
        </message>
        <message>
            <source>Turn foreign key checks off for the run (tables keep the plan's order).</source>
            <translation>Turn foreign key checks off for the run (tables keep the plan's order).</translation>
        </message>
        <message>
            <source>Write every row the guarded way, also into empty tables (no LOAD DATA LOCAL).</source>
            <translation>Write every row the guarded way, also into empty tables (no LOAD DATA LOCAL).</translation>
        </message>
        <message>
            <source>Rows per guarded batch (default 1000).</source>
            <translation>Rows per guarded batch (default 1000).</translation>
        </message>
        <message>
            <source>Do not ask for confirmation.</source>
            <translation>Do not ask for confirmation.</translation>
        </message>
        <message>
            <source>sync has no --format sql.</source>
            <translation>sync has no --format sql.</translation>
        </message>
        <message>
            <source>Use --dry-run=FILE for the SQL.</source>
            <translation>Use --dry-run=FILE for the SQL.</translation>
        </message>
        <message>
            <source>the project compares JSON by value; a sync compares and writes the bytes</source>
            <translation>the project compares JSON by value; a sync compares and writes the bytes</translation>
        </message>
        <message>
            <source>--batch-rows must be a number from 1 to 100000.</source>
            <translation>--batch-rows must be a number from 1 to 100000.</translation>
        </message>
        <message>
            <source>--dry-run and --resume do not go together.</source>
            <translation>--dry-run and --resume do not go together.</translation>
        </message>
        <message>
            <source>Resume without --dry-run.</source>
            <translation>Resume without --dry-run.</translation>
        </message>
        <message>
            <source>There is no sync run %1 on this machine.</source>
            <translation>There is no sync run %1 on this machine.</translation>
        </message>
        <message>
            <source>sync needs a source and a target.</source>
            <translation>sync needs a source and a target.</translation>
        </message>
        <message>
            <source>Give SRC and DST, or --project FILE.</source>
            <translation>Give SRC and DST, or --project FILE.</translation>
        </message>
        <message>
            <source>The source "%1" names no database.</source>
            <translation>The source "%1" names no database.</translation>
        </message>
        <message>
            <source>The target "%1" names no database.</source>
            <translation>The target "%1" names no database.</translation>
        </message>
        <message>
            <source>Give it as profile/database (prod/shop) or in the URL path (mysql://user@host:3306/shop).</source>
            <translation>Give it as profile/database (prod/shop) or in the URL path (mysql://user@host:3306/shop).</translation>
        </message>
        <message>
            <source>--format json and the SQL cannot share standard output.</source>
            <translation>--format json and the SQL cannot share standard output.</translation>
        </message>
        <message>
            <source>Use --dry-run=FILE.</source>
            <translation>Use --dry-run=FILE.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>%1 inserts, %2 updates and %3 deletes in %4 table(s) of %5</source>
            <translation>%1 inserts, %2 updates and %3 deletes in %4 table(s) of %5</translation>
        </message>
        <message>
            <source>the target %1 is a production profile.</source>
            <translation>the target %1 is a production profile.</translation>
        </message>
        <message>
            <source>Syncing into a production target needs --yes (%1).</source>
            <translation>Syncing into a production target needs --yes (%1).</translation>
        </message>
        <message>
            <source>Check the plan with --dry-run, then run again with --yes.</source>
            <translation>Check the plan with --dry-run, then run again with --yes.</translation>
        </message>
        <message>
            <source>This sync writes %1 and needs a confirmation, but there is no terminal to ask on.</source>
            <translation>This sync writes %1 and needs a confirmation, but there is no terminal to ask on.</translation>
        </message>
        <message>
            <source>Add --yes to confirm on the command line.</source>
            <translation>Add --yes to confirm on the command line.</translation>
        </message>
        <message>
            <source>Write %1?</source>
            <translation>Write %1?</translation>
        </message>
        <message>
            <source>[y/N]</source>
            <translation>[y/N]</translation>
        </message>
        <message>
            <source>y</source>
            <translation>y</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>%1: %2 rows</source>
            <translation>%1: %2 rows</translation>
        </message>
        <message>
            <source>, %1 rows/s</source>
            <translation>, %1 rows/s</translation>
        </message>
        <message>
            <source>Continue with: syncstudio-cli sync --resume %1 --yes</source>
            <translation>Continue with: syncstudio-cli sync --resume %1 --yes</translation>
        </message>
        <message>
            <source>Resumed sync %1 -&gt; %2 (run %3)</source>
            <translation>Resumed sync %1 -&gt; %2 (run %3)</translation>
        </message>
        <message>
            <source>Sync %1 -&gt; %2 (run %3)</source>
            <translation>Sync %1 -&gt; %2 (run %3)</translation>
        </message>
        <message>
            <source>%1: not synced: %2</source>
            <translation>%1: not synced: %2</translation>
        </message>
        <message>
            <source>%1: %2 kept as on the target, %3 held for a decision, %4 left out by choice</source>
            <translation>%1: %2 kept as on the target, %3 held for a decision, %4 left out by choice</translation>
        </message>
        <message>
            <source>Dry run: %1 inserts, %2 updates, %3 deletes written as SQL to %4; nothing was changed.</source>
            <translation>Dry run: %1 inserts, %2 updates, %3 deletes written as SQL to %4; nothing was changed.</translation>
        </message>
        <message>
            <source>Applied: %1 inserted, %2 updated, %3 deleted; %4 conflict(s).</source>
            <translation>Applied: %1 inserted, %2 updated, %3 deleted; %4 conflict(s).</translation>
        </message>
        <message>
            <source>Backup point: %1 (undo with: syncstudio-cli rollback %1)</source>
            <translation>Backup point: %1 (undo with: syncstudio-cli rollback %1)</translation>
        </message>
        <message>
            <source>Nothing was written, so no backup point was taken.</source>
            <translation>Nothing was written, so no backup point was taken.</translation>
        </message>
        <message>
            <source>Conflicts wait for a decision: syncstudio-cli conflicts list</source>
            <translation>Conflicts wait for a decision: syncstudio-cli conflicts list</translation>
        </message>
        <message>
            <source>Tables without a key are not updated in place: replace their whole contents with the source's rows instead, in one guarded transaction per table, with every old row in the backup point. --replace-keyless=TABLE,... limits this to those tables (patterns as for --tables).</source>
            <translation>Tables without a key are not updated in place: replace their whole contents with the source's rows instead, in one guarded transaction per table, with every old row in the backup point. --replace-keyless=TABLE,... limits this to those tables (patterns as for --tables).</translation>
        </message>
        <message>
            <source>--replace-keyless= names no table.</source>
            <translation>--replace-keyless= names no table.</translation>
        </message>
        <message>
            <source>Give table names or patterns, or --replace-keyless alone for all.</source>
            <translation>Give table names or patterns, or --replace-keyless alone for all.</translation>
        </message>
        <message>
            <source>%1: no key: contents replaced whole (%2 rows removed, %3 written)</source>
            <translation>%1: no key: contents replaced whole (%2 rows removed, %3 written)</translation>
        </message>
    </context>
    <context>
        <name>SyncConfirmDialog</name>
        <message>
            <source>Sync Rows</source>
            <translation>Sync Rows</translation>
        </message>
        <message>
            <source>Write %1 insert(s), %2 update(s) and %3 delete(s) to %4?</source>
            <translation>Write %1 insert(s), %2 update(s) and %3 delete(s) to %4?</translation>
        </message>
        <message>
            <source>Each batch is one short transaction that first checks every row still reads as the compare saw it; a row changed since then is not overwritten but held as a conflict. The before-images go to a backup point first, so Rollback can undo the sync.</source>
            <translation>Each batch is one short transaction that first checks every row still reads as the compare saw it; a row changed since then is not overwritten but held as a conflict. The before-images go to a backup point first, so Rollback can undo the sync.</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Inserts</source>
            <translation>Inserts</translation>
        </message>
        <message>
            <source>Updates</source>
            <translation>Updates</translation>
        </message>
        <message>
            <source>Deletes</source>
            <translation>Deletes</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>not synced: %1</source>
            <translation>not synced: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) left out by you</source>
            <translation>
                <numerusform>%n row left out by you</numerusform>
                <numerusform>%n rows left out by you</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n kept as on the target</source>
            <translation>
                <numerusform>%n kept as on the target</numerusform>
                <numerusform>%n kept as on the target</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held for a decision</source>
            <translation>
                <numerusform>%n held for a decision</numerusform>
                <numerusform>%n held for a decision</numerusform>
            </translation>
        </message>
        <message>
            <source>bulk load</source>
            <translation>bulk load</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Delete rows that only the target has</source>
            <translation>Delete rows that only the target has</translation>
        </message>
        <message>
            <source>Off: rows only in the target are kept (as --no-delete does).</source>
            <translation>Off: rows only in the target are kept (as --no-delete does).</translation>
        </message>
        <message>
            <source>Source wins</source>
            <translation>Source wins</translation>
        </message>
        <message>
            <source>Target wins (only insert missing rows)</source>
            <translation>Target wins (only insert missing rows)</translation>
        </message>
        <message>
            <source>Newer wins, by column…</source>
            <translation>Newer wins, by column…</translation>
        </message>
        <message>
            <source>Manual (every difference waits for a decision)</source>
            <translation>Manual (every difference waits for a decision)</translation>
        </message>
        <message>
            <source>column, e.g. updated_at</source>
            <translation>column, e.g. updated_at</translation>
        </message>
        <message>
            <source>The side whose value of this column is greater wins; a tie is a conflict.</source>
            <translation>The side whose value of this column is greater wins; a tie is a conflict.</translation>
        </message>
        <message>
            <source>Conflict policy:</source>
            <translation>Conflict policy:</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Plan Again</source>
            <translation>Plan Again</translation>
        </message>
        <message>
            <source>Name the column whose greater value wins.</source>
            <translation>Name the column whose greater value wins.</translation>
        </message>
        <message>
            <source>The options changed: the counts above no longer hold. Plan again to see what the sync will do with them.</source>
            <translation>The options changed: the counts above no longer hold. Plan again to see what the sync will do with them.</translation>
        </message>
        <message>
            <source>Replace the whole contents of tables without a key (%1)</source>
            <translation>Replace the whole contents of tables without a key (%1)</translation>
        </message>
        <message>
            <source>Such rows cannot be told apart, so they are not updated in place. On: each table's rows are deleted and the source's inserted, in one transaction, only if the target table has not changed since the compare; its old contents go to the backup point (as --replace-keyless does).</source>
            <translation>Such rows cannot be told apart, so they are not updated in place. On: each table's rows are deleted and the source's inserted, in one transaction, only if the target table has not changed since the compare; its old contents go to the backup point (as --replace-keyless does).</translation>
        </message>
    </context>
    <context>
        <name>SyncJob</name>
        <message>
            <source>Looking for empty target tables</source>
            <translation>Looking for empty target tables</translation>
        </message>
        <message>
            <source>%1 is empty on the target: it is copied from the source without a row compare.</source>
            <translation>%1 is empty on the target: it is copied from the source without a row compare.</translation>
        </message>
        <message>
            <source>Comparing rows</source>
            <translation>Comparing rows</translation>
        </message>
        <message numerus="yes">
            <source>The compare failed for %n table(s), so nothing was synced: %1</source>
            <translation>
                <numerusform>The compare failed for %n table, so nothing was synced: %1</numerusform>
                <numerusform>The compare failed for %n tables, so nothing was synced: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Fix the cause, or leave those tables out with --exclude.</source>
            <translation>Fix the cause, or leave those tables out with --exclude.</translation>
        </message>
        <message>
            <source>empty on the target: copied from the source without a row compare</source>
            <translation>empty on the target: copied from the source without a row compare</translation>
        </message>
        <message>
            <source>There is no sync run %1 on this machine; list the backup points with syncstudio-cli backups list.</source>
            <translation>There is no sync run %1 on this machine; list the backup points with syncstudio-cli backups list.</translation>
        </message>
        <message>
            <source>Run %1 is a compare, not a sync: there is nothing to resume.</source>
            <translation>Run %1 is a compare, not a sync: there is nothing to resume.</translation>
        </message>
        <message>
            <source>Start a new sync.</source>
            <translation>Start a new sync.</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>Writing the SQL</source>
            <translation>Writing the SQL</translation>
        </message>
        <message>
            <source>Writing</source>
            <translation>Writing</translation>
        </message>
        <message>
            <source>Run %1 had finished writing (backup point %2); planning what is left.</source>
            <translation>Run %1 had finished writing (backup point %2); planning what is left.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Run %1 has already been synced.</source>
            <translation>Run %1 has already been synced.</translation>
        </message>
        <message>
            <source>Resume it with --resume, or compare again.</source>
            <translation>Resume it with --resume, or compare again.</translation>
        </message>
    </context>
    <context>
        <name>SyncPlanner</name>
        <message>
            <source>The column %1 the compare saw is no longer in the target table.</source>
            <translation>The column %1 the compare saw is no longer in the target table.</translation>
        </message>
        <message>
            <source>Compare again.</source>
            <translation>Compare again.</translation>
        </message>
        <message>
            <source>The key column %1 is not a compared column of the target.</source>
            <translation>The key column %1 is not a compared column of the target.</translation>
        </message>
        <message>
            <source>The key column %1 is stored differently on the two sides (%2), so rows cannot be matched by their bytes on the target.</source>
            <translation>The key column %1 is stored differently on the two sides (%2), so rows cannot be matched by their bytes on the target.</translation>
        </message>
        <message>
            <source>Align the column's type and character set first (schema-sync).</source>
            <translation>Align the column's type and character set first (schema-sync).</translation>
        </message>
        <message>
            <source>These compare results compared JSON by value, so they do not say which bytes to write.</source>
            <translation>These compare results compared JSON by value, so they do not say which bytes to write.</translation>
        </message>
        <message>
            <source>Compare again without semantic JSON before syncing.</source>
            <translation>Compare again without semantic JSON before syncing.</translation>
        </message>
        <message>
            <source>not compared (%1)</source>
            <translation>not compared (%1)</translation>
        </message>
        <message>
            <source>the table is only in the target</source>
            <translation>the table is only in the target</translation>
        </message>
        <message>
            <source>the table is only in the source: create it first (schema-sync)</source>
            <translation>the table is only in the source: create it first (schema-sync)</translation>
        </message>
        <message>
            <source>left out by the user</source>
            <translation>left out by the user</translation>
        </message>
        <message>
            <source>rows are matched by the key you chose (%1); a key the target holds twice is a conflict</source>
            <translation>rows are matched by the key you chose (%1); a key the target holds twice is a conflict</translation>
        </message>
        <message>
            <source>triggers will fire: %1</source>
            <translation>triggers will fire: %1</translation>
        </message>
        <message>
            <source>the target table is empty; the policy writes nothing</source>
            <translation>the target table is empty; the policy writes nothing</translation>
        </message>
        <message>
            <source>it has no compared column %1 to decide which side is newer</source>
            <translation>it has no compared column %1 to decide which side is newer</translation>
        </message>
        <message>
            <source>the manual policy leaves every difference to a decision</source>
            <translation>the manual policy leaves every difference to a decision</translation>
        </message>
        <message>
            <source>both sides have the same %1</source>
            <translation>both sides have the same %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>no key: its contents are replaced only under the source-wins policy</source>
            <translation>no key: its contents are replaced only under the source-wins policy</translation>
        </message>
        <message>
            <source>no key: replacing its contents deletes and inserts rows, which this sync leaves out</source>
            <translation>no key: replacing its contents deletes and inserts rows, which this sync leaves out</translation>
        </message>
        <message>
            <source>no key: rows were unticked, but its contents can only be replaced whole</source>
            <translation>no key: rows were unticked, but its contents can only be replaced whole</translation>
        </message>
        <message>
            <source>no key: its contents are not replaced when the compare used --where</source>
            <translation>no key: its contents are not replaced when the compare used --where</translation>
        </message>
        <message>
            <source>no key: column %1 is not compared (not in the source, or ignored), so the contents cannot be copied whole</source>
            <translation>no key: column %1 is not compared (not in the source, or ignored), so the contents cannot be copied whole</translation>
        </message>
        <message>
            <source>no key: column %1 is stored differently on the two sides; align it first (schema-sync)</source>
            <translation>no key: column %1 is stored differently on the two sides; align it first (schema-sync)</translation>
        </message>
        <message>
            <source>no key: this compare did not record the target table's checksum; compare again</source>
            <translation>no key: this compare did not record the target table's checksum; compare again</translation>
        </message>
        <message>
            <source>no primary or unique key: not updated in place; replace its contents with --replace-keyless, or give a key with --key</source>
            <translation>no primary or unique key: not updated in place; replace its contents with --replace-keyless, or give a key with --key</translation>
        </message>
        <message>
            <source>no key: its contents are replaced whole (%1 rows deleted, %2 inserted)</source>
            <translation>no key: its contents are replaced whole (%1 rows deleted, %2 inserted)</translation>
        </message>
    </context>
    <context>
        <name>SyncProject</name>
        <message>
            <source>"%1" must be a list of strings</source>
            <translation>"%1" must be a list of strings</translation>
        </message>
        <message>
            <source>The project file %1 cannot be used: %2.</source>
            <translation>The project file %1 cannot be used: %2.</translation>
        </message>
        <message>
            <source>Fix the file, or save the project again from SyncStudio.</source>
            <translation>Fix the file, or save the project again from SyncStudio.</translation>
        </message>
        <message>
            <source>it is not valid JSON (%1 at byte %2)</source>
            <translation>it is not valid JSON (%1 at byte %2)</translation>
        </message>
        <message>
            <source>it is not a JSON object</source>
            <translation>it is not a JSON object</translation>
        </message>
        <message>
            <source>it is not a SyncStudio project ("format" must be "%1")</source>
            <translation>it is not a SyncStudio project ("format" must be "%1")</translation>
        </message>
        <message>
            <source>"version" is missing</source>
            <translation>"version" is missing</translation>
        </message>
        <message>
            <source>it was written by a newer SyncStudio (version %1; this one reads up to %2)</source>
            <translation>it was written by a newer SyncStudio (version %1; this one reads up to %2)</translation>
        </message>
        <message>
            <source>"%1" is missing</source>
            <translation>"%1" is missing</translation>
        </message>
        <message>
            <source>"%1": %2</source>
            <translation>"%1": %2</translation>
        </message>
        <message>
            <source>"%1" contains a password; project files must not hold secrets</source>
            <translation>"%1" contains a password; project files must not hold secrets</translation>
        </message>
        <message>
            <source>"table_mapping": the target of "%1" must be a table name</source>
            <translation>"table_mapping": the target of "%1" must be a table name</translation>
        </message>
        <message>
            <source>"keys": "%1" must list at least one column</source>
            <translation>"keys": "%1" must list at least one column</translation>
        </message>
        <message>
            <source>"keys": "%1" must be written as database.table</source>
            <translation>"keys": "%1" must be written as database.table</translation>
        </message>
        <message>
            <source>"options.parallel" must be between 1 and 64</source>
            <translation>"options.parallel" must be between 1 and 64</translation>
        </message>
        <message>
            <source>"options.conflict" must be source-wins, target-wins, newer-wins:COLUMN or manual</source>
            <translation>"options.conflict" must be source-wins, target-wins, newer-wins:COLUMN or manual</translation>
        </message>
        <message>
            <source>"options.max_load" must look like Threads_running=25</source>
            <translation>"options.max_load" must look like Threads_running=25</translation>
        </message>
        <message>
            <source>The project file %1 cannot be opened: %2.</source>
            <translation>The project file %1 cannot be opened: %2.</translation>
        </message>
        <message>
            <source>Check the path and its permissions.</source>
            <translation>Check the path and its permissions.</translation>
        </message>
        <message>
            <source>The project file %1 cannot be written: %2.</source>
            <translation>The project file %1 cannot be written: %2.</translation>
        </message>
        <message>
            <source>Choose another folder or check its permissions.</source>
            <translation>Choose another folder or check its permissions.</translation>
        </message>
    </context>
    <context>
        <name>SyncSelection</name>
        <message>
            <source>%1 in %2: %3</source>
            <translation>%1 in %2: %3</translation>
        </message>
        <message>
            <source>Check that the disk is not full and the folder is writable.</source>
            <translation>Check that the disk is not full and the folder is writable.</translation>
        </message>
        <message>
            <source>There are no compare results at %1.</source>
            <translation>There are no compare results at %1.</translation>
        </message>
        <message>
            <source>Run the compare again.</source>
            <translation>Run the compare again.</translation>
        </message>
        <message>
            <source>Cannot open the compare results</source>
            <translation>Cannot open the compare results</translation>
        </message>
        <message>
            <source>Cannot prepare the sync choices</source>
            <translation>Cannot prepare the sync choices</translation>
        </message>
        <message>
            <source>Cannot save the row choice</source>
            <translation>Cannot save the row choice</translation>
        </message>
        <message>
            <source>Cannot read the row choices</source>
            <translation>Cannot read the row choices</translation>
        </message>
        <message>
            <source>Cannot save the row choices</source>
            <translation>Cannot save the row choices</translation>
        </message>
        <message>
            <source>Cannot read the table choices</source>
            <translation>Cannot read the table choices</translation>
        </message>
        <message>
            <source>Cannot save the table choice</source>
            <translation>Cannot save the table choice</translation>
        </message>
    </context>
    <context>
        <name>SyncTable</name>
        <message>
            <source>it is another table (%1)</source>
            <translation>it is another table (%1)</translation>
        </message>
        <message>
            <source>it has %1 columns, not %2</source>
            <translation>it has %1 columns, not %2</translation>
        </message>
        <message>
            <source>column %1 is now %2</source>
            <translation>column %1 is now %2</translation>
        </message>
        <message>
            <source>the type of column %1 changed</source>
            <translation>the type of column %1 changed</translation>
        </message>
        <message>
            <source>its key changed</source>
            <translation>its key changed</translation>
        </message>
    </context>
    <context>
        <name>SyncTableReader</name>
        <message>
            <source>Grant the account read access to information_schema for this database.</source>
            <translation>Grant the account read access to information_schema for this database.</translation>
        </message>
        <message>
            <source>The table does not exist on this server.</source>
            <translation>The table does not exist on this server.</translation>
        </message>
        <message>
            <source>Create it first (schema sync), or leave it out.</source>
            <translation>Create it first (schema sync), or leave it out.</translation>
        </message>
    </context>
    <context>
        <name>TableComparer</name>
        <message>
            <source>A row is too long to hash in one piece.</source>
            <translation>A row is too long to hash in one piece.</translation>
        </message>
        <message>
            <source>A key value could not be read (NULL or not a number).</source>
            <translation>A key value could not be read (NULL or not a number).</translation>
        </message>
        <message>
            <source>Check the key columns, or choose another key with --key.</source>
            <translation>Check the key columns, or choose another key with --key.</translation>
        </message>
        <message>
            <source>%1: a row exceeds max_allowed_packet when encoded whole; comparing again with large columns hashed one by one</source>
            <translation>%1: a row exceeds max_allowed_packet when encoded whole; comparing again with large columns hashed one by one</translation>
        </message>
        <message>
            <source>The server has no status variable %1.</source>
            <translation>The server has no status variable %1.</translation>
        </message>
        <message>
            <source>Use a variable of SHOW GLOBAL STATUS, e.g. Threads_running.</source>
            <translation>Use a variable of SHOW GLOBAL STATUS, e.g. Threads_running.</translation>
        </message>
        <message>
            <source>%1: load is back under the limit, resuming</source>
            <translation>%1: load is back under the limit, resuming</translation>
        </message>
        <message>
            <source>%1: pausing while %2 is above %3 (source %4, target %5)</source>
            <translation>%1: pausing while %2 is above %3 (source %4, target %5)</translation>
        </message>
        <message>
            <source>%1: many chunks differ (%2): streaming row hashes instead of checksumming</source>
            <translation>%1: many chunks differ (%2): streaming row hashes instead of checksumming</translation>
        </message>
        <message>
            <source>%1: differences are sparse again (%2): back to chunk checksums</source>
            <translation>%1: differences are sparse again (%2): back to chunk checksums</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>%1 differences in %2 rows</source>
            <translation>%1 differences in %2 rows</translation>
        </message>
        <message>
            <source>Internal error: a key could not be decoded.</source>
            <translation>Internal error: a key could not be decoded.</translation>
        </message>
        <message>
            <source>A row seen in the key stream was not found when fetched.</source>
            <translation>A row seen in the key stream was not found when fetched.</translation>
        </message>
        <message>
            <source>Check that --where is deterministic.</source>
            <translation>Check that --where is deterministic.</translation>
        </message>
        <message>
            <source>%1: a row's hashes differed but its values are equal</source>
            <translation>%1: a row's hashes differed but its values are equal</translation>
        </message>
        <message>
            <source>The server returned a fold this version cannot read.</source>
            <translation>The server returned a fold this version cannot read.</translation>
        </message>
        <message>
            <source>Report this with the server's version.</source>
            <translation>Report this with the server's version.</translation>
        </message>
        <message>
            <source>%1: differences are thin (about one row in %2): the servers fold row hashes in groups of %3</source>
            <translation>%1: differences are thin (about one row in %2): the servers fold row hashes in groups of %3</translation>
        </message>
        <message>
            <source>%1: the source server does not fold row hashes in index order; streaming them instead</source>
            <translation>%1: the source server does not fold row hashes in index order; streaming them instead</translation>
        </message>
        <message>
            <source>%1: the target server does not fold row hashes in index order; streaming them instead</source>
            <translation>%1: the target server does not fold row hashes in index order; streaming them instead</translation>
        </message>
    </context>
    <context>
        <name>TableMatcher</name>
        <message>
            <source>the target has a %1 of this name, not a table</source>
            <translation>the target has a %1 of this name, not a table</translation>
        </message>
        <message>
            <source>the table exists only in the source</source>
            <translation>the table exists only in the source</translation>
        </message>
        <message>
            <source>the table exists only in the target</source>
            <translation>the table exists only in the target</translation>
        </message>
        <message>
            <source>--tables pattern "%1" matched no table</source>
            <translation>--tables pattern "%1" matched no table</translation>
        </message>
        <message>
            <source>column %1 is %2 in the source and %3 in the target: compared as utf8mb4 text</source>
            <translation>column %1 is %2 in the source and %3 in the target: compared as utf8mb4 text</translation>
        </message>
        <message>
            <source>column %1 is %2 in the source and %3 in the target: values compared as they read</source>
            <translation>column %1 is %2 in the source and %3 in the target: values compared as they read</translation>
        </message>
        <message>
            <source>columns only in the source (not compared): %1</source>
            <translation>columns only in the source (not compared): %1</translation>
        </message>
        <message>
            <source>columns only in the target (not compared): %1</source>
            <translation>columns only in the target (not compared): %1</translation>
        </message>
        <message>
            <source>ignored columns: %1</source>
            <translation>ignored columns: %1</translation>
        </message>
        <message>
            <source>the two tables have no column in common</source>
            <translation>the two tables have no column in common</translation>
        </message>
        <message>
            <source>the --key column %1 is not a column both sides have</source>
            <translation>the --key column %1 is not a column both sides have</translation>
        </message>
        <message>
            <source>no primary or unique NOT NULL key: compared as a multiset of row hashes; not updatable in place (give one with --key)</source>
            <translation>no primary or unique NOT NULL key: compared as a multiset of row hashes; not updatable in place (give one with --key)</translation>
        </message>
        <message>
            <source>no primary key: rows matched by %1</source>
            <translation>no primary key: rows matched by %1</translation>
        </message>
        <message>
            <source>the key column %1 is %2 in the source and %3 in the target; align the schemas first (schema-sync)</source>
            <translation>the key column %1 is %2 in the source and %3 in the target; align the schemas first (schema-sync)</translation>
        </message>
        <message>
            <source>the key column %1 has collation %2 in the source and %3 in the target: rows are matched by their bytes</source>
            <translation>the key column %1 has collation %2 in the source and %3 in the target: rows are matched by their bytes</translation>
        </message>
        <message>
            <source>the key cannot be walked in index ranges on both sides: the table is read in one pass</source>
            <translation>the key cannot be walked in index ranges on both sides: the table is read in one pass</translation>
        </message>
    </context>
    <context>
        <name>ThroughputChart</name>
        <message>
            <source>Rows per second, last %1</source>
            <translation>Rows per second, last %1</translation>
        </message>
        <message>
            <source>No samples yet</source>
            <translation>No samples yet</translation>
        </message>
        <message>
            <source>0 rows/s</source>
            <translation>0 rows/s</translation>
        </message>
    </context>
    <context>
        <name>Tr</name>
        <message>
            <source>SyncStudio projects (*.ssproj);;JSON files (*.json);;All files (*)</source>
            <translation>SyncStudio projects (*.ssproj);;JSON files (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2.</source>
            <translation>Cannot write %1: %2.</translation>
        </message>
    </context>
    <context>
        <name>ValueDiffView</name>
        <message>
            <source>NULL</source>
            <translation>NULL</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n byte(s), in hex</source>
            <translation>
                <numerusform>%1 · %n byte, in hex</numerusform>
                <numerusform>%1 · %n bytes, in hex</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>JSON, pretty-printed · %n character(s)</source>
            <translation>
                <numerusform>JSON, pretty-printed · %n character</numerusform>
                <numerusform>JSON, pretty-printed · %n characters</numerusform>
            </translation>
        </message>
        <message>
            <source>The first %1 of %2 characters are shown.</source>
            <translation>The first %1 of %2 characters are shown.</translation>
        </message>
        <message>
            <source>%1 · empty string</source>
            <translation>%1 · empty string</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %2 · %n character(s)</source>
            <translation>
                <numerusform>%1 · %2 · %n character</numerusform>
                <numerusform>%1 · %2 · %n characters</numerusform>
            </translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Not in the source</source>
            <translation>Not in the source</translation>
        </message>
        <message>
            <source>Not in the target</source>
            <translation>Not in the target</translation>
        </message>
    </context>
    <context>
        <name>ValueFormat</name>
        <message>
            <source>These bytes are not valid %1 text; shown as bytes.</source>
            <translation>These bytes are not valid %1 text; shown as bytes.</translation>
        </message>
        <message>
            <source>The character set %1 cannot be decoded here; shown as bytes.</source>
            <translation>The character set %1 cannot be decoded here; shown as bytes.</translation>
        </message>
        <message>
            <source>... %1 more bytes</source>
            <translation>... %1 more bytes</translation>
        </message>
    </context>
    <context>
        <name>VerifyCommand</name>
        <message>
            <source>Check that a sync left both sides equal (exit 0 identical, 1 differences, 2 error)</source>
            <translation>Check that a sync left both sides equal (exit 0 identical, 1 differences, 2 error)</translation>
        </message>
        <message>
            <source>Run the checksum compare again over the tables a sync run wrote (--run) or the tables the filters select, and report whether they are identical now.</source>
            <translation>Run the checksum compare again over the tables a sync run wrote (--run) or the tables the filters select, and report whether they are identical now.</translation>
        </message>
        <message>
            <source>Source (optional with --run: the run's own).</source>
            <translation>Source (optional with --run: the run's own).</translation>
        </message>
        <message>
            <source>Target (optional with --run: the run's own).</source>
            <translation>Target (optional with --run: the run's own).</translation>
        </message>
        <message>
            <source>Verify the tables this sync run wrote, with its filters.</source>
            <translation>Verify the tables this sync run wrote, with its filters.</translation>
        </message>
        <message>
            <source>Run %1 wrote no table: nothing to verify.</source>
            <translation>Run %1 wrote no table: nothing to verify.</translation>
        </message>
        <message>
            <source>verify needs a source and a target.</source>
            <translation>verify needs a source and a target.</translation>
        </message>
        <message>
            <source>Give SRC and DST, --run RUN_ID or --project FILE.</source>
            <translation>Give SRC and DST, --run RUN_ID or --project FILE.</translation>
        </message>
        <message>
            <source>The endpoint "%1" names no database.</source>
            <translation>The endpoint "%1" names no database.</translation>
        </message>
        <message>
            <source>Verified %1 -&gt; %2</source>
            <translation>Verified %1 -&gt; %2</translation>
        </message>
        <message>
            <source>Identical: every verified table has the same rows on both sides.</source>
            <translation>Identical: every verified table has the same rows on both sides.</translation>
        </message>
        <message>
            <source>error: %1: %2</source>
            <translation>error: %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Differences remain in %n table(s).</source>
            <translation>
                <numerusform>Differences remain in %n table.</numerusform>
                <numerusform>Differences remain in %n tables.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Identical except %n row(s) left out of the sync by choice.</source>
            <translation>
                <numerusform>Identical except %n row left out of the sync by choice.</numerusform>
                <numerusform>Identical except %n rows left out of the sync by choice.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VerifyJob</name>
        <message>
            <source>There is no sync run %1 on this machine.</source>
            <translation>There is no sync run %1 on this machine.</translation>
        </message>
        <message>
            <source>Run %1 is not a sync run (or it never got to writing).</source>
            <translation>Run %1 is not a sync run (or it never got to writing).</translation>
        </message>
        <message>
            <source>Give the tables with --tables instead.</source>
            <translation>Give the tables with --tables instead.</translation>
        </message>
    </context>
</TS>
