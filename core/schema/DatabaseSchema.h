#pragma once

#include "Event.h"
#include "Routine.h"
#include "Table.h"
#include "Trigger.h"
#include "View.h"

#include <QList>
#include <QString>

/// Everything SyncStudio knows about one database's structure, read in one pass.
struct DatabaseSchema
{
    QString name;
    QString server;        ///< how errors and reports name the server
    QString serverVersion; ///< e.g. "10.11.6-MariaDB-0+deb12u1-log"
    unsigned long serverVersionNumber = 0; ///< e.g. 101106
    bool mariaDb = true;
    int lowerCaseTableNames = 0; ///< the server's lower_case_table_names (0, 1 or 2)
    QString charset;       ///< the database default
    QString collation;

    QList<Table> tables;   ///< in name order
    QList<View> views;
    QList<Trigger> triggers;
    QList<Routine> routines;
    QList<Event> events;

    /// Whether table, view and database names compare without regard to case on this server.
    bool namesCaseInsensitive() const { return lowerCaseTableNames != 0; }

    const Table* table(const QString& name) const;
    const View* view(const QString& name) const;
};
