<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SyncStudio</source>
        <translation>关于 SyncStudio</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>SyncStudio compares two MySQL or MariaDB databases, shows the differences in schema and data side by side, and synchronizes the target from your workstation under supervision: source reads never lock, every write is checked against what the comparison saw, and each sync can be rolled back to the backup point taken just before it. Passwords stay in the system keychain.</source>
        <translation>SyncStudio 可比较两个 MySQL 或 MariaDB 数据库，并排显示结构和数据的差异，并在您的工作站上以受监督的方式同步目标库：读取源端从不加锁，每次写入都会与比较时看到的数据进行核对，每次同步都可以回滚到同步前创建的备份点。密码保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Copyright © 2026 the SyncStudio developers. Released under the GNU General Public License, version 3 or later; it comes with no warranty.</source>
        <translation>版权所有 © 2026 SyncStudio 开发者。依据 GNU 通用公共许可证（GNU General Public License）第 3 版或更高版本发布；不提供任何担保。</translation>
    </message>
    <message>
        <source>&amp;Copy Version Information</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（基于 %2 构建）</translation>
    </message>
    <message>
        <source>MariaDB Connector/C %1</source>
        <translation>MariaDB Connector/C %1</translation>
    </message>
</context>
<context>
    <name>AppStore</name>
    <message>
        <source>No folder for SyncStudio&apos;s data: the system reports no application data location.</source>
        <translation>没有可用于存放 SyncStudio 数据的文件夹：系统未提供应用程序数据位置。</translation>
    </message>
    <message>
        <source>Set SYNCSTUDIO_HOME to a writable folder.</source>
        <translation>请将 SYNCSTUDIO_HOME 设置为可写的文件夹。</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for SyncStudio&apos;s data.</source>
        <translation>无法创建用于存放 SyncStudio 数据的文件夹 %1。</translation>
    </message>
    <message>
        <source>Check the permissions of its parent folder, or set SYNCSTUDIO_HOME to a writable folder.</source>
        <translation>请检查其父文件夹的权限，或将 SYNCSTUDIO_HOME 设置为可写的文件夹。</translation>
    </message>
    <message>
        <source>Could not open %1: the Qt SQLite driver (QSQLITE) is not available.</source>
        <translation>无法打开 %1：Qt SQLite 驱动 (QSQLITE) 不可用。</translation>
    </message>
    <message>
        <source>Install the Qt SQL SQLite plugin that matches this Qt version.</source>
        <translation>请安装与当前 Qt 版本匹配的 Qt SQL SQLite 插件。</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Could not configure the connection</source>
        <translation>无法配置连接</translation>
    </message>
    <message>
        <source>%1 is not a SyncStudio data file, or it is damaged (%2).</source>
        <translation>%1 不是 SyncStudio 数据文件，或已损坏 (%2)。</translation>
    </message>
    <message>
        <source>Move it away, or set SYNCSTUDIO_HOME to another folder.</source>
        <translation>请将其移走，或将 SYNCSTUDIO_HOME 设置为其他文件夹。</translation>
    </message>
    <message>
        <source>%1 was written by a newer SyncStudio (schema version %2; this version understands up to %3). It was left untouched.</source>
        <translation>%1 由更新版本的 SyncStudio 写入（结构版本 %2；当前版本最高支持 %3）。未对其做任何改动。</translation>
    </message>
    <message>
        <source>Use the newer SyncStudio, or set SYNCSTUDIO_HOME to another folder.</source>
        <translation>请使用更新版本的 SyncStudio，或将 SYNCSTUDIO_HOME 设置为其他文件夹。</translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one SyncStudio made. It was left untouched.</source>
        <translation>%1 是 SQLite 数据库，但并非由 SyncStudio 创建。未对其做任何改动。</translation>
    </message>
    <message>
        <source>Could not switch the file to WAL mode</source>
        <translation>无法将文件切换到 WAL 模式</translation>
    </message>
    <message>
        <source>Could not upgrade the schema to version %1 (%2)</source>
        <translation>无法将结构升级到版本 %1 (%2)</translation>
    </message>
    <message>
        <source>The file was left at its previous version. Make a copy of it and report the problem; set SYNCSTUDIO_HOME to another folder to start afresh.</source>
        <translation>文件仍保持原版本。请先复制一份并报告此问题；如需重新开始，请将 SYNCSTUDIO_HOME 设置为其他文件夹。</translation>
    </message>
    <message>
        <source>The store %1 was used from a thread that did not open it.</source>
        <translation>存储 %1 被一个并未打开它的线程使用。</translation>
    </message>
    <message>
        <source>Open a separate AppStore in each thread with AppStore::open(path).</source>
        <translation>请在每个线程中使用 AppStore::open(path) 分别打开一个 AppStore。</translation>
    </message>
    <message>
        <source>%1: %2 (file %3)</source>
        <translation>%1：%2（文件 %3）</translation>
    </message>
    <message>
        <source>Another SyncStudio window or command is writing to it; try again when it is done.</source>
        <translation>另一个 SyncStudio 窗口或命令正在写入该文件；请在其完成后重试。</translation>
    </message>
    <message>
        <source>Check that %1 is writable and the disk is not full, or set SYNCSTUDIO_HOME to another folder.</source>
        <translation>请检查 %1 是否可写、磁盘是否已满，或将 SYNCSTUDIO_HOME 设置为其他文件夹。</translation>
    </message>
    <message>
        <source>Could not read the schema version</source>
        <translation>无法读取结构版本</translation>
    </message>
    <message>
        <source>Could not read the profiles</source>
        <translation>无法读取连接配置</translation>
    </message>
    <message>
        <source>No saved profile %1.</source>
        <translation>没有已保存的连接配置 %1。</translation>
    </message>
    <message>
        <source>List the saved profiles with &quot;syncstudio-cli profile list&quot;.</source>
        <translation>使用 &quot;syncstudio-cli profile list&quot; 列出已保存的连接配置。</translation>
    </message>
    <message>
        <source>Could not read profile %1</source>
        <translation>无法读取连接配置 %1</translation>
    </message>
    <message>
        <source>No saved profile has the id %1.</source>
        <translation>没有 ID 为 %1 的已保存连接配置。</translation>
    </message>
    <message>
        <source>No saved profile is named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存连接配置。</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>连接配置需要名称。</translation>
    </message>
    <message>
        <source>Give the profile a short name, e.g. &quot;prod&quot;.</source>
        <translation>请为连接配置起一个简短的名称，例如“prod”。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the port %2 is not between 1 and 65535.</source>
        <translation>连接配置“%1”：端口 %2 不在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>Could not save profile &quot;%1&quot;</source>
        <translation>无法保存连接配置“%1”</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的连接配置已存在。</translation>
    </message>
    <message>
        <source>Profile names are unique regardless of case: choose another name, or edit &quot;%1&quot;.</source>
        <translation>连接配置名称不区分大小写且必须唯一：请另选名称，或编辑“%1”。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (id %2) is no longer in the store: it was removed meanwhile.</source>
        <translation>连接配置“%1”（ID %2）已不在存储中：它已在此期间被删除。</translation>
    </message>
    <message>
        <source>Could not remove profile %1</source>
        <translation>无法删除连接配置 %1</translation>
    </message>
    <message>
        <source>Could not read the setting %1</source>
        <translation>无法读取设置 %1</translation>
    </message>
    <message>
        <source>Could not save the setting %1</source>
        <translation>无法保存设置 %1</translation>
    </message>
    <message>
        <source>The setting %1 takes a %2, not a %3.</source>
        <translation>设置 %1 的值应为 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>Could not reset the setting %1</source>
        <translation>无法重置设置 %1</translation>
    </message>
    <message>
        <source>Could not read the recent projects</source>
        <translation>无法读取最近的项目</translation>
    </message>
    <message>
        <source>Could not record the recent project %1</source>
        <translation>无法记录最近的项目 %1</translation>
    </message>
    <message>
        <source>Could not trim the recent projects</source>
        <translation>无法清理最近的项目列表</translation>
    </message>
    <message>
        <source>Could not forget the recent project %1</source>
        <translation>无法移除最近的项目 %1</translation>
    </message>
    <message>
        <source>Could not start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>Could not commit</source>
        <translation>无法提交</translation>
    </message>
    <message>
        <source>Could not roll back</source>
        <translation>无法回滚</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Compare and synchronize MySQL and MariaDB databases.</source>
        <translation>比较并同步 MySQL 和 MariaDB 数据库。</translation>
    </message>
    <message>
        <source>SyncStudio Cannot Start</source>
        <translation>SyncStudio 无法启动</translation>
    </message>
    <message>
        <source>SyncStudio could not open its data file at %1.</source>
        <translation>SyncStudio 无法打开位于 %1 的数据文件。</translation>
    </message>
</context>
<context>
    <name>Applier</name>
    <message>
        <source>The write session could not be prepared; check that the account may set session variables.</source>
        <translation>无法准备写入会话；请检查该账户是否有权设置会话变量。</translation>
    </message>
    <message>
        <source>The connection to the target was lost.</source>
        <translation>与目标的连接已断开。</translation>
    </message>
    <message>
        <source>Reconnected to %1.</source>
        <translation>已重新连接到 %1。</translation>
    </message>
    <message>
        <source>Reconnecting to %1 failed (%2 of %3): %4</source>
        <translation>重新连接到 %1 失败（第 %2 次，共 %3 次）：%4</translation>
    </message>
    <message>
        <source>The target could not be reached again. The run is partial: every batch before the current one is committed and backed up. Resume it once the server is back.</source>
        <translation>无法再次连接到目标。本次运行未完成：当前批次之前的所有批次均已提交并备份。请在服务器恢复后续跑。</translation>
    </message>
    <message>
        <source>The sync plan is inconsistent: %1.</source>
        <translation>同步计划不一致：%1。</translation>
    </message>
    <message>
        <source>This is a bug in the code that built the plan; nothing was written.</source>
        <translation>这是生成该计划的代码中的缺陷；未写入任何内容。</translation>
    </message>
    <message>
        <source>a key has %1 values, the table&apos;s key %2 columns</source>
        <translation>键有 %1 个值，而表的键有 %2 列</translation>
    </message>
    <message>
        <source>a key holds NULL</source>
        <translation>键包含 NULL</translation>
    </message>
    <message>
        <source>the row %1 has no complete before-image</source>
        <translation>行 %1 没有完整的前镜像</translation>
    </message>
    <message>
        <source>the row %1 has no complete new image</source>
        <translation>行 %1 没有完整的新镜像</translation>
    </message>
    <message>
        <source>The row %1 needs a %2 %3 statement, more than the target&apos;s max_allowed_packet (%4) allows. Nothing was written.</source>
        <translation>行 %1 需要一条 %2 %3 语句，超出了目标 max_allowed_packet (%4) 的允许值。未写入任何内容。</translation>
    </message>
    <message>
        <source>Raise max_allowed_packet on the target (SET GLOBAL max_allowed_packet = %1, then reconnect), or exclude this row from the sync.</source>
        <translation>请调大目标上的 max_allowed_packet（SET GLOBAL max_allowed_packet = %1，然后重新连接），或将此行排除在同步之外。</translation>
    </message>
    <message>
        <source>A dry run cannot continue a run.</source>
        <translation>试运行无法续跑已有的运行。</translation>
    </message>
    <message>
        <source>Leave out --dry-run to resume run %1.</source>
        <translation>去掉 --dry-run 以续跑运行 %1。</translation>
    </message>
    <message>
        <source>The run %1 has finished (%2): there is nothing to resume.</source>
        <translation>运行 %1 已结束 (%2)：没有可续跑的内容。</translation>
    </message>
    <message>
        <source>Start a new run instead.</source>
        <translation>请改为开始新的运行。</translation>
    </message>
    <message>
        <source>The run %1 did not include this table.</source>
        <translation>运行 %1 不包含此表。</translation>
    </message>
    <message>
        <source>The table is not as it was when run %1 started: %2.</source>
        <translation>此表已与运行 %1 开始时不同：%2。</translation>
    </message>
    <message>
        <source>Resume with the plan the run started with, or start a new run.</source>
        <translation>请使用该运行开始时的计划续跑，或开始新的运行。</translation>
    </message>
    <message>
        <source>Resuming run %1: %2 rows already settled, %3 to go.</source>
        <translation>正在续跑运行 %1：%2 行已处理完毕，还剩 %3 行。</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>没有需要写入的内容。</translation>
    </message>
    <message>
        <source>SyncStudio dry run: the statements a sync would send to %1, batch by batch.</source>
        <translation>SyncStudio 试运行：同步将逐批次发送到 %1 的语句。</translation>
    </message>
    <message>
        <source>Each batch is one transaction; its guard locks the rows and checks that each still reads as shown, and only then writes.</source>
        <translation>每个批次为一个事务；其保护机制会先锁定这些行并检查每行是否仍与显示的一致，然后才写入。</translation>
    </message>
    <message>
        <source>Run by hand, this script has no guard: it overwrites rows changed since the compare.</source>
        <translation>手动运行时，此脚本没有保护机制：它会覆盖比较之后被修改过的行。</translation>
    </message>
    <message>
        <source>Cannot write the SQL script: %1</source>
        <translation>无法写入 SQL 脚本：%1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>cancelled; resume run %1 to finish it</source>
        <translation>已取消；续跑运行 %1 以完成</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) left unwritten</source>
        <translation>
            <numerusform>%n 个冲突未写入</numerusform>
        </translation>
    </message>
    <message>
        <source>The run journal rows of %1 could not be removed (harmless): %2</source>
        <translation>无法删除 %1 的运行日志行（无害）：%2</translation>
    </message>
    <message>
        <source>Batch %1 of %2: %3; writing it row by row, guarded.</source>
        <translation>批次 %1/%2：%3；正在逐行进行受保护写入。</translation>
    </message>
    <message>
        <source>The connection was lost during batch %1 of %2 (%3); reconnecting.</source>
        <translation>批次 %1/%2 执行期间连接断开 (%3)；正在重新连接。</translation>
    </message>
    <message>
        <source>Batch %1 had committed before the connection was lost.</source>
        <translation>批次 %1 在连接断开前已提交。</translation>
    </message>
    <message>
        <source>Batch %1 did not commit; running it again.</source>
        <translation>批次 %1 未提交；正在重新执行。</translation>
    </message>
    <message>
        <source>Batch %1 of %2: %3; retrying in %4 ms.</source>
        <translation>批次 %1/%2：%3；%4 毫秒后重试。</translation>
    </message>
    <message>
        <source>Other sessions kept the rows locked through %1 attempts; run the sync again when the target is quieter.</source>
        <translation>其他会话在 %1 次尝试中始终锁定着这些行；请在目标较空闲时重新运行同步。</translation>
    </message>
    <message>
        <source>A foreign key refused the write: rows of a table outside the sync refer to these rows, or the tables&apos; keys refer to each other in a cycle. Include the other table in the sync, or run with foreign key checks off.</source>
        <translation>外键拒绝了写入：同步范围之外的表中有行引用了这些行，或这些表的键之间存在循环引用。请将另一张表加入同步，或在关闭外键检查的情况下运行。</translation>
    </message>
    <message>
        <source>Row %1 of %2 reads back differently from what was written (a trigger or a type conversion changed it).</source>
        <translation>%2 中的行 %1 回读的内容与写入的不同（被触发器或类型转换修改）。</translation>
    </message>
    <message>
        <source>%1 of %2 rows were inserted (keys that exist now)</source>
        <translation>%2 行中有 %1 行已被插入（这些键现已存在）</translation>
    </message>
    <message>
        <source>the server warned: %1</source>
        <translation>服务器警告：%1</translation>
    </message>
    <message>
        <source>The %1 changed %2 rows where %3 were expected; the batch was rolled back.</source>
        <translation>%1 修改了 %2 行，而预期为 %3 行；该批次已回滚。</translation>
    </message>
    <message>
        <source>The table may have changed its keys or have a trigger that removes rows; compare again.</source>
        <translation>该表的键可能已更改，或存在会删除行的触发器；请重新比较。</translation>
    </message>
    <message>
        <source>%1: %2; copying it in batches instead.</source>
        <translation>%1：%2；改为分批复制。</translation>
    </message>
    <message>
        <source>the connection was lost during the load (%1)</source>
        <translation>加载期间连接断开（%1）</translation>
    </message>
    <message>
        <source>%1: %2; replacing it with INSERTs instead.</source>
        <translation>%1：%2；改为使用 INSERT 进行替换。</translation>
    </message>
    <message>
        <source>The connection was lost while replacing %1 (%2); reconnecting.</source>
        <translation>替换 %1 时连接断开（%2）；正在重新连接。</translation>
    </message>
    <message>
        <source>The replace of %1 did not commit; the table kept its old contents. Running it again.</source>
        <translation>%1 的替换未提交；该表保留了原有内容。正在重新执行。</translation>
    </message>
    <message>
        <source>The replace of %1 had committed before the connection was lost.</source>
        <translation>%1 的替换在连接断开之前已提交。</translation>
    </message>
    <message>
        <source>Replacing %1: %2; retrying in %3 ms.</source>
        <translation>替换 %1：%2；将在 %3 毫秒后重试。</translation>
    </message>
    <message>
        <source>%1: replaced %2 rows with %3.</source>
        <translation>%1：已将 %2 行替换为 %3 行。</translation>
    </message>
    <message>
        <source>The table changed after the sync wrote it (it had %1 rows then, %2 now, and its checksum differs), so its old contents were not put back. Nothing of it was written.</source>
        <translation>该表在同步写入之后发生了变化（当时有 %1 行，现在有 %2 行，且校验和不同），因此未恢复其原有内容。未对该表写入任何内容。</translation>
    </message>
    <message>
        <source>Undo the later changes and roll back again, or restore the rows from the backup&apos;s export (syncstudio-cli backups export).</source>
        <translation>请撤销之后的更改并再次回滚，或从备份的导出结果中恢复这些行（syncstudio-cli backups export）。</translation>
    </message>
    <message>
        <source>The table changed after it was compared (it had %1 rows then, %2 now, and its checksum differs), so its contents were not replaced. Nothing of it was written.</source>
        <translation>该表在比较之后发生了变化（当时有 %1 行，现在有 %2 行，且校验和不同），因此未替换其内容。未对该表写入任何内容。</translation>
    </message>
    <message>
        <source>Compare again and sync, or leave the table out.</source>
        <translation>请重新比较后再同步，或将该表排除。</translation>
    </message>
    <message>
        <source>The DELETE removed %1 rows where %2 were locked; the replace was rolled back.</source>
        <translation>DELETE 删除了 %1 行，而锁定的是 %2 行；替换已回滚。</translation>
    </message>
    <message>
        <source>A trigger may have changed the table; compare again.</source>
        <translation>可能有触发器修改了该表；请重新比较。</translation>
    </message>
    <message>
        <source>A row of the source needs a %1 INSERT statement, more than the target&apos;s max_allowed_packet (%2) allows. The replace was rolled back.</source>
        <translation>源中的某一行需要一条 %1 的 INSERT 语句，超出了目标 max_allowed_packet (%2) 的允许值。替换已回滚。</translation>
    </message>
    <message>
        <source>Raise max_allowed_packet on the target (SET GLOBAL max_allowed_packet = %1, then reconnect).</source>
        <translation>请调大目标上的 max_allowed_packet（SET GLOBAL max_allowed_packet = %1，然后重新连接）。</translation>
    </message>
    <message>
        <source>%1 of %2 rows were loaded</source>
        <translation>已加载 %1/%2 行</translation>
    </message>
    <message>
        <source>The batches committed before the stop are in backup point %1, so the run can be resumed or rolled back.</source>
        <translation>停止前已提交的批次保存在备份点 %1 中，因此该运行可以续跑或回滚。</translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Check that the file is writable and the disk is not full.</source>
        <translation>请检查该文件是否可写、磁盘是否已满。</translation>
    </message>
    <message>
        <source>Cannot create the backups folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Check the permissions of the SyncStudio data folder.</source>
        <translation>请检查 SyncStudio 数据文件夹的权限。</translation>
    </message>
    <message>
        <source>Cannot register the backup point</source>
        <translation>无法登记备份点</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Check the permissions of the backups folder.</source>
        <translation>请检查备份文件夹的权限。</translation>
    </message>
    <message>
        <source>Cannot find a free id for a new backup point.</source>
        <translation>找不到可用于新备份点的空闲 ID。</translation>
    </message>
    <message>
        <source>Cannot update the backup point %1</source>
        <translation>无法更新备份点 %1</translation>
    </message>
    <message>
        <source>There is no backup point %1.</source>
        <translation>不存在备份点 %1。</translation>
    </message>
    <message>
        <source>Cannot read the backup catalog</source>
        <translation>无法读取备份目录</translation>
    </message>
    <message>
        <source>List them with syncstudio-cli backups list.</source>
        <translation>使用 syncstudio-cli backups list 列出备份点。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 backup points.</source>
        <translation>“%1”匹配到 %2 个备份点。</translation>
    </message>
    <message>
        <source>Give more of the id.</source>
        <translation>请输入更完整的 ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup point id.</source>
        <translation>“%1”不是备份点 ID。</translation>
    </message>
    <message>
        <source>Cannot delete the folder %1.</source>
        <translation>无法删除文件夹 %1。</translation>
    </message>
    <message>
        <source>Check its permissions, delete it by hand, then run the command again.</source>
        <translation>请检查其权限，手动删除后再次运行该命令。</translation>
    </message>
    <message>
        <source>Cannot delete the backup point %1</source>
        <translation>无法删除备份点 %1</translation>
    </message>
</context>
<context>
    <name>BackupFormat</name>
    <message>
        <source>its CRC-32 does not match</source>
        <translation>其 CRC-32 不匹配</translation>
    </message>
    <message>
        <source>it does not decompress</source>
        <translation>无法解压</translation>
    </message>
    <message>
        <source>its SHA-256 does not match</source>
        <translation>其 SHA-256 不匹配</translation>
    </message>
</context>
<context>
    <name>BackupPointsModel</name>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>已回滚</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Schema sync</source>
        <translation>结构同步</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (已过期)</translation>
    </message>
    <message>
        <source>Backup point %1, taken %2</source>
        <translation>备份点 %1，创建于 %2</translation>
    </message>
    <message>
        <source>%1 inserted, %2 updated, %3 deleted by the run</source>
        <translation>本次运行插入 %1 行，更新 %2 行，删除 %3 行</translation>
    </message>
    <message numerus="yes">
        <source>Older than the retention of %n day(s): offered for deletion.</source>
        <translation>
            <numerusform>已超过 %n 天的保留期限：可删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The run did not finish; the rows it wrote can still be rolled back.</source>
        <translation>该运行未完成；其已写入的行仍可回滚。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>BackupPointsView</name>
    <message>
        <source>Roll Back…</source>
        <translation>回滚…</translation>
    </message>
    <message>
        <source>Put the target back as it was before this run, guarded and verified</source>
        <translation>将目标恢复到本次运行之前的状态，采用受保护写入并进行校验</translation>
    </message>
    <message>
        <source>Export SQL…</source>
        <translation>导出 SQL…</translation>
    </message>
    <message>
        <source>Write the statements the rollback would run to a SQL file, for reading or emergencies</source>
        <translation>将回滚要执行的语句写入 SQL 文件，供查阅或应急使用</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this backup point and its files; it can no longer be rolled back</source>
        <translation>删除此备份点及其文件；之后将无法再回滚</translation>
    </message>
    <message>
        <source>Reveal Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Open the folder holding this backup point&apos;s files</source>
        <translation>打开存放此备份点文件的文件夹</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the backup points again</source>
        <translation>重新读取备份点</translation>
    </message>
    <message>
        <source>Delete Expired…</source>
        <translation>删除过期备份点…</translation>
    </message>
    <message>
        <source>Delete the backup points older than the retention setting</source>
        <translation>删除超过保留期限设置的备份点</translation>
    </message>
    <message>
        <source>Filter by id, endpoint or table</source>
        <translation>按 ID、端点或表筛选</translation>
    </message>
    <message>
        <source>All backup points</source>
        <translation>全部备份点</translation>
    </message>
    <message>
        <source>Not rolled back</source>
        <translation>未回滚</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>已回滚</translation>
    </message>
    <message>
        <source>Past retention</source>
        <translation>已超过保留期限</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>包含内容</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No Backup Points Yet</source>
        <translation>尚无备份点</translation>
    </message>
    <message>
        <source>Every sync, schema sync and rollback takes a backup point before it writes: the rows and definitions it changes, as they were. They appear here, ready to be rolled back.</source>
        <translation>每次同步、结构同步和回滚在写入之前都会创建备份点，保存将被更改的行和定义的原始状态。备份点会显示在这里，可随时回滚。</translation>
    </message>
    <message>
        <source>Backup Points Not Read</source>
        <translation>无法读取备份点</translation>
    </message>
    <message>
        <source>Delete Expired (%1)…</source>
        <translation>删除过期备份点 (%1)…</translation>
    </message>
    <message>
        <source>No backup point selected</source>
        <translation>未选择备份点</translation>
    </message>
    <message>
        <source>Rollback of %1 on %2</source>
        <translation>在 %2 上回滚 %1</translation>
    </message>
    <message>
        <source>Schema sync into %1</source>
        <translation>结构同步到 %1</translation>
    </message>
    <message>
        <source>Sync into %1</source>
        <translation>同步到 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, past the retention of %n day(s)</source>
        <translation>
            <numerusform>%1，已超过 %n 天的保留期限</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>%1 inserted, %2 updated, %3 deleted, %4 conflict(s)</source>
        <translation>插入 %1 行，更新 %2 行，删除 %3 行，%4 个冲突</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>✓ Files intact: every checksum matches.</source>
        <translation>✓ 文件完好：所有校验和均匹配。</translation>
    </message>
    <message>
        <source>✗ Files damaged or missing: %1</source>
        <translation>✗ 文件损坏或缺失：%1</translation>
    </message>
    <message>
        <source>Select a backup point first.</source>
        <translation>请先选择一个备份点。</translation>
    </message>
    <message>
        <source>A rollback is running.</source>
        <translation>正在进行回滚。</translation>
    </message>
    <message>
        <source>Already rolled back. Its rollback is a backup point of its own: roll that back to redo the run.</source>
        <translation>已回滚。该回滚本身也有一个备份点：回滚该备份点即可重做此次运行。</translation>
    </message>
    <message>
        <source>Its files are damaged: it cannot be rolled back.</source>
        <translation>其文件已损坏：无法回滚。</translation>
    </message>
    <message>
        <source>Rollback Not Possible</source>
        <translation>无法回滚</translation>
    </message>
    <message>
        <source>Reading the connection details of %1…</source>
        <translation>正在读取 %1 的连接信息…</translation>
    </message>
    <message>
        <source>Rollback not started</source>
        <translation>回滚未启动</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>已暂停 — %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1/%2 行</translation>
    </message>
    <message>
        <source>Rollback of %1</source>
        <translation>回滚 %1</translation>
    </message>
    <message>
        <source>Rolled back and verified</source>
        <translation>已回滚并通过校验</translation>
    </message>
    <message>
        <source>Rolled back, with differences</source>
        <translation>已回滚，但存在差异</translation>
    </message>
    <message>
        <source>Rollback cancelled</source>
        <translation>回滚已取消</translation>
    </message>
    <message>
        <source>It stopped between batches and left the target consistent. Roll back again to finish: it continues where it stopped.</source>
        <translation>回滚在批次之间停止，目标保持一致状态。再次回滚即可完成：将从停止处继续。</translation>
    </message>
    <message>
        <source>Rollback failed</source>
        <translation>回滚失败</translation>
    </message>
    <message>
        <source>Password Needed</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>No keychain is reachable, so the password of %1 is not stored.
Password for %2:</source>
        <translation>无法访问系统钥匙串，因此未保存 %1 的密码。
%2 的密码：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>未提供 %1 的密码。</translation>
    </message>
    <message>
        <source>Cancelling at the next safe point…</source>
        <translation>将在下一个安全点取消…</translation>
    </message>
    <message>
        <source>rollback-%1.sql</source>
        <translation>rollback-%1.sql</translation>
    </message>
    <message>
        <source>Export Rollback Script</source>
        <translation>导出回滚脚本</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL 脚本 (*.sql);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Script Not Exported</source>
        <translation>脚本未导出</translation>
    </message>
    <message>
        <source>Delete Backup Point</source>
        <translation>删除备份点</translation>
    </message>
    <message numerus="yes">
        <source>Delete backup point %1 (%2, %n row(s))?</source>
        <translation>
            <numerusform>删除备份点 %1（%2，%n 行）？</numerusform>
        </translation>
    </message>
    <message>
        <source>Its files are deleted and it can no longer be rolled back. The target is not touched.</source>
        <translation>其文件将被删除，之后无法再回滚。目标不受影响。</translation>
    </message>
    <message>
        <source>Its run did not finish, so it could still be resumed or rolled back.</source>
        <translation>其运行尚未完成，仍可续跑或回滚。</translation>
    </message>
    <message>
        <source>Backup Point Not Deleted</source>
        <translation>备份点未删除</translation>
    </message>
    <message>
        <source>Delete Expired Backup Points</source>
        <translation>删除过期备份点</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n backup point(s) older than %1 day(s)?</source>
        <translation>
            <numerusform>删除 %n 个超过 %1 天的备份点？</numerusform>
        </translation>
    </message>
    <message>
        <source>Their files are deleted and they can no longer be rolled back. The targets are not touched. The retention is set in Preferences.</source>
        <translation>其文件将被删除，之后无法再回滚。目标不受影响。保留期限可在“首选项”中设置。</translation>
    </message>
</context>
<context>
    <name>BackupReader</name>
    <message>
        <source>The backup file %1 is damaged at byte %2: %3.</source>
        <translation>备份文件 %1 在第 %2 字节处损坏：%3。</translation>
    </message>
    <message>
        <source>Nothing was changed on the target. Restore the file from a copy of the backups folder if you have one; this backup point cannot be used as it is.</source>
        <translation>未对目标做任何更改。如果您有备份文件夹的副本，请从中恢复该文件；此备份点无法按原样使用。</translation>
    </message>
    <message>
        <source>Cannot read the backup file %1: %2.</source>
        <translation>无法读取备份文件 %1：%2。</translation>
    </message>
    <message>
        <source>Check that the backups folder is intact and readable.</source>
        <translation>请检查备份文件夹是否完整且可读。</translation>
    </message>
    <message>
        <source>it is not a SyncStudio backup file</source>
        <translation>它不是 SyncStudio 备份文件</translation>
    </message>
    <message>
        <source>The backup file %1 was written by a newer SyncStudio.</source>
        <translation>备份文件 %1 由更新版本的 SyncStudio 写入。</translation>
    </message>
    <message>
        <source>Use the newer SyncStudio to roll it back.</source>
        <translation>请使用更新版本的 SyncStudio 进行回滚。</translation>
    </message>
    <message>
        <source>the header chunk is missing</source>
        <translation>缺少头部分块</translation>
    </message>
    <message>
        <source>the header is not readable (%1)</source>
        <translation>头部无法读取 (%1)</translation>
    </message>
    <message>
        <source>the file ends inside a chunk header</source>
        <translation>文件在某个分块头内部结束</translation>
    </message>
    <message>
        <source>a chunk header is not valid</source>
        <translation>某个分块头无效</translation>
    </message>
    <message>
        <source>the file ends inside a chunk</source>
        <translation>文件在某个分块内部结束</translation>
    </message>
    <message>
        <source>there is data after the end of the backup</source>
        <translation>备份结束之后还有数据</translation>
    </message>
    <message>
        <source>a second header chunk</source>
        <translation>出现第二个头部分块</translation>
    </message>
    <message>
        <source>a batch names table %1, which the header does not list</source>
        <translation>某个批次指向表 %1，但头部中未列出该表</translation>
    </message>
    <message>
        <source>a marker for batch %1, which the file does not hold</source>
        <translation>存在批次 %1 的标记，但文件中不包含该批次</translation>
    </message>
    <message>
        <source>the digest in the trailer does not match the chunks before it</source>
        <translation>尾部中的摘要与其前面的分块不匹配</translation>
    </message>
    <message>
        <source>the file is cut short: the end of the backup is missing</source>
        <translation>文件被截断：缺少备份的结尾</translation>
    </message>
    <message>
        <source>its digest does not match the one recorded when it was written</source>
        <translation>其摘要与写入时记录的摘要不匹配</translation>
    </message>
    <message>
        <source>a batch without a record count</source>
        <translation>某个批次缺少记录数</translation>
    </message>
    <message>
        <source>record %1 of batch %2 is not readable</source>
        <translation>批次 %2 的记录 %1 无法读取</translation>
    </message>
</context>
<context>
    <name>BackupScript</name>
    <message>
        <source>Cannot write the script: %1.</source>
        <translation>无法写入脚本：%1。</translation>
    </message>
    <message>
        <source>SyncStudio backup point %1 (%2 run)</source>
        <translation>SyncStudio 备份点 %1（%2 运行）</translation>
    </message>
    <message>
        <source>Created %1; source %2; target %3</source>
        <translation>创建于 %1；源 %2；目标 %3</translation>
    </message>
    <message>
        <source>These are the statements a rollback of this backup point runs, in its order. A rollback</source>
        <translation>以下是回滚此备份点时按顺序执行的语句。回滚时，</translation>
    </message>
    <message>
        <source>writes a row only while the target row still equals the image in the comment above it,</source>
        <translation>仅当目标行仍与其上方注释中的镜像一致时才会写入该行，</translation>
    </message>
    <message>
        <source>and reports a conflict otherwise; this script has no such guard. Prefer</source>
        <translation>否则报告冲突；此脚本没有这种保护机制。建议优先使用</translation>
    </message>
    <message>
        <source>The run did not finish: only its committed batches are included.</source>
        <translation>该运行未完成：仅包含其已提交的批次。</translation>
    </message>
    <message>
        <source>remove the rows the run inserted</source>
        <translation>删除该运行插入的行</translation>
    </message>
    <message>
        <source>restore the rows the run updated</source>
        <translation>恢复该运行更新的行</translation>
    </message>
    <message>
        <source>insert again the rows the run deleted</source>
        <translation>重新插入该运行删除的行</translation>
    </message>
    <message>
        <source>expects</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>expects no row with</source>
        <translation>预期不存在以下行：</translation>
    </message>
    <message>
        <source>end of backup point %1</source>
        <translation>备份点 %1 结束</translation>
    </message>
    <message>
        <source>expects the row as the run inserted it (digest %1)</source>
        <translation>期望的是本次运行插入时的行（摘要 %1）</translation>
    </message>
    <message>
        <source>%1: no key: put back its old contents, which the run replaced whole</source>
        <translation>%1：无键：恢复其原有内容（该运行曾整体替换此表）</translation>
    </message>
</context>
<context>
    <name>BackupTarget</name>
    <message>
        <source>Backup point %1 does not record its target.</source>
        <translation>备份点 %1 未记录其目标。</translation>
    </message>
    <message>
        <source>Give the target with --target ENDPOINT.</source>
        <translation>请使用 --target ENDPOINT 指定目标。</translation>
    </message>
    <message>
        <source>The target recorded in the backup point, &quot;%1&quot;, is not usable; give it with --target ENDPOINT.</source>
        <translation>备份点中记录的目标“%1”不可用；请使用 --target ENDPOINT 指定。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;, the target of backup point %2.</source>
        <translation>不存在名为“%1”的连接配置（备份点 %2 的目标）。</translation>
    </message>
    <message>
        <source>Create a profile of that name for the same server, or give another target.</source>
        <translation>请为同一服务器创建该名称的连接配置，或指定其他目标。</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>Cannot write the backup file %1 (%2): %3.</source>
        <translation>无法写入备份文件 %1 (%2)：%3。</translation>
    </message>
    <message>
        <source>Free disk space in the backups folder or make it writable; nothing of the current batch was committed on the target.</source>
        <translation>请释放备份文件夹所在磁盘的空间或使其可写；当前批次的任何内容均未在目标上提交。</translation>
    </message>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>The backup point %1 is complete; it cannot be continued.</source>
        <translation>备份点 %1 已完成，无法继续。</translation>
    </message>
    <message>
        <source>Start a new run instead.</source>
        <translation>请改为开始新的运行。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>truncate</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>seek</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>The backup file %1 is already complete.</source>
        <translation>备份文件 %1 已完成。</translation>
    </message>
    <message>
        <source>flush</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>BackupsCommand</name>
    <message>
        <source>List, show, export or delete the backup points taken before syncs</source>
        <translation>列出、查看、导出或删除同步前创建的备份点</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法:</translation>
    </message>
    <message>
        <source>ID may be shortened to any prefix that names one backup point. Roll one back with syncstudio-cli rollback ID.</source>
        <translation>ID 可以缩写为能唯一确定一个备份点的任意前缀。使用 syncstudio-cli rollback ID 回滚某个备份点。</translation>
    </message>
    <message>
        <source>This changes data and needs a confirmation, but there is no terminal to ask on.</source>
        <translation>此操作会更改数据，需要确认，但当前没有可用于询问的终端。</translation>
    </message>
    <message>
        <source>Add --yes to confirm on the command line.</source>
        <translation>请在命令行中添加 --yes 以确认。</translation>
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
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Unknown backups action &quot;%1&quot;.</source>
        <translation>未知的 backups 操作“%1”。</translation>
    </message>
    <message>
        <source>Use list, show, export or delete.</source>
        <translation>请使用 list、show、export 或 delete。</translation>
    </message>
    <message>
        <source>List the backup points, newest first.</source>
        <translation>列出备份点，最新的在前。</translation>
    </message>
    <message>
        <source>No backup points yet: a sync or rollback takes one before it writes.</source>
        <translation>尚无备份点：同步或回滚在写入前会创建备份点。</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (已过期)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>TABLES</source>
        <translation>表</translation>
    </message>
    <message>
        <source>ROWS +ins ~upd -del</source>
        <translation>行 +插入 ~更新 -删除</translation>
    </message>
    <message>
        <source>CONFLICTS</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message numerus="yes">
        <source>%n backup point(s) are older than the retention of %1 days; delete them with syncstudio-cli backups delete --expired.</source>
        <translation>
            <numerusform>%n 个备份点已超过 %1 天的保留期限；请使用 syncstudio-cli backups delete --expired 删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show one backup point and check its file.</source>
        <translation>显示单个备份点并校验其文件。</translation>
    </message>
    <message>
        <source>The backup point&apos;s id or a unique prefix of it.</source>
        <translation>备份点的 ID 或其唯一前缀。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>%1 inserted, %2 updated, %3 deleted</source>
        <translation>插入 %1，更新 %2，删除 %3</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>表</translation>
    </message>
    <message>
        <source>INSERTED</source>
        <translation>已插入</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Write the SQL a rollback of a backup point would run, with the guard images as comments.</source>
        <translation>输出回滚某个备份点时将执行的 SQL，并以注释形式附上保护镜像。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>Backup point %1 holds definitions, not rows: there is no row script to export.</source>
        <translation>备份点 %1 保存的是定义，而不是行：没有可导出的行脚本。</translation>
    </message>
    <message>
        <source>See what it saved with syncstudio-cli backups show %1.</source>
        <translation>使用 syncstudio-cli backups show %1 查看其保存的内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Wrote the rollback script of %1 to %2.</source>
        <translation>已将 %1 的回滚脚本写入 %2。</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <source>Delete backup points and their files.</source>
        <translation>删除备份点及其文件。</translation>
    </message>
    <message>
        <source>Delete every backup point older than the retention setting.</source>
        <translation>删除所有超过保留期限设置的备份点。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>不要求确认。</translation>
    </message>
    <message>
        <source>Give either a backup point id or --expired.</source>
        <translation>请指定备份点 ID 或 --expired。</translation>
    </message>
    <message>
        <source>Add --help to see the usage.</source>
        <translation>添加 --help 查看用法。</translation>
    </message>
    <message numerus="yes">
        <source>No backup point is older than %n day(s).</source>
        <translation>
            <numerusform>没有超过 %n 天的备份点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete backup point %1 (%2, %3 rows)? It can no longer be rolled back afterwards.</source>
        <translation>删除备份点 %1（%2，%3 行）？删除后将无法再回滚。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n backup points? They can no longer be rolled back afterwards.</source>
        <translation>
            <numerusform>删除 %n 个备份点？删除后将无法再回滚。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its run did not finish, so it could still be resumed or rolled back.</source>
        <translation>其运行尚未完成，因此仍可续跑或回滚。</translation>
    </message>
    <message>
        <source>Deleted backup point %1.</source>
        <translation>已删除备份点 %1。</translation>
    </message>
</context>
<context>
    <name>BulkLoader</name>
    <message>
        <source>it has no key</source>
        <translation>它没有键</translation>
    </message>
    <message>
        <source>it has triggers</source>
        <translation>它有触发器</translation>
    </message>
    <message>
        <source>it has generated columns</source>
        <translation>它有生成列</translation>
    </message>
    <message>
        <source>column %1 is not compared</source>
        <translation>列 %1 未参与比较</translation>
    </message>
    <message>
        <source>column %1 is compared in another character set</source>
        <translation>列 %1 以其他字符集进行比较</translation>
    </message>
    <message>
        <source>The server asked for a file SyncStudio did not offer; nothing was read from this machine.</source>
        <translation>服务器请求了一个 SyncStudio 未提供的文件；未从本机读取任何内容。</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>A table of the sync plan has no database, name or columns.</source>
        <translation>同步计划中的某个表缺少数据库、名称或列。</translation>
    </message>
    <message>
        <source>This is a bug in the code that built the plan.</source>
        <translation>这是生成该计划的代码中的缺陷。</translation>
    </message>
    <message>
        <source>The table has no primary key and no NOT NULL unique key, so its rows cannot be changed one by one.</source>
        <translation>该表没有主键，也没有 NOT NULL 唯一键，因此无法逐行修改其数据。</translation>
    </message>
    <message>
        <source>Choose key columns for it, or leave it out of the sync.</source>
        <translation>请为其选择键列，或将其排除在同步之外。</translation>
    </message>
    <message>
        <source>The key of table %1 names a column it does not have.</source>
        <translation>表 %1 的键引用了该表不存在的列。</translation>
    </message>
    <message>
        <source>The key column %1 is generated.</source>
        <translation>键列 %1 是生成列。</translation>
    </message>
    <message>
        <source>Choose a key without generated columns.</source>
        <translation>请选择不含生成列的键。</translation>
    </message>
    <message>
        <source>Table %1 of the sync plan has no changes attached.</source>
        <translation>同步计划中的表 %1 没有附带任何变更。</translation>
    </message>
    <message>
        <source>Table %1 appears twice in the sync plan.</source>
        <translation>表 %1 在同步计划中出现了两次。</translation>
    </message>
    <message>
        <source>Table %1 has triggers that will fire for the rows the sync writes: %2.</source>
        <translation>表 %1 有触发器，会对同步写入的行触发：%2。</translation>
    </message>
    <message>
        <source>Foreign key checks are off for this run: the server will not check references, and ON DELETE/ON UPDATE actions will not run.</source>
        <translation>本次运行已关闭外键检查：服务器不会检查引用，ON DELETE/ON UPDATE 动作也不会执行。</translation>
    </message>
    <message>
        <source>Table %1 references itself (%2): its rows are written in key order, so a row written before the row it points to fails; turn foreign key checks off if that happens.</source>
        <translation>表 %1 引用了自身 (%2)：其行按键顺序写入，因此如果某行先于其所指向的行写入，写入会失败；如果发生这种情况，请关闭外键检查。</translation>
    </message>
    <message>
        <source>Deleting rows from %1 changes rows of %2.%3 too (ON DELETE %4 of %5).</source>
        <translation>从 %1 删除行也会修改 %2.%3 中的行（%5 的 ON DELETE %4）。</translation>
    </message>
    <message>
        <source>Table %1 is to be replaced whole but has no guard, or also row changes.</source>
        <translation>表 %1 将被整体替换，但没有保护条件，或同时还有行更改。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Run syncstudio-cli --help for the list of commands.</source>
        <translation>运行 syncstudio-cli --help 查看命令列表。</translation>
    </message>
    <message>
        <source>Usage: syncstudio-cli COMMAND [OPTIONS]</source>
        <translation>用法: syncstudio-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Compare and synchronize MySQL and MariaDB databases.</source>
        <translation>比较并同步 MySQL 和 MariaDB 数据库。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令:</translation>
    </message>
    <message>
        <source>An endpoint is a saved profile with an optional database (prod/shop) or a URL (mysql://user@127.0.0.1:3306/shop).</source>
        <translation>端点可以是已保存的连接配置加可选的数据库 (prod/shop)，也可以是 URL (mysql://user@127.0.0.1:3306/shop)。</translation>
    </message>
    <message>
        <source>Run syncstudio-cli COMMAND --help for the options of a command.</source>
        <translation>运行 syncstudio-cli COMMAND --help 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 differences found, 2 error, 3 conflicts waiting.</source>
        <translation>退出码：0 成功，1 发现差异，2 错误，3 有待处理的冲突。</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>a password in a URL is visible to other users of this machine (ps, shell history); save a profile or use SYNCSTUDIO_PASSWORD instead.</source>
        <translation>URL 中的密码对本机的其他用户可见（ps、shell 历史记录）；请改为保存连接配置或使用 SYNCSTUDIO_PASSWORD。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的连接配置。</translation>
    </message>
    <message>
        <source>List the profiles with syncstudio-cli profile list, or give a mysql:// URL.</source>
        <translation>使用 syncstudio-cli profile list 列出连接配置，或提供 mysql:// URL。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Add --help to see the options.</source>
        <translation>添加 --help 查看选项。</translation>
    </message>
    <message>
        <source>Missing arguments.</source>
        <translation>缺少参数。</translation>
    </message>
    <message>
        <source>Add --help to see the usage.</source>
        <translation>添加 --help 查看用法。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;.</source>
        <translation>未知的 --format“%1”。</translation>
    </message>
    <message>
        <source>Use text or json.</source>
        <translation>请使用 text 或 json。</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>输出格式：text（默认）或 json。</translation>
    </message>
</context>
<context>
    <name>ColumnDefault</name>
    <message>
        <source>no default</source>
        <translation>无默认值</translation>
    </message>
</context>
<context>
    <name>ColumnSnapshot</name>
    <message>
        <source>Column %1 is missing from the table.</source>
        <translation>表中缺少列 %1。</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare the rows of two databases (exit 0 identical, 1 differences, 2 error)</source>
        <translation>比较两个数据库的行（退出码 0 相同，1 有差异，2 错误）</translation>
    </message>
    <message>
        <source>Compare the rows of two databases on the servers, without locking the source.</source>
        <translation>在服务器端比较两个数据库的行，不锁定源端。</translation>
    </message>
    <message>
        <source>Source: profile/database or mysql://user@host:port/database.</source>
        <translation>源：连接配置/数据库 或 mysql://user@host:port/database。</translation>
    </message>
    <message>
        <source>Target: profile/database or mysql://user@host:port/database.</source>
        <translation>目标：连接配置/数据库 或 mysql://user@host:port/database。</translation>
    </message>
    <message>
        <source>Only these tables: globs, comma-separated; a pattern with a dot matches db.table.</source>
        <translation>仅比较这些表：通配符，以逗号分隔；含点号的模式匹配 db.table。</translation>
    </message>
    <message>
        <source>Leave out these tables (globs, as --tables).</source>
        <translation>排除这些表（通配符，格式同 --tables）。</translation>
    </message>
    <message>
        <source>Row key for a table without a primary or unique key, e.g. shop.t=c1,c2 (repeatable).</source>
        <translation>用于没有主键或唯一键的表的行键，例如 shop.t=c1,c2（可重复指定）。</translation>
    </message>
    <message>
        <source>Compare only rows matching this SQL condition, on both sides.</source>
        <translation>仅比较两端均满足此 SQL 条件的行。</translation>
    </message>
    <message>
        <source>Leave these columns out: db.table.column, table.column or *.column, comma-separated.</source>
        <translation>排除这些列：db.table.column、table.column 或 *.column，以逗号分隔。</translation>
    </message>
    <message>
        <source>Tables compared at once (default 1).</source>
        <translation>同时比较的表数（默认 1）。</translation>
    </message>
    <message>
        <source>Pause between chunks while a GLOBAL STATUS variable is above a limit, e.g. Threads_running=25.</source>
        <translation>当某个 GLOBAL STATUS 变量超过限值时在分块之间暂停，例如 Threads_running=25。</translation>
    </message>
    <message>
        <source>Server time per checksum round trip, in seconds (default 0.5).</source>
        <translation>每次校验和往返的服务器耗时，单位为秒（默认 0.5）。</translation>
    </message>
    <message>
        <source>Compare JSON columns by value, not by text.</source>
        <translation>按值而非按文本比较 JSON 列。</translation>
    </message>
    <message>
        <source>Log what the compare does (chunks, mode changes, pauses) to stderr.</source>
        <translation>将比较过程（分块、模式切换、暂停）记录到 stderr。</translation>
    </message>
    <message>
        <source>compare has no --format sql.</source>
        <translation>compare 不支持 --format sql。</translation>
    </message>
    <message>
        <source>Use text or json.</source>
        <translation>请使用 text 或 json。</translation>
    </message>
    <message>
        <source>--parallel must be a number from 1 to 64.</source>
        <translation>--parallel 必须是 1 到 64 之间的数字。</translation>
    </message>
    <message>
        <source>--chunk-time must be a number of seconds from 0.01 to 60.</source>
        <translation>--chunk-time 必须是 0.01 到 60 之间的秒数。</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; names no database.</source>
        <translation>源“%1”未指定数据库。</translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; names no database.</source>
        <translation>目标“%1”未指定数据库。</translation>
    </message>
    <message>
        <source>Give it as profile/database (prod/shop) or in the URL path (mysql://user@host:3306/shop).</source>
        <translation>请以 连接配置/数据库 (prod/shop) 的形式指定，或在 URL 路径中指定 (mysql://user@host:3306/shop)。</translation>
    </message>
    <message>
        <source>%1: %2/%3 tables, %4 rows</source>
        <translation>%1：%2/%3 个表，%4 行</translation>
    </message>
    <message>
        <source>, %1 rows/s</source>
        <translation>，%1 行/秒</translation>
    </message>
    <message>
        <source>, ETA %1</source>
        <translation>，预计剩余 %1</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>错误：%1：%2</translation>
    </message>
    <message>
        <source>Compared %1 -&gt; %2</source>
        <translation>已比较 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>No tables compared.</source>
        <translation>未比较任何表。</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>表</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <source>SOURCE ROWS</source>
        <translation>源行数</translation>
    </message>
    <message>
        <source>TARGET ROWS</source>
        <translation>目标行数</translation>
    </message>
    <message>
        <source>ONLY IN SOURCE</source>
        <translation>仅源端有</translation>
    </message>
    <message>
        <source>ONLY IN TARGET</source>
        <translation>仅目标端有</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>%1 tables, %2 differ: %3 rows only in the source, %4 only in the target, %5 different (%6 s).</source>
        <translation>%1 个表，%2 个有差异：%3 行仅源端有，%4 行仅目标端有，%5 行不同（%6 秒）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: first %2 of %3 differing rows, by key:</source>
        <translation>%1：按键列出前 %2 行有差异的行（共 %3 行）：</translation>
    </message>
    <message>
        <source>%1: differing rows, by key:</source>
        <translation>%1：按键列出有差异的行：</translation>
    </message>
    <message>
        <source>row hash %1</source>
        <translation>行哈希 %1</translation>
    </message>
    <message>
        <source>only in source</source>
        <translation>仅源端有</translation>
    </message>
    <message>
        <source>only in target</source>
        <translation>仅目标端有</translation>
    </message>
    <message>
        <source>different: %1</source>
        <translation>不同：%1</translation>
    </message>
    <message>
        <source>Details: %1 (run %2)</source>
        <translation>详细信息：%1（运行 %2）</translation>
    </message>
    <message>
        <source>Read endpoints, filters, keys and options from a saved sync project; the command line overrides them.</source>
        <translation>从已保存的同步项目读取端点、筛选、键和选项；命令行参数优先。</translation>
    </message>
    <message>
        <source>The project maps tables to other names, which the row compare does not support yet.</source>
        <translation>该项目将表映射为其他名称，数据对比暂不支持此功能。</translation>
    </message>
    <message>
        <source>Remove &quot;table_mapping&quot; from the project.</source>
        <translation>从项目中删除 &quot;table_mapping&quot;。</translation>
    </message>
</context>
<context>
    <name>CompareJob</name>
    <message>
        <source>Both endpoints must name a database.</source>
        <translation>两个端点都必须指定数据库。</translation>
    </message>
    <message>
        <source>Give it as profile/database (prod/shop) or in the URL path (mysql://host/shop).</source>
        <translation>请以 连接配置/数据库 (prod/shop) 的形式指定，或在 URL 路径中指定 (mysql://host/shop)。</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Reading the schema</source>
        <translation>正在读取结构</translation>
    </message>
    <message>
        <source>One server has no CRC32C(): row hashes use MD5, which is slower.</source>
        <translation>有一台服务器不支持 CRC32C()：行哈希将使用 MD5，速度较慢。</translation>
    </message>
    <message>
        <source>The servers do not compute row hashes the same way (CRC32/CRC32C or MD5).</source>
        <translation>两台服务器计算行哈希的方式不同（CRC32/CRC32C 或 MD5）。</translation>
    </message>
    <message>
        <source>Compare needs MariaDB 10.8 or later, or MySQL 5.7 or later, on both sides.</source>
        <translation>比较要求两端均为 MariaDB 10.8 或更高版本，或 MySQL 5.7 或更高版本。</translation>
    </message>
    <message>
        <source>--key %1 names no compared table</source>
        <translation>--key %1 未指向任何参与比较的表</translation>
    </message>
    <message>
        <source>no table to compare (check --tables and --exclude)</source>
        <translation>没有要比较的表（请检查 --tables 和 --exclude）</translation>
    </message>
    <message>
        <source>Comparing rows</source>
        <translation>正在比较行</translation>
    </message>
    <message>
        <source>cancelled before this table</source>
        <translation>在处理此表之前已取消</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>%1: %2 in %3 s (checksums %4 s, folds %5 s, streams %6 s, fetches %7 s, boundaries %8 s; %9 chunks, %10 of %11 segments differed, %12 ranges folded, %13 rows streamed)</source>
        <translation>%1：%2，耗时 %3 秒（校验和 %4 秒，折叠 %5 秒，流式传输 %6 秒，提取 %7 秒，边界 %8 秒；%9 个分块，%11 个分段中有 %10 个不同，折叠 %12 个范围，流式传输 %13 行）</translation>
    </message>
</context>
<context>
    <name>CompareOptions</name>
    <message>
        <source>The key &quot;%1&quot; is not of the form db.table=col1,col2.</source>
        <translation>键“%1”的格式不是 db.table=col1,col2。</translation>
    </message>
    <message>
        <source>Example: --key shop.order_items=order_id,line_no</source>
        <translation>示例：--key shop.order_items=order_id,line_no</translation>
    </message>
    <message>
        <source>--max-load &quot;%1&quot; is not of the form VARIABLE=NUMBER.</source>
        <translation>--max-load“%1”的格式不是 VARIABLE=NUMBER。</translation>
    </message>
    <message>
        <source>Example: --max-load Threads_running=25</source>
        <translation>示例：--max-load Threads_running=25</translation>
    </message>
</context>
<context>
    <name>ComparisonWorkspace</name>
    <message>
        <source>Choose a source and a target profile.</source>
        <translation>请选择源和目标连接配置。</translation>
    </message>
    <message>
        <source>Choose the source database.</source>
        <translation>请选择源数据库。</translation>
    </message>
    <message>
        <source>Choose the target database.</source>
        <translation>请选择目标数据库。</translation>
    </message>
    <message>
        <source>Source and target are the same database.</source>
        <translation>源和目标是同一个数据库。</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) on the server.</source>
        <translation>
            <numerusform>服务器上有 %n 个数据库。</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the databases on the server…</source>
        <translation>正在列出服务器上的数据库…</translation>
    </message>
    <message>
        <source>The databases could not be listed: %1 You can still type a name.</source>
        <translation>无法列出数据库：%1 您仍可以手动输入名称。</translation>
    </message>
    <message>
        <source>The server has no databases this account can see.</source>
        <translation>服务器上没有此账户可见的数据库。</translation>
    </message>
    <message>
        <source>Compare and synchronize two databases</source>
        <translation>比较并同步两个数据库</translation>
    </message>
    <message>
        <source>Choose where the data comes from and which server to bring in line with it. SyncStudio compares schemas and rows on the servers themselves and shows every difference before anything is written.</source>
        <translation>请选择数据来源，以及要与之保持一致的服务器。SyncStudio 直接在服务器上比较结构和行，并在写入任何内容之前显示每一处差异。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Comparisons of the chosen pair run in this workspace. Schema and row differences appear here side by side, and nothing is written to the target until you have reviewed the changes and confirmed the sync.</source>
        <translation>所选的这对数据库的比较在此工作区中进行。结构和行的差异会在这里并排显示，在您审阅变更并确认同步之前，不会向目标写入任何内容。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Welcome to SyncStudio</source>
        <translation>欢迎使用 SyncStudio</translation>
    </message>
    <message>
        <source>Compare two MySQL or MariaDB databases, review every difference side by side, and synchronize them with a backup point you can roll back to. Start by creating a connection profile for each server: the source you copy from and the target you bring in line.</source>
        <translation>比较两个 MySQL 或 MariaDB 数据库，并排审阅每一处差异，并在同步时创建可回滚的备份点。首先为每台服务器创建连接配置：一个是复制数据的源，另一个是需要与之保持一致的目标。</translation>
    </message>
    <message>
        <source>Create a Connection Profile…</source>
        <translation>创建连接配置…</translation>
    </message>
    <message>
        <source>Read in a consistent snapshot, without locks. Never written to.</source>
        <translation>在一致性快照中读取，不加锁。从不写入。</translation>
    </message>
    <message>
        <source>Brought in line with the source. Every change is backed up first.</source>
        <translation>与源保持一致。每次更改前都会先备份。</translation>
    </message>
    <message>
        <source>Choose a profile</source>
        <translation>选择连接配置</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>选择数据库</translation>
    </message>
    <message>
        <source>List the server&apos;s databases again</source>
        <translation>重新列出服务器上的数据库</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库:</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境:</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>(CA %1)</source>
        <translation>(CA %1)</translation>
    </message>
    <message>
        <source>Source and target are the same profile. Choose two different servers or databases.</source>
        <translation>源和目标是同一个连接配置。请选择两个不同的服务器或数据库。</translation>
    </message>
    <message>
        <source>Source and target point to the same server and database.</source>
        <translation>源和目标指向同一服务器上的同一数据库。</translation>
    </message>
    <message>
        <source>The target is a production server. Every sync to it asks for confirmation, and a backup point is taken before the first change.</source>
        <translation>目标是生产服务器。每次向其同步都需要确认，并会在第一次更改前创建备份点。</translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation>比较 %1 与 %2</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>the row changed on the target meanwhile</source>
        <translation>该行在此期间已在目标上被修改</translation>
    </message>
    <message>
        <source>the row was deleted from the target meanwhile</source>
        <translation>该行在此期间已从目标中删除</translation>
    </message>
    <message>
        <source>more than one row of the target has this key</source>
        <translation>目标中有多行具有此键</translation>
    </message>
    <message>
        <source>a row with this key was inserted into the target meanwhile</source>
        <translation>在此期间已有具有此键的行插入到目标中</translation>
    </message>
</context>
<context>
    <name>ConflictEditor</name>
    <message>
        <source>No conflicts</source>
        <translation>没有冲突</translation>
    </message>
    <message>
        <source>A conflict is a target row that changed after the compare saw it, or a difference the conflict policy left for you to decide. A sync never overwrites such a row: it lists it here, with the source, the target and the result side by side.</source>
        <translation>冲突是指比较之后在目标端发生变化的行，或冲突策略留给您决定的差异。同步绝不会覆盖这样的行，而是将其列在这里，并排显示源、目标和结果。</translation>
    </message>
    <message>
        <source>Look Again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Cannot read the conflicts: %1</source>
        <translation>无法读取冲突：%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the conflict queue again</source>
        <translation>重新读取冲突队列</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>表：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Take Source Row</source>
        <translation>采用源端行</translation>
    </message>
    <message>
        <source>The result is the source&apos;s row, every column</source>
        <translation>结果为源端的行（所有列）</translation>
    </message>
    <message>
        <source>Take Target Row</source>
        <translation>采用目标端行</translation>
    </message>
    <message>
        <source>The result is the target&apos;s row as it is now: nothing is written</source>
        <translation>结果为目标端当前的行：不写入任何内容</translation>
    </message>
    <message>
        <source>← Source Value</source>
        <translation>← 源端值</translation>
    </message>
    <message>
        <source>The selected fields take the source&apos;s value</source>
        <translation>所选字段采用源端的值</translation>
    </message>
    <message>
        <source>Target Value →</source>
        <translation>目标端值 →</translation>
    </message>
    <message>
        <source>The selected fields take the target&apos;s value</source>
        <translation>所选字段采用目标端的值</translation>
    </message>
    <message>
        <source>Set NULL</source>
        <translation>设为 NULL</translation>
    </message>
    <message>
        <source>The selected fields become NULL</source>
        <translation>所选字段设为 NULL</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to what the conflict policy proposes, not decided</source>
        <translation>恢复为冲突策略的建议，标记为未决定</translation>
    </message>
    <message>
        <source>Result: &lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;from the source&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%2&quot;&gt;&amp;nbsp;from the target&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%3&quot;&gt;&amp;nbsp;edited&amp;nbsp;&lt;/span&gt; · bold: the target&apos;s value changes · double-click a result to edit it</source>
        <translation>结果：&lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;来自源端&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%2&quot;&gt;&amp;nbsp;来自目标端&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%3&quot;&gt;&amp;nbsp;已编辑&amp;nbsp;&lt;/span&gt; · 粗体：目标端的值将更改 · 双击结果可进行编辑</translation>
    </message>
    <message>
        <source>Bulk decisions</source>
        <translation>批量决定</translation>
    </message>
    <message>
        <source>All Source</source>
        <translation>全部采用源端</translation>
    </message>
    <message>
        <source>Every open conflict of this table takes the source&apos;s row</source>
        <translation>此表所有未解决的冲突均采用源端的行</translation>
    </message>
    <message>
        <source>All Target</source>
        <translation>全部采用目标端</translation>
    </message>
    <message>
        <source>Every open conflict of this table keeps the target&apos;s row</source>
        <translation>此表所有未解决的冲突均保留目标端的行</translation>
    </message>
    <message>
        <source>The column that tells which side is newer, e.g. updated_at</source>
        <translation>用于判断哪一侧更新的列，例如 updated_at</translation>
    </message>
    <message>
        <source>Newer Wins</source>
        <translation>较新者优先</translation>
    </message>
    <message>
        <source>Each open conflict of this table takes the side whose column is greater; ties stay undecided</source>
        <translation>此表每个未解决的冲突采用该列值较大的一侧；值相等的保持未决定</translation>
    </message>
    <message>
        <source>By column:</source>
        <translation>依据列：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop after the current batch</source>
        <translation>在当前批次完成后停止</translation>
    </message>
    <message>
        <source>Undo Resolution…</source>
        <translation>撤销解决…</translation>
    </message>
    <message>
        <source>Roll the target back to before this resolution was written, and open its conflicts again</source>
        <translation>将目标回滚到写入此次解决之前的状态，并重新打开相应冲突</translation>
    </message>
    <message>
        <source>Apply Decisions…</source>
        <translation>应用决定…</translation>
    </message>
    <message>
        <source>Write the decided conflicts to the target, guarded, with a backup point</source>
        <translation>将已决定的冲突以受保护方式写入目标，并创建备份点</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>所有表</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>所有原因</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>未选择冲突</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Differing columns: %1</source>
        <translation>不同的列：%1</translation>
    </message>
    <message>
        <source>The sync would have done: %1 · run %2 · %3 → %4</source>
        <translation>同步原本将执行：%1 · 运行 %2 · %3 → %4</translation>
    </message>
    <message>
        <source>Resolved (%1) without writing.</source>
        <translation>已解决 (%1)，未写入。</translation>
    </message>
    <message>
        <source>Resolved (%1), backup point %2.</source>
        <translation>已解决 (%1)，备份点 %2。</translation>
    </message>
    <message>
        <source>Open conflicts of the table:</source>
        <translation>该表未解决的冲突：</translation>
    </message>
    <message>
        <source>Open conflicts of %1:</source>
        <translation>%1 未解决的冲突：</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n Decision(s)…</source>
        <translation>
            <numerusform>应用 %n 个决定…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 个未解决</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>已显示 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide per conflict, or per table with the bulk decisions; nothing is written until Apply.</source>
        <translation>可逐个冲突决定，也可通过批量决定按表处理；点击“应用”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Take Source Value</source>
        <translation>采用源端值</translation>
    </message>
    <message>
        <source>Take Target Value</source>
        <translation>采用目标端值</translation>
    </message>
    <message>
        <source>Edit Result…</source>
        <translation>编辑结果…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conflict(s) of %2 decided.</source>
        <translation>
            <numerusform>%1：已为 %2 的 %n 个冲突做出决定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left undecided (both sides as new).</source>
        <translation>
            <numerusform>%n 个未做决定（两端同样新）。</numerusform>
        </translation>
    </message>
    <message>
        <source>All source</source>
        <translation>全部采用源</translation>
    </message>
    <message>
        <source>All target</source>
        <translation>全部采用目标</translation>
    </message>
    <message>
        <source>Newer wins by %1</source>
        <translation>按 %1 较新者优先</translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n conflict(s) on %1.</source>
        <translation>
            <numerusform>解决 %1 上的 %n 个冲突。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are written, each only while the target row is still as the conflict recorded it; a backup point is taken first, so Undo can restore them.</source>
        <translation>
            <numerusform>将写入 %n 行，每行仅在目标行仍与冲突记录时一致的情况下写入；写入前会先创建备份点，以便撤销时恢复这些行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keep the target&apos;s row: nothing is written for them.</source>
        <translation>
            <numerusform>%n 个保留目标端的行：不会为其写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Conflict Decisions</source>
        <translation>应用冲突决定</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message numerus="yes">
        <source>Resolving %n conflict(s).</source>
        <translation>
            <numerusform>正在解决 %n 个冲突。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolving conflicts…</source>
        <translation>正在解决冲突…</translation>
    </message>
    <message numerus="yes">
        <source>Roll back backup point %1 on %2: the %n row(s) this resolution wrote return to how they were, and their conflicts open again. A row changed since stays as it is.</source>
        <translation>
            <numerusform>回滚 %2 上的备份点 %1：此次解决所写入的 %n 行将恢复原状，其冲突将重新变为未解决。此后发生变化的行保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Conflict Resolution</source>
        <translation>撤销冲突解决</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Undoing the resolution of backup point %1.</source>
        <translation>正在撤销备份点 %1 的冲突解决。</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>正在回滚…</translation>
    </message>
    <message>
        <source>Cancelling: stopping after the current batch…</source>
        <translation>正在取消：将在当前批次完成后停止…</translation>
    </message>
    <message>
        <source>Undo of a conflict resolution</source>
        <translation>撤销冲突解决</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>冲突解决</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cancelled: nothing more was written.</source>
        <translation>已取消：未再写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: %n conflict(s) open again.</source>
        <translation>
            <numerusform>已回滚：%n 个冲突重新变为未解决。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolled back in part: %n row(s) had changed since and were left as they are.</source>
        <translation>
            <numerusform>已部分回滚：%n 行在此期间已发生变化，已保持原样。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved.</source>
        <translation>
            <numerusform>已解决 %n 个冲突。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stay open: the target row changed again (shown now as it is).</source>
        <translation>
            <numerusform>%n 个仍未解决：目标行再次发生变化（现显示其当前状态）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup point %1: to undo, pick a resolved conflict (State: Resolved) and Undo Resolution.</source>
        <translation>备份点 %1：如需撤销，请选择一个已解决的冲突（状态：已解决），然后点击“撤销解决”。</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <source>(no row)</source>
        <translation>（无行）</translation>
    </message>
    <message>
        <source>This side has no row with this key.</source>
        <translation>此端没有具有此键的行。</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Part of the row&apos;s key: a resolution does not change it.</source>
        <translation>属于该行的键：解决冲突不会更改它。</translation>
    </message>
    <message>
        <source>Generated column: the server computes it.</source>
        <translation>生成列：由服务器计算。</translation>
    </message>
    <message>
        <source>The source and the target differ here.</source>
        <translation>源和目标在此处不同。</translation>
    </message>
    <message>
        <source>From the source</source>
        <translation>来自源</translation>
    </message>
    <message>
        <source>From the target</source>
        <translation>来自目标</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target now</source>
        <translation>目标当前值</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ConflictPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a conflict policy.</source>
        <translation>“%1”不是冲突策略。</translation>
    </message>
    <message>
        <source>Use source-wins, target-wins, newer-wins:COLUMN (e.g. newer-wins:updated_at) or manual.</source>
        <translation>请使用 source-wins、target-wins、newer-wins:COLUMN（例如 newer-wins:updated_at）或 manual。</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>&quot;0x%1&quot; is not hexadecimal.</source>
        <translation>“0x%1”不是十六进制。</translation>
    </message>
    <message>
        <source>Cannot convert a typed value to the character set %1 of column %2.</source>
        <translation>无法将输入的值转换为列 %2 的字符集 %1。</translation>
    </message>
    <message>
        <source>Give the value as bytes (0x...), or take the source&apos;s or the target&apos;s row.</source>
        <translation>请以字节形式 (0x...) 提供该值，或采用源端或目标端的行。</translation>
    </message>
    <message>
        <source>The value for %1 has characters that %2 cannot hold.</source>
        <translation>%1 的值包含 %2 无法存储的字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not column=value.</source>
        <translation>“%1”不是 column=value 格式。</translation>
    </message>
    <message>
        <source>Write --set col=value[,col=value].</source>
        <translation>请写成 --set col=value[,col=value]。</translation>
    </message>
    <message>
        <source>A column name is missing in &quot;%1&quot;.</source>
        <translation>“%1”中缺少列名。</translation>
    </message>
    <message>
        <source>The quoted value of %1 is not closed.</source>
        <translation>%1 的带引号值未闭合。</translation>
    </message>
    <message>
        <source>Text follows the quoted value of %1.</source>
        <translation>%1 的带引号值后面还有文本。</translation>
    </message>
    <message>
        <source>Neither side has this row, so there is nothing to set values on.</source>
        <translation>两端都没有此行，因此无法设置值。</translation>
    </message>
    <message>
        <source>Take the source&apos;s or the target&apos;s state instead.</source>
        <translation>请改为采用源端或目标端的状态。</translation>
    </message>
    <message>
        <source>Table %1 has no column %2.</source>
        <translation>表 %1 没有列 %2。</translation>
    </message>
    <message>
        <source>Column %1 is not written by the sync (generated or not compared).</source>
        <translation>列 %1 不会由同步写入（生成列或未参与比较）。</translation>
    </message>
    <message>
        <source>Conflict %1 is already resolved (%2).</source>
        <translation>冲突 %1 已解决 (%2)。</translation>
    </message>
    <message>
        <source>Conflicts %1 and %2 belong to different targets.</source>
        <translation>冲突 %1 和 %2 属于不同的目标。</translation>
    </message>
    <message>
        <source>Resolve them one target at a time.</source>
        <translation>请一次只解决一个目标的冲突。</translation>
    </message>
    <message>
        <source>Conflict %1: the new values change the row&apos;s key.</source>
        <translation>冲突 %1：新值会更改该行的键。</translation>
    </message>
    <message>
        <source>Keys are not changed by a resolution; set other columns.</source>
        <translation>解决冲突不会更改键；请设置其他列。</translation>
    </message>
    <message>
        <source>Conflicts of %1 were recorded with different table shapes (%2).</source>
        <translation>%1 的冲突记录时表结构不同 (%2)。</translation>
    </message>
    <message>
        <source>Resolve them one at a time.</source>
        <translation>请逐个解决。</translation>
    </message>
    <message>
        <source>conflict %1</source>
        <translation>冲突 %1</translation>
    </message>
    <message>
        <source>the row changed again before it could be resolved</source>
        <translation>该行在解决之前再次发生了变化</translation>
    </message>
</context>
<context>
    <name>ConflictStore</name>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Check that the file is writable and the disk is not full.</source>
        <translation>请检查该文件是否可写、磁盘是否已满。</translation>
    </message>
    <message>
        <source>Cannot record a conflict</source>
        <translation>无法记录冲突</translation>
    </message>
    <message>
        <source>Cannot read the conflicts</source>
        <translation>无法读取冲突</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>不存在冲突 %1。</translation>
    </message>
    <message>
        <source>List them with syncstudio-cli conflicts list --state all.</source>
        <translation>使用 syncstudio-cli conflicts list --state all 列出冲突。</translation>
    </message>
    <message>
        <source>Cannot update conflict %1</source>
        <translation>无法更新冲突 %1</translation>
    </message>
    <message>
        <source>Cannot reopen the conflicts of backup point %1</source>
        <translation>无法重新打开备份点 %1 的冲突</translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <source>List, show and resolve the rows syncs left for a decision</source>
        <translation>列出、查看并解决同步时留待决定的行</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法:</translation>
    </message>
    <message>
        <source>Taking the source&apos;s row or setting values writes to the target, guarded like a sync and recorded in a backup point; taking the target&apos;s row only closes the conflict.</source>
        <translation>采用源端的行或设置值会写入目标，并像同步一样进行受保护写入且记录到备份点；采用目标端的行只会关闭该冲突。</translation>
    </message>
    <message>
        <source>Unknown conflicts action &quot;%1&quot;.</source>
        <translation>未知的 conflicts 操作“%1”。</translation>
    </message>
    <message>
        <source>Use list, show or resolve.</source>
        <translation>请使用 list、show 或 resolve。</translation>
    </message>
    <message>
        <source>The conflict queue, oldest first.</source>
        <translation>冲突队列，最早的在前。</translation>
    </message>
    <message>
        <source>open (default), resolved or all.</source>
        <translation>open（默认）、resolved 或 all。</translation>
    </message>
    <message>
        <source>Only the conflicts of this sync run.</source>
        <translation>仅显示此同步运行的冲突。</translation>
    </message>
    <message>
        <source>--state must be open, resolved or all.</source>
        <translation>--state 必须为 open、resolved 或 all。</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有未解决的冲突。</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>表</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>DIFFERING</source>
        <translation>差异列</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>One conflict with the source&apos;s, the target&apos;s and the compared row.</source>
        <translation>显示单个冲突及其源端行、目标端行和比较时的行。</translation>
    </message>
    <message>
        <source>The conflict&apos;s id.</source>
        <translation>冲突的 ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conflict id.</source>
        <translation>“%1”不是冲突 ID。</translation>
    </message>
    <message>
        <source>Conflict %1 (%2) in %3, key %4</source>
        <translation>冲突 %1 (%2)，位于 %3，键 %4</translation>
    </message>
    <message>
        <source>  sync run %1 from %2 to %3</source>
        <translation>  同步运行 %1，从 %2 到 %3</translation>
    </message>
    <message>
        <source>  the sync would have done: %1; why it did not: %2</source>
        <translation>  同步原本要执行的操作：%1；未执行的原因：%2</translation>
    </message>
    <message>
        <source>  resolved: %1 %2</source>
        <translation>  已解决：%1 %2</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>列</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>源</translation>
    </message>
    <message>
        <source>TARGET NOW</source>
        <translation>目标当前值</translation>
    </message>
    <message>
        <source>TARGET AT COMPARE</source>
        <translation>目标比较时的值</translation>
    </message>
    <message>
        <source>Resolve with: syncstudio-cli conflicts resolve %1 --take source|target, or --set col=value</source>
        <translation>解决方式：syncstudio-cli conflicts resolve %1 --take source|target，或 --set col=value</translation>
    </message>
    <message>
        <source>Settle a conflict: take the source&apos;s row (written guarded, backed up), keep the target&apos;s (nothing written), or set column values over the source&apos;s row.</source>
        <translation>处理冲突：采用源端的行（受保护写入并备份），保留目标端的行（不写入任何内容），或在源端行的基础上设置列值。</translation>
    </message>
    <message>
        <source>source or target.</source>
        <translation>source 或 target。</translation>
    </message>
    <message>
        <source>col=value[,col=value]: NULL for NULL, &apos;text&apos; quoted, 0x.. bytes.</source>
        <translation>col=value[,col=value]：NULL 表示 NULL，&apos;text&apos; 加引号，0x.. 表示字节。</translation>
    </message>
    <message>
        <source>Connect to ENDPOINT instead of the target recorded with the conflict.</source>
        <translation>连接到 ENDPOINT，而不是冲突记录中的目标。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>不要求确认。</translation>
    </message>
    <message>
        <source>Give either --take source|target or --set col=value.</source>
        <translation>请指定 --take source|target 或 --set col=value。</translation>
    </message>
    <message>
        <source>--take must be source or target.</source>
        <translation>--take 必须为 source 或 target。</translation>
    </message>
    <message>
        <source>Conflict %1 is already resolved (%2).</source>
        <translation>冲突 %1 已解决 (%2)。</translation>
    </message>
    <message>
        <source>Write the %1 row of conflict %2 to %3 (%4, key %5)?</source>
        <translation>将冲突 %2 的%1行写入 %3（%4，键 %5）？</translation>
    </message>
    <message>
        <source>source&apos;s</source>
        <translation>源端</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>编辑后的</translation>
    </message>
    <message>
        <source>The row changed on the target again, so nothing was written; conflict %1 stays open with the row as it is now (syncstudio-cli conflicts show %1).</source>
        <translation>该行在目标上再次发生了变化，因此未写入任何内容；冲突 %1 保持未解决状态，并记录该行的当前状态（syncstudio-cli conflicts show %1）。</translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation>冲突 %1 已解决。</translation>
    </message>
    <message>
        <source>Backup point: %1 (undo with: syncstudio-cli rollback %1)</source>
        <translation>备份点：%1（撤销方法：syncstudio-cli rollback %1）</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Changed on the target after the compare</source>
        <translation>比较后在目标上被修改</translation>
    </message>
    <message>
        <source>Deleted on the target after the compare</source>
        <translation>比较后在目标上被删除</translation>
    </message>
    <message>
        <source>Inserted on the target after the compare</source>
        <translation>比较后在目标上被插入</translation>
    </message>
    <message>
        <source>The key matches several target rows</source>
        <translation>该键匹配到多个目标行</translation>
    </message>
    <message>
        <source>Waiting for a decision (manual policy)</source>
        <translation>等待决定（手动策略）</translation>
    </message>
    <message>
        <source>Both sides are equally new</source>
        <translation>两端同样新</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>已解决：%1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>target kept</source>
        <translation>保留目标</translation>
    </message>
    <message>
        <source>source taken</source>
        <translation>采用源</translation>
    </message>
    <message>
        <source>Checked: Apply writes this decision</source>
        <translation>已勾选：“应用”时将写入此决定</translation>
    </message>
    <message>
        <source>Backup point %1</source>
        <translation>备份点 %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Check that the server is running and listening on %1:%2, and that no firewall blocks it.</source>
        <translation>请检查服务器是否正在运行并在 %1:%2 上监听，以及是否有防火墙阻止连接。</translation>
    </message>
    <message>
        <source>Check that the server is running and that the socket path %1 is right.</source>
        <translation>请检查服务器是否正在运行，以及套接字路径 %1 是否正确。</translation>
    </message>
    <message>
        <source>Check the host name %1.</source>
        <translation>请检查主机名 %1。</translation>
    </message>
    <message>
        <source>Check the user name and password; for a saved profile, open it and enter the password again.</source>
        <translation>请检查用户名和密码；对于已保存的连接配置，请打开它并重新输入密码。</translation>
    </message>
    <message>
        <source>Check the database name, or create the database first.</source>
        <translation>请检查数据库名称，或先创建该数据库。</translation>
    </message>
    <message>
        <source>Grant the account access to this database, or connect with another account.</source>
        <translation>请授予该账户访问此数据库的权限，或使用其他账户连接。</translation>
    </message>
    <message>
        <source>TLS mode %1 could not be satisfied: enable TLS on the server, give the right CA file, or choose a weaker TLS mode if the network is trusted.</source>
        <translation>无法满足 TLS 模式 %1：请在服务器上启用 TLS、提供正确的 CA 文件，或在网络可信时选择较弱的 TLS 模式。</translation>
    </message>
    <message>
        <source>TLS mode %1 needs a CA certificate file.</source>
        <translation>TLS 模式 %1 需要 CA 证书文件。</translation>
    </message>
    <message>
        <source>Give the CA file (--ssl-ca or the profile&apos;s CA field), or use REQUIRED.</source>
        <translation>请提供 CA 文件（--ssl-ca 或连接配置中的 CA 字段），或使用 REQUIRED。</translation>
    </message>
    <message>
        <source>The TLS file %1 cannot be read.</source>
        <translation>无法读取 TLS 文件 %1。</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>请检查路径及其权限。</translation>
    </message>
    <message>
        <source>Out of memory while creating a connection.</source>
        <translation>创建连接时内存不足。</translation>
    </message>
    <message>
        <source>The connection is not encrypted although TLS mode %1 requires it.</source>
        <translation>连接未加密，但 TLS 模式 %1 要求加密。</translation>
    </message>
    <message>
        <source>The session could not be prepared; check that the account may set session variables.</source>
        <translation>无法准备会话；请检查该账户是否有权设置会话变量。</translation>
    </message>
    <message>
        <source>The connection to the server was lost; check the server and the network.</source>
        <translation>与服务器的连接已断开；请检查服务器和网络。</translation>
    </message>
    <message>
        <source>Grant the account the privilege it lacks, or connect with another account.</source>
        <translation>请为该账户授予其缺少的权限，或使用其他账户连接。</translation>
    </message>
</context>
<context>
    <name>ConnectionTestDialog</name>
    <message>
        <source>Test &amp;Again</source>
        <translation>重新测试(&amp;A)</translation>
    </message>
    <message>
        <source>Test Connection “%1”</source>
        <translation>测试连接“%1”</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <source>The stored password could not be read. Type it to test the connection; it is not saved.</source>
        <translation>无法读取已存储的密码。请输入密码以测试连接；密码不会被保存。</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>Connection not tested yet</source>
        <translation>尚未测试连接</translation>
    </message>
    <message>
        <source>Test Connection signs in with these settings and reports the server version, whether the connection is encrypted, the round-trip time, and whether the account may read and write.</source>
        <translation>“测试连接”会使用这些设置登录，并报告服务器版本、连接是否加密、往返时间，以及该账户是否具有读写权限。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Connected to %1 %2</source>
        <translation>已连接到 %1 %2</translation>
    </message>
    <message>
        <source>Server version:</source>
        <translation>服务器版本:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>加密:</translation>
    </message>
    <message>
        <source>%1, cipher %2</source>
        <translation>%1，加密套件 %2</translation>
    </message>
    <message>
        <source>Not encrypted: passwords and data travel in clear text.</source>
        <translation>未加密：密码和数据以明文传输。</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>延迟:</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms (median of %n round trips)</source>
        <translation>
            <numerusform>%1 毫秒（%n 次往返的中位数）</numerusform>
        </translation>
    </message>
    <message>
        <source>all databases</source>
        <translation>所有数据库</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>访问权限:</translation>
    </message>
    <message>
        <source>Read and write on %1</source>
        <translation>对 %1 具有读写权限</translation>
    </message>
    <message>
        <source>Read only on %1: usable as a source, not as a sync target.</source>
        <translation>对 %1 仅有读权限：可用作源，不能用作同步目标。</translation>
    </message>
    <message>
        <source>No read access on %1.</source>
        <translation>对 %1 没有读权限。</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 及另外 %2 个</translation>
    </message>
    <message>
        <source>Privileges:</source>
        <translation>权限:</translation>
    </message>
    <message>
        <source>The connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>MySQL error %1</source>
        <translation>MySQL 错误 %1</translation>
    </message>
    <message>
        <source>SQLSTATE %1</source>
        <translation>SQLSTATE %1</translation>
    </message>
    <message>
        <source>Server %1: %2</source>
        <translation>服务器 %1：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;处理方法：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>DataDiffView</name>
    <message>
        <source>Compare Rows</source>
        <translation>比较行</translation>
    </message>
    <message>
        <source>Compare the rows of every selected table on the servers, without locking the source</source>
        <translation>在服务器端比较所有选中表的行，不锁定源端</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Compare the rows of the two databases to see what differs.</source>
        <translation>比较两个数据库的行以查看差异。</translation>
    </message>
    <message>
        <source>Filter tables</source>
        <translation>筛选表</translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation>仅显示差异</translation>
    </message>
    <message>
        <source>Hide the tables whose rows are identical</source>
        <translation>隐藏行完全相同的表</translation>
    </message>
    <message>
        <source>Choose a table to see its rows side by side.</source>
        <translation>选择一个表以并排查看其行。</translation>
    </message>
    <message>
        <source>Select a row to see its values in full.</source>
        <translation>选择一行以查看其完整值。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Show the selected row&apos;s values in full below the grid</source>
        <translation>在网格下方显示所选行的完整值</translation>
    </message>
    <message>
        <source>Choose a source and a target database first.</source>
        <translation>请先选择源数据库和目标数据库。</translation>
    </message>
    <message>
        <source>Rows appear here as each table is compared.</source>
        <translation>比较每个表时，其行会显示在这里。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Cancelling: the tables being compared stop after their current chunk…</source>
        <translation>正在取消：正在比较的表将在当前分块完成后停止…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n table(s)</source>
        <translation>
            <numerusform>第 %1 个，共 %n 个表</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>剩余约 %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Cancelled after %1 s; the tables compared so far are shown.</source>
        <translation>%1 秒后已取消；显示目前已比较的表。</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n table(s) in %1 s</source>
        <translation>
            <numerusform>已比较 %n 个表，耗时 %1 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>every row is identical.</source>
        <translation>所有行均相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) differ</source>
        <translation>
            <numerusform>%n 个表有差异</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be compared</source>
        <translation>
            <numerusform>%n 个无法比较</numerusform>
        </translation>
    </message>
    <message>
        <source>No table was compared: check the table filters.</source>
        <translation>未比较任何表：请检查表筛选条件。</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>正在读取结果…</translation>
    </message>
    <message>
        <source>These results hold no table.</source>
        <translation>这些结果中不包含任何表。</translation>
    </message>
    <message>
        <source>%1 is being compared; its rows appear here when it is done.</source>
        <translation>正在比较 %1；完成后其行会显示在这里。</translation>
    </message>
    <message>
        <source>%1 was not compared.</source>
        <translation>%1 未参与比较。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no key: rows compared as a multiset</source>
        <translation>无键：行按多重集比较</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>键 %1</translation>
    </message>
    <message>
        <source>%1 rows in the source, %2 in the target, %3 identical</source>
        <translation>源端 %1 行，目标端 %2 行，%3 行相同</translation>
    </message>
    <message>
        <source>not updatable in place</source>
        <translation>无法原地更新</translation>
    </message>
    <message>
        <source>Source · %1</source>
        <translation>源 · %1</translation>
    </message>
    <message>
        <source>Source · %1 · %2</source>
        <translation>源 · %1 · %2</translation>
    </message>
    <message>
        <source>Target · %1</source>
        <translation>目标 · %1</translation>
    </message>
    <message>
        <source>Target · %1 · %2</source>
        <translation>目标 · %1 · %2</translation>
    </message>
    <message>
        <source>The rows of this table are identical.</source>
        <translation>此表的行完全相同。</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>全部 %1</translation>
    </message>
    <message>
        <source>Loading the row…</source>
        <translation>正在加载该行…</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation>正在查找 %1…</translation>
    </message>
    <message>
        <source>No row here has the key %1 or a later one.</source>
        <translation>此处没有键为 %1 或更大的行。</translation>
    </message>
    <message>
        <source>Row %1: key %2.</source>
        <translation>第 %1 行：键 %2。</translation>
    </message>
    <message>
        <source>No row here has the key %1; this is the next one, %2.</source>
        <translation>此处没有键为 %1 的行；这是下一行，%2。</translation>
    </message>
    <message>
        <source>Row %1 of %2</source>
        <translation>第 %1 行，共 %2 行</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>every row goes into the sync</source>
        <translation>所有行都将纳入同步</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out of the sync</source>
        <translation>
            <numerusform>%n 行已排除在同步之外</numerusform>
        </translation>
    </message>
    <message>
        <source>Include in the Sync</source>
        <translation>纳入同步</translation>
    </message>
    <message>
        <source>Leave out of the Sync</source>
        <translation>排除在同步之外</translation>
    </message>
    <message>
        <source>Copy Key</source>
        <translation>复制键</translation>
    </message>
    <message>
        <source>Reading the connection details…</source>
        <translation>正在读取连接信息…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1: %2.
Its rows are counted (%3 in the source, %4 in the target) but not listed one by one: there is nothing to compare them with.</source>
        <translation>%1：%2。
已统计其行数（源 %3 行，目标 %4 行），但不逐行列出：没有可与之比较的对象。</translation>
    </message>
    <message>
        <source>Only in source %1</source>
        <translation>仅源端有 %1</translation>
    </message>
    <message>
        <source>Only in target %1</source>
        <translation>仅目标端有 %1</translation>
    </message>
    <message>
        <source>Different %1</source>
        <translation>不同 %1</translation>
    </message>
    <message>
        <source>Type a key and press Enter to go to that row (or the next one after it); separate the values of a composite key with commas</source>
        <translation>输入键值并按 Enter 跳转到该行（或其后的下一行）；复合键的各个值用逗号分隔</translation>
    </message>
    <message>
        <source>No key to jump to</source>
        <translation>没有可跳转的键</translation>
    </message>
    <message>
        <source>Jump to %1…</source>
        <translation>跳转到 %1…</translation>
    </message>
    <message>
        <source>Data compare</source>
        <translation>数据对比</translation>
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
        <translation>比较结果未打开。</translation>
    </message>
</context>
<context>
    <name>DiffRowModel</name>
    <message>
        <source>Only in the source: sync inserts it into the target</source>
        <translation>仅源端有：同步会将其插入目标</translation>
    </message>
    <message>
        <source>Only in the target: sync deletes it from the target</source>
        <translation>仅目标端有：同步会将其从目标中删除</translation>
    </message>
    <message>
        <source>Different: sync updates the target&apos;s values</source>
        <translation>不同：同步会更新目标中的值</translation>
    </message>
    <message>
        <source>Excluded: sync leaves this row alone.</source>
        <translation>已排除：同步不会处理此行。</translation>
    </message>
    <message>
        <source>Included in the sync. Untick to leave it alone.</source>
        <translation>已纳入同步。取消勾选即可不处理此行。</translation>
    </message>
    <message>
        <source>Not in the source</source>
        <translation>源端不存在</translation>
    </message>
    <message>
        <source>Not in the target</source>
        <translation>目标端不存在</translation>
    </message>
    <message>
        <source>%1
(the start of a long value: select the row to see all of it)</source>
        <translation>%1
（长值的开头部分：选中该行可查看完整内容）</translation>
    </message>
    <message>
        <source>NULL (no value)</source>
        <translation>NULL（无值）</translation>
    </message>
    <message>
        <source>Included in the sync (untick to leave a row alone) and the kind of difference: + only in source, − only in target, ≠ different</source>
        <translation>是否纳入同步（取消勾选即可不处理某行）及差异类型：+ 仅源端有，− 仅目标端有，≠ 不同</translation>
    </message>
    <message>
        <source>The kind of difference: + only in source, − only in target, ≠ different</source>
        <translation>差异类型：+ 仅源端有，− 仅目标端有，≠ 不同</translation>
    </message>
    <message>
        <source>Part of the row key</source>
        <translation>属于行键的一部分</translation>
    </message>
</context>
<context>
    <name>DiffStore</name>
    <message>
        <source>%1 failed in the diff store %2: %3</source>
        <translation>差异存储 %2 中的%1失败：%3</translation>
    </message>
    <message>
        <source>Check that the disk is not full and the folder is writable.</source>
        <translation>请检查磁盘是否已满、文件夹是否可写。</translation>
    </message>
    <message>
        <source>Cannot open the diff store %1: %2</source>
        <translation>无法打开差异存储 %1：%2</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions and free space.</source>
        <translation>请检查该文件夹的权限和可用空间。</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Creating the tables</source>
        <translation>创建表</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the compare results.</source>
        <translation>无法创建用于存放比较结果的文件夹 %1。</translation>
    </message>
    <message>
        <source>Check its permissions, or set SYNCSTUDIO_HOME to a writable folder.</source>
        <translation>请检查其权限，或将 SYNCSTUDIO_HOME 设置为可写的文件夹。</translation>
    </message>
    <message>
        <source>There is no diff store at %1.</source>
        <translation>%1 处没有差异存储。</translation>
    </message>
    <message>
        <source>Run the compare again; old results may have been removed.</source>
        <translation>请重新运行比较；旧结果可能已被删除。</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>The diff store has no entry %1.</source>
        <translation>差异存储中没有条目 %1。</translation>
    </message>
    <message>
        <source>Saving a table</source>
        <translation>保存表</translation>
    </message>
    <message>
        <source>Reading the tables</source>
        <translation>读取表列表</translation>
    </message>
    <message>
        <source>Reading a table</source>
        <translation>读取表</translation>
    </message>
    <message>
        <source>The diff store has no table %1.</source>
        <translation>差异存储中没有表 %1。</translation>
    </message>
    <message>
        <source>Cannot start a transaction in the diff store %1: %2</source>
        <translation>无法在差异存储 %1 中开始事务：%2</translation>
    </message>
    <message>
        <source>Check that the disk is not full.</source>
        <translation>请检查磁盘是否已满。</translation>
    </message>
    <message>
        <source>Saving rows</source>
        <translation>保存行</translation>
    </message>
    <message>
        <source>Cannot save rows in the diff store %1: %2</source>
        <translation>无法在差异存储 %1 中保存行：%2</translation>
    </message>
    <message>
        <source>Clearing rows</source>
        <translation>清除行</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>读取行</translation>
    </message>
    <message>
        <source>The diff store has no such row in table %1.</source>
        <translation>差异存储的表 %1 中没有这样的行。</translation>
    </message>
    <message>
        <source>The results may have been replaced by a newer compare.</source>
        <translation>结果可能已被更新的比较替换。</translation>
    </message>
    <message>
        <source>Counting rows</source>
        <translation>统计行数</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>different</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
</context>
<context>
    <name>DiffTablesModel</name>
    <message>
        <source>Identical</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>%1.%2 → %3.%4</source>
        <translation>%1.%2 → %3.%4</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>键：%1</translation>
    </message>
    <message>
        <source>No key: compared as a multiset of rows</source>
        <translation>无键：按行的多重集比较</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Only in source</source>
        <translation>仅源端有</translation>
    </message>
    <message>
        <source>Only in target</source>
        <translation>仅目标端有</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Rows only the source has: sync inserts them into the target</source>
        <translation>仅源端有的行：同步会将其插入目标</translation>
    </message>
    <message>
        <source>Rows only the target has: sync deletes them</source>
        <translation>仅目标端有的行：同步会将其删除</translation>
    </message>
    <message>
        <source>Rows with the same key and different values: sync updates them</source>
        <translation>键相同但值不同的行：同步会更新这些行</translation>
    </message>
    <message>
        <source>Rows that are the same on both sides</source>
        <translation>两端相同的行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Comparing for %1 s</source>
        <translation>已比较 %1 秒</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>已读取 %1 行</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message>
        <source>The table, and where it goes when it was mapped to another</source>
        <translation>表，以及映射到其他表时的目标位置</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Cannot read the endpoint &quot;%1&quot;: %2.</source>
        <translation>无法解析端点“%1”：%2。</translation>
    </message>
    <message>
        <source>Write PROFILE, PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</source>
        <translation>请写成 PROFILE、PROFILE/DATABASE 或 mysql://USER@HOST:PORT/DATABASE。</translation>
    </message>
    <message>
        <source>the scheme must be mysql:// or mariadb://</source>
        <translation>协议必须是 mysql:// 或 mariadb://</translation>
    </message>
    <message>
        <source>the URL has no user name</source>
        <translation>URL 中没有用户名</translation>
    </message>
    <message>
        <source>the URL has no host</source>
        <translation>URL 中没有主机</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>端口必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>the path must be a single database name</source>
        <translation>路径必须是单个数据库名称</translation>
    </message>
    <message>
        <source>unknown ssl-mode &quot;%1&quot; (use DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY)</source>
        <translation>未知的 ssl-mode“%1”（请使用 DISABLED、PREFERRED、REQUIRED、VERIFY_CA 或 VERIFY_IDENTITY）</translation>
    </message>
    <message>
        <source>connect-timeout must be a number of seconds</source>
        <translation>connect-timeout 必须是秒数</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>the profile name is empty</source>
        <translation>连接配置名称为空</translation>
    </message>
    <message>
        <source>nothing follows the &quot;/&quot;; name a database or leave out the slash</source>
        <translation>“/”后面没有内容；请指定数据库，或去掉斜杠</translation>
    </message>
    <message>
        <source>only one &quot;/&quot; may separate the profile and the database</source>
        <translation>连接配置和数据库之间只能用一个“/”分隔</translation>
    </message>
</context>
<context>
    <name>EnvironmentBand</name>
    <message>
        <source>Source: read only, never written to</source>
        <translation>源：只读，从不写入</translation>
    </message>
    <message>
        <source>Target: brought in line with the source</source>
        <translation>目标：与源保持一致</translation>
    </message>
    <message>
        <source>PROD</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>STAGING</source>
        <translation>预发布</translation>
    </message>
    <message>
        <source>DEV</source>
        <translation>开发</translation>
    </message>
    <message>
        <source>The target is production: every write asks for its profile name first.</source>
        <translation>目标是生产环境：每次写入前都会先要求输入其连接配置名称。</translation>
    </message>
    <message>
        <source>No saved profile is named like the target.</source>
        <translation>没有与目标同名的已保存连接配置。</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>表 %1</translation>
    </message>
    <message>
        <source> (MySQL error %1)</source>
        <translation> (MySQL 错误 %1)</translation>
    </message>
    <message>
        <source> (MySQL error %1, SQLSTATE %2)</source>
        <translation> (MySQL 错误 %1，SQLSTATE %2)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates &quot;server X&quot;, &quot;database Y&quot; and &quot;table Z&quot; in an error line.</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is where the error happened (server, database, table), %2 what happened.</extracomment>
        <translation>%1：%2</translation>
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
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
</context>
<context>
    <name>ForeignKeyGraph</name>
    <message>
        <source>The foreign keys of the target decide the order of the writes; grant the account read access to information_schema, or turn foreign key checks off for this run.</source>
        <translation>目标的外键决定写入顺序；请授予该账户对 information_schema 的读权限，或在本次运行中关闭外键检查。</translation>
    </message>
    <message>
        <source>The foreign keys between %1 form a cycle, so no order of the writes satisfies them all; if the sync fails on a foreign key, run it with foreign key checks off.</source>
        <translation>%1 之间的外键形成了循环，因此任何写入顺序都无法同时满足它们；如果同步因外键而失败，请在关闭外键检查的情况下运行。</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Nothing was left half-done; run it again to start over.</source>
        <translation>没有留下执行到一半的操作；重新运行即可从头开始。</translation>
    </message>
</context>
<context>
    <name>JobItemsModel</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
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
        <translation>已完成，用时 %1。</translation>
    </message>
    <message>
        <source>Cancelled after %1.</source>
        <translation>已取消，用时 %1。</translation>
    </message>
    <message>
        <source>Failed after %1: %2</source>
        <translation>失败，用时 %1：%2</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>The job ended without reporting a result.</source>
        <translation>任务已结束，但未报告结果。</translation>
    </message>
    <message>
        <source>Cancel requested: the job stops after its current step.</source>
        <translation>已请求取消：任务将在当前步骤完成后停止。</translation>
    </message>
    <message>
        <source>Finished in %1.</source>
        <translation>已完成，用时 %1。</translation>
    </message>
    <message>
        <source>Warning: cancelled after %1.</source>
        <translation>警告：运行 %1 后已取消。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>结束时间：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>行/秒</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
</context>
<context>
    <name>KeyInput</name>
    <message>
        <source>The table %1 has no row key: its rows cannot be looked up by key.</source>
        <translation>表 %1 没有行键：无法按键查找其行。</translation>
    </message>
    <message>
        <source>Scroll, or filter by kind.</source>
        <translation>滚动查看，或按类型筛选。</translation>
    </message>
    <message numerus="yes">
        <source>The key of %1 has %n column(s) (%2); %3 value(s) were given.</source>
        <translation>
            <numerusform>%1 的键有 %n 列 (%2)；但提供了 %3 个值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Separate the values with commas; quote a value that holds a comma: &apos;a,b&apos;.</source>
        <translation>请用逗号分隔各个值；包含逗号的值需加引号：&apos;a,b&apos;。</translation>
    </message>
    <message>
        <source>%1 is a number column; &quot;%2&quot; is not a whole number.</source>
        <translation>%1 是数字列；“%2”不是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal value.</source>
        <translation>“%1”不是十六进制值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written in the character set %2 of %3.</source>
        <translation>“%1”无法用 %3 的字符集 %2 表示。</translation>
    </message>
    <message>
        <source>A key column of %1 cannot be NULL.</source>
        <translation>%1 的键列不能为 NULL。</translation>
    </message>
    <message>
        <source>Type a value for every key column.</source>
        <translation>请为每个键列输入值。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No keychain can be used: the application is not running an event loop (no QCoreApplication) or is shutting down.</source>
        <translation>无法使用系统钥匙串：应用程序未运行事件循环（没有 QCoreApplication）或正在关闭。</translation>
    </message>
    <message numerus="yes">
        <source>No keychain answered within %n second(s): it may be waiting for an unlock prompt that nobody can see.</source>
        <translation>
            <numerusform>系统钥匙串在 %n 秒内没有响应：它可能正在等待一个无人能看到的解锁提示。</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain refused access: the request was denied (%1).</source>
        <translation>系统钥匙串拒绝访问：请求被拒绝 (%1)。</translation>
    </message>
    <message>
        <source>The keychain refused access: it is locked or access was denied (%1).</source>
        <translation>系统钥匙串拒绝访问：它已锁定或访问被拒绝 (%1)。</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret for key %1 (%2).</source>
        <translation>系统钥匙串无法删除键 %1 的密钥 (%2)。</translation>
    </message>
    <message>
        <source>Remove the entry for service %1 by hand in your keyring manager.</source>
        <translation>请在密钥环管理器中手动删除服务 %1 的条目。</translation>
    </message>
    <message>
        <source>No keychain answered: the Secret Service (org.freedesktop.secrets on the D-Bus session bus) is not running or is locked (%1).</source>
        <translation>系统钥匙串无响应：Secret Service（D-Bus 会话总线上的 org.freedesktop.secrets）未运行或已锁定 (%1)。</translation>
    </message>
    <message>
        <source>No keychain answered: the system keychain is not available (%1).</source>
        <translation>系统钥匙串无响应：系统钥匙串不可用 (%1)。</translation>
    </message>
    <message>
        <source>No keychain answered: the D-Bus session bus is disabled (DBUS_SESSION_BUS_ADDRESS=%1), so the Secret Service (org.freedesktop.secrets) cannot be reached.</source>
        <translation>系统钥匙串无响应：D-Bus 会话总线已禁用 (DBUS_SESSION_BUS_ADDRESS=%1)，因此无法访问 Secret Service (org.freedesktop.secrets)。</translation>
    </message>
    <message>
        <source>No keychain answered: there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set and there is no $XDG_RUNTIME_DIR/bus), so the Secret Service (org.freedesktop.secrets) cannot be reached.</source>
        <translation>系统钥匙串无响应：没有 D-Bus 会话总线（未设置 DBUS_SESSION_BUS_ADDRESS，且不存在 $XDG_RUNTIME_DIR/bus），因此无法访问 Secret Service (org.freedesktop.secrets)。</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole log when nothing is selected</source>
        <translation>复制选中的行，未选中任何内容时复制整个日志</translation>
    </message>
    <message>
        <source>Remove every line from this view</source>
        <translation>清除此视图中的所有行</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Nothing logged yet. Connections, schema reads and their errors are written here.</source>
        <translation>尚无日志。连接、结构读取及其错误会记录在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Profiles Not Loaded</source>
        <translation>未加载连接配置</translation>
    </message>
    <message>
        <source>The saved profiles could not be read: %1</source>
        <translation>无法读取已保存的连接配置：%1</translation>
    </message>
    <message>
        <source>The profiles could not be read: %1</source>
        <translation>无法读取连接配置：%1</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>新建连接配置(&amp;N)…</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>新建连接配置</translation>
    </message>
    <message>
        <source>Create a connection profile for a MySQL or MariaDB server</source>
        <translation>为 MySQL 或 MariaDB 服务器创建连接配置</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>编辑连接配置(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Change the selected profile</source>
        <translation>修改所选的连接配置</translation>
    </message>
    <message>
        <source>D&amp;uplicate Profile…</source>
        <translation>复制连接配置(&amp;U)…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Start a new profile from the selected one&apos;s settings</source>
        <translation>基于所选连接配置的设置新建连接配置</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>删除连接配置(&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected profile and its stored password</source>
        <translation>删除所选的连接配置及其已存储的密码</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Connect to the selected profile&apos;s server and report what it allows</source>
        <translation>连接到所选连接配置的服务器，并报告其允许的操作</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close SyncStudio</source>
        <translation>关闭 SyncStudio</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>状态栏(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About SyncStudio</source>
        <translation>关于 SyncStudio(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>连接配置(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Profiles &amp;Sidebar</source>
        <translation>连接配置侧边栏(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Profiles Toolbar</source>
        <translation>连接配置工具栏</translation>
    </message>
    <message>
        <source>Comparison Toolbar</source>
        <translation>比较工具栏</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Comparison Toolbar</source>
        <translation>比较工具栏(&amp;C)</translation>
    </message>
    <message>
        <source>Keychain: checking…</source>
        <translation>系统钥匙串：正在检查…</translation>
    </message>
    <message>
        <source>No profiles</source>
        <translation>无连接配置</translation>
    </message>
    <message>
        <source>Profiles: %1</source>
        <translation>连接配置：%1</translation>
    </message>
    <message>
        <source>Keychain: ready</source>
        <translation>系统钥匙串：就绪</translation>
    </message>
    <message>
        <source>Passwords are stored in the system keychain.</source>
        <translation>密码存储在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Keychain: not reachable — passwords will be asked each time</source>
        <translation>系统钥匙串：无法访问 — 每次都会询问密码</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>连接配置“%1”已保存。</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>删除连接配置</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>删除连接配置“%1”？</translation>
    </message>
    <message>
        <source>Its password is removed from the system keychain as well. The server and its data are not touched.</source>
        <translation>其密码也会从系统钥匙串中删除。服务器及其数据不受影响。</translation>
    </message>
    <message>
        <source>The server and its data are not touched.</source>
        <translation>服务器及其数据不受影响。</translation>
    </message>
    <message>
        <source>This is a production profile.</source>
        <translation>这是生产环境的连接配置。</translation>
    </message>
    <message>
        <source>Deleting profile “%1”…</source>
        <translation>正在删除连接配置“%1”…</translation>
    </message>
    <message>
        <source>Profile Not Deleted</source>
        <translation>未删除连接配置</translation>
    </message>
    <message>
        <source>Profile “%1” deleted.</source>
        <translation>连接配置“%1”已删除。</translation>
    </message>
    <message>
        <source>&amp;New Comparison</source>
        <translation>新建比较(&amp;N)</translation>
    </message>
    <message>
        <source>Choose a source and a target to compare</source>
        <translation>选择要比较的源和目标</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved sync project</source>
        <translation>打开已保存的同步项目</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save the comparison as a project file the GUI and the CLI can open</source>
        <translation>将比较保存为 GUI 和 CLI 均可打开的项目文件</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the comparison under a new file name</source>
        <translation>以新文件名保存比较</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>Close the current comparison</source>
        <translation>关闭当前比较</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preview SQL</source>
        <translation>预览 SQL(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>校验(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Rollback</source>
        <translation>回滚(&amp;R)</translation>
    </message>
    <message>
        <source>New Comparison</source>
        <translation>新建比较</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Open a project or start a comparison first.</source>
        <translation>请先打开项目或开始比较。</translation>
    </message>
    <message>
        <source>%1 — SyncStudio</source>
        <translation>%1 — SyncStudio</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Project Not Opened</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Remove from Recent Projects</source>
        <translation>从最近的项目中移除</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Project Not Saved</source>
        <translation>未保存项目</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Close Comparison</source>
        <translation>关闭比较</translation>
    </message>
    <message>
        <source>Keep Open</source>
        <translation>保持打开</translation>
    </message>
    <message>
        <source>“%1” has settings that are not saved. Save them before closing?</source>
        <translation>“%1”有未保存的设置。关闭前是否保存？</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Projects</source>
        <translation>清除最近的项目(&amp;C)</translation>
    </message>
    <message>
        <source>The recent projects list could not be updated: %1</source>
        <translation>无法更新最近的项目列表：%1</translation>
    </message>
    <message>
        <source>A %1 of “%2” is still running.</source>
        <translation>“%2”的%1仍在运行。</translation>
    </message>
    <message>
        <source>Closing cancels it at its next safe point: a compare writes nothing, a sync or a rollback stops between statements and its backup point stays.</source>
        <translation>关闭将在下一个安全点取消它：比较不会写入任何内容，同步或回滚会在语句之间停止，其备份点保留。</translation>
    </message>
    <message>
        <source>Cancel It and Close</source>
        <translation>取消并关闭</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, backup retention and other settings</source>
        <translation>语言、备份保留期限及其他设置</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Backup Points</source>
        <translation>备份点</translation>
    </message>
    <message>
        <source>&amp;Backup Points</source>
        <translation>备份点(&amp;B)</translation>
    </message>
    <message>
        <source>The backup points every sync took, to inspect and roll back</source>
        <translation>每次同步创建的备份点，可在此查看和回滚</translation>
    </message>
    <message>
        <source>Backup point %1 rolled back and verified.</source>
        <translation>备份点 %1 已回滚并通过校验。</translation>
    </message>
    <message>
        <source>Backup point %1 rolled back with differences; see Backup Points.</source>
        <translation>备份点 %1 已回滚，但存在差异；请查看“备份点”。</translation>
    </message>
    <message>
        <source>The new language applies when SyncStudio starts again.</source>
        <translation>新语言将在 SyncStudio 重新启动后生效。</translation>
    </message>
    <message>
        <source>No Keychain Reachable</source>
        <translation>无法访问系统钥匙串</translation>
    </message>
    <message>
        <source>SyncStudio keeps passwords only in the system keychain, and none answered.</source>
        <translation>SyncStudio 仅将密码保存在系统钥匙串中，但没有任何钥匙串响应。</translation>
    </message>
    <message>
        <source>Until one is reachable, passwords are not saved with profiles: you are asked for them each time you connect. Start or unlock your keyring (for example GNOME Keyring or KWallet) and restart SyncStudio to save them.</source>
        <translation>在可访问系统钥匙串之前，密码不会随连接配置保存：每次连接时都会要求您输入密码。请启动或解锁您的密钥环（例如 GNOME Keyring 或 KWallet），然后重新启动 SyncStudio 以保存密码。</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No keychain answered (the test keychain is switched off).</source>
        <translation>系统钥匙串无响应（测试用钥匙串已关闭）。</translation>
    </message>
</context>
<context>
    <name>MetaReader</name>
    <message>
        <source>The database does not exist.</source>
        <translation>数据库不存在。</translation>
    </message>
    <message>
        <source>Check the database name in the endpoint (profile/database or the URL path).</source>
        <translation>请检查端点中的数据库名称（连接配置/数据库 或 URL 路径）。</translation>
    </message>
</context>
<context>
    <name>MigrationPlanner</name>
    <message>
        <source>drop check %1</source>
        <translation>删除 CHECK 约束 %1</translation>
    </message>
    <message>
        <source>drop primary key</source>
        <translation>删除主键</translation>
    </message>
    <message>
        <source>drop index %1</source>
        <translation>删除索引 %1</translation>
    </message>
    <message>
        <source>drop column %1 to add it again</source>
        <translation>删除列 %1 以便重新添加</translation>
    </message>
    <message>
        <source>Column %1 becomes generated: its stored values are replaced by the expression.</source>
        <translation>列 %1 将变为生成列：其已存储的值将被表达式取代。</translation>
    </message>
    <message>
        <source>drop column %1</source>
        <translation>删除列 %1</translation>
    </message>
    <message>
        <source>The values in column %1 are lost.</source>
        <translation>列 %1 中的值将丢失。</translation>
    </message>
    <message>
        <source>add column %1 again as %2</source>
        <translation>以 %2 重新添加列 %1</translation>
    </message>
    <message>
        <source>Column %1 stops being generated: it starts out with its default value.</source>
        <translation>列 %1 将不再是生成列：其初始值为默认值。</translation>
    </message>
    <message>
        <source>add column %1</source>
        <translation>添加列 %1</translation>
    </message>
    <message>
        <source>Column %1 changes from %2 to %3: characters %3 cannot hold are lost.</source>
        <translation>列 %1 从 %2 更改为 %3：%3 无法存储的字符将丢失。</translation>
    </message>
    <message>
        <source>Column %1 becomes NOT NULL: the statement fails if a row holds NULL there.</source>
        <translation>列 %1 将变为 NOT NULL：如果某行在该列中为 NULL，语句将失败。</translation>
    </message>
    <message>
        <source>check</source>
        <translation>CHECK 约束</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>modify column %1 (%2)</source>
        <translation>修改列 %1 (%2)</translation>
    </message>
    <message>
        <source>add primary key</source>
        <translation>添加主键</translation>
    </message>
    <message>
        <source>add index %1</source>
        <translation>添加索引 %1</translation>
    </message>
    <message>
        <source>Index %1 is unique: the statement fails if existing rows have duplicates.</source>
        <translation>索引 %1 为唯一索引：如果现有行存在重复值，语句将执行失败。</translation>
    </message>
    <message>
        <source>make index %1 %2</source>
        <translation>将索引 %1 改为 %2</translation>
    </message>
    <message>
        <source>add check %1</source>
        <translation>添加检查约束 %1</translation>
    </message>
    <message>
        <source>The statement fails if existing rows violate CHECK (%1).</source>
        <translation>如果现有行违反 CHECK (%1)，语句将执行失败。</translation>
    </message>
    <message>
        <source>engine %1</source>
        <translation>引擎 %1</translation>
    </message>
    <message>
        <source>row format %1</source>
        <translation>行格式 %1</translation>
    </message>
    <message>
        <source>table options %1</source>
        <translation>表选项 %1</translation>
    </message>
    <message>
        <source>default charset %1, collation %2 (existing columns keep theirs)</source>
        <translation>默认字符集 %1，排序规则 %2（现有列保持原设置）</translation>
    </message>
    <message>
        <source>table comment</source>
        <translation>表注释</translation>
    </message>
    <message>
        <source>AUTO_INCREMENT %1</source>
        <translation>AUTO_INCREMENT %1</translation>
    </message>
    <message>
        <source>Repartitioning copies the whole table.</source>
        <translation>重新分区会复制整张表。</translation>
    </message>
    <message>
        <source>remove partitioning</source>
        <translation>移除分区</translation>
    </message>
    <message>
        <source>partition as %1</source>
        <translation>按 %1 分区</translation>
    </message>
    <message>
        <source>drop foreign key %1 (its table goes)</source>
        <translation>删除外键 %1（其所在表将被删除）</translation>
    </message>
    <message>
        <source>drop foreign keys %1</source>
        <translation>删除外键 %1</translation>
    </message>
    <message>
        <source>add foreign keys %1</source>
        <translation>添加外键 %1</translation>
    </message>
    <message>
        <source>The statement fails if existing rows violate the keys; InnoDB copies the table to add a key while foreign_key_checks is on.</source>
        <translation>如果现有行违反这些键，语句将执行失败；foreign_key_checks 开启时，InnoDB 会复制整张表来添加外键。</translation>
    </message>
    <message>
        <source>drop table (only in target)</source>
        <translation>删除表（仅目标端有）</translation>
    </message>
    <message>
        <source>Table %1 and all its rows are lost.</source>
        <translation>表 %1 及其所有行将丢失。</translation>
    </message>
    <message>
        <source>create table</source>
        <translation>创建表</translation>
    </message>
    <message>
        <source>drop view (only in target)</source>
        <translation>删除视图（仅目标端有）</translation>
    </message>
    <message>
        <source>replace view</source>
        <translation>替换视图</translation>
    </message>
    <message>
        <source>create view</source>
        <translation>创建视图</translation>
    </message>
    <message>
        <source>drop trigger to recreate it</source>
        <translation>删除触发器以重新创建</translation>
    </message>
    <message>
        <source>drop trigger (only in target)</source>
        <translation>删除触发器（仅目标端有）</translation>
    </message>
    <message>
        <source>create trigger</source>
        <translation>创建触发器</translation>
    </message>
    <message>
        <source>drop to recreate</source>
        <translation>删除后重新创建</translation>
    </message>
    <message>
        <source>drop (only in target)</source>
        <translation>删除（仅目标端有）</translation>
    </message>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>use the event&apos;s time zone</source>
        <translation>使用事件的时区</translation>
    </message>
    <message>
        <source>restore the session time zone</source>
        <translation>恢复会话时区</translation>
    </message>
    <message>
        <source>Column %1 changes from %2 to %3: values that do not fit are truncated or rejected.</source>
        <translation>列 %1 从 %2 改为 %3：超出范围的值将被截断或拒绝。</translation>
    </message>
    <message>
        <source>Column %1 loses the member %2: rows holding it are changed or rejected.</source>
        <translation>列 %1 失去成员 %2：包含该值的行将被更改或拒绝。</translation>
    </message>
</context>
<context>
    <name>MigrationScriptView</name>
    <message>
        <source>Allow destructive changes</source>
        <translation>允许破坏性变更</translation>
    </message>
    <message>
        <source>Copy Script</source>
        <translation>复制脚本</translation>
    </message>
    <message>
        <source>Save Script…</source>
        <translation>保存脚本…</translation>
    </message>
    <message>
        <source>Apply to Target…</source>
        <translation>应用到目标…</translation>
    </message>
    <message>
        <source>Include statements that drop objects or may lose data. Each one is marked “destructive” in the list and in the script.</source>
        <translation>包含删除对象或可能丢失数据的语句。每条此类语句都会在列表和脚本中标记为“破坏性”。</translation>
    </message>
    <message>
        <source>Nothing to migrate: the target&apos;s structure already matches the source.</source>
        <translation>无需迁移：目标的结构已与源一致。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n statement(s)&lt;/b&gt; to run on %1: %2</source>
        <translation>
            <numerusform>将在 %1 上执行 &lt;b&gt;%n 条语句&lt;/b&gt;：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a compare to see the statements that bring the target in line.</source>
        <translation>运行比较以查看使目标与源保持一致的语句。</translation>
    </message>
    <message>
        <source>The script could not be saved to %1: %2.</source>
        <translation>无法将脚本保存到 %1：%2。</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Check the free space and the permissions of the folder.</source>
        <translation>请检查可用磁盘空间和文件夹权限。</translation>
    </message>
    <message>
        <source>Save Migration Script</source>
        <translation>保存迁移脚本</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL 脚本 (*.sql);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Script Not Saved</source>
        <translation>脚本未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) left out: destructive changes and what only serves them. Allow destructive changes to include them.</source>
        <translation>
            <numerusform>已排除 %n 条语句：破坏性更改及仅为其服务的语句。允许破坏性更改即可包含它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) left out of the script: destructive changes, and what only prepares them. A statement that mixes harmless and destructive changes to one table is left out whole; check “Allow destructive changes” to include them.</source>
        <translation>
            <numerusform>已从脚本中排除 %n 条语句：破坏性更改及仅为其做准备的语句。对同一张表混合了无害和破坏性更改的语句将被整体排除；勾选“允许破坏性更改”即可包含它们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationStepsModel</name>
    <message>
        <source>instant</source>
        <translation>即时</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>原地</translation>
    </message>
    <message>
        <source>table rebuild</source>
        <translation>重建表</translation>
    </message>
    <message>
        <source>destructive</source>
        <translation>破坏性</translation>
    </message>
    <message>
        <source>Changes metadata only; finishes at once whatever the table&apos;s size.</source>
        <translation>仅更改元数据；无论表有多大都会立即完成。</translation>
    </message>
    <message>
        <source>Works on the table without copying it (e.g. building an index); writes continue meanwhile.</source>
        <translation>在不复制表的情况下操作（例如创建索引）；期间写入可继续进行。</translation>
    </message>
    <message>
        <source>Copies the whole table: takes time and disk space in proportion to its size.</source>
        <translation>复制整张表：耗时和磁盘空间与表大小成正比。</translation>
    </message>
    <message>
        <source>Drops an object or may lose data. Runs only when destructive changes are allowed.</source>
        <translation>删除对象或可能丢失数据。仅在允许破坏性变更时执行。</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>已排除：%1</translation>
    </message>
    <message>
        <source>Left out of the script: allow destructive changes to include it.</source>
        <translation>已从脚本中排除：允许破坏性变更即可包含。</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The values of column %1 are saved with the rows&apos; keys in the backup point first.</source>
        <translation>列 %1 的值会先连同行的键保存到备份点中。</translation>
    </message>
    <message>
        <source>Left out of the script with the destructive change it prepares: allow destructive changes to include it.</source>
        <translation>与其所准备的破坏性更改一起从脚本中排除：允许破坏性更改即可包含它。</translation>
    </message>
    <message>
        <source>Instead of:</source>
        <translation>替代：</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>永久保留</translation>
    </message>
    <message>
        <source>Backup points older than this are offered for deletion in the Backup Points view and by syncstudio-cli backups delete --expired. Nothing is deleted without asking.</source>
        <translation>超过此期限的备份点会在“备份点”视图中以及通过 syncstudio-cli backups delete --expired 提示删除。未经确认不会删除任何内容。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Recent projects listed:</source>
        <translation>最近项目显示数量(&amp;R)：</translation>
    </message>
    <message>
        <source>Backup Points</source>
        <translation>备份点</translation>
    </message>
    <message>
        <source>&amp;Keep backup points for:</source>
        <translation>备份点保留期限(&amp;K)：</translation>
    </message>
    <message>
        <source>SYNCSTUDIO_LANG is set to “%1” in the environment; it wins over this choice.</source>
        <translation>环境变量 SYNCSTUDIO_LANG 已设置为“%1”，其优先级高于此处的选择。</translation>
    </message>
    <message>
        <source>The new language applies when SyncStudio starts again.</source>
        <translation>新语言将在 SyncStudio 重新启动后生效。</translation>
    </message>
    <message>
        <source>Applies at start; “System default” follows the system&apos;s language.</source>
        <translation>启动时生效；“系统默认”将跟随系统语言。</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>首选项未保存</translation>
    </message>
</context>
<context>
    <name>ProductionConfirmDialog</name>
    <message>
        <source>Confirm Write to Production</source>
        <translation>确认写入生产环境</translation>
    </message>
    <message>
        <source>“%1” is a production profile.</source>
        <translation>“%1”是生产环境连接配置。</translation>
    </message>
    <message>
        <source>To continue, type the profile name &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>如需继续，请输入连接配置名称 &lt;b&gt;%1&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>The name does not match. Type “%1” exactly as shown.</source>
        <translation>名称不匹配。请按显示内容准确输入“%1”。</translation>
    </message>
    <message>
        <source>This is not “%1”. Names are case-sensitive here.</source>
        <translation>这不是“%1”。此处名称区分大小写。</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Manage saved connection profiles (add, list, show, remove, test)</source>
        <translation>管理已保存的连接配置（add、list、show、remove、test）</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法:</translation>
    </message>
    <message>
        <source>Passwords are stored only in the system keychain. SYNCSTUDIO_PASSWORD overrides the stored password for one run.</source>
        <translation>密码仅存储在系统钥匙串中。SYNCSTUDIO_PASSWORD 可在单次运行中覆盖已存储的密码。</translation>
    </message>
    <message>
        <source>Unknown profile action &quot;%1&quot;.</source>
        <translation>未知的连接配置操作“%1”。</translation>
    </message>
    <message>
        <source>Use add, list, show, remove or test.</source>
        <translation>请使用 add、list、show、remove 或 test。</translation>
    </message>
    <message>
        <source>Save a connection profile.</source>
        <translation>保存连接配置。</translation>
    </message>
    <message>
        <source>The profile&apos;s name, e.g. prod.</source>
        <translation>连接配置名称，例如 prod。</translation>
    </message>
    <message>
        <source>Server host name or address.</source>
        <translation>服务器主机名或地址。</translation>
    </message>
    <message>
        <source>TCP port (default 3306).</source>
        <translation>TCP 端口（默认 3306）。</translation>
    </message>
    <message>
        <source>Unix socket path, instead of host and port.</source>
        <translation>Unix 套接字路径，用于替代主机和端口。</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <source>Default database.</source>
        <translation>默认数据库。</translation>
    </message>
    <message>
        <source>Read the password from standard input and store it in the keychain.</source>
        <translation>从标准输入读取密码并存储到系统钥匙串。</translation>
    </message>
    <message>
        <source>DISABLED, PREFERRED (default), REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</source>
        <translation>DISABLED、PREFERRED（默认）、REQUIRED、VERIFY_CA 或 VERIFY_IDENTITY。</translation>
    </message>
    <message>
        <source>CA certificate file.</source>
        <translation>CA 证书文件。</translation>
    </message>
    <message>
        <source>Client certificate file.</source>
        <translation>客户端证书文件。</translation>
    </message>
    <message>
        <source>Client key file.</source>
        <translation>客户端密钥文件。</translation>
    </message>
    <message>
        <source>Environment: prod, staging or dev.</source>
        <translation>环境：prod、staging 或 dev。</translation>
    </message>
    <message>
        <source>Free-form notes.</source>
        <translation>自由格式备注。</translation>
    </message>
    <message>
        <source>Replace an existing profile of the same name.</source>
        <translation>替换同名的现有连接配置。</translation>
    </message>
    <message>
        <source>profile add needs --host (or --socket).</source>
        <translation>profile add 需要 --host（或 --socket）。</translation>
    </message>
    <message>
        <source>Example: --host 127.0.0.1 --port 3306</source>
        <translation>示例：--host 127.0.0.1 --port 3306</translation>
    </message>
    <message>
        <source>profile add needs --user.</source>
        <translation>profile add 需要 --user。</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number between 1 and 65535.</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Unknown --ssl-mode &quot;%1&quot;.</source>
        <translation>未知的 --ssl-mode“%1”。</translation>
    </message>
    <message>
        <source>Use DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</source>
        <translation>请使用 DISABLED、PREFERRED、REQUIRED、VERIFY_CA 或 VERIFY_IDENTITY。</translation>
    </message>
    <message>
        <source>Unknown --tag &quot;%1&quot;.</source>
        <translation>未知的 --tag“%1”。</translation>
    </message>
    <message>
        <source>Use prod, staging or dev.</source>
        <translation>请使用 prod、staging 或 dev。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的连接配置已存在。</translation>
    </message>
    <message>
        <source>Add --update to replace it, or remove it first.</source>
        <translation>添加 --update 以替换它，或先将其删除。</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;; its password is in the system keychain.</source>
        <translation>已保存连接配置“%1”；其密码已存入系统钥匙串。</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>已保存连接配置“%1”。</translation>
    </message>
    <message>
        <source>List the saved profiles.</source>
        <translation>列出已保存的连接配置。</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: syncstudio-cli profile add NAME --host HOST --user USER</source>
        <translation>尚无连接配置。使用以下命令添加：syncstudio-cli profile add NAME --host HOST --user USER</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>DATABASE</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Show one profile.</source>
        <translation>显示单个连接配置。</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>连接配置名称。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的连接配置。</translation>
    </message>
    <message>
        <source>List the profiles with syncstudio-cli profile list.</source>
        <translation>使用 syncstudio-cli profile list 列出连接配置。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS 模式</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>在系统钥匙串中</translation>
    </message>
    <message>
        <source>none saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Remove a profile and its keychain entry.</source>
        <translation>删除连接配置及其系统钥匙串条目。</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation>已删除连接配置“%1”。</translation>
    </message>
    <message>
        <source>Connect and report the server version, TLS, latency and access rights.</source>
        <translation>连接服务器并报告服务器版本、TLS、延迟和访问权限。</translation>
    </message>
    <message>
        <source>A profile (prod or prod/shop) or a mysql:// URL.</source>
        <translation>连接配置（prod 或 prod/shop）或 mysql:// URL。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>%1 ms (median of %2 round trips)</source>
        <translation>%1 ms（%2 次往返的中位数）</translation>
    </message>
    <message>
        <source>(none selected)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>Can read</source>
        <translation>可读</translation>
    </message>
    <message>
        <source>Can write</source>
        <translation>可写</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>权限</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>New Connection Profile</source>
        <translation>新建连接配置</translation>
    </message>
    <message>
        <source>Edit Profile “%1”</source>
        <translation>编辑连接配置“%1”</translation>
    </message>
    <message>
        <source>Duplicate Profile “%1”</source>
        <translation>复制连接配置“%1”</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>A short name, e.g. shop-prod</source>
        <translation>简短名称，例如 shop-prod</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>预发布</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>环境(&amp;v)：</translation>
    </message>
    <message>
        <source>Production profiles are shown in red, and every sync that writes to one asks for confirmation first.</source>
        <translation>生产环境连接配置以红色显示，每次向其写入的同步都会先请求确认。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Host name or IP address</source>
        <translation>主机名或 IP 地址</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Choose the Server Socket</source>
        <translation>选择服务器套接字</translation>
    </message>
    <message>
        <source>Sockets (*.sock);;All files (*)</source>
        <translation>套接字 (*.sock);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Optional: a Unix socket, used instead of host and port</source>
        <translation>可选：Unix 套接字，用于替代主机和端口</translation>
    </message>
    <message>
        <source>S&amp;ocket:</source>
        <translation>套接字(&amp;o)：</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Account name on the server</source>
        <translation>服务器上的账户名</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;w)：</translation>
    </message>
    <message>
        <source>Save password in the system &amp;keychain</source>
        <translation>将密码保存到系统钥匙串(&amp;k)</translation>
    </message>
    <message>
        <source>SyncStudio keeps passwords only in the system keychain, never in its own files. Without a saved password you are asked for it each time you connect.</source>
        <translation>SyncStudio 仅将密码保存在系统钥匙串中，从不写入自身文件。如果未保存密码，每次连接时都会询问密码。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Default &amp;database:</source>
        <translation>默认数据库(&amp;d)：</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>加密 (TLS)</translation>
    </message>
    <message>
        <source>never encrypt</source>
        <translation>从不加密</translation>
    </message>
    <message>
        <source>encrypt when the server supports it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>always encrypt, do not check the certificate</source>
        <translation>始终加密，不校验证书</translation>
    </message>
    <message>
        <source>encrypt and check the certificate against the CA</source>
        <translation>加密并根据 CA 校验证书</translation>
    </message>
    <message>
        <source>as Verify CA, and check the host name</source>
        <translation>同 Verify CA，并校验主机名</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>TLS 模式(&amp;T)：</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.cer *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the CA Certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>CA 证书(&amp;A)：</translation>
    </message>
    <message>
        <source>Choose the Client Certificate</source>
        <translation>选择客户端证书</translation>
    </message>
    <message>
        <source>Optional: only for certificate sign-in</source>
        <translation>可选：仅用于证书登录</translation>
    </message>
    <message>
        <source>Client ce&amp;rtificate:</source>
        <translation>客户端证书(&amp;r)：</translation>
    </message>
    <message>
        <source>Choose the Client Key</source>
        <translation>选择客户端密钥</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>客户端密钥(&amp;k)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Anything worth knowing about this server: owner, maintenance window, caveats</source>
        <translation>关于此服务器的任何须知事项：负责人、维护窗口、注意事项</translation>
    </message>
    <message>
        <source>Connection Test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation>测试连接(&amp;e)</translation>
    </message>
    <message>
        <source>Connect with these settings without saving them (Ctrl+T)</source>
        <translation>使用这些设置连接但不保存 (Ctrl+T)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为连接配置命名。</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists. Choose another name.</source>
        <translation>名为“%1”的连接配置已存在。请选择其他名称。</translation>
    </message>
    <message>
        <source>%1 checks the server certificate: choose the CA certificate that signed it.</source>
        <translation>%1 会校验服务器证书：请选择签发该证书的 CA 证书。</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>The %1 file %2 does not exist.</source>
        <translation>%1文件 %2 不存在。</translation>
    </message>
    <message>
        <source>Certificate sign-in needs both the client certificate and its key.</source>
        <translation>证书登录需要同时提供客户端证书及其密钥。</translation>
    </message>
    <message>
        <source>Type the password in the Password field to test with it.</source>
        <translation>请在“密码”字段中输入密码以使用该密码进行测试。</translation>
    </message>
    <message>
        <source>No keychain answered, so the password cannot be saved: it is used for Test Connection only, and you will be asked for it each time you connect.</source>
        <translation>没有可用的系统钥匙串响应，因此无法保存密码：该密码仅用于测试连接，每次连接时都会询问密码。</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>留空以保留已存储的密码</translation>
    </message>
    <message>
        <source>The stored password will be removed from the keychain.</source>
        <translation>已存储的密码将从系统钥匙串中移除。</translation>
    </message>
    <message>
        <source>Leave empty to reuse the password of “%1”</source>
        <translation>留空以沿用“%1”的密码</translation>
    </message>
    <message>
        <source>The new profile will have no saved password.</source>
        <translation>新连接配置将没有已保存的密码。</translation>
    </message>
    <message>
        <source>The password is used for Test Connection only and is not saved.</source>
        <translation>该密码仅用于测试连接，不会被保存。</translation>
    </message>
    <message>
        <source>You will be asked for the password each time you connect.</source>
        <translation>每次连接时都会询问密码。</translation>
    </message>
    <message>
        <source>Required for %1</source>
        <translation>%1 模式必填</translation>
    </message>
    <message>
        <source>Optional: checked only by VERIFY_CA and VERIFY_IDENTITY</source>
        <translation>可选：仅 VERIFY_CA 和 VERIFY_IDENTITY 会校验</translation>
    </message>
    <message>
        <source>To save the profile without its password, clear “Save password in the system keychain”.</source>
        <translation>如需保存不含密码的连接配置，请取消勾选“将密码保存到系统钥匙串”。</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>The password of profile &quot;%1&quot; could not be stored, so the profile was not saved: %2</source>
        <translation>无法存储连接配置“%1”的密码，因此未保存该连接配置：%2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was not removed because its password could not be removed from the keychain: %2</source>
        <translation>由于无法从系统钥匙串中移除其密码，未删除连接配置“%1”：%2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; should have a password in the keychain, but the keychain has none for it.</source>
        <translation>连接配置“%1”应在系统钥匙串中有密码，但系统钥匙串中没有该密码。</translation>
    </message>
    <message>
        <source>Save the profile again with its password, or set SYNCSTUDIO_PASSWORD for this run.</source>
        <translation>请带密码重新保存该连接配置，或为本次运行设置 SYNCSTUDIO_PASSWORD。</translation>
    </message>
    <message>
        <source>The password of profile &quot;%1&quot; could not be read: %2</source>
        <translation>无法读取连接配置“%1”的密码：%2</translation>
    </message>
</context>
<context>
    <name>ProfilesModel</name>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>预发布</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Profiles tagged prod. Every sync that writes to one asks for confirmation first.</source>
        <translation>标记为 prod 的连接配置。每次向其写入的同步都会先请求确认。</translation>
    </message>
    <message>
        <source>Profiles tagged staging.</source>
        <translation>标记为 staging 的连接配置。</translation>
    </message>
    <message>
        <source>Profiles tagged dev.</source>
        <translation>标记为 dev 的连接配置。</translation>
    </message>
    <message>
        <source>Profiles without an environment tag.</source>
        <translation>没有环境标签的连接配置。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Default database: %1</source>
        <translation>默认数据库：%1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>Password stored in the system keychain</source>
        <translation>密码已存储在系统钥匙串中</translation>
    </message>
    <message>
        <source>No password stored</source>
        <translation>未存储密码</translation>
    </message>
</context>
<context>
    <name>ProfilesSidebar</name>
    <message>
        <source>No profiles yet</source>
        <translation>尚无连接配置</translation>
    </message>
    <message>
        <source>A profile remembers how to reach one server: address, account, TLS and environment. The password goes to the system keychain.</source>
        <translation>连接配置记录如何访问一台服务器：地址、账户、TLS 和环境。密码保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>New Profile…</source>
        <translation>新建连接配置…</translation>
    </message>
</context>
<context>
    <name>ProjectSync</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop after the current batch: it is committed or rolled back whole.</source>
        <translation>在当前批次完成后停止：该批次将整体提交或整体回滚。</translation>
    </message>
    <message>
        <source>row sync</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>sync preview</source>
        <translation>同步预览</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>row rollback</source>
        <translation>数据回滚</translation>
    </message>
    <message>
        <source>Sync writes the row differences of a row compare: run Compare first.</source>
        <translation>同步会写入数据对比得到的行差异：请先运行比较。</translation>
    </message>
    <message>
        <source>The row compare is still running.</source>
        <translation>数据对比仍在运行。</translation>
    </message>
    <message>
        <source>The last row compare did not finish: run Compare again.</source>
        <translation>上次数据对比未完成：请重新运行比较。</translation>
    </message>
    <message>
        <source>These results have been synced: run Compare again to see what is left.</source>
        <translation>这些结果已同步：请重新运行比较以查看剩余差异。</translation>
    </message>
    <message>
        <source>The Data view shows results from outside this application&apos;s data folder: run Compare again.</source>
        <translation>“数据”视图显示的结果来自本应用数据文件夹之外：请重新运行比较。</translation>
    </message>
    <message>
        <source>A %1 of this project is running.</source>
        <translation>此项目的%1正在运行。</translation>
    </message>
    <message>
        <source>Write the ticked row differences to %1, a production target: the plan is shown and its profile name asked first.</source>
        <translation>将勾选的行差异写入生产目标 %1：会先显示执行计划，并要求输入其连接配置名称。</translation>
    </message>
    <message>
        <source>Write the ticked row differences to %1; the plan is shown first. A backup point is taken before the first change.</source>
        <translation>将勾选的行差异写入 %1；会先显示执行计划。第一次变更前会创建备份点。</translation>
    </message>
    <message>
        <source>Show the SQL the row sync would run, batch by batch, without changing anything</source>
        <translation>按批次显示数据同步将执行的 SQL，不做任何更改</translation>
    </message>
    <message>
        <source>Verify checks the target after a sync; nothing has been synced from this project yet.</source>
        <translation>校验用于在同步后检查目标；此项目尚未同步任何内容。</translation>
    </message>
    <message>
        <source>Compare the tables the last sync wrote again and report whether they match</source>
        <translation>重新比较上次同步写入的表，并报告它们是否一致</translation>
    </message>
    <message>
        <source>There is no backup point from this project yet: a sync takes one before its first change.</source>
        <translation>此项目尚无备份点：同步会在第一次变更前创建备份点。</translation>
    </message>
    <message>
        <source>Undo the last row sync: put the rows of %1 back as backup point %2 recorded them</source>
        <translation>撤销上次数据同步：按备份点 %2 的记录将 %1 的行恢复原状</translation>
    </message>
    <message>
        <source>Reading the connection details…</source>
        <translation>正在读取连接信息…</translation>
    </message>
    <message>
        <source>Row sync of compare run %1 requested: %2 → %3</source>
        <translation>已请求对比较运行 %1 执行数据同步：%2 → %3</translation>
    </message>
    <message>
        <source>Sync preview</source>
        <translation>同步预览</translation>
    </message>
    <message>
        <source>Row sync</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>Sync preview failed: %1</source>
        <translation>同步预览失败：%1</translation>
    </message>
    <message>
        <source>Preview Failed</source>
        <translation>预览失败</translation>
    </message>
    <message>
        <source>The SQL a sync of run %1 would run on %2: %3 insert(s), %4 update(s), %5 delete(s). Nothing has been changed.</source>
        <translation>运行 %1 的同步将在 %2 上执行的 SQL：插入 %3 行、更新 %4 行、删除 %5 行。未做任何更改。</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>正在等待您的确认…</translation>
    </message>
    <message>
        <source>Write %1 insert(s), %2 update(s) and %3 delete(s) to %4.</source>
        <translation>向 %4 写入：插入 %1 行、更新 %2 行、删除 %3 行。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Planning the sync again: deletes %1, conflict policy %2.</source>
        <translation>重新规划同步：删除操作%1，冲突策略 %2。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Row sync not confirmed: nothing was written.</source>
        <translation>数据同步未确认：未写入任何内容。</translation>
    </message>
    <message>
        <source>%1: %2 inserted, %3 updated, %4 deleted, %5 conflict(s)</source>
        <translation>%1：插入 %2 行，更新 %3 行，删除 %4 行，%5 个冲突</translation>
    </message>
    <message>
        <source>%1 inserted, %2 updated, %3 deleted; %4 conflict(s)</source>
        <translation>插入 %1 行，更新 %2 行，删除 %3 行；%4 个冲突</translation>
    </message>
    <message>
        <source>Nothing was written, so no backup point was taken.</source>
        <translation>未写入任何内容，因此未创建备份点。</translation>
    </message>
    <message>
        <source>Backup point %1 undoes it (Rollback).</source>
        <translation>可通过备份点 %1 撤销（回滚）。</translation>
    </message>
    <message>
        <source>Row sync finished in %1 s: %2. %3</source>
        <translation>数据同步已完成，用时 %1 秒：%2。%3</translation>
    </message>
    <message>
        <source>Row sync cancelled: %1. %2</source>
        <translation>数据同步已取消：%1。%2</translation>
    </message>
    <message>
        <source>Row sync failed: %1</source>
        <translation>数据同步失败：%1</translation>
    </message>
    <message>
        <source>Sync Failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>So far: %1.</source>
        <translation>目前已完成：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed on the target after the compare, or wait for your decision: they were not written and are listed under Conflicts.</source>
        <translation>
            <numerusform>%n 行在比较后已在目标上发生变化或正在等待您的决定：这些行未写入，已列在“冲突”中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify of sync run %1 started.</source>
        <translation>同步运行 %1 的校验已开始。</translation>
    </message>
    <message>
        <source>Verify not started: %1</source>
        <translation>校验未开始：%1</translation>
    </message>
    <message>
        <source>Verify Not Started</source>
        <translation>校验未开始</translation>
    </message>
    <message>
        <source>Run %1 wrote no table: nothing to verify.</source>
        <translation>运行 %1 未写入任何表：无需校验。</translation>
    </message>
    <message>
        <source>Verify cancelled.</source>
        <translation>校验已取消。</translation>
    </message>
    <message>
        <source>Verify failed: %1</source>
        <translation>校验失败：%1</translation>
    </message>
    <message>
        <source>Verify Failed</source>
        <translation>校验失败</translation>
    </message>
    <message>
        <source>%1: OK, identical</source>
        <translation>%1：通过，相同</translation>
    </message>
    <message numerus="yes">
        <source>%1: OK, identical except %n row(s) you left out of the sync</source>
        <translation>
            <numerusform>%1：通过，除您未纳入同步的 %n 行外均相同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: FAILED, %n row(s) differ</source>
        <translation>
            <numerusform>%1：失败，%n 行不同</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: FAILED, not compared: %2</source>
        <translation>%1：失败，未比较：%2</translation>
    </message>
    <message>
        <source>%1: FAILED, %2</source>
        <translation>%1：失败，%2</translation>
    </message>
    <message>
        <source>Verify of run %1 passed: every table it wrote matches the source.</source>
        <translation>运行 %1 的校验已通过：其写入的每个表都与源一致。</translation>
    </message>
    <message numerus="yes">
        <source>Verify of run %1 failed: %n table(s) still differ.</source>
        <translation>
            <numerusform>运行 %1 的校验失败：仍有 %n 个表存在差异。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Rollback not started: %1</source>
        <translation>回滚未开始：%1</translation>
    </message>
    <message>
        <source>Rollback Not Started</source>
        <translation>回滚未开始</translation>
    </message>
    <message>
        <source>%1: remove %2 row(s) the sync inserted, restore %3 updated row(s), re-insert %4 deleted row(s)</source>
        <translation>%1：移除同步插入的 %2 行，恢复已更新的 %3 行，重新插入已删除的 %4 行</translation>
    </message>
    <message numerus="yes">
        <source>Roll %1 back to backup point %2 taken %3: %4 row(s) in %n table(s) are put back as they were before the sync. Rows changed since the sync are left as they are and listed as conflicts. The rows are read back afterwards to verify.</source>
        <translation>
            <numerusform>将 %1 回滚到于 %3 创建的备份点 %2：%n 个表中的 %4 行将恢复到同步前的状态。同步后发生变化的行将保持原样，并列为冲突。之后会回读这些行以进行校验。</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll Back Row Sync</source>
        <translation>回滚数据同步</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Rollback of backup point %1 requested.</source>
        <translation>已请求回滚备份点 %1。</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Rollback cancelled; run it again to finish (it continues from where it stopped).</source>
        <translation>回滚已取消；再次运行即可完成（将从中断处续跑）。</translation>
    </message>
    <message>
        <source>Rollback failed: %1</source>
        <translation>回滚失败：%1</translation>
    </message>
    <message>
        <source>Rollback Failed</source>
        <translation>回滚失败</translation>
    </message>
    <message>
        <source>Run the rollback again to finish it: it continues from the current state.</source>
        <translation>再次运行回滚以完成：将从当前状态继续。</translation>
    </message>
    <message>
        <source>Rollback of %1: removed %2 row(s) the sync inserted, restored %3 updated row(s), re-inserted %4 deleted row(s); %5 were already as before.</source>
        <translation>%1 的回滚：已删除同步插入的 %2 行，已恢复被更新的 %3 行，已重新插入被删除的 %4 行；%5 行原本已与之前一致。</translation>
    </message>
    <message>
        <source>The rows were not read back.</source>
        <translation>未回读这些行。</translation>
    </message>
    <message>
        <source>Verified: %1 row(s) read back equal to their before-image.</source>
        <translation>已校验：回读的 %1 行与其前镜像一致。</translation>
    </message>
    <message>
        <source>Verification FAILED: %1 of %2 row(s) differ from their before-image.</source>
        <translation>校验失败：%2 行中有 %1 行与其前镜像不同。</translation>
    </message>
    <message>
        <source>Differs from its before-image: %1, key %2</source>
        <translation>与前镜像不同：%1，键 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed on the target after the sync and were left as they are.</source>
        <translation>
            <numerusform>%n 行在同步后于目标端被修改，已保持原样。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: stopping after the current batch…</source>
        <translation>正在取消：将在当前批次完成后停止…</translation>
    </message>
    <message>
        <source>Cancel requested.</source>
        <translation>已请求取消。</translation>
    </message>
    <message>
        <source>%1 not started: %2</source>
        <translation>%1 未启动：%2</translation>
    </message>
    <message>
        <source>%1 Not Started</source>
        <translation>%1 未启动</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1/%2 行</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Row sync preview</source>
        <translation>数据同步预览</translation>
    </message>
    <message>
        <source>Row rollback</source>
        <translation>数据回滚</translation>
    </message>
</context>
<context>
    <name>ProjectTab</name>
    <message>
        <source>New comparison %1 → %2</source>
        <translation>新建比较 %1 → %2</translation>
    </message>
    <message>
        <source>Opened project %1</source>
        <translation>已打开项目 %1</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Structure differences and the migration script</source>
        <translation>结构差异和迁移脚本</translation>
    </message>
    <message>
        <source>Row differences, table by table</source>
        <translation>逐表显示行差异</translation>
    </message>
    <message>
        <source>Target rows that changed after the compare</source>
        <translation>比较后发生变化的目标行</translation>
    </message>
    <message>
        <source>What this project&apos;s jobs did, with times</source>
        <translation>此项目的任务执行记录及时间</translation>
    </message>
    <message>
        <source>The rows have not been compared yet</source>
        <translation>尚未比较行数据</translation>
    </message>
    <message>
        <source>The row comparison checks every table on both servers by checksums of key ranges and lists, per table, the rows only in the source, only in the target, and different, side by side. It reads the source in a consistent snapshot and writes nothing.</source>
        <translation>数据对比通过键范围的校验和检查两台服务器上的每张表，并按表并排列出仅源端有、仅目标端有以及不同的行。它在一致性快照中读取源，不写入任何内容。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Saved the project to %1</source>
        <translation>已将项目保存到 %1</translation>
    </message>
    <message>
        <source>Compare the schemas of %1 and %2</source>
        <translation>比较 %1 和 %2 的结构</translation>
    </message>
    <message>
        <source>Run a compare first: the script is made from its result.</source>
        <translation>请先运行比较：脚本根据比较结果生成。</translation>
    </message>
    <message>
        <source>The structures match: there is no migration script to preview.</source>
        <translation>结构一致：没有可预览的迁移脚本。</translation>
    </message>
    <message>
        <source>Show the statements that bring the target&apos;s structure in line</source>
        <translation>显示使目标结构与源保持一致的语句</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Schema compare cancelled.</source>
        <translation>结构对比已取消。</translation>
    </message>
    <message>
        <source>Schema compare failed: %1</source>
        <translation>结构对比失败：%1</translation>
    </message>
    <message>
        <source>Starting the compare…</source>
        <translation>正在开始比较…</translation>
    </message>
    <message>
        <source>Schema compare started: %1 → %2</source>
        <translation>结构对比已开始：%1 → %2</translation>
    </message>
    <message>
        <source>Cancelling: stopping after the current step…</source>
        <translation>正在取消：将在当前步骤完成后停止…</translation>
    </message>
    <message>
        <source>Cancel requested.</source>
        <translation>已请求取消。</translation>
    </message>
    <message>
        <source>Reading the CREATE statements of %1 failed: %2</source>
        <translation>读取 %1 的 CREATE 语句失败：%2</translation>
    </message>
    <message>
        <source>compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>schema sync</source>
        <translation>结构同步</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>A %1 of this project is running.</source>
        <translation>该项目的%1正在运行。</translation>
    </message>
    <message>
        <source>Undo the last schema sync: put %1 back as backup point %2 recorded it</source>
        <translation>撤销上次结构同步：按备份点 %2 的记录恢复 %1</translation>
    </message>
    <message>
        <source>Run a compare first.</source>
        <translation>请先运行比较。</translation>
    </message>
    <message>
        <source>The structures match: there is nothing to apply.</source>
        <translation>结构一致：没有需要应用的内容。</translation>
    </message>
    <message>
        <source>Every statement is left out: allow destructive changes to apply them.</source>
        <translation>所有语句均被排除：允许破坏性更改才能应用它们。</translation>
    </message>
    <message>
        <source>Run the script&apos;s statements on %1, a production target: its profile name is asked first. A backup point is taken before the first change.</source>
        <translation>在生产目标 %1 上执行脚本语句：将先要求输入其连接配置名称。首次更改前会创建备份点。</translation>
    </message>
    <message>
        <source>Run the script&apos;s statements on %1. A backup point is taken before the first change.</source>
        <translation>在 %1 上执行脚本语句。首次更改前会创建备份点。</translation>
    </message>
    <message>
        <source>Cancelling: stopping after the current statement…</source>
        <translation>正在取消：当前语句执行完后停止…</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n schema statement(s) to %1.</source>
        <translation>
            <numerusform>将 %n 条结构语句应用到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup point of every object they touch is taken first, so the change can be rolled back.</source>
        <translation>会先为其涉及的每个对象创建备份点，以便回滚更改。</translation>
    </message>
    <message>
        <source>Destructive changes are included: dropped tables move to the quarantine database, and the values of dropped or narrowed columns are saved in the backup point.</source>
        <translation>包含破坏性更改：被删除的表将移至隔离库，被删除或缩小的列的值将保存到备份点中。</translation>
    </message>
    <message>
        <source>Apply Schema Changes</source>
        <translation>应用结构更改</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message numerus="yes">
        <source>Schema sync requested: %n statement(s) on %1%2.</source>
        <translation>
            <numerusform>已请求结构同步：在 %1 上执行 %n 条语句%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>, destructive changes allowed</source>
        <translation>，允许破坏性更改</translation>
    </message>
    <message>
        <source>Reading the connection details…</source>
        <translation>正在读取连接详情…</translation>
    </message>
    <message>
        <source>Schema sync not started: %1</source>
        <translation>结构同步未启动：%1</translation>
    </message>
    <message>
        <source>Schema Sync Not Started</source>
        <translation>结构同步未启动</translation>
    </message>
    <message>
        <source>The schemas changed since the compare: nothing was applied.</source>
        <translation>比较之后结构已发生变化：未应用任何内容。</translation>
    </message>
    <message>
        <source>Review the new comparison, then apply again.</source>
        <translation>请查看新的比较结果，然后重新应用。</translation>
    </message>
    <message>
        <source>Backup point %1 rolls it back (Rollback, or syncstudio-cli rollback %1).</source>
        <translation>可通过备份点 %1 回滚（“回滚”，或 syncstudio-cli rollback %1）。</translation>
    </message>
    <message>
        <source>Schema sync finished: %1 statement(s) applied, %2 left out (destructive, not allowed).</source>
        <translation>结构同步完成：已应用 %1 条语句，排除 %2 条（破坏性，未允许）。</translation>
    </message>
    <message>
        <source>Schema sync cancelled: %1 statement(s) applied, %2 not run.</source>
        <translation>结构同步已取消：已应用 %1 条语句，%2 条未执行。</translation>
    </message>
    <message>
        <source>Schema sync failed: %1</source>
        <translation>结构同步失败：%1</translation>
    </message>
    <message>
        <source>Schema Sync Failed</source>
        <translation>结构同步失败</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) ran before it.</source>
        <translation>
            <numerusform>在此之前已执行 %n 条语句。</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll %1 back to backup point %2: the schema changes of the last sync are undone, quarantined tables move back and saved column values are written back. Rows changed since the sync are left as they are.</source>
        <translation>将 %1 回滚到备份点 %2：撤销上次同步的结构更改，隔离的表移回，已保存的列值写回。同步之后更改的行保持不变。</translation>
    </message>
    <message>
        <source>Roll Back Schema Sync</source>
        <translation>回滚结构同步</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Rollback of backup point %1 requested.</source>
        <translation>已请求回滚备份点 %1。</translation>
    </message>
    <message>
        <source>Rollback not started: %1</source>
        <translation>回滚未启动：%1</translation>
    </message>
    <message>
        <source>Still different after the rollback: %1</source>
        <translation>回滚后仍有差异：%1</translation>
    </message>
    <message>
        <source>Moved back from the quarantine database: %1</source>
        <translation>已从隔离库移回：%1</translation>
    </message>
    <message>
        <source>Tables the sync had created were moved to the quarantine database %1: %2</source>
        <translation>同步创建的表已移至隔离库 %1：%2</translation>
    </message>
    <message>
        <source>Rollback of %1 finished: %2 statement(s), %3 column value(s) written back; %4.</source>
        <translation>%1 回滚完成：%2 条语句，写回 %3 个列值；%4。</translation>
    </message>
    <message>
        <source>every object matches its saved definition</source>
        <translation>所有对象均与其保存的定义一致</translation>
    </message>
    <message>
        <source>some objects or rows differ, see the warnings</source>
        <translation>部分对象或行存在差异，请查看警告</translation>
    </message>
    <message>
        <source>Rollback cancelled; run it again to finish (it continues from where it stopped).</source>
        <translation>回滚已取消；再次运行即可完成（将从停止处继续）。</translation>
    </message>
    <message>
        <source>Rollback failed: %1</source>
        <translation>回滚失败：%1</translation>
    </message>
    <message>
        <source>Rollback Failed</source>
        <translation>回滚失败</translation>
    </message>
    <message>
        <source>Run the rollback again to finish it: it continues from the current state.</source>
        <translation>再次运行回滚以完成：将从当前状态继续。</translation>
    </message>
    <message>
        <source>Row compare: %1</source>
        <translation>数据对比：%1</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突 (%1)</translation>
    </message>
    <message>
        <source>Schema compare</source>
        <translation>结构对比</translation>
    </message>
    <message>
        <source>Schema rollback</source>
        <translation>结构回滚</translation>
    </message>
    <message>
        <source>Schema sync</source>
        <translation>结构同步</translation>
    </message>
    <message>
        <source>This project has two backup points: the last row sync&apos;s (%1) and the last schema sync&apos;s (%2). Which one do you want to roll back?</source>
        <translation>此项目有两个备份点：上次数据同步的备份点 (%1) 和上次结构同步的备份点 (%2)。要回滚哪一个？</translation>
    </message>
    <message>
        <source>Row Sync</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>Schema Sync</source>
        <translation>结构同步</translation>
    </message>
</context>
<context>
    <name>ProjectTasks</name>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>不存在名为“%1”的连接配置。</translation>
    </message>
    <message>
        <source>Create the profile, or open the project file and point it at an existing one.</source>
        <translation>请创建该连接配置，或打开项目文件并将其指向现有的连接配置。</translation>
    </message>
    <message>
        <source>“%1” names no database.</source>
        <translation>“%1”未指定数据库。</translation>
    </message>
    <message>
        <source>Choose a database for this side of the comparison.</source>
        <translation>请为比较的这一侧选择数据库。</translation>
    </message>
</context>
<context>
    <name>ResolveConflictsJob</name>
    <message>
        <source>Connecting to the target</source>
        <translation>正在连接目标</translation>
    </message>
    <message>
        <source>No target to write to.</source>
        <translation>没有可写入的目标。</translation>
    </message>
    <message numerus="yes">
        <source>Resolving %n conflict(s)</source>
        <translation>
            <numerusform>正在解决 %n 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved.</source>
        <translation>
            <numerusform>已解决 %n 个冲突。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) stay open: the target row changed again.</source>
        <translation>
            <numerusform>%n 个冲突仍未解决：目标行再次发生了变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup point of the resolution: %1</source>
        <translation>本次解决的备份点：%1</translation>
    </message>
    <message>
        <source>Rolling back backup point %1</source>
        <translation>正在回滚备份点 %1</translation>
    </message>
    <message numerus="yes">
        <source>The rollback left %n row(s) as they are (changed since the resolution); their conflicts stay resolved.</source>
        <translation>
            <numerusform>回滚保留了 %n 行原样（解决冲突后又被修改）；其冲突仍保持已解决状态。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup point %1 rolled back; %n conflict(s) open again.</source>
        <translation>
            <numerusform>备份点 %1 已回滚；%n 个冲突重新变为未解决。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollback</name>
    <message>
        <source>The backup file in the folder of %1 belongs to backup point %2.</source>
        <translation>%1 文件夹中的备份文件属于备份点 %2。</translation>
    </message>
    <message>
        <source>The backups folder has been rearranged; put the folders back under their own ids.</source>
        <translation>备份文件夹已被重新整理；请将各文件夹放回其对应 ID 下。</translation>
    </message>
    <message>
        <source>Backup point %1 has already been rolled back.</source>
        <translation>备份点 %1 已回滚。</translation>
    </message>
    <message>
        <source>Its rollback is a backup point of its own: roll that back to redo the sync.</source>
        <translation>其回滚本身也是一个备份点：回滚该备份点即可重新执行同步。</translation>
    </message>
    <message>
        <source>The table has changed since backup point %1 was taken (%2), so its rows cannot be put back as they were. Nothing was rolled back.</source>
        <translation>自备份点 %1 创建以来，该表已发生变化（%2），因此无法将其行恢复原状。未回滚任何内容。</translation>
    </message>
    <message>
        <source>Restore the table&apos;s structure first (schema sync), then roll back.</source>
        <translation>请先恢复表结构（结构同步），然后再回滚。</translation>
    </message>
    <message>
        <source>backup point %1</source>
        <translation>备份点 %1</translation>
    </message>
    <message numerus="yes">
        <source>rolled back and verified: %n row(s) as before the sync</source>
        <translation>
            <numerusform>已回滚并校验：%n 行已恢复到同步前状态</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 conflict(s) left; %2 row(s) differ from their before-image</source>
        <translation>剩余 %1 个冲突；%2 行与其前镜像不同</translation>
    </message>
    <message>
        <source>rollback %1: %2</source>
        <translation>回滚 %1：%2</translation>
    </message>
    <message>
        <source>(whole table: row count and checksum)</source>
        <translation>（整表：行数和校验和）</translation>
    </message>
</context>
<context>
    <name>RollbackCommand</name>
    <message>
        <source>Roll the target back to a backup point, guarded and verified</source>
        <translation>将目标回滚到备份点，采用受保护写入并进行校验</translation>
    </message>
    <message>
        <source>Put the target back as it was before a sync. Rows changed since the sync are not overwritten: they are reported as conflicts (exit code 3). An interrupted rollback is resumed by running the same command again.</source>
        <translation>将目标恢复到同步前的状态。同步后发生变化的行不会被覆盖：它们将作为冲突报告（退出码 3）。中断的回滚可通过再次运行相同命令来续跑。</translation>
    </message>
    <message>
        <source>The backup point&apos;s id or a unique prefix of it.</source>
        <translation>备份点 ID 或其唯一前缀。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>不要求确认。</translation>
    </message>
    <message>
        <source>Connect to ENDPOINT instead of the target recorded in the backup point (the same server, reached another way).</source>
        <translation>连接到 ENDPOINT，而不是备份点中记录的目标（同一服务器，通过其他方式访问）。</translation>
    </message>
    <message>
        <source>Turn foreign key checks off for the rollback&apos;s session.</source>
        <translation>在回滚会话中关闭外键检查。</translation>
    </message>
    <message>
        <source>Do not read the rows back afterwards.</source>
        <translation>之后不回读行数据。</translation>
    </message>
    <message>
        <source>Roll back backup point %1 (%2 rows in %3 tables) on %4?</source>
        <translation>在 %4 上回滚备份点 %1（%3 张表中的 %2 行）？</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>rollback: %1/%2 rows, %3 rows/s  %4</source>
        <translation>回滚：%1/%2 行，%3 行/秒  %4</translation>
    </message>
    <message>
        <source>Resumed rollback %1 of backup point %2.</source>
        <translation>已续跑备份点 %2 的回滚 %1。</translation>
    </message>
    <message>
        <source>Rollback %1 of backup point %2.</source>
        <translation>备份点 %2 的回滚 %1。</translation>
    </message>
    <message>
        <source>  removed %1 rows the sync inserted, restored %2 updated rows, re-inserted %3 deleted rows; %4 were already as before.</source>
        <translation>  已删除同步插入的 %1 行，已恢复 %2 行被更新的行，已重新插入 %3 行被删除的行；%4 行已是原状。</translation>
    </message>
    <message>
        <source>  verified: %1 rows read back equal to their before-image.</source>
        <translation>  已校验：回读的 %1 行与其前镜像一致。</translation>
    </message>
    <message>
        <source>  verification FAILED: %1 of %2 rows differ from their before-image.</source>
        <translation>  校验失败：%2 行中有 %1 行与其前镜像不同。</translation>
    </message>
    <message numerus="yes">
        <source>  %n row(s) changed on the target after the sync and were left as they are:</source>
        <translation>
            <numerusform>  同步后目标上有 %n 行发生变化，已保持原样：</numerusform>
        </translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>表</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>  Fix or accept those rows, then run the rollback again to finish it.</source>
        <translation>  请修复或接受这些行，然后再次运行回滚以完成操作。</translation>
    </message>
</context>
<context>
    <name>RollbackConfirmDialog</name>
    <message>
        <source>Roll Back Backup Point</source>
        <translation>回滚备份点</translation>
    </message>
    <message>
        <source>Roll %1 back to backup point %2?</source>
        <translation>将 %1 回滚到备份点 %2？</translation>
    </message>
    <message>
        <source>Taken %1 by a %2 from %3.</source>
        <translation>由来自 %3 的%2创建于 %1。</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>schema sync</source>
        <translation>结构同步</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>an unknown source</source>
        <translation>未知来源</translation>
    </message>
    <message>
        <source>Its run did not finish: only the batches it committed are undone.</source>
        <translation>其运行未完成：仅撤销已提交的批次。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Rows removed</source>
        <translation>删除的行</translation>
    </message>
    <message>
        <source>Rows restored</source>
        <translation>恢复的行</translation>
    </message>
    <message>
        <source>Rows re-inserted</source>
        <translation>重新插入的行</translation>
    </message>
    <message>
        <source>Rows the run inserted: they are deleted again</source>
        <translation>本次运行插入的行：将被重新删除</translation>
    </message>
    <message>
        <source>Rows the run updated: they get their before-image back</source>
        <translation>本次运行更新的行：将恢复为其前镜像</translation>
    </message>
    <message>
        <source>Rows the run deleted: they are inserted again</source>
        <translation>本次运行删除的行：将被重新插入</translation>
    </message>
    <message>
        <source>The schema changes of that sync are undone: saved definitions are restored, quarantined tables move back, tables the sync created move to quarantine and saved column values are written back.</source>
        <translation>将撤销该次同步的结构更改：恢复已保存的定义，将隔离的表移回，将同步创建的表移入隔离库，并写回已保存的列值。</translation>
    </message>
    <message numerus="yes">
        <source>In all: %1 row(s) removed, %2 restored and %3 re-inserted in %n table(s).</source>
        <translation>
            <numerusform>总计：在 %n 个表中删除 %1 行，恢复 %2 行，重新插入 %3 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows changed on the target since then are not overwritten: they are left as they are and reported as conflicts. The rollback takes a backup point of its own, so it can be undone too, and reads every row back afterwards to verify it.</source>
        <translation>此后在目标端被修改的行不会被覆盖：它们将保持原样并作为冲突报告。回滚本身也会创建备份点，因此同样可以撤销；完成后还会回读每一行以进行校验。</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>继续…</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>%1 is a production profile: you will be asked to type its name.</source>
        <translation>%1 是生产环境连接配置：需要输入其名称进行确认。</translation>
    </message>
    <message>
        <source>Undo the schema changes of backup point %1 on %2.</source>
        <translation>在 %2 上撤销备份点 %1 的结构更改。</translation>
    </message>
    <message numerus="yes">
        <source>Roll back %n row(s) of backup point %1 on %2.</source>
        <translation>
            <numerusform>在 %2 上回滚备份点 %1 的 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollbackJob</name>
    <message numerus="yes">
        <source>Verification failed: %n object(s) differ from their saved definition: %1.</source>
        <translation>
            <numerusform>校验失败：%n 个对象与其已保存的定义不同：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: %n object(s) are as they were before the sync.</source>
        <translation>
            <numerusform>已校验：%n 个对象均与同步前一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 saved row(s) changed since the sync and %2 are gone; they were left as they are.</source>
        <translation>已保存的行中有 %1 行在同步后被修改，%2 行已不存在；这些行均保持原样。</translation>
    </message>
    <message>
        <source>Not verified: the rows were not read back.</source>
        <translation>未校验：未回读这些行。</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %n row(s) read back equal to their before-image.</source>
        <translation>
            <numerusform>已校验：回读的 %n 行与其前镜像一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification failed: %1 of %2 row(s) differ from their before-image.</source>
        <translation>校验失败：%2 行中有 %1 行与其前镜像不同。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed on the target after the sync and were left as they are; fix or accept them, then roll back again to finish.</source>
        <translation>
            <numerusform>%n 行在同步后于目标端被修改，已保持原样；请修正或接受这些行，然后再次回滚以完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) run, %1 saved column value(s) written back.</source>
        <translation>
            <numerusform>已执行 %n 条语句，已写回 %1 个已保存的列值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1 row(s) the sync inserted, restored %2 updated row(s), re-inserted %3 deleted row(s); %4 were already as before.</source>
        <translation>已删除同步插入的 %1 行，已恢复被更新的 %2 行，已重新插入被删除的 %3 行；%4 行原本已与之前一致。</translation>
    </message>
    <message>
        <source>Checking the backup point</source>
        <translation>正在检查备份点</translation>
    </message>
    <message>
        <source>Reading the rows back</source>
        <translation>正在回读行</translation>
    </message>
    <message>
        <source>Rolling back rows</source>
        <translation>正在回滚行</translation>
    </message>
    <message>
        <source>Differs from its before-image: %1 %2</source>
        <translation>与前镜像不同：%1 %2</translation>
    </message>
</context>
<context>
    <name>RowDetailPane</name>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Select a row to see its values in full.</source>
        <translation>选择一行以查看其完整值。</translation>
    </message>
    <message>
        <source>%1 · key %2 · %3</source>
        <translation>%1 · 键 %2 · %3</translation>
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
        <translation>源中有两行具有相同的键。</translation>
    </message>
    <message>
        <source>The target has two rows with the same key.</source>
        <translation>目标中有两行具有相同的键。</translation>
    </message>
    <message>
        <source>The chosen key is not unique; choose a unique one with --key.</source>
        <translation>所选键不唯一；请使用 --key 选择唯一键。</translation>
    </message>
    <message>
        <source>The source returned rows out of key order.</source>
        <translation>源返回的行未按键排序。</translation>
    </message>
    <message>
        <source>The target returned rows out of key order.</source>
        <translation>目标返回的行未按键排序。</translation>
    </message>
    <message>
        <source>Check that the key columns have the same type and collation on both sides.</source>
        <translation>请检查两侧键列的类型和排序规则是否相同。</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>SyncStudio keeps a small run journal on the target to know, after a lost connection, whether a batch committed. Grant the account CREATE, INSERT, SELECT and DELETE on `%1`.*, or create %2 yourself.</source>
        <translation>SyncStudio 会在目标上保存一份小型运行日志，以便在连接断开后判断批次是否已提交。请授予该账户对 `%1`.* 的 CREATE、INSERT、SELECT 和 DELETE 权限，或自行创建 %2。</translation>
    </message>
</context>
<context>
    <name>RunnerPanel</name>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Hold the selected job after its current step (%1)</source>
        <translation>在当前步骤完成后暂停所选任务 (%1)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Let the paused job continue (%1)</source>
        <translation>让已暂停的任务继续运行 (%1)</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the selected job after its current step, leaving a consistent state (%1)</source>
        <translation>在当前步骤完成后停止所选任务，并保持状态一致 (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>清除已完成(&amp;L)</translation>
    </message>
    <message>
        <source>Remove the finished jobs from the list</source>
        <translation>从列表中移除已完成的任务</translation>
    </message>
    <message>
        <source>Copy Log</source>
        <translation>复制日志</translation>
    </message>
    <message>
        <source>Copy the selected text, or the lines shown, to the clipboard (%1)</source>
        <translation>将所选文本或当前显示的行复制到剪贴板 (%1)</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Which log lines to show</source>
        <translation>要显示的日志行</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>No jobs yet. Compares, syncs, verifies and rollbacks appear here while they run, and stay with their log until you clear them.</source>
        <translation>暂无任务。比较、同步、校验和回滚在运行时会显示在这里，并连同其日志一直保留，直到您将其清除。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1/%2 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 of %2 tables</source>
        <translation>%1/%2 个表</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Jobs Are Running</source>
        <translation>任务正在运行</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running.</source>
        <translation>
            <numerusform>仍有 %n 个任务正在运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling stops each job after its current step and leaves the target consistent; a cancelled sync can be resumed or rolled back later.</source>
        <translation>取消会在每个任务的当前步骤完成后将其停止，并使目标保持一致；已取消的同步之后可以续跑或回滚。</translation>
    </message>
    <message>
        <source>Cancel Jobs and Quit</source>
        <translation>取消任务并退出</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>继续运行</translation>
    </message>
</context>
<context>
    <name>SchemaBackup</name>
    <message>
        <source>The schema backup file has format %1, which this SyncStudio does not read.</source>
        <translation>结构备份文件的格式为 %1，当前版本的 SyncStudio 无法读取。</translation>
    </message>
    <message>
        <source>Roll it back with the SyncStudio version that made it.</source>
        <translation>请使用创建该备份的 SyncStudio 版本进行回滚。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Check that the disk is not full and the backups folder is writable.</source>
        <translation>请检查磁盘是否已满以及备份文件夹是否可写。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The backup point&apos;s folder is missing or incomplete; it cannot be rolled back.</source>
        <translation>备份点的文件夹缺失或不完整；无法回滚。</translation>
    </message>
    <message>
        <source>%1 does not match the digest recorded in the backup catalog: it has been changed or damaged.</source>
        <translation>%1 与备份目录中记录的摘要不匹配：该文件已被更改或损坏。</translation>
    </message>
    <message>
        <source>Nothing was rolled back. Restore the file from a copy of the backups folder.</source>
        <translation>未回滚任何内容。请从备份文件夹的副本中恢复该文件。</translation>
    </message>
    <message>
        <source>%1 is not readable: %2</source>
        <translation>%1 不可读：%2</translation>
    </message>
    <message>
        <source>The server did not show the definition (missing privileges?).</source>
        <translation>服务器未显示定义（缺少权限？）。</translation>
    </message>
    <message>
        <source>Grant the account SHOW VIEW and access to the object&apos;s definition.</source>
        <translation>请授予该账户 SHOW VIEW 权限以及对象定义的访问权限。</translation>
    </message>
</context>
<context>
    <name>SchemaCompareJob</name>
    <message>
        <source>Reading the saved connection details</source>
        <translation>正在读取已保存的连接信息</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>Connecting to %1 for %2</source>
        <translation>正在为 %2 连接 %1</translation>
    </message>
    <message>
        <source>Reading the schema of %1</source>
        <translation>正在读取 %1 的结构</translation>
    </message>
    <message>
        <source>Schema read of %1 started (server %2)</source>
        <translation>开始读取 %1 的结构（服务器 %2）</translation>
    </message>
    <message>
        <source>Schema read of %1 finished in %2 s: %3 tables, %4 views, %5 triggers, %6 routines, %7 events</source>
        <translation>%1 的结构读取完成，用时 %2 秒：%3 张表、%4 个视图、%5 个触发器、%6 个例程、%7 个事件</translation>
    </message>
    <message>
        <source>Comparing the schemas</source>
        <translation>正在比较结构</translation>
    </message>
    <message>
        <source>Planning the migration</source>
        <translation>正在规划迁移</translation>
    </message>
    <message numerus="yes">
        <source>Compared: %1 only in source, %2 only in target, %3 different, %4 identical; the migration has %n statement(s).</source>
        <translation>
            <numerusform>比较结果：仅源端有 %1 个，仅目标端有 %2 个，不同 %3 个，相同 %4 个；迁移包含 %n 条语句。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading CREATE statements</source>
        <translation>正在读取 CREATE 语句</translation>
    </message>
    <message>
        <source>Schema compare finished in %1 s</source>
        <translation>结构对比完成，用时 %1 秒</translation>
    </message>
</context>
<context>
    <name>SchemaDiffCommand</name>
    <message>
        <source>Compare the structure of two databases (tables, views, triggers, routines, events)</source>
        <translation>比较两个数据库的结构（表、视图、触发器、例程、事件）</translation>
    </message>
    <message>
        <source>Compare two databases&apos; structures. Exit code 0: identical, 1: different, 2: error.</source>
        <translation>比较两个数据库的结构。退出码 0：相同，1：不同，2：错误。</translation>
    </message>
    <message>
        <source>Source: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</source>
        <translation>源：PROFILE/DATABASE 或 mysql://USER@HOST:PORT/DATABASE。</translation>
    </message>
    <message>
        <source>Target: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</source>
        <translation>目标：PROFILE/DATABASE 或 mysql://USER@HOST:PORT/DATABASE。</translation>
    </message>
    <message>
        <source>Output format: text (default), json, or sql (the migration script that brings the target in line, each statement labelled with its risk).</source>
        <translation>输出格式：text（默认）、json 或 sql（使目标与源保持一致的迁移脚本，每条语句标注其风险）。</translation>
    </message>
    <message>
        <source>Compare only objects matching these globs (comma-separated; a pattern with a dot matches database.name).</source>
        <translation>仅比较与这些通配符匹配的对象（以逗号分隔；含点号的模式匹配 database.name）。</translation>
    </message>
    <message>
        <source>Leave out objects matching these globs.</source>
        <translation>排除与这些通配符匹配的对象。</translation>
    </message>
    <message>
        <source>Attributes not to compare: auto-increment, comments, column-order, table-options, collations (comma-separated).</source>
        <translation>不比较的属性：auto-increment、comments、column-order、table-options、collations（以逗号分隔）。</translation>
    </message>
    <message>
        <source>Renamed tables: SOURCE_TABLE=TARGET_TABLE,...</source>
        <translation>重命名的表：SOURCE_TABLE=TARGET_TABLE,...</translation>
    </message>
    <message>
        <source>source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>The %1 endpoint &quot;%2&quot; names no database.</source>
        <translation>%1端点“%2”未指定数据库。</translation>
    </message>
    <message>
        <source>Name the database to compare: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</source>
        <translation>请指定要比较的数据库：PROFILE/DATABASE 或 mysql://USER@HOST:PORT/DATABASE。</translation>
    </message>
    <message>
        <source>the script has destructive steps (marked [destructive]): review them before running it.</source>
        <translation>脚本包含破坏性步骤（标记为 [destructive]）：运行前请仔细检查。</translation>
    </message>
    <message>
        <source>Schema diff: %1 -&gt; %2</source>
        <translation>结构对比：%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>存储过程</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>only in source</source>
        <translation>仅源端有</translation>
    </message>
    <message>
        <source>only in target</source>
        <translation>仅目标端有</translation>
    </message>
    <message>
        <source>different</source>
        <translation>不同</translation>
    </message>
    <message numerus="yes">
        <source>The schemas are identical (%n object(s) compared).</source>
        <translation>
            <numerusform>结构相同（已比较 %n 个对象）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 only in source, %2 only in target, %3 different, %4 identical.</source>
        <translation>仅源端有 %1 个，仅目标端有 %2 个，不同 %3 个，相同 %4 个。</translation>
    </message>
</context>
<context>
    <name>SchemaDiffOptions</name>
    <message>
        <source>Unknown --ignore value &quot;%1&quot;.</source>
        <translation>未知的 --ignore 值“%1”。</translation>
    </message>
    <message>
        <source>Use one or more of: %1.</source>
        <translation>请使用以下一项或多项：%1。</translation>
    </message>
    <message>
        <source>Cannot read the table mapping &quot;%1&quot;.</source>
        <translation>无法读取表映射“%1”。</translation>
    </message>
    <message>
        <source>Write SOURCE_TABLE=TARGET_TABLE, separated by commas.</source>
        <translation>请写成 SOURCE_TABLE=TARGET_TABLE 的形式，以逗号分隔。</translation>
    </message>
</context>
<context>
    <name>SchemaDiffView</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The schemas have not been compared yet</source>
        <translation>尚未比较结构</translation>
    </message>
    <message>
        <source>Compare reads the structure of both databases — tables, views, triggers, routines and events — and shows every difference here, with the statements that would bring the target in line. Nothing is written to either server.</source>
        <translation>比较会读取两个数据库的结构——表、视图、触发器、例程和事件——并在此显示所有差异，以及使目标与源保持一致的语句。不会向任一服务器写入任何内容。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Comparing the schemas…</source>
        <translation>正在比较结构…</translation>
    </message>
    <message>
        <source>The schemas could not be compared</source>
        <translation>无法比较结构</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation>仅显示差异</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>所有对象</translation>
    </message>
    <message>
        <source>Show only the objects that differ, or every object compared</source>
        <translation>仅显示有差异的对象，或显示所有已比较的对象</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Migration Script (%1)</source>
        <translation>迁移脚本 (%1)</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Migration Script</source>
        <translation>迁移脚本</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>源：%1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The schemas are identical&lt;/b&gt; (%n object(s) compared).</source>
        <translation>
            <numerusform>&lt;b&gt;结构相同&lt;/b&gt;（已比较 %n 个对象）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Select an object&lt;/b&gt; to see its definition on both sides.</source>
        <translation>&lt;b&gt;选择一个对象&lt;/b&gt;以查看其在两侧的定义。</translation>
    </message>
    <message>
        <source>Reading the CREATE statements…</source>
        <translation>正在读取 CREATE 语句…</translation>
    </message>
    <message>
        <source>Not in the source: this %1 exists only in the target.</source>
        <translation>源中不存在：此%1仅目标端有。</translation>
    </message>
    <message>
        <source>Not in the target: this %1 exists only in the source.</source>
        <translation>目标中不存在：此%1仅源端有。</translation>
    </message>
    <message>
        <source>The CREATE statements could not be read: %1</source>
        <translation>无法读取 CREATE 语句：%1</translation>
    </message>
</context>
<context>
    <name>SchemaReader</name>
    <message>
        <source>The account needs SELECT on the database (and SHOW VIEW, TRIGGER, EVENT, SHOW ROUTINE or SELECT on mysql.proc for views and stored programs).</source>
        <translation>该账户需要对数据库的 SELECT 权限（视图和存储程序还需要 SHOW VIEW、TRIGGER、EVENT、SHOW ROUTINE 或 mysql.proc 的 SELECT 权限）。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Check the database name (names are case-sensitive on this server unless lower_case_table_names is set), or create it first.</source>
        <translation>请检查数据库名称（除非设置了 lower_case_table_names，否则此服务器上的名称区分大小写），或先创建该数据库。</translation>
    </message>
    <message>
        <source>No database was named.</source>
        <translation>未指定数据库。</translation>
    </message>
    <message>
        <source>Name the database to read, e.g. prod/shop or mysql://user@host/shop.</source>
        <translation>请指定要读取的数据库，例如 prod/shop 或 mysql://user@host/shop。</translation>
    </message>
    <message>
        <source>The server did not show the definition of %1 %2.</source>
        <translation>服务器未显示 %1 %2 的定义。</translation>
    </message>
    <message>
        <source>The account may lack the privilege to see it (SHOW VIEW, TRIGGER, EVENT or SHOW CREATE ROUTINE).</source>
        <translation>该账户可能缺少查看它的权限（SHOW VIEW、TRIGGER、EVENT 或 SHOW CREATE ROUTINE）。</translation>
    </message>
</context>
<context>
    <name>SchemaRollback</name>
    <message>
        <source>%1 Statement: %2</source>
        <translation>%1 语句：%2</translation>
    </message>
    <message>
        <source>%1 %2 was recreated with this account as its definer (it may not name another).</source>
        <translation>%1 %2 已使用当前账户作为定义者重新创建（该账户可能无权指定其他定义者）。</translation>
    </message>
    <message>
        <source>trigger %1 was recreated without its FOLLOWS/PRECEDES clause (the trigger it names is gone).</source>
        <translation>触发器 %1 已在不带 FOLLOWS/PRECEDES 子句的情况下重新创建（其引用的触发器已不存在）。</translation>
    </message>
    <message>
        <source>A rollback needs the CREATE and DROP privileges for a scratch database %1.</source>
        <translation>回滚需要对临时数据库 %1 的 CREATE 和 DROP 权限。</translation>
    </message>
    <message>
        <source>The saved definition of table %1 could not be read back: %2</source>
        <translation>无法回读表 %1 的已保存定义：%2</translation>
    </message>
    <message>
        <source>Restoring the tables</source>
        <translation>正在恢复表</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Checking the backup point</source>
        <translation>正在检查备份点</translation>
    </message>
    <message>
        <source>Backup point %1 is a %2 backup point, not a schema one.</source>
        <translation>备份点 %1 是%2备份点，而不是结构备份点。</translation>
    </message>
    <message>
        <source>Roll it back with syncstudio-cli rollback %1.</source>
        <translation>请使用 syncstudio-cli rollback %1 进行回滚。</translation>
    </message>
    <message>
        <source>Backup point %1 has already been rolled back.</source>
        <translation>备份点 %1 已回滚。</translation>
    </message>
    <message>
        <source>Run the schema sync again to redo it.</source>
        <translation>再次运行结构同步即可重新执行。</translation>
    </message>
    <message>
        <source>Dropping triggers</source>
        <translation>正在删除触发器</translation>
    </message>
    <message>
        <source>trigger %1 on table %2 (created after the sync) was dropped with its table; its definition is in rollback-triggers.json of the backup point.</source>
        <translation>表 %2 上的触发器 %1（在同步后创建）已随其表一起删除；其定义保存在备份点的 rollback-triggers.json 中。</translation>
    </message>
    <message>
        <source>Moving tables back from quarantine</source>
        <translation>正在将表从隔离库移回</translation>
    </message>
    <message>
        <source>Table %1 is in quarantine as %2.%3, but a table of that name exists again.</source>
        <translation>表 %1 以 %2.%3 的形式位于隔离库中，但同名的表已再次存在。</translation>
    </message>
    <message>
        <source>Rename or drop the new table %1, then run the rollback again.</source>
        <translation>请重命名或删除新表 %1，然后再次运行回滚。</translation>
    </message>
    <message>
        <source>Restoring column values</source>
        <translation>正在恢复列值</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n value row(s) written back</source>
        <translation>
            <numerusform>%1 (%2)：已写回 %n 行值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n saved row(s) are no longer in the table; their values were not restored.</source>
        <translation>
            <numerusform>%1：%n 行已保存的行已不在表中；其值未恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) changed since the sync and were left as they are.</source>
        <translation>
            <numerusform>%1：%n 行在同步后发生变化，已保持原样。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring views, triggers, routines and events</source>
        <translation>正在恢复视图、触发器、例程和事件</translation>
    </message>
    <message>
        <source>trigger %1 was not recreated: its table %2 does not exist.</source>
        <translation>未重新创建触发器 %1：其所在表 %2 不存在。</translation>
    </message>
    <message>
        <source>Checking the definitions</source>
        <translation>正在检查定义</translation>
    </message>
    <message>
        <source>%1 does not print as it did before the sync.</source>
        <translation>%1 的输出与同步前不一致。</translation>
    </message>
    <message numerus="yes">
        <source>rolled back: %n object(s) as before the sync</source>
        <translation>
            <numerusform>已回滚：%n 个对象已恢复到同步前状态</numerusform>
        </translation>
    </message>
    <message>
        <source>rolled back with %1 difference(s) and %2 value row(s) not restored</source>
        <translation>已回滚，但有 %1 处差异，%2 行值未恢复</translation>
    </message>
    <message>
        <source>table %1 is no longer in the quarantine database as %2.%3: it comes back empty.</source>
        <translation>表 %1 已不在隔离库中（原为 %2.%3）：恢复后为空表。</translation>
    </message>
</context>
<context>
    <name>SchemaSync</name>
    <message>
        <source>Reading the schemas</source>
        <translation>正在读取结构</translation>
    </message>
    <message>
        <source>The schemas changed since the plan was shown: nothing was applied.</source>
        <translation>显示计划后结构已发生变化：未应用任何内容。</translation>
    </message>
    <message>
        <source>Review the new plan and run the schema sync again.</source>
        <translation>请查看新计划并再次运行结构同步。</translation>
    </message>
    <message>
        <source>destructive: runs only when dropping is allowed</source>
        <translation>破坏性：仅在允许删除时执行</translation>
    </message>
    <message>
        <source>Saving the definitions</source>
        <translation>正在保存定义</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Check the permissions of the backups folder.</source>
        <translation>请检查备份文件夹的权限。</translation>
    </message>
    <message>
        <source>schema sync running</source>
        <translation>结构同步正在运行</translation>
    </message>
    <message>
        <source>Applying the schema changes</source>
        <translation>正在应用结构变更</translation>
    </message>
    <message numerus="yes">
        <source>schema sync cancelled after %n statement(s)</source>
        <translation>
            <numerusform>结构同步在执行 %n 条语句后已取消</numerusform>
        </translation>
    </message>
    <message>
        <source>schema sync stopped at statement %1: %2</source>
        <translation>结构同步在第 %1 条语句处停止：%2</translation>
    </message>
    <message numerus="yes">
        <source>schema sync: %n statement(s) applied</source>
        <translation>
            <numerusform>结构同步：已应用 %n 条语句</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n statement(s); the target is consistent.</source>
        <translation>
            <numerusform>在执行 %n 条语句后已取消；目标处于一致状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll back backup point %1 to undo them, or run the schema sync again to finish.</source>
        <translation>回滚备份点 %1 以撤销这些变更，或再次运行结构同步以完成操作。</translation>
    </message>
    <message>
        <source>Statement %1 of %2 (%3 %4) failed: %5 Statement: %6</source>
        <translation>第 %1 条语句（共 %2 条，%3 %4）失败：%5 语句：%6</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix the cause and run the schema sync again.</source>
        <translation>未更改任何内容。请修复问题原因后再次运行结构同步。</translation>
    </message>
    <message numerus="yes">
        <source>The %n statement(s) before it were applied: roll back backup point %1 to undo them, or fix the cause and run the schema sync again.</source>
        <translation>
            <numerusform>之前的 %n 条语句已应用：回滚备份点 %1 以撤销它们，或修复问题原因后再次运行结构同步。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving column values of %1</source>
        <translation>正在保存 %1 的列值</translation>
    </message>
    <message>
        <source>the values of %1 could not be saved: %2</source>
        <translation>无法保存 %1 的值：%2</translation>
    </message>
    <message numerus="yes">
        <source>saved %n row(s) of %1 (%2) in the backup point</source>
        <translation>
            <numerusform>已在备份点中保存 %1 (%2) 的 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1 is referenced by foreign key %2 of %3.%4, which the plan keeps</source>
        <translation>表 %1 被 %3.%4 的外键 %2 引用，计划会保留该外键</translation>
    </message>
    <message>
        <source>the values %1 holds now could not be saved (%2): a rollback will restore them unguarded</source>
        <translation>无法保存 %1 当前的值（%2）：回滚将以非受保护方式恢复它们</translation>
    </message>
    <message>
        <source>applied %1/%2 [%3] %4 %5: %6</source>
        <translation>已应用 %1/%2 [%3] %4 %5：%6</translation>
    </message>
</context>
<context>
    <name>SchemaSyncCommand</name>
    <message>
        <source>Bring the target&apos;s structure in line with the source&apos;s, with a backup point</source>
        <translation>使目标结构与源保持一致，并创建备份点</translation>
    </message>
    <message>
        <source>SKIPPED (needs --allow-drop) </source>
        <translation>已跳过（需要 --allow-drop） </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>saves first: the values of %1, with the rows&apos; keys</source>
        <translation>先保存：%1 的值及各行的键</translation>
    </message>
    <message>
        <source>instead of: %1</source>
        <translation>替代：%1</translation>
    </message>
    <message>
        <source>%1: %2/%3  %4</source>
        <translation>%1：%2/%3  %4</translation>
    </message>
    <message>
        <source>Bring the target database&apos;s structure in line with the source&apos;s. The plan is printed and confirmed first; a backup point of the old definitions (and of the values of dropped or narrowed columns) is taken before anything changes; a dropped table is moved into the database _syncstudio_quarantine, not dropped. Exit code 0: the target matches the source; 1: destructive statements were skipped (add --allow-drop); 2: error. Undo with syncstudio-cli rollback BACKUP_ID.</source>
        <translation>使目标数据库的结构与源保持一致。会先打印计划并请求确认；在进行任何更改之前，会为旧定义（以及被删除或缩小的列的值）创建备份点；被删除的表会移入数据库 _syncstudio_quarantine，而不是直接删除。退出码 0：目标与源一致；1：跳过了破坏性语句（添加 --allow-drop）；2：错误。使用 syncstudio-cli rollback BACKUP_ID 撤销。</translation>
    </message>
    <message>
        <source>Source: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</source>
        <translation>源：PROFILE/DATABASE 或 mysql://USER@HOST:PORT/DATABASE。</translation>
    </message>
    <message>
        <source>Target: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</source>
        <translation>目标：PROFILE/DATABASE 或 mysql://USER@HOST:PORT/DATABASE。</translation>
    </message>
    <message>
        <source>--dry-run[=FILE]: change nothing; write the exact SQL, with each statement&apos;s risk as a comment, to FILE or to standard output.</source>
        <translation>--dry-run[=FILE]：不做任何更改；将确切的 SQL（每条语句的风险以注释形式标注）写入 FILE 或标准输出。</translation>
    </message>
    <message>
        <source>Run destructive statements too (dropping tables, columns, views, routines; narrowing types). Without it they are skipped and listed.</source>
        <translation>同时执行破坏性语句（删除表、列、视图、例程；缩小类型）。不加此选项时，这些语句会被跳过并列出。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>不要求确认。</translation>
    </message>
    <message>
        <source>Only objects matching these globs (comma-separated; a pattern with a dot matches database.name).</source>
        <translation>仅包含与这些通配符匹配的对象（以逗号分隔；含点号的模式匹配 database.name）。</translation>
    </message>
    <message>
        <source>Leave out objects matching these globs.</source>
        <translation>排除与这些通配符匹配的对象。</translation>
    </message>
    <message>
        <source>Attributes not to compare: auto-increment, comments, column-order, table-options, collations (comma-separated).</source>
        <translation>不比较的属性：auto-increment、comments、column-order、table-options、collations（以逗号分隔）。</translation>
    </message>
    <message>
        <source>Renamed tables: SOURCE_TABLE=TARGET_TABLE,...</source>
        <translation>重命名的表：SOURCE_TABLE=TARGET_TABLE,...</translation>
    </message>
    <message>
        <source>schema-sync has no --format sql.</source>
        <translation>schema-sync 不支持 --format sql。</translation>
    </message>
    <message>
        <source>Use --dry-run to get the SQL.</source>
        <translation>使用 --dry-run 获取 SQL。</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; names no database.</source>
        <translation>源“%1”未指定数据库。</translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; names no database.</source>
        <translation>目标“%1”未指定数据库。</translation>
    </message>
    <message>
        <source>Name the database: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE.</source>
        <translation>请指定数据库：PROFILE/DATABASE 或 mysql://USER@HOST:PORT/DATABASE。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Give a writable path: --dry-run=FILE.</source>
        <translation>请指定可写路径：--dry-run=FILE。</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. The SQL is in %1.</source>
        <translation>试运行：未更改任何内容。SQL 已写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n destructive statement(s) would be skipped without --allow-drop.</source>
        <translation>
            <numerusform>如不加 --allow-drop，将跳过 %n 条破坏性语句。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: the structures match.</source>
        <translation>无需操作：结构一致。</translation>
    </message>
    <message>
        <source>Schema sync plan: %1 -&gt; %2</source>
        <translation>结构同步计划：%1 -&gt; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n destructive statement(s) will be skipped; add --allow-drop to run them.</source>
        <translation>
            <numerusform>将跳过 %n 条破坏性语句；添加 --allow-drop 以执行它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>!!! %1 is a PRODUCTION target (profile tagged prod). %n statement(s) will change its structure; tables may be rebuilt and locked while they run.</source>
        <translation>
            <numerusform>!!! %1 是生产环境目标（连接配置标记为 prod）。%n 条语句将更改其结构；执行期间表可能会被重建并锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>This changes a production database and needs a confirmation, but there is no terminal to ask on.</source>
        <translation>此操作会更改生产数据库，需要确认，但当前没有可用于询问的终端。</translation>
    </message>
    <message>
        <source>Add --yes to confirm on the command line.</source>
        <translation>在命令行中添加 --yes 以确认。</translation>
    </message>
    <message>
        <source>Type the name of the database (%1) to apply the plan to production:</source>
        <translation>输入数据库名称（%1）以将计划应用到生产环境：</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未更改任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n statement(s) to %1? A backup point is taken first.</source>
        <translation>
            <numerusform>将 %n 条语句应用到 %1？会先创建备份点。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n statement(s)</source>
        <translation>
            <numerusform>已应用 %n 条语句</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %n destructive one(s)</source>
        <translation>
            <numerusform>；跳过 %n 条破坏性语句</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not run</source>
        <translation>
            <numerusform>；%n 条未执行</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup point: %1 (undo with: syncstudio-cli rollback %1 --yes)</source>
        <translation>备份点：%1（撤销命令：syncstudio-cli rollback %1 --yes）</translation>
    </message>
    <message>
        <source>!!! %1 is a PRODUCTION target (profile tagged prod).</source>
        <translation>!!! %1 是生产环境目标（连接配置标记为 prod）。</translation>
    </message>
    <message>
        <source>Roll back schema backup point %1 on %2 (definitions, quarantined tables and saved column values)?</source>
        <translation>在 %2 上回滚结构备份点 %1（定义、隔离的表以及已保存的列值）？</translation>
    </message>
    <message>
        <source>Fix the cause and run the rollback again: it continues from where the target is now.</source>
        <translation>请修复问题原因后再次运行回滚：它会从目标的当前状态继续。</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back schema backup point %1: %n statement(s).</source>
        <translation>
            <numerusform>已回滚结构备份点 %1：%n 条语句。</numerusform>
        </translation>
    </message>
    <message>
        <source>tables back from quarantine: %1</source>
        <translation>从隔离库移回的表：%1</translation>
    </message>
    <message>
        <source>table %1, which the sync created, is now %2.%3</source>
        <translation>由同步创建的表 %1 现在为 %2.%3</translation>
    </message>
    <message>
        <source>saved column values: %1 row(s) written back, %2 gone, %3 changed since the sync and left alone</source>
        <translation>已保存的列值：已写回 %1 行，%2 行已不存在，%3 行在同步后发生变化并保持原样</translation>
    </message>
    <message numerus="yes">
        <source>verified: %n object(s) print as they did before the sync.</source>
        <translation>
            <numerusform>已校验：%n 个对象的输出与同步前一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>verification FAILED for: %1</source>
        <translation>校验失败：%1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>语句</translation>
    </message>
    <message>
        <source>%1 applied, %2 skipped, %3 failed</source>
        <translation>已应用 %1 条，已跳过 %2 条，失败 %3 条</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>definition saved</source>
        <translation>已保存定义</translation>
    </message>
    <message>
        <source>created by the sync</source>
        <translation>由同步创建</translation>
    </message>
    <message>
        <source>moved to %1.%2</source>
        <translation>已移至 %1.%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n row(s))</source>
        <translation>
            <numerusform>%1（%2，%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>values of %1</source>
        <translation>%1 的值</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SAVED</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>SchemaSyncPlan</name>
    <message>
        <source>create the quarantine database</source>
        <translation>创建隔离库</translation>
    </message>
    <message>
        <source>drop trigger (its table %1 moves to the quarantine database)</source>
        <translation>删除触发器（其所在表 %1 将移入隔离库）</translation>
    </message>
    <message>
        <source>drop foreign keys %1 (the table moves to the quarantine database)</source>
        <translation>删除外键 %1（该表将移入隔离库）</translation>
    </message>
    <message>
        <source>The table is not dropped: it is renamed into %1 with its rows, and a rollback of the backup point brings it back.</source>
        <translation>该表不会被删除：它会连同其行一起重命名移入 %1，回滚备份点即可将其恢复。</translation>
    </message>
    <message>
        <source>move table to quarantine %1.%2 (instead of DROP TABLE)</source>
        <translation>将表移入隔离库 %1.%2（替代 DROP TABLE）</translation>
    </message>
    <message>
        <source>SyncStudio saves the values of column %1, with the rows&apos; keys, in the backup point first.</source>
        <translation>SyncStudio 会先将列 %1 的值连同各行的键保存到备份点中。</translation>
    </message>
</context>
<context>
    <name>SchemaTreeModel</name>
    <message>
        <source>Only in source</source>
        <translation>仅源端有</translation>
    </message>
    <message>
        <source>Only in target</source>
        <translation>仅目标端有</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>存储过程</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>存储过程</translation>
    </message>
    <message>
        <source>function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message numerus="yes">
        <source>%n identical</source>
        <translation>
            <numerusform>%n 个相同</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 differ</source>
        <translation>%2 个中有 %1 个不同</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain holds no secret for key %1.</source>
        <translation>系统钥匙串中没有键 %1 对应的密钥。</translation>
    </message>
    <message>
        <source>Start and unlock your desktop keyring (GNOME Keyring, KWallet) — or, for one-off CLI runs, pass the password with --password-stdin or SYNCSTUDIO_PASSWORD.</source>
        <translation>请启动并解锁桌面密钥环（GNOME Keyring、KWallet）；如仅需单次运行 CLI，可通过 --password-stdin 或 SYNCSTUDIO_PASSWORD 传入密码。</translation>
    </message>
</context>
<context>
    <name>SideBySideGrid</name>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>SourceStreamChangeSource</name>
    <message>
        <source>Reading the source table failed; nothing of this batch was written.</source>
        <translation>读取源表失败；此批次未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>the name contains a NUL character</source>
        <translation>名称包含 NUL 字符</translation>
    </message>
    <message>
        <source>the name ends with a space</source>
        <translation>名称以空格结尾</translation>
    </message>
    <message>
        <source>the name is longer than 64 characters</source>
        <translation>名称超过 64 个字符</translation>
    </message>
</context>
<context>
    <name>SqlPreviewDialog</name>
    <message>
        <source>Preview Row Sync SQL</source>
        <translation>预览数据同步 SQL</translation>
    </message>
    <message numerus="yes">
        <source>-- … the script goes on for %n more byte(s); Save writes all of it.</source>
        <translation>
            <numerusform>-- … 脚本还有 %n 字节未显示；“保存”会写入全部内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save Sync SQL</source>
        <translation>保存同步 SQL</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL 脚本 (*.sql);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SyncArguments</name>
    <message>
        <source>Only these tables: globs, comma-separated; a pattern with a dot matches db.table.</source>
        <translation>仅包含这些表：通配符，以逗号分隔；含点号的模式匹配 db.table。</translation>
    </message>
    <message>
        <source>Leave out these tables (globs, as --tables).</source>
        <translation>排除这些表（通配符，格式同 --tables）。</translation>
    </message>
    <message>
        <source>Row key for a table without a primary or unique key, e.g. shop.t=c1,c2 (repeatable).</source>
        <translation>没有主键或唯一键的表所使用的行键，例如 shop.t=c1,c2（可重复指定）。</translation>
    </message>
    <message>
        <source>Only rows matching this SQL condition, on both sides.</source>
        <translation>仅包含两侧均符合此 SQL 条件的行。</translation>
    </message>
    <message>
        <source>Leave these columns out: db.table.column, table.column or *.column, comma-separated.</source>
        <translation>排除这些列：db.table.column、table.column 或 *.column，以逗号分隔。</translation>
    </message>
    <message>
        <source>Tables compared at once (default 1, or the project&apos;s).</source>
        <translation>同时比较的表数（默认为 1，或使用项目中的设置）。</translation>
    </message>
    <message>
        <source>Read endpoints, filters, keys and options from a saved sync project.</source>
        <translation>从已保存的同步项目中读取端点、筛选条件、键和选项。</translation>
    </message>
    <message>
        <source>The project maps tables to other names, which row compares and syncs do not support yet.</source>
        <translation>项目将表映射为其他名称，数据对比和同步尚不支持此功能。</translation>
    </message>
    <message>
        <source>Remove &quot;table_mapping&quot; from the project, or compare the tables by hand.</source>
        <translation>请从项目中移除“table_mapping”，或手动比较这些表。</translation>
    </message>
    <message>
        <source>--parallel must be a number from 1 to 64.</source>
        <translation>--parallel 必须是 1 到 64 之间的数字。</translation>
    </message>
    <message>
        <source>No tables compared.</source>
        <translation>未比较任何表。</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>表</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <source>SOURCE ROWS</source>
        <translation>源行数</translation>
    </message>
    <message>
        <source>TARGET ROWS</source>
        <translation>目标行数</translation>
    </message>
    <message>
        <source>ONLY IN SOURCE</source>
        <translation>仅源端有</translation>
    </message>
    <message>
        <source>ONLY IN TARGET</source>
        <translation>仅目标端有</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>不同</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Apply the differences to the target, guarded and backed up (exit 0 done, 3 conflicts, 2 error)</source>
        <translation>将差异应用到目标，采用受保护写入并进行备份（退出码 0 完成，3 有冲突，2 错误）</translation>
    </message>
    <message>
        <source>Compare two databases and make the target&apos;s rows equal to the source&apos;s. Every batch is one short transaction that first checks each row still reads as the compare saw it; a row changed meanwhile is not overwritten but queued as a conflict (exit code 3). The before-images of everything written go to a backup point first, so the sync can be rolled back. --dry-run[=FILE] writes the SQL instead (to FILE, else to standard output) and changes nothing.</source>
        <translation>比较两个数据库，并使目标的行与源保持一致。每个批次都是一个短事务，会先检查每一行是否仍与比较时读取的一致；期间发生变化的行不会被覆盖，而是作为冲突排队（退出码 3）。所有写入内容的前镜像会先保存到备份点，因此同步可以回滚。--dry-run[=FILE] 改为输出 SQL（写入 FILE，否则写入标准输出），不做任何更改。</translation>
    </message>
    <message>
        <source>Source: profile/database or mysql://user@host:port/database.</source>
        <translation>源：profile/database 或 mysql://user@host:port/database。</translation>
    </message>
    <message>
        <source>Target: profile/database or mysql://user@host:port/database.</source>
        <translation>目标：profile/database 或 mysql://user@host:port/database。</translation>
    </message>
    <message>
        <source>Keep rows that only the target has.</source>
        <translation>保留仅目标端有的行。</translation>
    </message>
    <message>
        <source>How differences are settled: source-wins (default), target-wins (only insert missing rows), newer-wins:COLUMN (the side with the greater COLUMN wins; a tie is a conflict), manual (write nothing; every difference becomes a conflict).</source>
        <translation>差异的处理方式：source-wins（默认）、target-wins（仅插入缺失的行）、newer-wins:COLUMN（COLUMN 值较大的一侧胜出；相等视为冲突）、manual（不写入任何内容；所有差异均作为冲突）。</translation>
    </message>
    <message>
        <source>Continue the interrupted run RUN_ID with its own compare and options.</source>
        <translation>使用中断的运行 RUN_ID 自身的比较结果和选项续跑该运行。</translation>
    </message>
    <message>
        <source>Turn foreign key checks off for the run (tables keep the plan&apos;s order).</source>
        <translation>在本次运行中关闭外键检查（表仍按计划顺序处理）。</translation>
    </message>
    <message>
        <source>Write every row the guarded way, also into empty tables (no LOAD DATA LOCAL).</source>
        <translation>所有行都以受保护方式写入，空表也不例外（不使用 LOAD DATA LOCAL）。</translation>
    </message>
    <message>
        <source>Rows per guarded batch (default 1000).</source>
        <translation>每个受保护批次的行数（默认 1000）。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>不要求确认。</translation>
    </message>
    <message>
        <source>sync has no --format sql.</source>
        <translation>sync 不支持 --format sql。</translation>
    </message>
    <message>
        <source>Use --dry-run=FILE for the SQL.</source>
        <translation>使用 --dry-run=FILE 获取 SQL。</translation>
    </message>
    <message>
        <source>the project compares JSON by value; a sync compares and writes the bytes</source>
        <translation>项目按值比较 JSON；同步则按字节比较和写入</translation>
    </message>
    <message>
        <source>--batch-rows must be a number from 1 to 100000.</source>
        <translation>--batch-rows 必须是 1 到 100000 之间的数字。</translation>
    </message>
    <message>
        <source>--dry-run and --resume do not go together.</source>
        <translation>--dry-run 和 --resume 不能同时使用。</translation>
    </message>
    <message>
        <source>Resume without --dry-run.</source>
        <translation>续跑时请不要使用 --dry-run。</translation>
    </message>
    <message>
        <source>There is no sync run %1 on this machine.</source>
        <translation>此计算机上没有同步运行 %1。</translation>
    </message>
    <message>
        <source>sync needs a source and a target.</source>
        <translation>sync 需要指定源和目标。</translation>
    </message>
    <message>
        <source>Give SRC and DST, or --project FILE.</source>
        <translation>请指定 SRC 和 DST，或使用 --project FILE。</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; names no database.</source>
        <translation>源“%1”未指定数据库。</translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; names no database.</source>
        <translation>目标“%1”未指定数据库。</translation>
    </message>
    <message>
        <source>Give it as profile/database (prod/shop) or in the URL path (mysql://user@host:3306/shop).</source>
        <translation>请以 profile/database（prod/shop）形式或在 URL 路径中（mysql://user@host:3306/shop）指定。</translation>
    </message>
    <message>
        <source>--format json and the SQL cannot share standard output.</source>
        <translation>--format json 和 SQL 不能共用标准输出。</translation>
    </message>
    <message>
        <source>Use --dry-run=FILE.</source>
        <translation>请使用 --dry-run=FILE。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 inserts, %2 updates and %3 deletes in %4 table(s) of %5</source>
        <translation>在 %5 的 %4 张表中插入 %1 行、更新 %2 行、删除 %3 行</translation>
    </message>
    <message>
        <source>the target %1 is a production profile.</source>
        <translation>目标 %1 是生产环境连接配置。</translation>
    </message>
    <message>
        <source>Syncing into a production target needs --yes (%1).</source>
        <translation>同步到生产环境目标需要 --yes（%1）。</translation>
    </message>
    <message>
        <source>Check the plan with --dry-run, then run again with --yes.</source>
        <translation>请先使用 --dry-run 检查计划，然后添加 --yes 再次运行。</translation>
    </message>
    <message>
        <source>This sync writes %1 and needs a confirmation, but there is no terminal to ask on.</source>
        <translation>此同步将写入 %1，需要确认，但当前没有可用于询问的终端。</translation>
    </message>
    <message>
        <source>Add --yes to confirm on the command line.</source>
        <translation>在命令行中添加 --yes 以确认。</translation>
    </message>
    <message>
        <source>Write %1?</source>
        <translation>写入 %1？</translation>
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
        <translation>未更改任何内容。</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1：%2 行</translation>
    </message>
    <message>
        <source>, %1 rows/s</source>
        <translation>，%1 行/秒</translation>
    </message>
    <message>
        <source>Continue with: syncstudio-cli sync --resume %1 --yes</source>
        <translation>继续执行：syncstudio-cli sync --resume %1 --yes</translation>
    </message>
    <message>
        <source>Resumed sync %1 -&gt; %2 (run %3)</source>
        <translation>已续跑同步 %1 -&gt; %2（运行 %3）</translation>
    </message>
    <message>
        <source>Sync %1 -&gt; %2 (run %3)</source>
        <translation>同步 %1 -&gt; %2（运行 %3）</translation>
    </message>
    <message>
        <source>%1: not synced: %2</source>
        <translation>%1：未同步：%2</translation>
    </message>
    <message>
        <source>%1: %2 kept as on the target, %3 held for a decision, %4 left out by choice</source>
        <translation>%1：%2 行保持目标端原样，%3 行待决定，%4 行按选择排除</translation>
    </message>
    <message>
        <source>Dry run: %1 inserts, %2 updates, %3 deletes written as SQL to %4; nothing was changed.</source>
        <translation>试运行：%1 条插入、%2 条更新、%3 条删除已以 SQL 形式写入 %4；未更改任何内容。</translation>
    </message>
    <message>
        <source>Applied: %1 inserted, %2 updated, %3 deleted; %4 conflict(s).</source>
        <translation>已应用：插入 %1 行，更新 %2 行，删除 %3 行；%4 个冲突。</translation>
    </message>
    <message>
        <source>Backup point: %1 (undo with: syncstudio-cli rollback %1)</source>
        <translation>备份点：%1（撤销命令：syncstudio-cli rollback %1）</translation>
    </message>
    <message>
        <source>Nothing was written, so no backup point was taken.</source>
        <translation>未写入任何内容，因此未创建备份点。</translation>
    </message>
    <message>
        <source>Conflicts wait for a decision: syncstudio-cli conflicts list</source>
        <translation>冲突等待决定：syncstudio-cli conflicts list</translation>
    </message>
    <message>
        <source>Tables without a key are not updated in place: replace their whole contents with the source&apos;s rows instead, in one guarded transaction per table, with every old row in the backup point. --replace-keyless=TABLE,... limits this to those tables (patterns as for --tables).</source>
        <translation>没有键的表不会原地更新：而是在每个表一个受保护的事务中，用源端的行替换其全部内容，所有旧行都会保存在备份点中。--replace-keyless=TABLE,... 可将此操作限定于这些表（模式与 --tables 相同）。</translation>
    </message>
    <message>
        <source>--replace-keyless= names no table.</source>
        <translation>--replace-keyless= 未指定任何表。</translation>
    </message>
    <message>
        <source>Give table names or patterns, or --replace-keyless alone for all.</source>
        <translation>请指定表名或模式，或单独使用 --replace-keyless 以应用于所有表。</translation>
    </message>
    <message>
        <source>%1: no key: contents replaced whole (%2 rows removed, %3 written)</source>
        <translation>%1：无键：已整体替换内容（删除 %2 行，写入 %3 行）</translation>
    </message>
</context>
<context>
    <name>SyncConfirmDialog</name>
    <message>
        <source>Sync Rows</source>
        <translation>同步数据</translation>
    </message>
    <message>
        <source>Write %1 insert(s), %2 update(s) and %3 delete(s) to %4?</source>
        <translation>要向 %4 写入 %1 项插入、%2 项更新和 %3 项删除吗？</translation>
    </message>
    <message>
        <source>Each batch is one short transaction that first checks every row still reads as the compare saw it; a row changed since then is not overwritten but held as a conflict. The before-images go to a backup point first, so Rollback can undo the sync.</source>
        <translation>每个批次为一个简短事务，会先检查每一行是否仍与比较时所见一致；此后发生变化的行不会被覆盖，而是作为冲突保留。前镜像会先写入备份点，因此可通过回滚撤销此次同步。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>not synced: %1</source>
        <translation>未同步：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out by you</source>
        <translation>
            <numerusform>%n 行已被您排除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as on the target</source>
        <translation>
            <numerusform>%n 行保持目标端原样</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held for a decision</source>
        <translation>
            <numerusform>%n 行待决定</numerusform>
        </translation>
    </message>
    <message>
        <source>bulk load</source>
        <translation>批量加载</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Delete rows that only the target has</source>
        <translation>删除仅目标端有的行</translation>
    </message>
    <message>
        <source>Off: rows only in the target are kept (as --no-delete does).</source>
        <translation>关闭时：保留仅目标端有的行（与 --no-delete 相同）。</translation>
    </message>
    <message>
        <source>Source wins</source>
        <translation>源端优先</translation>
    </message>
    <message>
        <source>Target wins (only insert missing rows)</source>
        <translation>目标端优先（仅插入缺失的行）</translation>
    </message>
    <message>
        <source>Newer wins, by column…</source>
        <translation>较新者优先，按列…</translation>
    </message>
    <message>
        <source>Manual (every difference waits for a decision)</source>
        <translation>手动（每个差异都等待决定）</translation>
    </message>
    <message>
        <source>column, e.g. updated_at</source>
        <translation>列，例如 updated_at</translation>
    </message>
    <message>
        <source>The side whose value of this column is greater wins; a tie is a conflict.</source>
        <translation>此列值较大的一侧胜出；相等视为冲突。</translation>
    </message>
    <message>
        <source>Conflict policy:</source>
        <translation>冲突策略：</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Plan Again</source>
        <translation>重新计划</translation>
    </message>
    <message>
        <source>Name the column whose greater value wins.</source>
        <translation>请指定以较大值胜出的列。</translation>
    </message>
    <message>
        <source>The options changed: the counts above no longer hold. Plan again to see what the sync will do with them.</source>
        <translation>选项已更改：上面的计数已不再准确。请重新计划，以查看同步将如何处理。</translation>
    </message>
    <message>
        <source>Replace the whole contents of tables without a key (%1)</source>
        <translation>整表替换无键表的内容（%1）</translation>
    </message>
    <message>
        <source>Such rows cannot be told apart, so they are not updated in place. On: each table&apos;s rows are deleted and the source&apos;s inserted, in one transaction, only if the target table has not changed since the compare; its old contents go to the backup point (as --replace-keyless does).</source>
        <translation>这类表的行无法区分，因此不会原地更新。开启后：仅当目标表自对比以来未发生变化时，在同一个事务中删除该表的所有行并插入源端的行；原有内容保存到备份点（与 --replace-keyless 相同）。</translation>
    </message>
</context>
<context>
    <name>SyncJob</name>
    <message>
        <source>Looking for empty target tables</source>
        <translation>正在查找目标端的空表</translation>
    </message>
    <message>
        <source>%1 is empty on the target: it is copied from the source without a row compare.</source>
        <translation>%1 在目标端为空：将直接从源复制，不进行数据对比。</translation>
    </message>
    <message>
        <source>Comparing rows</source>
        <translation>正在比较行</translation>
    </message>
    <message numerus="yes">
        <source>The compare failed for %n table(s), so nothing was synced: %1</source>
        <translation>
            <numerusform>%n 张表比较失败，因此未同步任何内容：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the cause, or leave those tables out with --exclude.</source>
        <translation>请修复问题原因，或使用 --exclude 排除这些表。</translation>
    </message>
    <message>
        <source>empty on the target: copied from the source without a row compare</source>
        <translation>目标端为空：直接从源复制，不进行数据对比</translation>
    </message>
    <message>
        <source>There is no sync run %1 on this machine; list the backup points with syncstudio-cli backups list.</source>
        <translation>此计算机上没有同步运行 %1；请使用 syncstudio-cli backups list 列出备份点。</translation>
    </message>
    <message>
        <source>Run %1 is a compare, not a sync: there is nothing to resume.</source>
        <translation>运行 %1 是比较而非同步：没有可续跑的内容。</translation>
    </message>
    <message>
        <source>Start a new sync.</source>
        <translation>请开始新的同步。</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>正在规划</translation>
    </message>
    <message>
        <source>Writing the SQL</source>
        <translation>正在写入 SQL</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>正在写入</translation>
    </message>
    <message>
        <source>Run %1 had finished writing (backup point %2); planning what is left.</source>
        <translation>运行 %1 已完成写入（备份点 %2）；正在规划剩余部分。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Run %1 has already been synced.</source>
        <translation>运行 %1 已经同步过。</translation>
    </message>
    <message>
        <source>Resume it with --resume, or compare again.</source>
        <translation>请使用 --resume 续跑，或重新比较。</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <source>The column %1 the compare saw is no longer in the target table.</source>
        <translation>比较时读取的列 %1 已不在目标表中。</translation>
    </message>
    <message>
        <source>Compare again.</source>
        <translation>请重新比较。</translation>
    </message>
    <message>
        <source>The key column %1 is not a compared column of the target.</source>
        <translation>键列 %1 不是目标中参与比较的列。</translation>
    </message>
    <message>
        <source>The key column %1 is stored differently on the two sides (%2), so rows cannot be matched by their bytes on the target.</source>
        <translation>键列 %1 在两侧的存储方式不同（%2），因此无法在目标上按字节匹配行。</translation>
    </message>
    <message>
        <source>Align the column&apos;s type and character set first (schema-sync).</source>
        <translation>请先对齐该列的类型和字符集（schema-sync）。</translation>
    </message>
    <message>
        <source>These compare results compared JSON by value, so they do not say which bytes to write.</source>
        <translation>这些比较结果按值比较 JSON，因此无法确定应写入哪些字节。</translation>
    </message>
    <message>
        <source>Compare again without semantic JSON before syncing.</source>
        <translation>同步前请在不使用语义 JSON 比较的情况下重新比较。</translation>
    </message>
    <message>
        <source>not compared (%1)</source>
        <translation>未比较（%1）</translation>
    </message>
    <message>
        <source>the table is only in the target</source>
        <translation>该表仅目标端有</translation>
    </message>
    <message>
        <source>the table is only in the source: create it first (schema-sync)</source>
        <translation>该表仅源端有：请先创建该表（schema-sync）</translation>
    </message>
    <message>
        <source>left out by the user</source>
        <translation>已被用户排除</translation>
    </message>
    <message>
        <source>rows are matched by the key you chose (%1); a key the target holds twice is a conflict</source>
        <translation>按您选择的键（%1）匹配行；目标中重复出现的键视为冲突</translation>
    </message>
    <message>
        <source>triggers will fire: %1</source>
        <translation>将触发以下触发器：%1</translation>
    </message>
    <message>
        <source>the target table is empty; the policy writes nothing</source>
        <translation>目标表为空；该策略不写入任何内容</translation>
    </message>
    <message>
        <source>it has no compared column %1 to decide which side is newer</source>
        <translation>它没有参与比较的列 %1，无法判断哪一侧更新</translation>
    </message>
    <message>
        <source>the manual policy leaves every difference to a decision</source>
        <translation>manual 策略会将所有差异留待决定</translation>
    </message>
    <message>
        <source>both sides have the same %1</source>
        <translation>两侧的 %1 相同</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no key: its contents are replaced only under the source-wins policy</source>
        <translation>无键：仅在源端优先 (source-wins) 策略下才会替换其内容</translation>
    </message>
    <message>
        <source>no key: replacing its contents deletes and inserts rows, which this sync leaves out</source>
        <translation>无键：替换其内容需要删除和插入行，而本次同步排除了这些操作</translation>
    </message>
    <message>
        <source>no key: rows were unticked, but its contents can only be replaced whole</source>
        <translation>无键：有行被取消勾选，但其内容只能整体替换</translation>
    </message>
    <message>
        <source>no key: its contents are not replaced when the compare used --where</source>
        <translation>无键：比较使用了 --where 时不会替换其内容</translation>
    </message>
    <message>
        <source>no key: column %1 is not compared (not in the source, or ignored), so the contents cannot be copied whole</source>
        <translation>无键：列 %1 未参与比较（源端没有该列，或已被忽略），因此无法整体复制内容</translation>
    </message>
    <message>
        <source>no key: column %1 is stored differently on the two sides; align it first (schema-sync)</source>
        <translation>无键：列 %1 在两端的存储方式不同；请先通过结构同步 (schema-sync) 使其一致</translation>
    </message>
    <message>
        <source>no key: this compare did not record the target table&apos;s checksum; compare again</source>
        <translation>无键：本次比较未记录目标表的校验和；请重新比较</translation>
    </message>
    <message>
        <source>no primary or unique key: not updated in place; replace its contents with --replace-keyless, or give a key with --key</source>
        <translation>无主键或唯一键：不会原地更新；请使用 --replace-keyless 替换其内容，或使用 --key 指定键</translation>
    </message>
    <message>
        <source>no key: its contents are replaced whole (%1 rows deleted, %2 inserted)</source>
        <translation>无键：整体替换其内容（删除 %1 行，插入 %2 行）</translation>
    </message>
</context>
<context>
    <name>SyncProject</name>
    <message>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>“%1”必须是字符串列表</translation>
    </message>
    <message>
        <source>The project file %1 cannot be used: %2.</source>
        <translation>无法使用项目文件 %1：%2。</translation>
    </message>
    <message>
        <source>Fix the file, or save the project again from SyncStudio.</source>
        <translation>请修复该文件，或从 SyncStudio 重新保存项目。</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>it is not a SyncStudio project (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>不是 SyncStudio 项目（“format”必须为“%1”）</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing</source>
        <translation>缺少“version”</translation>
    </message>
    <message>
        <source>it was written by a newer SyncStudio (version %1; this one reads up to %2)</source>
        <translation>由更新版本的 SyncStudio 写入（版本 %1；当前版本最高可读取 %2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a password; project files must not hold secrets</source>
        <translation>“%1”包含密码；项目文件不得保存机密信息</translation>
    </message>
    <message>
        <source>&quot;table_mapping&quot;: the target of &quot;%1&quot; must be a table name</source>
        <translation>“table_mapping”：“%1”的目标必须是表名</translation>
    </message>
    <message>
        <source>&quot;keys&quot;: &quot;%1&quot; must list at least one column</source>
        <translation>“keys”：“%1”必须至少列出一列</translation>
    </message>
    <message>
        <source>&quot;keys&quot;: &quot;%1&quot; must be written as database.table</source>
        <translation>“keys”：“%1”必须写成 database.table 形式</translation>
    </message>
    <message>
        <source>&quot;options.parallel&quot; must be between 1 and 64</source>
        <translation>“options.parallel”必须介于 1 到 64 之间</translation>
    </message>
    <message>
        <source>&quot;options.conflict&quot; must be source-wins, target-wins, newer-wins:COLUMN or manual</source>
        <translation>“options.conflict”必须为 source-wins、target-wins、newer-wins:COLUMN 或 manual</translation>
    </message>
    <message>
        <source>&quot;options.max_load&quot; must look like Threads_running=25</source>
        <translation>“options.max_load”的格式必须类似 Threads_running=25</translation>
    </message>
    <message>
        <source>The project file %1 cannot be opened: %2.</source>
        <translation>无法打开项目文件 %1：%2。</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>请检查路径及其权限。</translation>
    </message>
    <message>
        <source>The project file %1 cannot be written: %2.</source>
        <translation>无法写入项目文件 %1：%2。</translation>
    </message>
    <message>
        <source>Choose another folder or check its permissions.</source>
        <translation>请选择其他文件夹或检查其权限。</translation>
    </message>
</context>
<context>
    <name>SyncSelection</name>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%2 中的 %1：%3</translation>
    </message>
    <message>
        <source>Check that the disk is not full and the folder is writable.</source>
        <translation>请检查磁盘是否已满以及文件夹是否可写。</translation>
    </message>
    <message>
        <source>There are no compare results at %1.</source>
        <translation>%1 处没有比较结果。</translation>
    </message>
    <message>
        <source>Run the compare again.</source>
        <translation>请重新运行比较。</translation>
    </message>
    <message>
        <source>Cannot open the compare results</source>
        <translation>无法打开比较结果</translation>
    </message>
    <message>
        <source>Cannot prepare the sync choices</source>
        <translation>无法准备同步选择</translation>
    </message>
    <message>
        <source>Cannot save the row choice</source>
        <translation>无法保存行选择</translation>
    </message>
    <message>
        <source>Cannot read the row choices</source>
        <translation>无法读取行选择</translation>
    </message>
    <message>
        <source>Cannot save the row choices</source>
        <translation>无法保存行选择</translation>
    </message>
    <message>
        <source>Cannot read the table choices</source>
        <translation>无法读取表选择</translation>
    </message>
    <message>
        <source>Cannot save the table choice</source>
        <translation>无法保存表选择</translation>
    </message>
</context>
<context>
    <name>SyncTable</name>
    <message>
        <source>it is another table (%1)</source>
        <translation>已是另一张表（%1）</translation>
    </message>
    <message>
        <source>it has %1 columns, not %2</source>
        <translation>有 %1 列，而不是 %2 列</translation>
    </message>
    <message>
        <source>column %1 is now %2</source>
        <translation>列 %1 现在为 %2</translation>
    </message>
    <message>
        <source>the type of column %1 changed</source>
        <translation>列 %1 的类型已更改</translation>
    </message>
    <message>
        <source>its key changed</source>
        <translation>其键已更改</translation>
    </message>
</context>
<context>
    <name>SyncTableReader</name>
    <message>
        <source>Grant the account read access to information_schema for this database.</source>
        <translation>请授予该账户对此数据库 information_schema 的读权限。</translation>
    </message>
    <message>
        <source>The table does not exist on this server.</source>
        <translation>此服务器上不存在该表。</translation>
    </message>
    <message>
        <source>Create it first (schema sync), or leave it out.</source>
        <translation>请先创建该表（结构同步），或将其排除。</translation>
    </message>
</context>
<context>
    <name>TableComparer</name>
    <message>
        <source>A row is too long to hash in one piece.</source>
        <translation>行过长，无法一次性计算哈希。</translation>
    </message>
    <message>
        <source>A key value could not be read (NULL or not a number).</source>
        <translation>无法读取键值（为 NULL 或不是数字）。</translation>
    </message>
    <message>
        <source>Check the key columns, or choose another key with --key.</source>
        <translation>请检查键列，或使用 --key 选择其他键。</translation>
    </message>
    <message>
        <source>%1: a row exceeds max_allowed_packet when encoded whole; comparing again with large columns hashed one by one</source>
        <translation>%1：整行编码后超过 max_allowed_packet；将对大列逐个计算哈希并重新比较</translation>
    </message>
    <message>
        <source>The server has no status variable %1.</source>
        <translation>服务器没有状态变量 %1。</translation>
    </message>
    <message>
        <source>Use a variable of SHOW GLOBAL STATUS, e.g. Threads_running.</source>
        <translation>请使用 SHOW GLOBAL STATUS 中的变量，例如 Threads_running。</translation>
    </message>
    <message>
        <source>%1: load is back under the limit, resuming</source>
        <translation>%1：负载已回落到限制以下，正在恢复</translation>
    </message>
    <message>
        <source>%1: pausing while %2 is above %3 (source %4, target %5)</source>
        <translation>%1：%2 高于 %3，正在暂停（源 %4，目标 %5）</translation>
    </message>
    <message>
        <source>%1: many chunks differ (%2): streaming row hashes instead of checksumming</source>
        <translation>%1：大量分块存在差异（%2）：改为流式传输行哈希，而不是计算校验和</translation>
    </message>
    <message>
        <source>%1: differences are sparse again (%2): back to chunk checksums</source>
        <translation>%1：差异再次变得稀疏（%2）：恢复使用分块校验和</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 differences in %2 rows</source>
        <translation>%2 行中有 %1 处差异</translation>
    </message>
    <message>
        <source>Internal error: a key could not be decoded.</source>
        <translation>内部错误：无法解码键。</translation>
    </message>
    <message>
        <source>A row seen in the key stream was not found when fetched.</source>
        <translation>在键流中看到的行在获取时未找到。</translation>
    </message>
    <message>
        <source>Check that --where is deterministic.</source>
        <translation>请检查 --where 是否是确定性的。</translation>
    </message>
    <message>
        <source>%1: a row&apos;s hashes differed but its values are equal</source>
        <translation>%1：某行的哈希不同，但其值相同</translation>
    </message>
    <message>
        <source>The server returned a fold this version cannot read.</source>
        <translation>服务器返回的折叠结果无法被此版本读取。</translation>
    </message>
    <message>
        <source>Report this with the server&apos;s version.</source>
        <translation>请连同服务器版本一起报告此问题。</translation>
    </message>
    <message>
        <source>%1: differences are thin (about one row in %2): the servers fold row hashes in groups of %3</source>
        <translation>%1：差异较稀疏（约每 %2 行一处）：由服务器按每组 %3 行折叠行哈希</translation>
    </message>
    <message>
        <source>%1: the source server does not fold row hashes in index order; streaming them instead</source>
        <translation>%1：源服务器未按索引顺序折叠行哈希；改为流式传输行哈希</translation>
    </message>
    <message>
        <source>%1: the target server does not fold row hashes in index order; streaming them instead</source>
        <translation>%1：目标服务器未按索引顺序折叠行哈希；改为流式传输行哈希</translation>
    </message>
</context>
<context>
    <name>TableMatcher</name>
    <message>
        <source>the target has a %1 of this name, not a table</source>
        <translation>目标中有同名的%1，而不是表</translation>
    </message>
    <message>
        <source>the table exists only in the source</source>
        <translation>该表仅存在于源中</translation>
    </message>
    <message>
        <source>the table exists only in the target</source>
        <translation>该表仅存在于目标中</translation>
    </message>
    <message>
        <source>--tables pattern &quot;%1&quot; matched no table</source>
        <translation>--tables 模式“%1”未匹配任何表</translation>
    </message>
    <message>
        <source>column %1 is %2 in the source and %3 in the target: compared as utf8mb4 text</source>
        <translation>列 %1 在源中为 %2，在目标中为 %3：按 utf8mb4 文本比较</translation>
    </message>
    <message>
        <source>column %1 is %2 in the source and %3 in the target: values compared as they read</source>
        <translation>列 %1 在源中为 %2，在目标中为 %3：按读取的原值比较</translation>
    </message>
    <message>
        <source>columns only in the source (not compared): %1</source>
        <translation>仅源端有的列（未比较）：%1</translation>
    </message>
    <message>
        <source>columns only in the target (not compared): %1</source>
        <translation>仅目标端有的列（未比较）：%1</translation>
    </message>
    <message>
        <source>ignored columns: %1</source>
        <translation>已忽略的列：%1</translation>
    </message>
    <message>
        <source>the two tables have no column in common</source>
        <translation>两张表没有共同的列</translation>
    </message>
    <message>
        <source>the --key column %1 is not a column both sides have</source>
        <translation>--key 列 %1 不是两侧都有的列</translation>
    </message>
    <message>
        <source>no primary or unique NOT NULL key: compared as a multiset of row hashes; not updatable in place (give one with --key)</source>
        <translation>无主键或 NOT NULL 唯一键：按行哈希的多重集合比较；无法原地更新（请使用 --key 指定键）</translation>
    </message>
    <message>
        <source>no primary key: rows matched by %1</source>
        <translation>无主键：按 %1 匹配行</translation>
    </message>
    <message>
        <source>the key column %1 is %2 in the source and %3 in the target; align the schemas first (schema-sync)</source>
        <translation>键列 %1 在源中为 %2，在目标中为 %3；请先对齐结构（schema-sync）</translation>
    </message>
    <message>
        <source>the key column %1 has collation %2 in the source and %3 in the target: rows are matched by their bytes</source>
        <translation>键列 %1 在源中的排序规则为 %2，在目标中为 %3：按字节匹配行</translation>
    </message>
    <message>
        <source>the key cannot be walked in index ranges on both sides: the table is read in one pass</source>
        <translation>无法在两侧按索引范围遍历该键：将一次性读取整张表</translation>
    </message>
</context>
<context>
    <name>ThroughputChart</name>
    <message>
        <source>Rows per second, last %1</source>
        <translation>每秒行数，最近 %1</translation>
    </message>
    <message>
        <source>No samples yet</source>
        <translation>暂无采样数据</translation>
    </message>
    <message>
        <source>0 rows/s</source>
        <translation>0 行/秒</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>SyncStudio projects (*.ssproj);;JSON files (*.json);;All files (*)</source>
        <translation>SyncStudio 项目 (*.ssproj);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
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
            <numerusform>%1 · %n 字节，十六进制显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>JSON, pretty-printed · %n character(s)</source>
        <translation>
            <numerusform>JSON，格式化显示 · %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 characters are shown.</source>
        <translation>显示了 %2 个字符中的前 %1 个。</translation>
    </message>
    <message>
        <source>%1 · empty string</source>
        <translation>%1 · 空字符串</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Not in the source</source>
        <translation>源中不存在</translation>
    </message>
    <message>
        <source>Not in the target</source>
        <translation>目标中不存在</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <source>These bytes are not valid %1 text; shown as bytes.</source>
        <translation>这些字节不是有效的 %1 文本；按字节显示。</translation>
    </message>
    <message>
        <source>The character set %1 cannot be decoded here; shown as bytes.</source>
        <translation>无法在此解码字符集 %1；按字节显示。</translation>
    </message>
    <message>
        <source>... %1 more bytes</source>
        <translation>... 还有 %1 字节</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check that a sync left both sides equal (exit 0 identical, 1 differences, 2 error)</source>
        <translation>检查同步后两侧是否一致（退出码 0 相同，1 有差异，2 错误）</translation>
    </message>
    <message>
        <source>Run the checksum compare again over the tables a sync run wrote (--run) or the tables the filters select, and report whether they are identical now.</source>
        <translation>对同步运行写入的表（--run）或筛选条件选中的表重新运行校验和比较，并报告它们现在是否相同。</translation>
    </message>
    <message>
        <source>Source (optional with --run: the run&apos;s own).</source>
        <translation>源（使用 --run 时可选：默认使用该运行的源）。</translation>
    </message>
    <message>
        <source>Target (optional with --run: the run&apos;s own).</source>
        <translation>目标（使用 --run 时可选：默认使用该运行的目标）。</translation>
    </message>
    <message>
        <source>Verify the tables this sync run wrote, with its filters.</source>
        <translation>校验此同步运行写入的表，并使用其筛选条件。</translation>
    </message>
    <message>
        <source>Run %1 wrote no table: nothing to verify.</source>
        <translation>运行 %1 未写入任何表：无需校验。</translation>
    </message>
    <message>
        <source>verify needs a source and a target.</source>
        <translation>verify 需要指定源和目标。</translation>
    </message>
    <message>
        <source>Give SRC and DST, --run RUN_ID or --project FILE.</source>
        <translation>请指定 SRC 和 DST、--run RUN_ID 或 --project FILE。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; names no database.</source>
        <translation>端点“%1”未指定数据库。</translation>
    </message>
    <message>
        <source>Verified %1 -&gt; %2</source>
        <translation>已校验 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Identical: every verified table has the same rows on both sides.</source>
        <translation>相同：所有已校验的表在两侧的行都相同。</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>错误：%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Differences remain in %n table(s).</source>
        <translation>
            <numerusform>仍有 %n 个表存在差异。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Identical except %n row(s) left out of the sync by choice.</source>
        <translation>
            <numerusform>除按选择排除在同步之外的 %n 行外，其余均相同。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyJob</name>
    <message>
        <source>There is no sync run %1 on this machine.</source>
        <translation>此计算机上没有同步运行 %1。</translation>
    </message>
    <message>
        <source>Run %1 is not a sync run (or it never got to writing).</source>
        <translation>运行 %1 不是同步运行（或从未进入写入阶段）。</translation>
    </message>
    <message>
        <source>Give the tables with --tables instead.</source>
        <translation>请改用 --tables 指定表。</translation>
    </message>
</context>
</TS>
