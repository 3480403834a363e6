#pragma once

#include <QString>

/// The kinds of schema objects SyncStudio reads, compares and migrates.
enum class ObjectType { Table, View, Trigger, Procedure, Function, Event };

/// "table", "view", "trigger", "procedure", "function", "event": the names used in JSON output.
QString objectTypeName(ObjectType type);
/// The order in which object kinds are listed (tables first, events last).
int objectTypeOrder(ObjectType type);
/// The keyword after SHOW CREATE for this kind: "TABLE", "VIEW", "TRIGGER", ...
QString showCreateKeyword(ObjectType type);
/// The result column of SHOW CREATE that holds the statement ("Create Table", ...; triggers use
/// "SQL Original Statement").
const char* showCreateColumn(ObjectType type);
